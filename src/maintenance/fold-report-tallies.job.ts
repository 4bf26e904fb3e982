import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobHandler, type HandlesJob } from '../infra/queue/job-handler.js';

/**
 * Folds the +1/-1 lines that report changes write (report_tally_delta) into the
 * dashboard's tallies, in one statement (see migration ReportTallies1764810001000).
 * Figures are exact whether or not this has run; it only keeps them fast. Every minute
 * (src/schedules.ts): the lines stay few, so a figure sums the tallies and a minute's changes at most.
 */
@Injectable()
@JobHandler('fold-report-tallies')
export class FoldReportTalliesJob implements HandlesJob<'fold-report-tallies'> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async handle(): Promise<void> {
    await this.fold();
  }

  /** How many lines were folded. */
  async fold(): Promise<number> {
    const [row]: Array<{ moved: string }> = await this.dataSource.query(`SELECT report_tally_fold() AS moved`);
    return Number(row?.moved ?? 0);
  }
}
