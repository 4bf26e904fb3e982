import { Injectable } from '@nestjs/common';
import { JobHandler, type HandlesJob } from '../infra/queue/job-handler.js';
import { StatisticsRepository } from '../statistics/statistics.repository.js';
import { UnitsRepository } from '../cadres/units.repository.js';

/**
 * Folds the +1/-1 lines that report changes write (report_tally_delta, report_due_tally_delta)
 * into the dashboard's tallies, in one statement (see migration ReportTallies1764810001000),
 * and those cadre changes write (unit_post_tally_delta) into the post tally the quota report
 * reads (PostOccupancyTally1765470000000), each by its owner's repository.
 * Figures are exact whether or not this has run; it only keeps them fast. Every minute
 * (src/schedules.ts): the lines stay few, so a figure sums the tallies and a minute's changes at most.
 */
@Injectable()
@JobHandler('fold-report-tallies')
export class FoldReportTalliesJob implements HandlesJob<'fold-report-tallies'> {
  constructor(
    private readonly statistics: StatisticsRepository,
    private readonly units: UnitsRepository,
  ) {}

  async handle(): Promise<void> {
    await this.fold();
  }

  /** How many lines were folded. */
  async fold(): Promise<number> {
    return (await this.statistics.fold()) + (await this.units.foldPostTally());
  }
}
