import { z } from 'zod';

const agencyCodes = z
  .array(z.string().regex(/^[A-Z][A-Z0-9_]*$/, '成员单位代码应为大写字母，如 AUDIT'), '请选择成员单位')
  .min(1, '请至少选择一个成员单位')
  .max(20, '一次最多请 20 个成员单位');

/** 初步核实: what a case asks of the agencies. The extract is redacted before it is stored. */
export const caseRequestSchema = z.strictObject({
  agencyCodes,
  question: z.string('请填写需核查的问题').trim().min(4, '请写明需核查的问题').max(2000, '问题不超过 2000 字'),
  extract: z.string().trim().max(5000, '摘录不超过 5000 字').optional(),
  workingDays: z.number().int().min(1, '答复期限至少 1 个工作日').max(60, '答复期限不超过 60 个工作日').optional(),
});
export type CaseRequestDto = z.infer<typeof caseRequestSchema>;

export const REPLY_RESULTS = ['NO_ADVERSE', 'ADVERSE', 'NOT_REMIT', 'MORE_TIME'] as const;
const resultMessage = '答复结论应为：NO_ADVERSE（未发现不良反映）、ADVERSE（有不良反映）、NOT_REMIT（不属本单位职责）、MORE_TIME（需延期）';

/** The agency's reply. `adverse` is the earlier form (true/false), still accepted. */
export const replySchema = z
  .strictObject({
    result: z.enum(REPLY_RESULTS, resultMessage).optional(),
    adverse: z.boolean('请说明是否有不利情况（adverse: true/false）').optional(),
    body: z.string('请填写答复意见').trim().min(2, '请填写答复意见').max(5000, '答复意见不超过 5000 字'),
    newDueOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, '新的答复日期格式应为 YYYY-MM-DD')
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.result && v.adverse === undefined) ctx.addIssue({ code: 'custom', path: ['result'], message: resultMessage });
    if (v.result === 'MORE_TIME' && !v.newDueOn)
      ctx.addIssue({ code: 'custom', path: ['newDueOn'], message: '申请延期请填写新的答复日期' });
  })
  .transform((v) => ({
    result: v.result ?? (v.adverse ? ('ADVERSE' as const) : ('NO_ADVERSE' as const)),
    body: v.body,
    newDueOn: v.result === 'MORE_TIME' ? v.newDueOn! : null,
  }));
export type ReplyDto = z.infer<typeof replySchema>;

export const pressSchema = z.strictObject({
  note: z.string('请填写督办意见').trim().min(2, '请填写督办意见').max(1000, '督办意见不超过 1000 字'),
});

export const listQuerySchema = z.strictObject({
  state: z.enum(['SENT', 'READ', 'ANSWERED', 'OVERDUE', 'CANCELLED'], '状态应为 SENT、READ、ANSWERED、OVERDUE 或 CANCELLED').optional(),
  agency: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*$/, '成员单位代码应为大写字母')
    .optional(),
});

// What the verification routes answer.
const REQUEST_STATES = ['SENT', 'READ', 'ANSWERED', 'OVERDUE', 'CANCELLED'] as const;
const requestKind = z.enum(['OPINION', 'VERIFICATION']).describe('OPINION 征求意见，VERIFICATION 核查');
const state = z.enum(REQUEST_STATES).describe('SENT 已发出，READ 已阅，ANSWERED 已答复，OVERDUE 逾期，CANCELLED 已撤回');
const result = z.enum(REPLY_RESULTS);

export const createdRequestsSchema = z
  .array(
    z.object({
      id: z.uuid(),
      number: z.string().describe('请求编号'),
      agencyCode: z.string(),
      dueOn: z.string().describe('答复期限（YYYY-MM-DD）'),
    }),
  )
  .meta({ id: 'CreatedRequests' });

/** A file on a request or a reply (downloaded from its attachments route). */
const attachmentView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    mediaType: z.string(),
    sizeBytes: z.int(),
    /** False: a type whose metadata could not be removed (shown as 元数据未清除). */
    metadataRemoved: z.boolean().describe('false 表示该类型文件的元数据无法清除（元数据未清除）'),
  })
  .meta({ id: 'RequestAttachment' });
export type AttachmentView = z.infer<typeof attachmentView>;

export const staffRequestViewSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    kind: requestKind,
    agencyCode: z.string(),
    agencyName: z.string(),
    subjectKind: z.enum(['VETTING_CANDIDATE', 'REPORT']),
    subjectId: z.string(),
    question: z.string(),
    extract: z.string().nullable().describe('发给成员单位的举报摘录（已脱敏）'),
    sentOn: z.string(),
    dueOn: z.string(),
    state,
    stateLabel: z.string(),
    readAt: z.string().nullable(),
    remindedAt: z.string().nullable(),
    escalatedAt: z.string().nullable(),
    presses: z.array(z.object({ by: z.string(), note: z.string(), at: z.string() })).describe('督办记录'),
    files: z
      .array(attachmentView)
      .describe('发给成员单位的材料（工作人员附上）：GET /api/v1/verification-requests/{id}/attachments/{attachmentId} 下载'),
    replies: z.array(
      z.object({
        version: z.int(),
        result,
        resultLabel: z.string(),
        newDueOn: z.string().nullable(),
        body: z.string(),
        repliedAt: z.string(),
        attachments: z
          .array(attachmentView)
          .describe('答复附带的文件：GET /api/v1/verification-requests/{id}/attachments/{attachmentId} 下载'),
      }),
    ),
  })
  .meta({ id: 'StaffRequestView' });
export type StaffRequestView = z.infer<typeof staffRequestViewSchema>;

export const agencyFiguresSchema = z
  .object({
    agencyCode: z.string(),
    agencyName: z.string(),
    requests: z.int(),
    answered: z.int(),
    open: z.int(),
    overdue: z.int(),
    /** Share of answered requests answered by their (last) due date; null before any answer. */
    onTimeRate: z.number().nullable().describe('按期答复率（0–1）；尚无答复时为 null'),
    /** Median calendar days from sending to the first definitive answer. */
    medianDaysToAnswer: z.number().nullable().describe('从发出到首次正式答复的天数中位数'),
  })
  .meta({ id: 'AgencyFigures' });
export type AgencyFigures = z.infer<typeof agencyFiguresSchema>;

export const attachResultSchema = z.object({ attachments: z.int().describe('附上的文件数') }).meta({ id: 'AttachResult' });

/** What a liaison may see of a request: what it shares, never the reporter, never the case. */
export const agencyRequestSummarySchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    kind: requestKind,
    state,
    stateLabel: z.string(),
    sentOn: z.string(),
    dueOn: z.string(),
    /** Who the question is about (a cadre on the roster), when it names one. */
    subject: z.object({ name: z.string(), post: z.string() }).nullable().describe('所涉干部（名册中的干部）'),
  })
  .meta({ id: 'AgencyRequestSummary' });
export type AgencyRequestSummary = z.infer<typeof agencyRequestSummarySchema>;

const replyView = z.object({
  version: z.int(),
  result,
  resultLabel: z.string(),
  newDueOn: z.string().nullable(),
  body: z.string(),
  repliedAt: z.string(),
  attachments: z.array(attachmentView),
});
export type ReplyView = z.infer<typeof replyView>;

export const agencyRequestDetailSchema = agencyRequestSummarySchema
  .extend({
    agencyName: z.string(),
    question: z.string(),
    extract: z.string().nullable(),
    attachments: z.array(attachmentView),
    /** Every version of the agency's answer, oldest first. */
    replies: z.array(replyView).describe('历次答复，按时间先后'),
  })
  .meta({ id: 'AgencyRequestDetail' });
export type AgencyRequestDetail = z.infer<typeof agencyRequestDetailSchema>;

export const replyResultSchema = z
  .object({ version: z.int().describe('答复版本（再次答复为新版本）'), status: z.string(), dueOn: z.string() })
  .meta({ id: 'ReplyResult' });
