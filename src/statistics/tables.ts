import { labelOf, type LabelList } from '../infra/labels/catalogue.js';
import type { Count, Statistics } from './dto/statistics.dto.js';
import { bucketLabel, percent } from './period.js';
import { UNCLASSIFIED } from './statistics.service.js';
import { statisticsTexts } from './texts.js';

export type Cell = string | number | null;

/** One table of figures, as the pages, the CSV, the workbook and the document all show it. */
export interface StatTable {
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
  /** A closing 合计 row, shown apart from the data rows. */
  total?: Cell[];
}

const S = statisticsTexts;
const C = S.columns;

/** Which catalogue list labels each kind of code in the figures. */
const LISTS = {
  channel: 'channel',
  status: 'reportStatus',
  disposition: 'disposition',
  finding: 'finding',
  deadline: 'deadlineKind',
  verdict: 'verdictInStatistics',
  decision: 'appointmentDecisionInStatistics',
  reason: 'vettingReason',
} as const satisfies Record<string, LabelList>;

/** Rows the statistics add to a list: merged repeats among dispositions, no finding among findings. */
const EXTRA: Partial<Record<keyof typeof LISTS, Record<string, string>>> = {
  disposition: { MERGE: S.merge },
  finding: { NONE: S.noFinding },
};

/** Labels for codes, from the one catalogue (an unknown code is an error, never shown raw). */
export function labeller(categoryName: (code: string) => string) {
  return (kind: keyof typeof LISTS | 'category', key: string): string => {
    if (kind === 'category') return key === UNCLASSIFIED ? S.unclassified : categoryName(key);
    return EXTRA[kind]?.[key] ?? labelOf(LISTS[kind], key);
  };
}

type Label = ReturnType<typeof labeller>;

function countTable(
  id: string,
  title: string,
  head: string,
  counts: Count[],
  label: (key: string) => string,
  withShare: boolean,
): StatTable {
  const total = counts.reduce((n, c) => n + c.count, 0);
  return {
    id,
    title,
    columns: withShare ? [head, S.count, S.share] : [head, S.people],
    rows: counts.map((c) => (withShare ? [label(c.key), c.count, percent(c.count, total)] : [label(c.key), c.count])),
    total: withShare ? [S.total, total, total ? 100 : null] : [S.total, total],
  };
}

/** Every table of a period's figures, in the order of the report. */
export function statisticsTables(s: Statistics, label: Label): StatTable[] {
  const share = (id: string, title: string, head: string, counts: Count[], kind: Parameters<Label>[0]) =>
    countTable(id, title, head, counts, (k) => label(kind, k), true);
  const people = (id: string, title: string, head: string, counts: Count[], kind: Parameters<Label>[0]) =>
    countTable(id, title, head, counts, (k) => label(kind, k), false);
  const channels = Object.keys(s.received.series.byChannel);
  const q = s.quota.byLevel;
  return [
    share('by-channel', S.tables.byChannel, C.channel, s.received.byChannel, 'channel'),
    share('by-category', S.tables.byCategory, C.category, s.received.byCategory, 'category'),
    share('by-status', S.tables.byStatus, C.status, s.received.byStatus, 'status'),
    {
      id: 'series',
      title: `${S.tables.series}（${S.units[s.range.unit]}）`,
      columns: [C.period, ...channels.map((c) => label('channel', c)), S.total],
      rows: s.received.series.buckets.map((b, i) => {
        const counts = channels.map((c) => s.received.series.byChannel[c]![i]!);
        return [bucketLabel(b, s.range.unit), ...counts, counts.reduce((a, n) => a + n, 0)];
      }),
      total: [S.total, ...s.received.byChannel.filter((c) => channels.includes(c.key)).map((c) => c.count), s.received.total],
    },
    share('dispositions', S.tables.dispositions, C.disposition, s.dispositions.byKind, 'disposition'),
    share('findings', S.tables.findings, C.finding, s.concluded.byFinding, 'finding'),
    {
      ...countTable('overdue', S.tables.overdue, C.deadline, s.overdue.deadlines, (k) => label('deadline', k), false),
      columns: [C.deadline, C.overdueItems],
    },
    {
      id: 'agencies',
      title: S.tables.agencies,
      columns: [C.agency, C.requests, C.answered, C.open, C.overdueRequests, C.onTimeRate, C.medianDaysToAnswer],
      rows: s.agencies.map((a) => [
        a.agencyName,
        a.requests,
        a.answered,
        a.open,
        a.overdue,
        a.onTimeRate === null ? null : Math.round(a.onTimeRate * 1000) / 10,
        a.medianDaysToAnswer,
      ]),
    },
    people('verdicts', S.tables.verdicts, C.verdict, s.vetting.byVerdict, 'verdict'),
    // One candidate may be held back for several reasons: a total would double-count.
    { ...people('held-back', S.tables.heldBack, C.reason, s.vetting.heldBackByReason, 'reason'), total: undefined },
    people('decisions', S.tables.decisions, C.decision, s.vetting.byDecision, 'decision'),
    {
      id: 'quota',
      title: S.tables.quota,
      columns: [C.level, C.approved, C.occupied, C.vacant, C.over, C.unitsOver, C.withoutQuota],
      rows: q.map((l) => [l.level, l.approved, l.occupied, l.vacant, l.over, l.unitsOver, l.withoutQuota]),
      total: [
        S.total,
        ...(['approved', 'occupied', 'vacant', 'over', 'unitsOver', 'withoutQuota'] as const).map((k) => q.reduce((n, l) => n + l[k], 0)),
      ],
    },
    {
      id: 'over-quota',
      title: S.tables.overQuota,
      columns: [C.unit, C.level, C.approved, C.occupied, C.over],
      rows: s.quota.overLines.map((l) => [l.unitName, l.level, l.approved, l.occupied, l.over]),
    },
  ];
}

const date = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const list = (counts: Count[], name: (key: string) => string, unit: string) =>
  counts
    .filter((c) => c.count > 0)
    .map((c) => `${name(c.key)}${c.count}${unit}`)
    .join('、') || '无';

/** The report's prose, in the manner of a district's written report: totals first, then 其中 … */
export function summaryParagraphs(s: Statistics, label: Label): string[] {
  const r = s.received;
  const held = s.vetting.byVerdict.find((v) => v.key === 'BLOCK')?.count ?? 0;
  const q = s.quota.byLevel;
  const totals = (k: 'approved' | 'occupied' | 'vacant' | 'over') => q.reduce((n, l) => n + l[k], 0);
  return [
    `${date(s.range.from)}至${date(s.range.to)}，共受理干部选拔任用方面的举报${r.total}件，其中${list(r.byChannel, (k) => `${label('channel', k)}举报`, '件')}；实名举报${r.realName}件，匿名举报${r.total - r.realName}件。按问题类别：${list(r.byCategory, (k) => label('category', k), '件')}。`,
    `本期对问题线索作出处置${s.dispositions.total}件，其中${list(s.dispositions.byKind, (k) => label('disposition', k), '件')}。办结${s.concluded.total}件，其中${list(s.concluded.byFinding, (k) => label('finding', k), '件')}${s.concluded.medianDays === null ? '' : `；从受理到办结用时中位数${s.concluded.medianDays}天`}。截至${date(s.asOf)}，逾期未办的举报${s.overdue.reports}件。`,
    `本期任前审查干部${s.vetting.candidates}人，暂缓上会${held}人${held ? `（${list(s.vetting.heldBackByReason, (k) => label('reason', k), '人')}）` : ''}。`,
    q.length
      ? `截至${date(s.asOf)}，核定领导职数${totals('approved')}个，实际配备${totals('occupied')}人，缺配${totals('vacant')}人，超配${totals('over')}人${s.quota.overLines.length ? `，涉及超职数配备单位${new Set(s.quota.overLines.map((l) => l.unitId)).size}个` : '，没有超职数配备'}。`
      : '尚未录入领导职数核定数据。',
  ];
}
