import { describe, expect, it } from '@jest/globals';
import {
  ballotProblem,
  dateBeforePrevious,
  decisionProblems,
  hasQuorum,
  inspectionProblems,
  missingBefore,
  outcomeOf,
  quorumOf,
  recommendationProblems,
  type TypedStep,
} from './appointment-record-rules.js';
import { decisionSchema, inspectionSchema, recommendationSchema } from './appointment-record.dto.js';

describe('the order of the steps (动议 → 民主推荐 → 考察 → 讨论决定)', () => {
  it.each<[TypedStep, TypedStep[], TypedStep | null]>([
    ['MOTION', [], null],
    ['RECOMMENDATION', [], 'MOTION'],
    ['RECOMMENDATION', ['MOTION'], null],
    ['INSPECTION', ['MOTION'], 'RECOMMENDATION'],
    ['INSPECTION', ['RECOMMENDATION'], 'MOTION'], // a recommendation without a motion does not stand in for it
    ['INSPECTION', ['MOTION', 'RECOMMENDATION'], null],
    ['DECISION', ['MOTION', 'RECOMMENDATION'], 'INSPECTION'],
    ['DECISION', ['MOTION', 'INSPECTION'], 'RECOMMENDATION'],
    ['DECISION', ['MOTION', 'RECOMMENDATION', 'INSPECTION'], null],
    ['MOTION', ['MOTION', 'RECOMMENDATION'], null], // a correction of an earlier step is always possible
  ])('%s after %j: missing %s', (step, recorded, missing) => {
    expect(missingBefore(step, new Set(recorded))).toBe(missing);
  });

  it.each([
    ['2026-03-10', null, false],
    ['2026-03-10', '2026-03-10', false],
    ['2026-03-10', '2026-03-11', true],
    ['2026-03-12', '2026-03-11', false],
  ])('a step on %s after one ending %s comes before it: %s', (first, previous, expected) => {
    expect(dateBeforePrevious(first, previous)).toBe(expected);
  });
});

describe('民主推荐 figures', () => {
  const ok = { meetingExpected: 40, meetingPresent: 38, meetingVotes: 30, talkPeople: 20, talkMentions: 15 };
  it.each([
    ['figures that add up', {}, []],
    ['everyone present, every vote', { meetingPresent: 40, meetingVotes: 40 }, []],
    ['more present than expected', { meetingPresent: 41 }, ['meetingPresent']],
    ['more votes than present', { meetingVotes: 39 }, ['meetingVotes']],
    ['no one expected', { meetingExpected: 0, meetingPresent: 0, meetingVotes: 0 }, ['meetingExpected']],
    ['more mentions than people talked to', { talkMentions: 21 }, ['talkMentions']],
    ['no talks', { talkPeople: 0, talkMentions: 0 }, ['talkPeople']],
  ])('%s', (_name, change, fields) => {
    expect(recommendationProblems({ ...ok, ...change }).map((p) => p.field)).toEqual(fields);
  });

  it('refuses them through the request schema, at the field, in Chinese', () => {
    const result = recommendationSchema.safeParse({
      occurredOn: '2026-03-10',
      ...ok,
      meetingVotes: 39,
      massNominations: 3,
      partyOrganizationNominations: 1,
      signedLeaderNominations: 2,
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['meetingVotes', '推荐票数（39）不能多于实到人数（38）'],
    ]);
  });
});

describe('考察', () => {
  it.each([
    [{ startsOn: '2026-03-10', endsOn: '2026-03-12', team: ['甲', '乙'] }, []],
    [{ startsOn: '2026-03-10', endsOn: '2026-03-10', team: ['甲', '乙'] }, []],
    [{ startsOn: '2026-03-12', endsOn: '2026-03-10', team: ['甲', '乙'] }, ['endsOn']],
    [{ startsOn: '2026-03-10', endsOn: '2026-03-12', team: ['甲', '甲'] }, ['team']],
  ])('%j: problems at %j', (f, fields) => {
    expect(inspectionProblems(f).map((p) => p.field)).toEqual(fields);
  });

  it('needs a team of two or more (考察组由两名以上成员组成)', () => {
    const result = inspectionSchema.safeParse({
      startsOn: '2026-03-10',
      endsOn: '2026-03-12',
      team: ['王考察'],
      supervisor: '纪监督',
      talks: 12,
      conclusion: '德才兼备，群众公认',
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['考察组由两名以上成员组成']);
  });
});

describe('讨论决定: quorum, votes and outcome', () => {
  // 三分之二以上 includes two thirds itself.
  it.each([
    [9, 6, true],
    [9, 5, false],
    [11, 8, true],
    [11, 7, false],
    [12, 8, true],
    [3, 2, true],
    [3, 1, false],
    [0, 0, false],
  ])('%i members, %i present: quorum %s', (expected, present, quorum) => {
    expect(hasQuorum(expected, present)).toBe(quorum);
    if (expected > 0) expect(present >= quorumOf(expected)).toBe(quorum);
  });

  it.each([
    [11, 6, 'ADOPTED'],
    [11, 5, 'NOT_ADOPTED'],
    [12, 6, 'NOT_ADOPTED'], // half is not more than half
    [12, 7, 'ADOPTED'],
  ])('%i members expected, %i for: %s (more than half of those expected)', (membersExpected, votesFor, outcome) => {
    expect(outcomeOf({ membersExpected, votesFor })).toBe(outcome);
  });

  const ok = { membersExpected: 11, membersPresent: 9, votesFor: 8, votesAgainst: 1, abstentions: 0 };
  it.each([
    ['figures that add up', {}, []],
    ['no quorum', { membersPresent: 7, votesFor: 6, votesAgainst: 1 }, ['membersPresent']],
    ['more present than members', { membersPresent: 12 }, ['membersPresent']],
    ['more votes than present', { votesAgainst: 1, abstentions: 1 }, ['votesFor']],
    ['votes not all cast', { votesFor: 6, votesAgainst: 0 }, []],
  ])('%s', (_name, change, fields) => {
    expect(decisionProblems({ ...ok, ...change }).map((p) => p.field)).toEqual(fields);
  });

  it('says how many must be present when there is no quorum', () => {
    const result = decisionSchema.safeParse({
      occurredOn: '2026-04-01',
      body: 'STANDING_COMMITTEE',
      ...ok,
      membersPresent: 7,
      votesFor: 7,
      votesAgainst: 0,
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['membersPresent', '到会成员不足三分之二（应到 11 人，至少须 8 人到会），不能讨论决定干部任免'],
    ]);
  });

  it.each([
    [false, 'STANDING_COMMITTEE', false, null],
    [true, 'PLENARY', true, null],
    [true, 'STANDING_COMMITTEE', true, 'body'],
    [true, 'PLENARY', false, 'ballot'],
  ])('票决 required %s, %s, ballot %s: problem at %s', (required, body, ballot, field) => {
    expect(ballotProblem(required, { body, ballot })?.field ?? null).toBe(field);
  });
});
