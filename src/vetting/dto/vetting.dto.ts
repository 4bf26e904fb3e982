import { z } from 'zod';

/** Why a candidate does not pass (yet): the rule, its effect and the fact it rests on. */
const evidenceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('REPORT'), reportId: z.string(), number: z.string() }),
  z.object({ type: z.literal('SANCTION'), sanctionId: z.string(), kind: z.string(), effectiveOn: z.string(), lastDay: z.string() }),
  z.object({
    type: z.literal('REQUEST'),
    requestId: z.string(),
    agencyCode: z.string(),
    dueOn: z.string(),
    overdue: z.boolean().optional(),
  }),
  z.object({ type: z.literal('QUOTA'), unitId: z.string(), level: z.string(), approved: z.number(), occupied: z.number() }),
  z.object({ type: z.literal('CADRE'), cadreId: z.string(), field: z.string() }),
  z.object({ type: z.literal('FILE_DOUBT'), cadreId: z.string(), doubtId: z.string(), rule: z.string() }),
  z.object({ type: z.literal('PERSONAL_MATTERS'), cadreId: z.string(), year: z.number().nullable() }),
  z.object({
    type: z.literal('PRIOR_REPORT'),
    candidateId: z.string(),
    post: z.string().describe('须报备的职务'),
    sentOn: z.string().nullable(),
    repliedOn: z.string().nullable(),
  }),
]);

export const REASON_CODES = [
  'OPEN_REPORT_UNVERIFIED',
  'SANCTION_IN_EFFECT',
  'AGENCY_ADVERSE_OPINION',
  'AGENCY_REPLY_MISSING',
  'PERSONAL_MATTERS_DISCREPANCY',
  'FILE_NOT_AUDITED',
  'FILE_DOUBT_OPEN',
  'OVER_QUOTA',
  'UNDER_INVESTIGATION',
  'PERSONAL_MATTERS_NOT_VERIFIED',
  'PRIOR_REPORT_REPLY_MISSING',
  'PRIOR_REPORT_DISAGREED',
] as const;

export const reasonSchema = z
  .object({
    code: z.enum(REASON_CODES),
    effect: z.enum(['BLOCK', 'PENDING']).describe('BLOCK 不能上会，PENDING 待补齐'),
    message: z.string().describe('中文说明'),
    evidence: evidenceSchema,
  })
  .meta({ id: 'VettingReason' });

export const candidateViewSchema = z
  .object({
    id: z.uuid(),
    cadreId: z.uuid(),
    personNo: z.string(),
    name: z.string(),
    proposedPost: z.string().describe('拟任职务'),
    verdict: z.enum(['PASS', 'BLOCK', 'PENDING']).describe('PASS 可以上会，BLOCK 不能上会，PENDING 待补齐'),
    reasons: z.array(reasonSchema),
    evaluatedOn: z.string().nullable(),
    /** The outcome (任用决定) once recorded; SUSPEND is not final. */
    decision: z.string().nullable().describe('任用决定'),
    decidedOn: z.string().nullable(),
    decisionNote: z.string().nullable(),
    suspendedUntil: z.string().nullable(),
  })
  .meta({ id: 'VettingCandidate' });
export type CandidateView = z.infer<typeof candidateViewSchema>;

export const startedRunSchema = z.object({ runId: z.uuid(), candidates: z.array(candidateViewSchema) }).meta({ id: 'VettingRunStarted' });

export const runViewSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    startedOn: z.string(),
    agencyCodes: z.array(z.string()).describe('本批次征求意见的成员单位'),
    candidates: z.array(candidateViewSchema),
    steps: z
      .array(z.object({ step: z.string(), candidateId: z.string().nullable(), actorKind: z.string(), data: z.unknown(), at: z.string() }))
      .describe('全程记实'),
  })
  .meta({ id: 'VettingRun' });
export type RunView = z.infer<typeof runViewSchema>;
