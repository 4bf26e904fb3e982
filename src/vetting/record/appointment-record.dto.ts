import { z } from 'zod';
import { isCivilDate } from '../../cadres/rules/civil-date.js';
import {
  DECISION_BODIES,
  decisionProblems,
  inspectionProblems,
  MOTION_PROPOSERS,
  RECORD_STEPS,
  recommendationProblems,
  TYPED_STEPS,
  type FieldProblem,
} from './appointment-record-rules.js';

const date = (label: string) => z.string(`请填写${label}`).refine(isCivilDate, `${label}应写作 YYYY-MM-DD`);
const count = (label: string) => z.int(`${label}应为整数`).min(0, `${label}不能为负数`).max(100_000, `${label}过大`);
const text = (label: string, min: number, max: number) =>
  z.string(`请填写${label}`).trim().min(min, `请填写${label}（至少 ${min} 字）`).max(max, `${label}不超过 ${max} 字`);
const note = z.string().trim().max(2000, '说明不超过 2000 字').optional();

/** Adds the problems a pure rule found to the zod issues, each at its field. */
function refineWith<T>(rule: (value: T) => FieldProblem[]) {
  return (value: T, ctx: z.RefinementCtx) => {
    for (const p of rule(value)) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
  };
}

/** 动议: who proposed, for which post(s), why, at which meeting or in which document. */
export const motionSchema = z.strictObject({
  occurredOn: date('动议日期'),
  proposedBy: z.enum(
    MOTION_PROPOSERS,
    '动议主体应为 PARTY_COMMITTEE（区委）、ORGANIZATION_DEPARTMENT（区委组织部）或 UNIT_PARTY_ORGANIZATION（单位党组）',
  ),
  posts: text('拟任职务', 2, 500),
  reason: text('动议理由', 2, 2000),
  basis: text('动议的会议或文件', 2, 500),
  /** The post needs 全委会票决 (政府工作部门正职、街道党政正职): the decision will have to be a ballot of the 全委会. */
  ballotRequired: z.boolean('ballotRequired 应为 true 或 false').default(false),
});

/** 民主推荐: 会议推荐 and 谈话调研推荐, with the three kinds of nomination the district combines. */
export const recommendationSchema = z
  .strictObject({
    occurredOn: date('推荐日期'),
    meetingExpected: count('会议推荐应到人数'),
    meetingPresent: count('会议推荐实到人数'),
    meetingVotes: count('会议推荐得票'),
    talkPeople: count('谈话调研人数'),
    talkMentions: count('谈话推荐人数'),
    /** 群众推荐 */
    massNominations: count('群众推荐人数'),
    /** 单位党组织推荐 */
    partyOrganizationNominations: count('单位党组织推荐数'),
    /** 领导干部署名推荐 (实名推荐) */
    signedLeaderNominations: count('领导干部署名推荐人数'),
    note,
  })
  .superRefine(refineWith(recommendationProblems));

/** 考察: the period, the team, the 纪检监督员 who supervised it, the talks and the conclusion. */
export const inspectionSchema = z
  .strictObject({
    startsOn: date('考察开始日期'),
    endsOn: date('考察结束日期'),
    team: z
      .array(text('考察组成员姓名', 2, 30), '请填写考察组成员')
      .min(2, '考察组由两名以上成员组成')
      .max(20, '考察组成员不超过 20 人'),
    supervisor: text('纪检监督员', 2, 30),
    talks: count('个别谈话人数').min(1, '请填写个别谈话人数（至少 1 人）'),
    conclusion: text('考察结论', 4, 4000),
  })
  .superRefine(refineWith(inspectionProblems));

/** 讨论决定: the meeting, its members and votes (票决 where required). The outcome follows from the votes. */
export const decisionSchema = z
  .strictObject({
    occurredOn: date('会议日期'),
    body: z.enum(DECISION_BODIES, '会议应为 STANDING_COMMITTEE（区委常委会）或 PLENARY（区委全委会）'),
    membersExpected: count('应到会成员'),
    membersPresent: count('到会成员'),
    votesFor: count('同意票'),
    votesAgainst: count('不同意票'),
    abstentions: count('弃权票'),
    /** 票决 (a ballot) rather than another way of voting. */
    ballot: z.boolean('ballot 应为 true 或 false').default(false),
    note,
  })
  .superRefine(refineWith(decisionProblems));

export type MotionDto = z.infer<typeof motionSchema>;
export type RecommendationDto = z.infer<typeof recommendationSchema>;
export type InspectionDto = z.infer<typeof inspectionSchema>;
export type DecisionDto = z.infer<typeof decisionSchema>;

/** Each typed step's body, by kind: the request's schema, and the payload stored and read back. */
export const STEP_SCHEMAS = {
  MOTION: motionSchema,
  RECOMMENDATION: recommendationSchema,
  INSPECTION: inspectionSchema,
  DECISION: decisionSchema,
} as const;
export type StepPayload = { MOTION: MotionDto; RECOMMENDATION: RecommendationDto; INSPECTION: InspectionDto; DECISION: DecisionDto };

const rowSchema = z.object({ label: z.string(), value: z.string() });

const versionSchema = z.object({
  version: z.int(),
  occurredOn: z.string(),
  rows: z.array(rowSchema),
  recordedBy: z.string().nullable().describe('记录人'),
  recordedAt: z.string().describe('记录时间（ISO 8601）'),
  auditSeq: z.int().describe('审计链中的序号'),
});

/** 全程记实 of one appointment: every step, typed or read from its own record, with who and when. */
export const recordViewSchema = z
  .object({
    candidateId: z.uuid(),
    runId: z.uuid(),
    runTitle: z.string(),
    cadreId: z.uuid(),
    name: z.string(),
    personNo: z.string(),
    proposedPost: z.string().describe('拟任职务'),
    verdict: z.enum(['PASS', 'BLOCK', 'PENDING']).describe('任前审查结论'),
    steps: z.array(
      z.object({
        kind: z.enum(RECORD_STEPS).describe('环节'),
        label: z.string().describe('环节名称'),
        typed: z.boolean().describe('true 在本页记录；false 取自征求意见、公示、任用决定或试用期的记录'),
        done: z.boolean(),
        occurredOn: z.string().nullable(),
        rows: z.array(rowSchema),
        recordedBy: z.string().nullable().describe('记录人'),
        recordedAt: z.string().nullable().describe('记录时间（ISO 8601）'),
        auditSeq: z.int().nullable().describe('审计链中的序号（本页记录的环节）'),
        version: z.int().nullable(),
        payload: z.record(z.string(), z.unknown()).nullable().describe('记录的内容（本页记录的环节）'),
        superseded: z.array(versionSchema).describe('被更正的早先版本，新的在前'),
      }),
    ),
    /** The typed steps that may be recorded now, and why the others may not. */
    recordable: z.array(z.enum(TYPED_STEPS)),
    blocked: z.array(z.object({ kind: z.enum(TYPED_STEPS), reason: z.string() })),
  })
  .meta({ id: 'AppointmentRecord' });
export type RecordView = z.infer<typeof recordViewSchema>;
export type RecordStepView = RecordView['steps'][number];
