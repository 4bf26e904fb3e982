import type { QuotaLine } from '../../cadres/units.service.js';
import type { AgencyFigures } from '../../verification/verification-tracking.service.js';
import type { BucketUnit, DateRange } from '../period.js';

/** A count under a code (channel, category, status, disposition …); labels are added where shown. */
export interface Count {
  key: string;
  count: number;
}

export interface QuotaLevelSummary {
  level: string;
  /** 核定职数, 实际配备, 缺配, 超配 over the units with a quota recorded for the level. */
  approved: number;
  occupied: number;
  vacant: number;
  over: number;
  unitsOver: number;
  /** People in post at units with no quota recorded for the level (cannot be judged). */
  withoutQuota: number;
}

/** The figures of one period. Snapshot figures (overdue, quota, agencies) are as of `asOf`. */
export interface Statistics {
  range: DateRange & { unit: BucketUnit };
  asOf: string;
  received: {
    total: number;
    realName: number;
    byChannel: Count[];
    byCategory: Count[];
    byStatus: Count[];
    /** Bucket start dates, and per channel one count per bucket. */
    series: { buckets: string[]; byChannel: Record<string, number[]> };
  };
  /** Dispositions decided within the period, each report counted once under its last one. */
  dispositions: { total: number; byKind: Count[] };
  /** Reports concluded (办结, 转办, 不予受理) within the period. */
  concluded: { total: number; medianDays: number | null; byFinding: Count[] };
  overdue: { reports: number; deadlines: Count[] };
  agencies: AgencyFigures[];
  vetting: { candidates: number; byVerdict: Count[]; heldBackByReason: Count[]; byDecision: Count[] };
  quota: { byLevel: QuotaLevelSummary[]; overLines: QuotaLine[] };
}
