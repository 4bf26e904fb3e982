import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { workingDaysBetween } from '../infra/calendar/working-days.js';
import { Clock } from '../infra/clock/clock.js';
import { AppConfig } from '../infra/config/app-config.js';
import { QueueService } from '../infra/queue/queue.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { AgencyDirectory } from './agencies/agency-directory.service.js';
import { chinaTime } from './request-state.js';
import { VerificationService } from './verification.service.js';
import { ReportEventsRepository } from '../reports/events/report-events.repository.js';
import { VerificationRepository } from './verification.repository.js';

export type DeadlineStage = 'REMIND' | 'ESCALATE';

/** When each stage is due: the reminder at 09:00 on its day, the escalation at 09:00 the day after the due date. */
export function stageInstant(stage: DeadlineStage, remindOn: string, dueOn: string): number {
  return stage === 'REMIND' ? chinaTime(remindOn, 9) : chinaTime(dueOn, 9) + 86_400_000;
}

/**
 * Reminders and escalations of agency requests. Scheduled as delayed jobs (Redis keeps
 * them across restarts; the sweep catches any that were lost); each run re-checks the
 * request under its row lock, against the clock, so a duplicate or early run does nothing.
 */
@Injectable()
export class VerificationDeadlines {
  private readonly logger = new Logger(VerificationDeadlines.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly directory: AgencyDirectory,
    private readonly notifications: NotificationsService,
    private readonly verification: VerificationService,
    private readonly events: ReportEventsRepository,
    private readonly repository: VerificationRepository,
  ) {}

  /**
   * Queues the reminder and escalation of each request still open, for its current due date:
   * one read and one round trip to Redis for a whole sending (a vetting run's hundreds).
   */
  async schedule(requestIds: readonly string[]): Promise<void> {
    const rows = await this.repository.scheduleStates(requestIds);
    const now = this.clock.now().getTime();
    const jobs = rows.flatMap((row) =>
      (['REMIND', 'ESCALATE'] as const).map((stage) => ({
        item: { queue: 'vetting', name: 'verification-deadline', data: { requestId: row.id, stage, dueOn: row.due_on } } as const,
        delay: Math.max(0, stageInstant(stage, row.remind_on, row.due_on) - now),
      })),
    );
    if (jobs.length === 0) return;
    await this.queues.addBulk(
      jobs.map((j) => j.item),
      jobs.map((j) => ({ delay: j.delay })),
    );
  }

  /** Sends the stage's mail if it is due and not yet sent. Returns whether it acted. */
  async check(requestId: string, stage: DeadlineStage, dueOn?: string): Promise<boolean> {
    const now = this.clock.now();
    const queued = await this.dataSource.transaction(async (m) => {
      const r = await this.repository.lockOpenForDeadline(m, requestId);
      // Answered, withdrawn, or extended since this job was queued: nothing to do.
      if (!r || (dueOn && dueOn !== r.due_on)) return null;
      if (now.getTime() < stageInstant(stage, r.remind_on, r.due_on)) return null;
      if (stage === 'REMIND' ? r.reminded_at || r.escalated_at : r.escalated_at) return null;
      const agency = this.directory.get(r.agency_code);
      const reportId = r.subject_kind === 'REPORT' ? r.subject_id : null;
      const context = { requestId, purpose: stage === 'REMIND' ? 'verification-reminder' : 'verification-escalation' };
      const entries = [];
      if (stage === 'REMIND') {
        await this.repository.markReminded(m, requestId, now);
        if (agency?.noticeEmail) {
          const q = await this.notifications.queueWithin(m, {
            channel: 'EMAIL',
            to: agency.noticeEmail,
            reportId,
            context,
            template: { name: 'reminder', agencyName: agency.name, requestNumber: r.number, dueDate: r.due_on },
          });
          entries.push(...q.outbox);
        }
      } else {
        await this.repository.markEscalated(m, requestId, now);
        const daysOverdue = Math.max(1, workingDaysBetween(r.due_on, this.clock.dateOf(now), this.verification.calendar));
        const agencyName = agency?.name ?? r.agency_code;
        const recipients = [
          ...(agency?.leadEmail ? [{ to: agency.leadEmail, name: `${agencyName}分管负责同志` }] : []),
          ...(this.config.settings.verification.escalationEmail
            ? [{ to: this.config.settings.verification.escalationEmail, name: '干部监督科' }]
            : []),
        ];
        for (const recipient of recipients) {
          const q = await this.notifications.queueWithin(m, {
            channel: 'EMAIL',
            to: recipient.to,
            reportId,
            context,
            template: {
              name: 'overdue-escalation',
              recipientName: recipient.name,
              agencyName,
              requestNumber: r.number,
              dueDate: r.due_on,
              daysOverdue,
            },
          });
          entries.push(...q.outbox);
        }
      }
      if (reportId) {
        await this.events.append(m, {
          reportId,
          type: stage === 'REMIND' ? 'VERIFICATION_REMINDED' : 'VERIFICATION_ESCALATED',
          actorKind: 'SYSTEM',
          data: { requestId, number: r.number, agencyCode: r.agency_code, dueOn: r.due_on },
        });
      }
      return entries;
    });
    if (!queued) return false;
    await this.notifications.dispatch(queued);
    return true;
  }

  /** Every open request whose reminder or escalation is due but not sent (a lost delayed job). */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    const rows = await this.repository.deadlinesDue(this.clock.dateOf(now));
    let acted = 0;
    for (const r of rows) {
      for (const stage of ['REMIND', 'ESCALATE'] as const) {
        try {
          if (await this.check(r.id, stage)) acted += 1;
        } catch (error) {
          this.logger.warn(`request ${r.id} ${stage}: ${(error as Error).message}`);
        }
      }
    }
    return acted;
  }
}
