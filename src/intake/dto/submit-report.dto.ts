import { z } from 'zod';
import type { CategoryDefinition, Settings } from '../../infra/config/settings.schema.js';
import { normalizePhone } from '../../infra/crypto/keyed-hash.js';
import { isValidResidentId } from '../resident-id.js';

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}不超过 ${max} 字`)
    .optional()
    .transform((v) => (v ? v : undefined));

export const reportedPersonSchema = z
  .strictObject({
    name: optionalText(30, '姓名'),
    unit: optionalText(100, '单位'),
    post: optionalText(50, '职务'),
    note: optionalText(200, '说明'),
  })
  .refine((p) => p.name || p.unit || p.post || p.note, '请至少填写被反映人的姓名、单位、职务或说明之一');

export const reporterIdentitySchema = z.strictObject({
  name: z.string().trim().min(2, '实名举报请填写真实姓名').max(30, '姓名不超过 30 字'),
  phone: z
    .string()
    .transform(normalizePhone)
    .pipe(z.string().regex(/^(1[3-9]\d{9}|0\d{9,11})$/, '请填写正确的手机号码或带区号的固定电话')),
  idNumber: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isValidResidentId, '身份证号码校验不通过，请核对')
    .optional()
    .or(z.literal('').transform(() => undefined)),
});
export type ReporterIdentity = z.infer<typeof reporterIdentitySchema>;

/** The web tip, as JSON (or as the `report` field of a multipart request with files). */
export function buildSubmitReportSchema(settings: Settings, categories: CategoryDefinition[]) {
  const { minLength, maxLength } = settings.intake.text;
  const codes = categories.map((c) => c.code) as [string, ...string[]];
  return z
    .strictObject({
      subjects: z
        .array(reportedPersonSchema)
        .min(1, '请至少填写一名被反映人')
        .max(settings.intake.maxSubjects, `一次最多反映 ${settings.intake.maxSubjects} 人`),
      category: z.enum(codes, `问题类别应为以下之一：${codes.join('、')}`).optional(),
      body: z
        .string('请填写举报正文')
        .trim()
        .min(minLength, `正文至少 ${minLength} 字：请写明时间、地点、事情经过和后果`)
        .max(maxLength, `正文不超过 ${maxLength} 字：更多材料请作为附件上传`),
      incidentTime: optionalText(100, '发生时间'),
      incidentPlace: optionalText(200, '发生地点'),
      anonymous: z.boolean('请选择实名或匿名'),
      reporter: reporterIdentitySchema.optional(),
      /** Sent from a publicity notice (任前公示): the notice and, when chosen, its candidate. */
      noticeId: z.uuid('公示编号无效，请从公示页面重新进入').optional(),
      noticeCandidateId: z.uuid('公示对象编号无效，请从公示页面重新进入').optional(),
    })
    .superRefine((value, ctx) => {
      if (!value.anonymous && !value.reporter) {
        ctx.addIssue({ code: 'custom', path: ['reporter'], message: '实名举报请填写姓名和联系电话' });
      }
      if (value.anonymous && value.reporter) {
        ctx.addIssue({ code: 'custom', path: ['reporter'], message: '匿名举报不应填写身份信息；如需实名，请选择实名举报' });
      }
    });
}
export type SubmitReportDto = z.infer<ReturnType<typeof buildSubmitReportSchema>>;

export const lookupSchema = z.strictObject({ receiptCode: z.string().max(64) });

export const replySchema = z.strictObject({
  receiptCode: z.string().max(64),
  message: z.string().trim().min(1, '请填写补充内容').max(2000, '补充内容不超过 2000 字'),
});
export type ReplyDto = z.infer<typeof replySchema>;

/** What the reporter gets back: shown once, never retrievable again (except by an idempotent retry). */
export const submitReportResponseSchema = z
  .object({
    reportNumber: z.string().describe('举报编号'),
    receiptCode: z.string().describe('查询码：凭此码查询办理进度、补充材料，只显示这一次'),
    receivedAt: z.string().describe('收到时间（ISO 8601）'),
    attachments: z.int().describe('收到的附件数'),
  })
  .meta({ id: 'SubmitReportResult' });
export type SubmitReportResponse = z.infer<typeof submitReportResponseSchema>;

/** What a reporter sees with the receipt code (web follow-up, SMS query). */
export const reporterViewSchema = z
  .object({
    reportNumber: z.string(),
    status: z.enum(['ACCEPTED', 'IN_PROGRESS', 'CONCLUDED']).describe('ACCEPTED 已受理，IN_PROGRESS 办理中，CONCLUDED 已办结'),
    statusLabel: z.string().describe('状态的中文名称'),
    receivedAt: z.string(),
    outcome: z.string().nullable().describe('办结时告知举报人的结果'),
    messages: z.array(z.object({ from: z.enum(['REPORTER', 'STAFF']), body: z.string(), createdAt: z.string(), attachments: z.int() })),
  })
  .meta({ id: 'ReporterView' });
export type ReporterViewDto = z.infer<typeof reporterViewSchema>;
