import { z } from 'zod';
import { quotaLineSchema } from '../../cadres/dto/cadre.dto.js';
import { agencyFiguresSchema } from '../../verification/dto/verification.dto.js';

/** A count under a code (channel, category, status, disposition …); labels are added where shown. */
const countSchema = z.object({ key: z.string().describe('代码'), count: z.int() });
export type Count = z.infer<typeof countSchema>;

const quotaLevelSummarySchema = z.object({
  level: z.string(),
  /** 核定职数, 实际配备, 缺配, 超配 over the units with a quota recorded for the level. */
  approved: z.int().describe('核定职数'),
  occupied: z.int().describe('实际配备'),
  vacant: z.int().describe('缺配'),
  over: z.int().describe('超配'),
  unitsOver: z.int().describe('超职数的单位数'),
  /** People in post at units with no quota recorded for the level (cannot be judged). */
  withoutQuota: z.int().describe('所在单位未录入该职级职数的在任人数'),
});
export type QuotaLevelSummary = z.infer<typeof quotaLevelSummarySchema>;

/** The figures of one period. Snapshot figures (overdue, quota, agencies) are as of `asOf`. */
export const statisticsSchema = z
  .object({
    range: z.object({ from: z.string(), to: z.string(), unit: z.enum(['day', 'week', 'month']) }),
    asOf: z.string(),
    received: z.object({
      total: z.int(),
      realName: z.int(),
      byChannel: z.array(countSchema),
      byCategory: z.array(countSchema),
      byStatus: z.array(countSchema),
      /** Bucket start dates, and per channel one count per bucket. */
      series: z.object({ buckets: z.array(z.string()), byChannel: z.record(z.string(), z.array(z.int())) }),
    }),
    /** Dispositions decided within the period, each report counted once under its last one. */
    dispositions: z.object({ total: z.int(), byKind: z.array(countSchema) }),
    /** Reports concluded (办结, 转办, 不予受理) within the period. */
    concluded: z.object({ total: z.int(), medianDays: z.number().nullable(), byFinding: z.array(countSchema) }),
    overdue: z.object({ reports: z.int(), deadlines: z.array(countSchema) }),
    agencies: z.array(agencyFiguresSchema),
    vetting: z.object({
      candidates: z.int(),
      byVerdict: z.array(countSchema),
      heldBackByReason: z.array(countSchema),
      byDecision: z.array(countSchema),
    }),
    quota: z.object({ byLevel: z.array(quotaLevelSummarySchema), overLines: z.array(quotaLineSchema) }),
  })
  .meta({ id: 'Statistics' });
export type Statistics = z.infer<typeof statisticsSchema>;
