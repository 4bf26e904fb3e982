/**
 * The rules of an appointment's 全程记实 (党政领导干部选拔任用工作条例, 2019): the order of its
 * steps, the arithmetic of the recommendation's and the decision's figures, the quorum of
 * the deciding meeting and when a 票决 is required. Pure functions, no Nest, no database.
 */

/** The steps typed in from the console (appointment_step.kind). */
export const TYPED_STEPS = ['MOTION', 'RECOMMENDATION', 'INSPECTION', 'DECISION'] as const;
export type TypedStep = (typeof TYPED_STEPS)[number];

/** Every step of the record, in the order of the procedure; 征求意见, 任前公示, 任职 and 试用期 are read from their own records. */
export const RECORD_STEPS = [
  'MOTION',
  'RECOMMENDATION',
  'INSPECTION',
  'OPINIONS',
  'DECISION',
  'PUBLICITY',
  'APPOINTMENT',
  'PROBATION',
] as const;
export type RecordStep = (typeof RECORD_STEPS)[number];

export const MOTION_PROPOSERS = ['PARTY_COMMITTEE', 'ORGANIZATION_DEPARTMENT', 'UNIT_PARTY_ORGANIZATION'] as const;
export const DECISION_BODIES = ['STANDING_COMMITTEE', 'PLENARY'] as const;
export const DECISION_OUTCOMES = ['ADOPTED', 'NOT_ADOPTED'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** A refused figure: the field it belongs to and what is wrong, in Chinese. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The typed step each typed step needs before it (推荐 after 动议, 考察 after 推荐, 讨论决定 after 考察). */
const NEEDS: Record<TypedStep, TypedStep | null> = {
  MOTION: null,
  RECOMMENDATION: 'MOTION',
  INSPECTION: 'RECOMMENDATION',
  DECISION: 'INSPECTION',
};

/** The step that must be recorded before `step` and is not, or null when `step` may be recorded now. */
export function missingBefore(step: TypedStep, recorded: ReadonlySet<TypedStep>): TypedStep | null {
  for (let need = NEEDS[step]; need; need = NEEDS[need]) if (!recorded.has(need)) return need;
  return null;
}

/**
 * The dates of a step must not come before those of the step it follows (an inspection does
 * not start before the recommendation, the meeting does not sit before the inspection ended).
 * `previousLastDay` is the last day of the step before, when it is recorded.
 */
export function dateBeforePrevious(firstDay: string, previousLastDay: string | null): boolean {
  return previousLastDay !== null && firstDay < previousLastDay;
}

/** 民主推荐: 会议推荐 (meeting votes) and 谈话调研推荐 (talks), combined with the three kinds of nomination. */
export interface RecommendationFigures {
  meetingExpected: number;
  meetingPresent: number;
  meetingVotes: number;
  talkPeople: number;
  talkMentions: number;
}

export function recommendationProblems(f: RecommendationFigures): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (f.meetingExpected < 1) problems.push({ field: 'meetingExpected', message: '会议推荐应参加人数至少 1 人' });
  if (f.meetingPresent > f.meetingExpected)
    problems.push({ field: 'meetingPresent', message: `实到人数（${f.meetingPresent}）不能多于应到人数（${f.meetingExpected}）` });
  if (f.meetingVotes > f.meetingPresent)
    problems.push({ field: 'meetingVotes', message: `推荐票数（${f.meetingVotes}）不能多于实到人数（${f.meetingPresent}）` });
  if (f.talkPeople < 1) problems.push({ field: 'talkPeople', message: '谈话调研推荐至少谈话 1 人' });
  if (f.talkMentions > f.talkPeople)
    problems.push({ field: 'talkMentions', message: `谈话中推荐该同志的人数（${f.talkMentions}）不能多于谈话人数（${f.talkPeople}）` });
  return problems;
}

/** 考察: the period and the team (考察组由两名以上成员组成). */
export function inspectionProblems(f: { startsOn: string; endsOn: string; team: readonly string[] }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (f.endsOn < f.startsOn) problems.push({ field: 'endsOn', message: '考察结束日期不能早于开始日期' });
  if (new Set(f.team).size !== f.team.length) problems.push({ field: 'team', message: '考察组成员有重复' });
  return problems;
}

/** 讨论决定: the meeting's members and votes. */
export interface DecisionFigures {
  membersExpected: number;
  membersPresent: number;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
}

/**
 * The quorum of a meeting deciding appointments: 三分之二以上 of its members present (条例,
 * 讨论决定). In Chinese regulations 以上 includes the number itself, so exactly two thirds
 * is a quorum: present / expected ≥ 2/3, compared in integers.
 */
export function hasQuorum(membersExpected: number, membersPresent: number): boolean {
  return membersExpected > 0 && membersPresent * 3 >= membersExpected * 2;
}

/** The smallest attendance that makes a quorum of `membersExpected`. */
export function quorumOf(membersExpected: number): number {
  return Math.ceil((membersExpected * 2) / 3);
}

/** A decision is taken by more than half of the members expected (以应到会成员超过半数同意形成决定). */
export function outcomeOf(f: Pick<DecisionFigures, 'membersExpected' | 'votesFor'>): DecisionOutcome {
  return f.votesFor * 2 > f.membersExpected ? 'ADOPTED' : 'NOT_ADOPTED';
}

export function decisionProblems(f: DecisionFigures): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (f.membersExpected < 1) problems.push({ field: 'membersExpected', message: '应到会成员至少 1 人' });
  if (f.membersPresent > f.membersExpected)
    problems.push({ field: 'membersPresent', message: `到会成员（${f.membersPresent}）不能多于应到会成员（${f.membersExpected}）` });
  else if (f.membersExpected > 0 && !hasQuorum(f.membersExpected, f.membersPresent))
    problems.push({
      field: 'membersPresent',
      message: `到会成员不足三分之二（应到 ${f.membersExpected} 人，至少须 ${quorumOf(f.membersExpected)} 人到会），不能讨论决定干部任免`,
    });
  const cast = f.votesFor + f.votesAgainst + f.abstentions;
  if (cast > f.membersPresent)
    problems.push({ field: 'votesFor', message: `同意、不同意、弃权合计 ${cast} 票，多于到会成员（${f.membersPresent}）` });
  return problems;
}

/**
 * 票决: where the 动议 said the post needs it (政府工作部门正职、街道党政正职的任免实行全委会票决制),
 * the decision must be a ballot of the 全委会. Null when the decision meets it.
 */
export function ballotProblem(ballotRequired: boolean, decision: { body: string; ballot: boolean }): FieldProblem | null {
  if (!ballotRequired) return null;
  if (decision.body !== 'PLENARY') return { field: 'body', message: '动议时已确定该职务须经全委会票决，请选择区委全委会' };
  if (!decision.ballot) return { field: 'ballot', message: '动议时已确定该职务须经全委会票决，请以票决方式表决' };
  return null;
}
