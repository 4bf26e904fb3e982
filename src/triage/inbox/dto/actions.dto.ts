import { z } from 'zod';
import { REPORT_STATUSES } from '../../../reports/report-status.js';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, '应为 UUID');

export const categorySchema = z.strictObject({
  category: z
    .string('请选择问题类别')
    .min(1, '请选择问题类别')
    .regex(/^[A-Z][A-Z_]*$/, '类别代码应为大写字母，如 OFFICE_BUYING'),
});

export const chooseSubjectSchema = z.strictObject({
  /** The cadre chosen among the candidates (or confirmed); any roster cadre may be chosen. */
  cadreId: uuid,
});

export const mergeSchema = z.strictObject({ intoReportId: uuid });

export const assignSchema = z.strictObject({ assigneeId: uuid.nullable() });

export const DISPOSITIONS = [
  'TALK_INQUIRY',
  'PRELIMINARY_VERIFICATION',
  'FILED_PENDING',
  'CLOSED_NO_ACTION',
  'TRANSFER',
  'NOT_ACCEPTED',
] as const;
export type DispositionKind = (typeof DISPOSITIONS)[number];

export const dispositionSchema = z
  .strictObject({
    kind: z.enum(
      DISPOSITIONS,
      '处置方式应为：TALK_INQUIRY（谈话函询）、PRELIMINARY_VERIFICATION（初步核实）、FILED_PENDING（暂存待查）、CLOSED_NO_ACTION（予以了结）、TRANSFER（转办）、NOT_ACCEPTED（不予受理）',
    ),
    target: z.string().trim().max(50).optional(),
    reason: z.string().trim().max(1000, '理由不超过 1000 字').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'TRANSFER' && !v.target) ctx.addIssue({ code: 'custom', path: ['target'], message: '转办请填写转办单位' });
    if (v.kind === 'NOT_ACCEPTED' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: '不予受理请填写理由' });
  });
export type DispositionDto = z.infer<typeof dispositionSchema>;

export const decisionSchema = z.strictObject({
  approve: z.boolean('请选择批准或不批准'),
  comment: z.string().trim().max(1000).optional(),
});

export const noteSchema = z.strictObject({
  body: z.string('请填写备注').trim().min(1, '备注不能为空').max(4000, '备注不超过 4000 字'),
});

export const FINDINGS = ['SUBSTANTIATED', 'PARTLY', 'UNSUBSTANTIATED', 'UNVERIFIABLE'] as const;
export const findingSchema = z.strictObject({
  finding: z.enum(FINDINGS, '核查结论应为：SUBSTANTIATED（属实）、PARTLY（部分属实）、UNSUBSTANTIATED（不属实）、UNVERIFIABLE（无法查实）'),
  outcomeForReporter: z.string('请填写告知举报人的办理结果').trim().min(1, '办理结果不能为空').max(2000, '办理结果不超过 2000 字'),
});

export const closeSchema = z.strictObject({ comment: z.string().trim().max(1000).optional() });

export const reopenSchema = z.strictObject({
  reason: z.string('请填写重新办理的理由').trim().min(1, '请填写重新办理的理由').max(1000, '理由不超过 1000 字'),
});

/** The console's merge form: the earlier tip's number. */
export const mergeFormSchema = z.strictObject({
  into: z
    .string('请填写要合并到的举报编号')
    .trim()
    .regex(/^[A-Za-z]{2}-[\w-]{4,30}$/, '举报编号格式如 QF-2026-000123'),
});

/** The console's subject form: a candidate chosen from the list, or any roster cadre by person number. */
export const subjectFormSchema = z
  .strictObject({ cadreId: uuid.optional(), personNo: z.string().trim().min(1).max(30).optional() })
  .refine((v) => Boolean(v.cadreId) || Boolean(v.personNo), { message: '请选择一名候选干部，或填写干部的人员编号', path: ['cadreId'] });

// What each case action answers.
const status = z.enum(REPORT_STATUSES).describe('办理后的状态');
export const categoryResultSchema = z.object({ category: z.string(), confirmed: z.literal(true) }).meta({ id: 'CategoryResult' });
export const subjectResultSchema = z
  .object({ subjectId: z.string(), status: z.enum(['CONFIRMED', 'UNLINKED']), cadreId: z.uuid().optional().describe('确认的干部') })
  .meta({ id: 'SubjectResult' });
export const mergeResultSchema = z
  .object({ status, into: z.string().optional().describe('合并到的举报的编号') })
  .meta({ id: 'MergeResult' });
export const assignResultSchema = z.object({ assigneeId: z.uuid().nullable() }).meta({ id: 'AssignResult' });
export const dispositionResultSchema = z
  .object({
    status,
    disposition: z.string().optional().describe('已生效的处置方式；待审批时没有'),
    pendingApproval: z.boolean().describe('需经审批人批准后生效'),
  })
  .meta({ id: 'DispositionResult' });
export const decisionResultSchema = z
  .object({ status, approved: z.boolean(), pendingApproval: z.literal(false) })
  .meta({ id: 'DecisionResult' });
export const noteResultSchema = z.object({ id: z.uuid(), createdAt: z.string() }).meta({ id: 'NoteResult' });
export const findingResultSchema = z.object({ finding: z.enum(FINDINGS) }).meta({ id: 'FindingResult' });
export const closeResultSchema = z.object({ status, pendingApproval: z.boolean() }).meta({ id: 'CloseResult' });
export const reopenResultSchema = z.object({ status }).meta({ id: 'ReopenResult' });
