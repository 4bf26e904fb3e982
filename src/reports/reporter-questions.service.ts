import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { notFound } from '../infra/http/domain-exception.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ReportWriter } from './report-writer.service.js';
import { ReportsRepository } from './reports.repository.js';
import { isUuid } from '../infra/http/id-param.js';

/**
 * A handler's question to the reporter (and any other staff message): stored for the
 * reporter to read with the receipt code, and, when the tip came by SMS or the caller
 * asked for SMS, a short nudge by SMS that carries no content of the question.
 */
@Injectable()
export class ReporterQuestions {
  private readonly logger = new Logger(ReporterQuestions.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: ReportWriter,
    private readonly reports: ReportsRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async ask(reportId: string, staffId: string, body: string): Promise<{ id: string; createdAt: Date; notified: boolean }> {
    const report = isUuid(reportId) ? await this.reports.caseState(this.dataSource, reportId) : null;
    if (!report) throw notFound('举报');
    const message = await this.writer.addMessage({ reportId, author: { kind: 'STAFF', staffId }, body, files: [] });
    // The question is stored whatever happens next; a failed nudge is logged, not an error.
    const notified = await this.notifications
      .notifyReporter(reportId, { name: 'handler-question', reportNumber: report.number })
      .then((queued) => queued !== null)
      .catch((error: Error) => {
        this.logger.warn(`could not queue the SMS nudge for report ${report.number}: ${error.message}`);
        return false;
      });
    return { ...message, notified };
  }
}
