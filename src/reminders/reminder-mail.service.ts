import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isWorkingDay, buildCalendar, type CalendarDays } from '../infra/calendar/working-days.js';
import { Clock } from '../infra/clock/clock.js';
import { AppConfig } from '../infra/config/app-config.js';
import type { OutboxEntry } from '../infra/queue/outbox.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { LABELS } from '../infra/labels/catalogue.js';
import { AuthRepository } from '../auth/auth.repository.js';
import { RemindersRepository } from './reminders.repository.js';
import { TODO_KINDS, TodoService } from './todo.service.js';

/** China time, for "is it digest time yet". */
function chinaHour(instant: Date): number {
  return (instant.getUTCHours() + 8) % 24;
}

/** Chinese section titles of the digest (the same lists as the console's 待办 page). */
const SECTION_TITLES: Record<string, string> = {
  approvals: '待我审批',
  caseDeadlines: '即将到期或已逾期的举报',
  agencyAnswers: '成员单位逾期未答复',
  probations: '试用期届满待考核',
  identityRequests: '待审批的身份查看申请',
  identityApproved: '已批准的身份查看申请',
};

/**
 * Reminders by email. Once a working day, from `notifications.digestHour` (China time), each
 * active staff member with an email and something on their to-do list gets one digest: the
 * reminder_digest row (person, day) is written with the queued message, so it is sent once
 * however often the hourly job runs. An overdue case deadline is escalated (督办) by email to
 * every supervisor who may see the case. Tip numbers only, never tip content.
 */
@Injectable()
export class ReminderMailService {
  private readonly calendar: CalendarDays;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly todo: TodoService,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly digests: RemindersRepository,
    private readonly staff: AuthRepository,
  ) {
    this.calendar = buildCalendar(config.calendar);
  }

  /** Queues today's digests that are due; returns how many were queued. */
  async sendDigests(): Promise<number> {
    const now = this.clock.now();
    const today = this.todo.today();
    if (!isWorkingDay(today, this.calendar) || chinaHour(now) < this.config.settings.notifications.digestHour) return 0;
    const people = await this.staff.digestRecipients(await this.digests.digestedOn(today));
    let queued = 0;
    for (const person of people) {
      const list = await this.todo.forStaff({ userId: person.id, roles: person.roles, cadreId: person.cadreId });
      const sections = TODO_KINDS.filter((k) => list[k]?.length).map((k) => ({
        title: SECTION_TITLES[k]!,
        lines: list[k]!.map((i) => `${i.title} ${i.detail}`),
      }));
      const items = TodoService.count(list);
      if (items === 0) continue;
      const entries = await this.dataSource.transaction(async (m) => {
        if (!(await this.digests.claim(m, person.id, today, items))) return [];
        const message = await this.notifications.queueWithin(m, {
          channel: 'EMAIL',
          to: person.email,
          template: { name: 'todo-digest', recipientName: person.displayName, date: today, sections },
          context: { digestFor: person.id, day: today },
        });
        await this.digests.setMessage(m, person.id, today, message.id);
        return message.outbox;
      });
      await this.notifications.dispatch(entries);
      if (entries.length) queued += 1;
    }
    return queued;
  }

  /**
   * 督办 by email, inside the escalation's transaction: every active supervisor with an email
   * who is not excluded from the case (回避) is told its number, the deadline and the date.
   */
  async escalateCaseWithin(
    m: EntityManager,
    input: { reportId: string; number: string; kind: string; dueOn: string },
  ): Promise<OutboxEntry[]> {
    const supervisors = await this.staff.escalationRecipients(m, input.reportId, this.config.settings.security.conflictOfInterest.sameUnit);
    const entries: OutboxEntry[] = [];
    for (const s of supervisors) {
      const q = await this.notifications.queueWithin(m, {
        channel: 'EMAIL',
        to: s.email,
        reportId: input.reportId,
        template: {
          name: 'case-overdue-escalation',
          recipientName: s.displayName,
          reportNumber: input.number,
          deadlineLabel: LABELS.deadlineKind[input.kind] ?? '办理',
          dueDate: input.dueOn,
        },
        context: { escalation: input.kind },
      });
      entries.push(...q.outbox);
    }
    return entries;
  }
}
