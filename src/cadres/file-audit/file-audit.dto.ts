import { z } from 'zod';
import { isCivilDate } from '../rules/civil-date.js';
import { isFileDate } from './file-dates.js';
import { DOUBT_RULES, EDUCATION_LEVELS, FACT_KINDS, SOURCE_KINDS } from './file-rules.js';

const fileDate = z.string().trim().refine(isFileDate, '日期格式应为 YYYY-MM 或 YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * One record of the file: what a document states about one fact. Which fields are needed
 * depends on the fact (出生日期、入党时间、参加工作时间: the date; 学历: level, institution, period;
 * 工作经历: unit, post, period; 干部身份: the status); the missing one is named.
 */
export const fileEntrySchema = z
  .strictObject({
    fact: z.enum(FACT_KINDS, '请选择审核事项'),
    statedDate: fileDate.optional(),
    fromDate: fileDate.optional(),
    toDate: fileDate.optional(),
    educationLevel: z.enum(EDUCATION_LEVELS, '请选择学历层次').optional(),
    institution: text(100).optional(),
    diploma: z.boolean().optional(),
    fullTime: z.boolean().optional(),
    unit: text(100).optional(),
    post: text(100).optional(),
    status: text(30).optional(),
    source: z.enum(SOURCE_KINDS, '请选择材料名称'),
    documentDate: fileDate,
    filledBySelf: z.boolean(),
    note: z.string().trim().max(500).optional(),
  })
  .superRefine((e, ctx) => {
    const need = (field: keyof typeof e, message: string) => {
      if (e[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message });
    };
    if (e.fact === 'BIRTH' || e.fact === 'PARTY' || e.fact === 'WORK_START') need('statedDate', '请填写材料所载的日期');
    if (e.fact === 'EDUCATION') {
      need('educationLevel', '请选择学历层次');
      need('institution', '请填写院校名称');
      need('fromDate', '请填写入学时间');
    }
    if (e.fact === 'WORK_HISTORY') {
      need('unit', '请填写单位');
      need('post', '请填写职务');
      need('fromDate', '请填写任职起始时间');
    }
    if (e.fact === 'CADRE_STATUS') need('status', '请填写材料所载的干部身份');
    if (e.fromDate && e.toDate && e.toDate.slice(0, 7) < e.fromDate.slice(0, 7)) {
      ctx.addIssue({ code: 'custom', path: ['toDate'], message: '截止时间早于起始时间' });
    }
  });
export type FileEntryInput = z.infer<typeof fileEntrySchema>;

export const resolveDoubtSchema = z.strictObject({
  resolution: z.string().trim().min(2, '请写明查核情况和处理意见').max(1000),
});

export const completeAuditSchema = z.strictObject({
  auditedOn: z.string().refine(isCivilDate, '日期格式应为 YYYY-MM-DD'),
  note: z.string().trim().max(500).optional(),
});

const entryView = z.object({
  id: z.uuid(),
  fact: z.enum(FACT_KINDS),
  statedDate: z.string().nullable(),
  fromDate: z.string().nullable(),
  toDate: z.string().nullable(),
  educationLevel: z.enum(EDUCATION_LEVELS).nullable(),
  institution: z.string().nullable(),
  diploma: z.boolean().nullable(),
  fullTime: z.boolean().nullable(),
  unit: z.string().nullable(),
  post: z.string().nullable(),
  status: z.string().nullable(),
  source: z.enum(SOURCE_KINDS),
  documentDate: z.string(),
  filledBySelf: z.boolean(),
  note: z.string().nullable(),
  enteredAt: z.string().describe('录入时间（ISO 8601）'),
});

const determinationView = z.object({
  fact: z.enum(FACT_KINDS),
  value: z.string().nullable().describe('认定结果；null 表示尚不能认定'),
  basis: z.array(z.uuid()).describe('认定所依据的记载'),
  reasons: z.array(z.string()).describe('认定理由'),
});

const doubtView = z.object({
  id: z.uuid(),
  rule: z.enum(DOUBT_RULES),
  fact: z.enum(FACT_KINDS),
  message: z.string(),
  entryIds: z.array(z.uuid()),
  status: z.enum(['OPEN', 'RESOLVED']),
  resolution: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  openedAt: z.string(),
});

export const fileAuditViewSchema = z
  .object({
    cadreId: z.uuid(),
    name: z.string(),
    personNo: z.string(),
    fileAuditedOn: z.string().nullable().describe('档案审核完成日期'),
    entries: z.array(entryView),
    determinations: z.array(determinationView).describe('按当前记载运行审核规则得出的认定'),
    confirmed: z.array(determinationView.extend({ determinedOn: z.string() })).describe('完成审核时确认并保存的认定（名册导入以此为准）'),
    doubts: z.array(doubtView),
    openDoubts: z.int(),
  })
  .meta({ id: 'FileAudit' });
export type FileAuditView = z.infer<typeof fileAuditViewSchema>;
