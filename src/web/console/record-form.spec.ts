import { describe, expect, it } from '@jest/globals';
import { stepBody } from './record-form.js';

describe('a 全程记实 form as the step’s request body', () => {
  it.each([
    [
      'whole numbers become numbers',
      'RECOMMENDATION',
      { meetingExpected: '40', meetingVotes: '033' },
      { meetingExpected: 40, meetingVotes: 33 },
    ],
    [
      'anything else is left as typed, for the schema to refuse',
      'RECOMMENDATION',
      { meetingPresent: '三十八', talkPeople: '-1' },
      { meetingPresent: '三十八', talkPeople: '-1' },
    ],
    ['a tick is true when sent and false when not', 'DECISION', { ballot: '1' }, { ballot: true }],
    ['an unticked box is false', 'MOTION', {}, { ballotRequired: false }],
    [
      'a team is one name a line (or separated by 、)',
      'INSPECTION',
      { team: '王考察\r\n陈组员、李组员\n\n' },
      { team: ['王考察', '陈组员', '李组员'] },
    ],
    ['fields the step does not have are left out', 'INSPECTION', { ballot: '1', reason: 'x', talks: '12' }, { talks: 12 }],
    [
      'text is kept as it is',
      'MOTION',
      { reason: '出缺', occurredOn: '2026-03-01' },
      { reason: '出缺', occurredOn: '2026-03-01', ballotRequired: false },
    ],
  ] as const)('%s', (_name, kind, form, body) => {
    expect(stepBody(kind, form)).toEqual(body);
  });
});
