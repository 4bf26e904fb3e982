import type { EntityManager } from 'typeorm';
import type { ReportEventsRepository } from '../../reports/events/report-events.repository.js';
import type { ReportsRepository } from '../../reports/reports.repository.js';
import type { ReportDeadlinesRepository } from './report-deadlines.repository.js';

/** Statuses in which no deadline runs any more. */
export const FINISHED_STATUSES = ['CLOSED', 'MERGED', 'TRANSFERRED', 'NOT_ACCEPTED'];

/**
 * Sends a deadline's reminder or escalation if it is due and not yet done, under a row
 * lock: run twice, it acts once. `today` is the civil date in China.
 */
export async function checkDeadline(
  manager: EntityManager,
  repositories: { deadlines: ReportDeadlinesRepository; reports: ReportsRepository; events: ReportEventsRepository },
  deadlineId: string,
  stage: 'REMIND' | 'ESCALATE',
  today: string,
): Promise<{ stage: 'REMIND' | 'ESCALATE'; reportId: string; number: string; kind: string; dueOn: string } | null> {
  const { deadlines, reports, events } = repositories;
  const deadline = await deadlines.forCheck(manager, deadlineId);
  if (!deadline || deadline.met_at) return null;
  // Read after the deadline's lock, in its transaction.
  const report = await reports.caseState(manager, deadline.report_id);
  if (!report || FINISHED_STATUSES.includes(report.status)) return null;
  const acted = { reportId: deadline.report_id, number: report.number, kind: deadline.kind, dueOn: deadline.due_on };
  const data = { deadlineId, kind: deadline.kind, dueOn: deadline.due_on, assigneeId: report.assigneeId };
  if (stage === 'REMIND' && !deadline.reminded_at && today >= deadline.remind_on) {
    await deadlines.markReminded(manager, deadlineId);
    await events.append(manager, { reportId: deadline.report_id, type: 'DEADLINE_REMINDER', actorKind: 'SYSTEM', data });
    return { stage, ...acted };
  }
  if (stage === 'ESCALATE' && !deadline.escalated_at && today > deadline.due_on) {
    await deadlines.markEscalated(manager, deadlineId);
    await events.append(manager, {
      reportId: deadline.report_id,
      type: 'DEADLINE_ESCALATED',
      actorKind: 'SYSTEM',
      data: { ...data, escalatedTo: 'SUPERVISOR' },
    });
    return { stage, ...acted };
  }
  return null;
}
