import { Injectable } from '@nestjs/common';
import { JobHandler, type HandlesJob } from '../infra/queue/job-handler.js';
import { StatisticsRepository } from '../statistics/statistics.repository.js';

/**
 * Folds the +1/-1 lines that report changes write (report_tally_delta) into the
 * dashboard's tallies, in one statement (see migration ReportTallies1764810001000).
 * Figures are exact whether or not this has run; it only keeps them fast. Every minute
 * (src/schedules.ts): the lines stay few, so a figure sums the tallies and a minute's changes at most.
 */
@Injectable()
@JobHandler('fold-report-tallies')
export class FoldReportTalliesJob implements HandlesJob<'fold-report-tallies'> {
  constructor(private readonly statistics: StatisticsRepository) {}

  async handle(): Promise<void> {
    await this.fold();
  }

  /** How many lines were folded. */
  async fold(): Promise<number> {
    return this.statistics.fold();
  }
}
