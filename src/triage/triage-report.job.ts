import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../infra/config/app-config.js';
import { JobHandler, type HandlesJob } from '../infra/queue/job-handler.js';
import type { JobData } from '../infra/queue/jobs.js';
import { categorizeByKeywords } from './keyword-categorizer.js';

/**
 * Classifies a received report and moves it to the triage inbox. Re-checks state under
 * a row lock: a retried or duplicated job finds the report already triaged and does
 * nothing, so each report is triaged exactly once.
 */
@Injectable()
@JobHandler('triage-report')
export class TriageReportJob implements HandlesJob<'triage-report'> {
  private readonly logger = new Logger(TriageReportJob.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async handle({ reportId }: JobData<'triage-report'>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [report]: Array<{ body: string; status: string; triaged_at: Date | null }> = await manager.query(
        `SELECT body, status, triaged_at FROM report WHERE id = $1 FOR UPDATE`,
        [reportId],
      );
      if (!report) {
        this.logger.warn(`triage: report ${reportId} does not exist; nothing to do`);
        return;
      }
      if (report.triaged_at) return;
      const result = categorizeByKeywords(report.body, this.config.categories);
      const scores = Object.fromEntries(result.scores.map((s) => [s.code, s.score]));
      await manager.query(
        `UPDATE report SET status = CASE WHEN status = 'RECEIVED' THEN 'TRIAGED' ELSE status END,
                           category = $2, category_scores = $3::jsonb, triaged_at = now(), updated_at = now()
          WHERE id = $1`,
        [reportId, result.best, JSON.stringify(scores)],
      );
      await manager.query(
        `INSERT INTO report_event (report_id, type, actor_kind, data) VALUES ($1, 'TRIAGED', 'SYSTEM', $2::jsonb)`,
        [reportId, JSON.stringify({ category: result.best, scores: result.scores, transferTarget: result.transferTarget, method: 'keywords' })],
      );
    });
  }
}
