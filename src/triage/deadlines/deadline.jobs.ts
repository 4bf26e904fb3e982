import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../../infra/clock/clock.js';
import { JobHandler, type HandlesJob } from '../../infra/queue/job-handler.js';
import type { JobData } from '../../infra/queue/jobs.js';
import { OutboxService } from '../../infra/queue/outbox.service.js';
import { ReminderMailService } from '../../reminders/reminder-mail.service.js';
import { ReportEventsRepository } from '../../reports/events/report-events.repository.js';
import { ReportsRepository } from '../../reports/reports.repository.js';
import { ReportDeadlinesRepository } from './report-deadlines.repository.js';
import { checkDeadline, FINISHED_STATUSES } from './deadline-check.js';

/** A deadline's delayed reminder or escalation. */
@Injectable()
@JobHandler('deadline-check')
export class DeadlineCheckJob implements HandlesJob<'deadline-check'> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly reminders: ReminderMailService,
    private readonly outbox: OutboxService,
    private readonly events: ReportEventsRepository,
    private readonly deadlines: ReportDeadlinesRepository,
    private readonly reports: ReportsRepository,
  ) {}

  async handle({ deadlineId, stage }: JobData<'deadline-check'>): Promise<void> {
    await this.check(deadlineId, stage, this.clock.today());
  }

  /** The check and, for an escalation, the supervisors' emails, in one transaction. */
  async check(deadlineId: string, stage: 'REMIND' | 'ESCALATE', today: string): Promise<void> {
    const entries = await this.dataSource.transaction(async (m) => {
      const acted = await checkDeadline(
        m,
        { deadlines: this.deadlines, reports: this.reports, events: this.events },
        deadlineId,
        stage,
        today,
      );
      return acted?.stage === 'ESCALATE' ? this.reminders.escalateCaseWithin(m, acted) : [];
    });
    await this.outbox.dispatch(entries);
  }
}

/** Hourly: whatever reminder or escalation is due but was not sent (e.g. Redis was lost). */
@Injectable()
@JobHandler('deadline-sweep')
export class DeadlineSweepJob implements HandlesJob<'deadline-sweep'> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly checks: DeadlineCheckJob,
  ) {}

  async handle(): Promise<void> {
    const today = this.clock.today();
    const due: Array<{ id: string; stage: 'REMIND' | 'ESCALATE' }> = await this.dataSource.query(
      `SELECT d.id::text, CASE WHEN d.due_on < $1::date AND d.escalated_at IS NULL THEN 'ESCALATE' ELSE 'REMIND' END AS stage
         FROM report_deadline d JOIN report r ON r.id = d.report_id
        WHERE d.met_at IS NULL AND r.status <> ALL($2::text[])
          AND ((d.reminded_at IS NULL AND d.remind_on <= $1::date) OR (d.escalated_at IS NULL AND d.due_on < $1::date))
        ORDER BY d.due_on LIMIT 1000`,
      [today, FINISHED_STATUSES],
    );
    for (const d of due) await this.checks.check(d.id, d.stage, today);
  }
}
