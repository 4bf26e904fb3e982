import { describe, expect, it } from '@jest/globals';
import { daysOf, opinionRows, typedRows } from './record-rows.js';

describe('the rows of the 全程记实', () => {
  it.each([
    [31, 28, '通过'],
    [31, 15, '未通过'],
  ])('讨论决定 with %i members and %i for reads %s', (membersExpected, votesFor, outcome) => {
    const rows = typedRows('DECISION', {
      occurredOn: '2026-04-01',
      body: 'PLENARY',
      membersExpected,
      membersPresent: 29,
      votesFor,
      votesAgainst: 0,
      abstentions: 1,
      ballot: true,
    });
    expect(rows).toContainEqual({ label: '表决结果', value: outcome });
    expect(rows).toContainEqual({ label: '会议', value: '区委全委会' });
    expect(rows).toContainEqual({ label: '表决方式', value: '票决' });
    expect(rows.map((r) => r.label)).not.toContain('说明');
  });

  it.each([
    [38, 33, '应到 40 人，实到 38 人，得推荐票 33 票（占实到人数 86.8%）'],
    [0, 0, '应到 40 人，实到 0 人，得推荐票 0 票（占实到人数 0%）'],
  ])('民主推荐 with %i present and %i votes', (meetingPresent, meetingVotes, value) => {
    const rows = typedRows('RECOMMENDATION', {
      occurredOn: '2026-03-10',
      meetingExpected: 40,
      meetingPresent,
      meetingVotes,
      talkPeople: 20,
      talkMentions: 15,
      massNominations: 5,
      partyOrganizationNominations: 1,
      signedLeaderNominations: 3,
    });
    expect(rows[1]).toEqual({ label: '会议推荐', value });
  });

  it('names who proposed the 动议 and whether it needs a ballot, in Chinese', () => {
    const rows = typedRows('MOTION', {
      occurredOn: '2026-03-01',
      proposedBy: 'PARTY_COMMITTEE',
      posts: '区财政局局长',
      reason: '出缺',
      basis: '区委常委会',
      ballotRequired: false,
    });
    expect(rows).toContainEqual({ label: '动议主体', value: '区委（党委、党组）' });
    expect(rows).toContainEqual({ label: '须经全委会票决', value: '否' });
  });

  it.each([
    ['INSPECTION', { startsOn: '2026-03-10', endsOn: '2026-03-14' }, { first: '2026-03-10', last: '2026-03-14' }],
    ['DECISION', { occurredOn: '2026-04-01' }, { first: '2026-04-01', last: '2026-04-01' }],
  ] as const)('%s spans %j', (kind, payload, days) => {
    expect(daysOf(kind, payload)).toEqual(days);
  });

  it('gives each agency asked its answer, or the day it is due', () => {
    expect(
      opinionRows([
        {
          agencyName: '纪委监委',
          sentOn: '2026-03-02',
          dueOn: '2026-03-09',
          reply: { adverse: false, body: '未发现问题', repliedOn: '2026-03-05' },
        },
        { agencyName: '审计局', sentOn: '2026-03-02', dueOn: '2026-03-09', reply: null },
      ]),
    ).toEqual([
      { label: '纪委监委', value: '2026-03-02 征求意见；2026-03-05 答复：无不良反映。未发现问题' },
      { label: '审计局', value: '2026-03-02 征求意见；尚未答复（应于 2026-03-09 前答复）' },
    ]);
    expect(opinionRows([])).toEqual([{ label: '成员单位', value: '未征求成员单位意见' }]);
  });
});
