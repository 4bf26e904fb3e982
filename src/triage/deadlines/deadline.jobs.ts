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

/**
 * One deadline's reminder or escalation, if due and not done (run by the sweep; the job
 * stays for the delayed jobs an earlier version queued, still in an upgraded Redis).
 */
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

/**
 * Hourly: every reminder and escalation due and not sent, a page of the earliest deadlines
 * at a time until none is left. Deadlines are civil dates weeks ahead: the sweep finds them
 * through indexes of the pending ones (a reminder from its first hour, an escalation in the
 * first hour after the due day), where a delayed job per deadline cost Redis six jobs a tip.
 */
@Injectable()
@JobHandler('deadline-sweep')
export class DeadlineSweepJob implements HandlesJob<'deadline-sweep'> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly checks: DeadlineCheckJob,
    private readonly deadlines: ReportDeadlinesRepository,
  ) {}

  async handle(): Promise<void> {
    const today = this.clock.today();
    const checked = new Set<string>();
    for (;;) {
      // A page's checks are done now (or their cases finished), so the next page holds new
      // ones (an overdue deadline escalated on one page is reminded on the next); a check
      // met twice means nothing moves, and the sweep stops.
      const due = (await this.deadlines.dueChecks(this.dataSource, today, FINISHED_STATUSES)).filter(
        (d) => !checked.has(`${d.id}:${d.stage}`),
      );
      for (const d of due) {
        checked.add(`${d.id}:${d.stage}`);
        await this.checks.check(d.id, d.stage, today);
      }
      if (due.length === 0) return;
    }
  }
}
