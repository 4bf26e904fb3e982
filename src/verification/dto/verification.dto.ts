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
    newDueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '新的答复日期格式应为 YYYY-MM-DD').optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.result && v.adverse === undefined) ctx.addIssue({ code: 'custom', path: ['result'], message: resultMessage });
    if (v.result === 'MORE_TIME' && !v.newDueOn) ctx.addIssue({ code: 'custom', path: ['newDueOn'], message: '申请延期请填写新的答复日期' });
  })
  .transform((v) => ({ result: v.result ?? (v.adverse ? ('ADVERSE' as const) : ('NO_ADVERSE' as const)), body: v.body, newDueOn: v.result === 'MORE_TIME' ? v.newDueOn! : null }));
export type ReplyDto = z.infer<typeof replySchema>;

export const pressSchema = z.strictObject({
  note: z.string('请填写督办意见').trim().min(2, '请填写督办意见').max(1000, '督办意见不超过 1000 字'),
});

export const listQuerySchema = z.strictObject({
  state: z.enum(['SENT', 'READ', 'ANSWERED', 'OVERDUE', 'CANCELLED'], '状态应为 SENT、READ、ANSWERED、OVERDUE 或 CANCELLED').optional(),
  agency: z.string().regex(/^[A-Z][A-Z0-9_]*$/, '成员单位代码应为大写字母').optional(),
});
