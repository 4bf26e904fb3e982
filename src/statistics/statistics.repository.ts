import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runQuery, type Queryable } from '../infra/database/sql.js';
import * as q from './statistics.queries.js';

export type ReceivedCountRow = q.IReceivedCountsResult;
export type ConcludedCountRow = q.IConcludedCountsResult;

/**
 * The statistics module's tallies (report_received_tally, report_closed_tally,
 * report_tally_delta; report_open_deadline_tally, report_next_due_tally,
 * report_due_tally_delta; kept by the report and report_deadline tables' triggers): read here and nowhere else,
 * the queries in `statistics.sql`, typed from the schema.
 */
@Injectable()
export class StatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Tips received in the civil dates `from`..`to` (inclusive), by bucket of `unit` (a date_trunc field), channel, category, status and real name. */
  received(period: { from: string; to: string }, unit: string, on: Queryable = this.dataSource): Promise<ReceivedCountRow[]> {
    return runQuery(q.receivedCounts, { from: period.from, to: period.to, unit }, on);
  }

  /** Tips concluded in the civil dates `from`..`to` (inclusive), by finding ('' for none) and days from receipt, fewest days first. */
  concluded(period: { from: string; to: string }, on: Queryable = this.dataSource): Promise<ConcludedCountRow[]> {
    return runQuery(q.concludedCounts, { from: period.from, to: period.to }, on);
  }

  /**
   * Open deadlines past their day on `today` (due before it), by kind: each of `kinds`, zeros
   * included, from the open-deadline tally (report_open_deadline_tally, kept by report_deadline's triggers).
   */
  overdueDeadlines(
    today: string,
    kinds: readonly string[],
    on: Queryable = this.dataSource,
  ): Promise<Array<{ key: string; count: number }>> {
    return runQuery(q.overdueDeadlines, { today, kinds: [...kinds] }, on);
  }

  /** How many cases are overdue on `today` (their earliest open deadline, report.next_due_on, is before it), from the next-due tally. */
  async overdueCases(today: string, on: Queryable = this.dataSource): Promise<number> {
    const [row] = await runQuery(q.overdueCases, { today }, on);
    return row?.n ?? 0;
  }

  /** Folds the pending tally deltas into the daily and due-day tallies (report_tally_fold(), report_due_tally_fold()); how many lines moved. */
  async fold(): Promise<number> {
    const [row] = await runQuery(q.foldTallies, undefined, this.dataSource);
    return Number(row?.moved ?? 0);
  }
}
