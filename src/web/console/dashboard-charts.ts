import type { Statistics } from '../../statistics/dto/statistics.dto.js';
import { bucketLabel } from '../../statistics/period.js';
import type { labeller } from '../../statistics/tables.js';
import { zhCN } from '../page-texts.js';

/** What public/dashboard.js draws: plain data, no functions, so it fits a data attribute. */
export interface ChartSpec {
  type: 'bar' | 'doughnut';
  /** Horizontal bars for long labels (categories). */
  horizontal?: boolean;
  stacked?: boolean;
  labels: string[];
  datasets: Array<{ label: string; data: Array<number | null> }>;
}

const S = zhCN.console.statistics;

/** The dashboard's charts, drawn from the same figures as the tables under them. */
export function dashboardCharts(s: Statistics, label: ReturnType<typeof labeller>): Record<string, ChartSpec> {
  const r = s.received;
  return {
    series: {
      type: 'bar',
      stacked: true,
      labels: r.series.buckets.map((b) => bucketLabel(b, s.range.unit)),
      datasets: Object.entries(r.series.byChannel).map(([channel, data]) => ({ label: label('channel', channel), data })),
    },
    'by-category': {
      type: 'bar',
      horizontal: true,
      labels: r.byCategory.map((c) => label('category', c.key)),
      datasets: [{ label: S.count, data: r.byCategory.map((c) => c.count) }],
    },
    'by-status': {
      type: 'doughnut',
      labels: r.byStatus.map((c) => label('status', c.key)),
      datasets: [{ label: S.count, data: r.byStatus.map((c) => c.count) }],
    },
    dispositions: {
      type: 'bar',
      labels: s.dispositions.byKind.map((c) => label('disposition', c.key)),
      datasets: [{ label: S.count, data: s.dispositions.byKind.map((c) => c.count) }],
    },
    agencies: {
      type: 'bar',
      labels: s.agencies.map((a) => a.agencyName),
      datasets: [
        { label: S.columns.onTimeRate, data: s.agencies.map((a) => (a.onTimeRate === null ? null : Math.round(a.onTimeRate * 1000) / 10)) },
      ],
    },
  };
}
