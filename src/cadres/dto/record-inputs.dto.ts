import { z } from 'zod';
import { SANCTION_KIND_CODES } from '../rules/influence.js';
import { isCivilDate } from '../rules/civil-date.js';

const date = z.string().refine(isCivilDate, '日期格式应为 YYYY-MM-DD');
const uuid = z.uuid('应为有效的编号');

export const linkReportSchema = z.strictObject({ reportId: uuid });

export const sanctionSchema = z.strictObject({
  kind: z.enum(SANCTION_KIND_CODES, `处分或处理类别应为以下之一：${SANCTION_KIND_CODES.join('、')}`),
  effectiveOn: date,
  probationMonths: z.union([z.literal(12), z.literal(24)]).optional(),
  reportId: uuid.optional(),
  note: z.string().trim().max(500).optional(),
});

/**
 * A conclusion that did not come from a tip (巡察, 审计, another body). A finding about a tip
 * is recorded on its case and takes effect when the case is concluded (办结), so `reportId`
 * is refused here with a message saying where to go.
 */
export const findingSchema = z.strictObject({
  reportId: z.never('举报的核查结论须在案件页面记录并办结（经审批后写入干部档案），不能只记在干部档案上').optional(),
  source: z.string().trim().max(100).optional(),
  outcome: z.enum(
    ['SUBSTANTIATED', 'PARTLY', 'UNSUBSTANTIATED', 'UNVERIFIABLE'],
    '核查结论应为 SUBSTANTIATED、PARTLY、UNSUBSTANTIATED 或 UNVERIFIABLE',
  ),
  concludedOn: date,
  summary: z.string().trim().max(2000).optional(),
  sanction: sanctionSchema.pick({ kind: true, effectiveOn: true, probationMonths: true }).optional(),
});

export const investigationSchema = z.strictObject({
  underInvestigation: z.boolean(),
  since: date.optional(),
  note: z.string().trim().max(500).optional(),
});

export const fileAuditSchema = z.strictObject({ auditedOn: date.nullable(), note: z.string().trim().max(500).optional() });

export const personalMattersSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  status: z.enum(
    ['NOT_VERIFIED', 'CONSISTENT', 'OMISSION', 'CONCEALMENT'],
    '查核结果应为 NOT_VERIFIED、CONSISTENT（一致）、OMISSION（漏报）或 CONCEALMENT（瞒报）',
  ),
  checkedOn: date.optional(),
  checkReason: z.enum(['RANDOM', 'PROMOTION', 'TIP']).optional(),
  detail: z.string().trim().max(1000).optional(),
  explainedOn: date.optional(),
});

export const unitNameSchema = z.strictObject({
  name: z.string().trim().min(2).max(100),
  kind: z.enum(['ALIAS', 'FORMER']),
  /** The month the name came into use (档案审核 finds a post held before the unit existed). */
  inUseFrom: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '启用年月格式应为 YYYY-MM')
    .optional(),
});
export const quotaSchema = z.strictObject({ level: z.string().trim().min(1).max(30), approved: z.number().int().min(0).max(1000) });
export const drawSchema = z.strictObject({ year: z.number().int().min(2000).max(2100) });
