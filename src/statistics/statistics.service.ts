import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UnitsService } from '../cadres/units.service.js';
import { civilDate } from '../infra/calendar/working-days.js';
import { Clock } from '../infra/clock/clock.js';
import { AppConfig } from '../infra/config/app-config.js';
import { VerificationTrackingService } from '../verification/verification-tracking.service.js';
import type { Count, Statistics } from './dto/statistics.dto.js';
import { bucketUnit, buckets, parseRange, type DateRange } from './period.js';
import { quotaSummary } from './quota-summary.js';

export const CHANNELS = ['WEB', 'SMS', 'HOTLINE'] as const;
export const STATUSES = ['RECEIVED', 'TRIAGED', 'IN_HANDLING', 'CLOSED', 'MERGED', 'TRANSFERRED', 'NOT_ACCEPTED'] as const;
export const DISPOSITION_KINDS = ['TALK_INQUIRY', 'PRELIMINARY_VERIFICATION', 'FILED_PENDING', 'CLOSED_NO_ACTION', 'TRANSFER', 'NOT_ACCEPTED', 'MERGE'] as const;
export const FINDING_KINDS = ['SUBSTANTIATED', 'PARTLY', 'UNSUBSTANTIATED', 'UNVERIFIABLE', 'NONE'] as const;
export const VERDICTS = ['PASS', 'BLOCK', 'PENDING'] as const;
export const DECISIONS = ['APPOINT', 'APPOINT_WITH_REMINDER', 'DO_NOT_APPOINT', 'SUSPEND', 'UNDECIDED'] as const;
export const DEADLINE_KINDS = ['ACCEPTANCE_NOTICE', 'DISPOSITION', 'CONCLUSION'] as const;
/** Reports carry no category until triage: counted under this key. */
export const UNCLASSIFIED = 'UNCLASSIFIED';

type Row = { key: string | null; count: number };

/** Every expected key in order (zeros included, as a report states 0 件), then any unexpected key. */
function fill(keys: readonly string[], rows: Row[], nullKey = 'NONE'): Count[] {
  const found = new Map(rows.map((r) => [r.key ?? nullKey, r.count]));
  const out = keys.map((key) => ({ key, count: found.get(key) ?? 0 }));
  for (const [key, count] of found) if (!keys.includes(key)) out.push({ key, count });
  return out;
}

const sum = (counts: Count[]) => counts.reduce((n, c) => n + c.count, 0);

/** Instants bounding a China-time civil period: [from 00:00, to + 1 day 00:00). */
const START = `($1::date::timestamp AT TIME ZONE 'Asia/Shanghai')`;
const END = `(($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
const IN_PERIOD = (column: string) => `${column} >= ${START} AND ${column} < ${END}`;

/**
 * The figures of the dashboard and the periodic report. Reporting reads across tables
 * that other modules write (reports, events, deadlines, vetting), so this module owns
 * read-only aggregate SQL only: it never writes, and figures another module already
 * computes (agency on-time rates, post quotas) come from that module's service.
 */
@Injectable()
export class StatisticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly units: UnitsService,
    private readonly verification: VerificationTrackingService,
  ) {}

  today(): string {
    return civilDate(this.clock.now());
  }

  /** The period a request names (defaults: this year so far); 400 for a bad one. */
  range(raw: { from?: string | undefined; to?: string | undefined }): DateRange {
    return parseRange(raw, this.today());
  }

  async compute(range: DateRange): Promise<Statistics> {
    const unit = bucketUnit(range);
    const asOf = this.today();
    const [received, series, dispositions, concluded, overdue, vetting, agencies, quotaLines] = await Promise.all([
      this.received(range),
      this.series(range, unit),
      this.rows(
        `SELECT kind AS key, count(*)::int AS count FROM (
           SELECT DISTINCT ON (report_id) CASE WHEN type = 'MERGED' THEN 'MERGE' ELSE data->'after'->>'disposition' END AS kind
             FROM report_event WHERE type IN ('DISPOSED', 'MERGED') AND ${IN_PERIOD('created_at')}
            ORDER BY report_id, id DESC) d GROUP BY kind`,
        range,
      ),
      this.concluded(range),
      this.overdue(asOf),
      this.vetting(range),
      this.verification.figures(),
      this.units.quotaReport(),
    ]);
    const byDisposition = fill(DISPOSITION_KINDS, dispositions);
    return {
      range: { ...range, unit },
      asOf,
      received: { ...received, series },
      dispositions: { total: sum(byDisposition), byKind: byDisposition },
      concluded,
      overdue,
      agencies,
      vetting,
      quota: { byLevel: quotaSummary(quotaLines), overLines: quotaLines.filter((l) => l.over !== null && l.over > 0) },
    };
  }

  private rows(sql: string, range: DateRange): Promise<Row[]> {
    return this.dataSource.query(sql, [range.from, range.to]);
  }

  private async received(range: DateRange): Promise<Omit<Statistics['received'], 'series'>> {
    const group = (column: string) =>
      this.rows(`SELECT ${column} AS key, count(*)::int AS count FROM report WHERE ${IN_PERIOD('received_at')} GROUP BY 1`, range);
    const [byChannel, byCategory, byStatus, [real]] = await Promise.all([
      group('channel'),
      group('category'),
      group('status'),
      this.rows(`SELECT 'REAL_NAME' AS key, count(*)::int AS count FROM report WHERE real_name AND ${IN_PERIOD('received_at')}`, range),
    ]);
    const channels = fill(CHANNELS, byChannel);
    return {
      total: sum(channels),
      realName: real?.count ?? 0,
      byChannel: channels,
      byCategory: fill(this.config.categories.map((c) => c.code), byCategory, UNCLASSIFIED),
      byStatus: fill(STATUSES, byStatus),
    };
  }

  /** Tips per bucket and channel; Postgres weeks start on Monday, as bucketStart does. */
  private async series(range: DateRange, unit: ReturnType<typeof bucketUnit>): Promise<Statistics['received']['series']> {
    const rows: Array<{ bucket: string; channel: string; count: number }> = await this.dataSource.query(
      `SELECT to_char(date_trunc('${unit}', received_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS bucket, channel, count(*)::int AS count
         FROM report WHERE ${IN_PERIOD('received_at')} GROUP BY 1, 2`,
      [range.from, range.to],
    );
    const keys = buckets(range, unit);
    const byChannel = Object.fromEntries(CHANNELS.map((c) => [c, keys.map(() => 0)]));
    for (const r of rows) {
      const i = keys.indexOf(r.bucket);
      (byChannel[r.channel] ??= keys.map(() => 0))[i] = r.count;
    }
    return { buckets: keys, byChannel };
  }

  /** Concluded in the period: by finding, and the median calendar days from receipt (China dates). */
  private async concluded(range: DateRange): Promise<Statistics['concluded']> {
    const [byFinding, [median]] = await Promise.all([
      this.rows(`SELECT finding AS key, count(*)::int AS count FROM report WHERE closed_at IS NOT NULL AND ${IN_PERIOD('closed_at')} GROUP BY 1`, range),
      this.dataSource.query(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY (closed_at AT TIME ZONE 'Asia/Shanghai')::date - (received_at AT TIME ZONE 'Asia/Shanghai')::date) AS days
           FROM report WHERE closed_at IS NOT NULL AND ${IN_PERIOD('closed_at')}`,
        [range.from, range.to],
      ) as Promise<Array<{ days: number | null }>>,
    ]);
    const findings = fill(FINDING_KINDS, byFinding);
    return { total: sum(findings), medianDays: median?.days ?? null, byFinding: findings };
  }

  /** Open deadlines past their day, now: the work a supervisor follows up (督办). */
  private async overdue(today: string): Promise<Statistics['overdue']> {
    const rows: Array<Row & { reports: number }> = await this.dataSource.query(
      `SELECT kind AS key, count(*)::int AS count, (SELECT count(DISTINCT report_id)::int FROM report_deadline WHERE met_at IS NULL AND due_on < $1::date) AS reports
         FROM report_deadline WHERE met_at IS NULL AND due_on < $1::date GROUP BY kind`,
      [today],
    );
    return { reports: rows[0]?.reports ?? 0, deadlines: fill(DEADLINE_KINDS, rows) };
  }

  /** Candidates of vetting runs started in the period; held back = verdict BLOCK, by blocking reason. */
  private async vetting(range: DateRange): Promise<Statistics['vetting']> {
    const runs = `FROM vetting_candidate c JOIN vetting_run v ON v.id = c.run_id`;
    const inRuns = `${runs} WHERE v.started_on BETWEEN $1::date AND $2::date`;
    const [byVerdict, byReason, byDecision] = await Promise.all([
      this.rows(`SELECT c.verdict AS key, count(*)::int AS count ${inRuns} GROUP BY 1`, range),
      this.rows(
        `SELECT r->>'code' AS key, count(DISTINCT c.id)::int AS count ${runs} CROSS JOIN jsonb_array_elements(c.reasons) r
          WHERE v.started_on BETWEEN $1::date AND $2::date AND c.verdict = 'BLOCK' AND r->>'effect' = 'BLOCK' GROUP BY 1 ORDER BY 2 DESC, 1`,
        range,
      ),
      this.rows(`SELECT coalesce(c.decision, 'UNDECIDED') AS key, count(*)::int AS count ${inRuns} GROUP BY 1`, range),
    ]);
    const verdicts = fill(VERDICTS, byVerdict);
    return { candidates: sum(verdicts), byVerdict: verdicts, heldBackByReason: byReason.map((r) => ({ key: r.key ?? '', count: r.count })), byDecision: fill(DECISIONS, byDecision) };
  }
}
