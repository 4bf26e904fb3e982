import { z } from 'zod';

/** What other modules and staff get for a cadre: the roster line, never internal columns. */
export const cadreSummarySchema = z
  .object({
    id: z.uuid(),
    personNo: z.string().describe('人员编号'),
    name: z.string(),
    surname: z.string(),
    gender: z.string(),
    birthMonth: z.string().describe('出生年月（YYYY-MM）'),
    unitId: z.uuid(),
    unitName: z.string(),
    post: z.string(),
    level: z.string().nullable().describe('职级'),
  })
  .meta({ id: 'CadreSummary' });
export type CadreSummary = z.infer<typeof cadreSummarySchema>;

export const cadreDetailSchema = cadreSummarySchema
  .extend({
    ethnicity: z.string().nullable(),
    nativePlace: z.string().nullable(),
    partyMonth: z.string().nullable().describe('入党时间'),
    workMonth: z.string().nullable().describe('参加工作时间'),
    education: z.string().nullable(),
    postSince: z.string().nullable().describe('任现职时间'),
    statusKind: z.string().nullable(),
    underInvestigation: z.boolean().describe('是否正在接受组织调查'),
    investigationSince: z.string().nullable(),
    fileAuditedOn: z.string().nullable().describe('档案专审日期'),
    posts: z.array(
      z.object({
        unitName: z.string(),
        post: z.string(),
        level: z.string().nullable(),
        started: z.string().nullable(),
        ended: z.string().nullable(),
      }),
    ),
    sanctions: z.array(
      z.object({
        id: z.uuid(),
        kind: z.string(),
        kindLabel: z.string(),
        effectiveOn: z.string(),
        influenceUntil: z.string().describe('影响期至'),
        probationMonths: z.int().nullable(),
        note: z.string().nullable(),
      }),
    ),
    personalMatters: z.array(
      z.object({
        year: z.int(),
        status: z.string(),
        checkedOn: z.string().nullable(),
        checkReason: z.string().nullable(),
        detail: z.string().nullable(),
      }),
    ),
    /** Only for those allowed to read tips; null otherwise (the finding is part of the case). */
    findings: z
      .array(
        z.object({
          id: z.uuid(),
          outcome: z.string(),
          concludedOn: z.string(),
          summary: z.string().nullable(),
          reportId: z.string().nullable(),
          reportNumber: z.string().nullable(),
        }),
      )
      .nullable()
      .describe('核查结论；无权查看举报的账号为 null'),
    linkedReports: z
      .array(z.object({ reportId: z.uuid(), number: z.string(), status: z.string(), receivedAt: z.iso.datetime() }))
      .nullable()
      .describe('关联到该干部的举报（回避的除外）；无权查看举报的账号为 null'),
  })
  .meta({ id: 'CadreDetail' });
export type CadreDetail = z.infer<typeof cadreDetailSchema>;

export const cadreListSchema = z.object({ items: z.array(cadreSummarySchema), total: z.int() }).meta({ id: 'CadreList' });
export const linkResultSchema = z.object({ linked: z.boolean().describe('false 表示原已关联') }).meta({ id: 'LinkResult' });
export const createdIdSchema = z.object({ id: z.uuid() }).meta({ id: 'Created' });
export const findingRecordSchema = z
  .object({ id: z.uuid(), sanctionId: z.uuid().nullable().describe('同时记录的处分') })
  .meta({ id: 'FindingRecord' });
export const drawSchemaResult = z
  .object({
    year: z.int(),
    seed: z.string().describe('随机种子（公开可复核）'),
    ratio: z.number().describe('抽查比例'),
    population: z.int().describe('参与抽取的人数'),
    drawn: z.array(z.string()).describe('抽中的人员编号'),
  })
  .meta({ id: 'PersonalMattersDraw' });
export const drawVerificationSchema = z
  .object({ year: z.int(), seed: z.string(), matches: z.boolean().describe('按种子重新抽取的结果与记录一致'), drawn: z.array(z.string()) })
  .meta({ id: 'PersonalMattersDrawCheck' });

export interface UnitNames {
  unitId: string;
  name: string;
  /** Current name first, then aliases and former names. */
  names: string[];
}

/** Everything a tokenizer needs to recognise people, units and posts in a tip's text. */
export interface CadreDictionary {
  names: string[];
  surnames: string[];
  units: UnitNames[];
  posts: string[];
}

export const cadreListQuerySchema = z.strictObject({
  q: z.string().trim().max(50).optional(),
  unit: z.string().trim().max(100).optional(),
  level: z.string().trim().max(30).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type CadreListQuery = z.infer<typeof cadreListQuerySchema>;

/** One unit's posts of one grade against its quota (职数). */
export const quotaLineSchema = z
  .object({
    unitId: z.uuid(),
    unitName: z.string(),
    level: z.string().describe('职级'),
    approved: z.int().nullable().describe('核定职数；未录入时为 null'),
    occupied: z.int().describe('实际配备'),
    /** people in post − approved; null when no quota is recorded for the level. */
    over: z.int().nullable().describe('超配人数（实际配备 − 核定职数）；未录入职数时为 null'),
  })
  .meta({ id: 'QuotaLine' });
export type QuotaLine = z.infer<typeof quotaLineSchema>;
