import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AGGREGATE_COUNTS } from '../auth/conflict/viewer.js';
import { UnitsService } from '../cadres/units.service.js';
import { Clock } from '../infra/clock/clock.js';
import { AppConfig } from '../infra/config/app-config.js';
import { VerificationTrackingService } from '../verification/verification-tracking.service.js';
import type { Count, Statistics } from './dto/statistics.dto.js';
import { medianOfHistogram } from './median.js';
import { bucketUnit, buckets, parseRange, type DateRange } from './period.js';
import { quotaSummary } from './quota-summary.js';
import { ReportEventsRepository } from '../reports/events/report-events.repository.js';
import { VettingRepository } from '../vetting/vetting.repository.js';
import { Reads } from '../infra/database/reads.js';
import type { Queryable } from '../infra/database/sql.js';
import { StatisticsRepository } from './statistics.repository.js';

export const CHANNELS = ['WEB', 'SMS', 'HOTLINE'] as const;
export const STATUSES = ['RECEIVED', 'TRIAGED', 'IN_HANDLING', 'CLOSED', 'MERGED', 'TRANSFERRED', 'NOT_ACCEPTED'] as const;
export const DISPOSITION_KINDS = [
  'TALK_INQUIRY',
  'PRELIMINARY_VERIFICATION',
  'FILED_PENDING',
  'CLOSED_NO_ACTION',
  'TRANSFER',
  'NOT_ACCEPTED',
  'MERGE',
] as const;
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
    private readonly events: ReportEventsRepository,
    private readonly tallies: StatisticsRepository,
    private readonly runs: VettingRepository,
    private readonly reads: Reads,
  ) {}

  today(): string {
    return this.clock.today();
  }

  /** The period a request names (defaults: this year so far); 400 for a bad one. */
  range(raw: { from?: string | undefined; to?: string | undefined }): DateRange {
    return parseRange(raw, this.today());
  }

  /** The figures of a period: staff reads, on the replica when it is fit (Reads). */
  async compute(range: DateRange): Promise<Statistics> {
    const unit = bucketUnit(range);
    const asOf = this.today();
    const [{ received, series }, dispositions, concluded, overdue, vetting, agencies, quotaLines] = await this.reads.run((on) =>
      Promise.all([
        this.received(range, unit, on),
        this.events.dispositionCounts(range, on),
        this.concluded(range, on),
        this.overdue(asOf, on),
        this.vetting(range, on),
        this.verification.figures(AGGREGATE_COUNTS, on),
        this.units.quotaReport(false, on),
      ]),
    );
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

  /**
   * Tips received in the period (by their current channel, category, status) and the
   * series per bucket, from the daily tally plus the lines not yet folded into it (one
   * snapshot: exactly the count of the tips). Days are China civil days of receipt.
   */
  private async received(
    range: DateRange,
    unit: ReturnType<typeof bucketUnit>,
    on: Queryable,
  ): Promise<{ received: Omit<Statistics['received'], 'series'>; series: Statistics['received']['series'] }> {
    const rows = await this.tallies.received(range, unit, on);
    const by = (key: (r: (typeof rows)[number]) => string | null): Row[] => {
      const counts = new Map<string | null, number>();
      for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + r.count);
      return [...counts].map(([k, count]) => ({ key: k, count }));
    };
    const channels = fill(
      CHANNELS,
      by((r) => r.channel),
    );
    const keys = buckets(range, unit);
    const byChannel = Object.fromEntries(CHANNELS.map((c) => [c, keys.map(() => 0)]));
    for (const r of rows) {
      const i = keys.indexOf(r.bucket);
      (byChannel[r.channel] ??= keys.map(() => 0))[i] = (byChannel[r.channel]![i] ?? 0) + r.count;
    }
    return {
      received: {
        total: sum(channels),
        realName: rows.reduce((n, r) => n + (r.real_name ? r.count : 0), 0),
        byChannel: channels,
        byCategory: fill(
          this.config.categories.map((c) => c.code),
          by((r) => r.category || null),
          UNCLASSIFIED,
        ),
        byStatus: fill(
          STATUSES,
          by((r) => r.status),
        ),
      },
      series: { buckets: keys, byChannel },
    };
  }

  /** Concluded in the period: by finding, and the median calendar days from receipt (China dates), from the closing tally. */
  private async concluded(range: DateRange, on: Queryable): Promise<Statistics['concluded']> {
    const rows = await this.tallies.concluded(range, on);
    const counts = new Map<string | null, number>();
    for (const r of rows) counts.set(r.finding || null, (counts.get(r.finding || null) ?? 0) + r.count);
    const findings = fill(
      FINDING_KINDS,
      [...counts].map(([key, count]) => ({ key, count })),
    );
    return {
      total: sum(findings),
      medianDays: medianOfHistogram(rows.map((r) => ({ value: r.days, count: r.count }))),
      byFinding: findings,
    };
  }

  /**
   * Open deadlines past their day, now: the work a supervisor follows up (督办). A report
   * is overdue when its earliest open deadline (report.next_due_on) is past. Both counts sum
   * due-day tallies (a few rows a day), not the overdue rows themselves.
   */
  private async overdue(today: string, on: Queryable): Promise<Statistics['overdue']> {
    const [rows, reports] = await Promise.all([
      this.tallies.overdueDeadlines(today, DEADLINE_KINDS, on),
      this.tallies.overdueCases(today, on),
    ]);
    return { reports, deadlines: fill(DEADLINE_KINDS, rows) };
  }

  /** Candidates of vetting runs started in the period; held back = verdict BLOCK, by blocking reason. */
  private async vetting(range: DateRange, on: Queryable): Promise<Statistics['vetting']> {
    const { byVerdict, heldBackByReason: byReason, byDecision } = await this.runs.periodCounts(range, on);
    const verdicts = fill(VERDICTS, byVerdict);
    return {
      candidates: sum(verdicts),
      byVerdict: verdicts,
      heldBackByReason: byReason.map((r) => ({ key: r.key ?? '', count: r.count })),
      byDecision: fill(DECISIONS, byDecision),
    };
  }
}
