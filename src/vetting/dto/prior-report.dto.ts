import { z } from 'zod';
import { isCivilDate } from '../../cadres/rules/civil-date.js';
import { candidateViewSchema } from './vetting.dto.js';

const date = (label: string) => z.string(`请填写${label}`).refine(isCivilDate, `${label}应写作 YYYY-MM-DD`);
const reference = (label: string) =>
  z.string(`请填写${label}`).trim().min(2, `请填写${label}（如 区组干〔2026〕12号）`).max(100, `${label}不超过 100 字`);

/** The higher organization department's answer to a 报备. */
export const PRIOR_REPORT_RESULTS = ['AGREE', 'DISAGREE'] as const;
export type PriorReportResult = (typeof PRIOR_REPORT_RESULTS)[number];

/** 已报备: the report on the candidate sent to the higher organization department. */
export const priorReportSentSchema = z.strictObject({
  sentOn: date('报备日期'),
  reference: reference('报备文号'),
  sentTo: z.string('请填写报送单位').trim().min(2, '请填写报送的上级组织部门（如 市委组织部）').max(100, '报送单位不超过 100 字'),
});
export type PriorReportSentDto = z.infer<typeof priorReportSentSchema>;

/** 上级回复: the higher department's reply, agreeing or not. */
export const priorReportReplySchema = z.strictObject({
  repliedOn: date('回复日期'),
  reference: reference('回复文号'),
  result: z.enum(PRIOR_REPORT_RESULTS, '回复意见应为 AGREE（同意）或 DISAGREE（不同意）'),
  note: z.string().trim().max(2000, '说明不超过 2000 字').optional(),
});
export type PriorReportReplyDto = z.infer<typeof priorReportReplySchema>;

/** 报备 of one candidacy: whether its post needs it, and what has been recorded. */
export const priorReportViewSchema = z
  .object({
    candidateId: z.uuid(),
    required: z.boolean().describe('拟任职务是否须事先向上级组织部门报备'),
    post: z.string().nullable().describe('须报备的职务（按设置匹配到的职务）；无须报备为 null'),
    sent: z
      .object({ on: z.string(), reference: z.string().describe('报备文号'), to: z.string().describe('报送的上级组织部门') })
      .nullable(),
    reply: z
      .object({
        on: z.string(),
        reference: z.string().describe('回复文号'),
        result: z.enum(PRIOR_REPORT_RESULTS).describe('AGREE 同意，DISAGREE 不同意'),
        note: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'VettingPriorReport' });
export type PriorReportView = z.infer<typeof priorReportViewSchema>;

/** What recording a 报备 step answers: the 报备 and the candidate re-evaluated. */
export const priorReportChangeSchema = z
  .object({ priorReport: priorReportViewSchema, candidate: candidateViewSchema })
  .meta({ id: 'VettingPriorReportChange' });
