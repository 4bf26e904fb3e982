import type { EntityManager } from 'typeorm';
import type { ReportEventsRepository } from '../../reports/events/report-events.repository.js';

/** Statuses in which no deadline runs any more. */
export const FINISHED_STATUSES = ['CLOSED', 'MERGED', 'TRANSFERRED', 'NOT_ACCEPTED'];

/**
 * Sends a deadline's reminder or escalation if it is due and not yet done, under a row
 * lock: run twice, it acts once. `today` is the civil date in China.
 */
export async function checkDeadline(
  manager: EntityManager,
  events: ReportEventsRepository,
  deadlineId: string,
  stage: 'REMIND' | 'ESCALATE',
  today: string,
): Promise<{ stage: 'REMIND' | 'ESCALATE'; reportId: string; number: string; kind: string; dueOn: string } | null> {
  const [row]: Array<{
    report_id: string;
    number: string;
    kind: string;
    due_on: string;
    remind_on: string;
    met_at: Date | null;
    reminded_at: Date | null;
    escalated_at: Date | null;
    status: string;
    assignee_id: string | null;
  }> = await manager.query(
    `SELECT d.report_id, r.number, d.kind, to_char(d.due_on, 'YYYY-MM-DD') AS due_on, to_char(d.remind_on, 'YYYY-MM-DD') AS remind_on,
              d.met_at, d.reminded_at, d.escalated_at, r.status, r.assignee_id
         FROM report_deadline d JOIN report r ON r.id = d.report_id WHERE d.id = $1 FOR UPDATE OF d`,
    [deadlineId],
  );
  if (!row || row.met_at || FINISHED_STATUSES.includes(row.status)) return null;
  const acted = { reportId: row.report_id, number: row.number, kind: row.kind, dueOn: row.due_on };
  const data = { deadlineId, kind: row.kind, dueOn: row.due_on, assigneeId: row.assignee_id };
  if (stage === 'REMIND' && !row.reminded_at && today >= row.remind_on) {
    await manager.query(`UPDATE report_deadline SET reminded_at = now() WHERE id = $1`, [deadlineId]);
    await events.append(manager, { reportId: row.report_id, type: 'DEADLINE_REMINDER', actorKind: 'SYSTEM', data });
    return { stage, ...acted };
  }
  if (stage === 'ESCALATE' && !row.escalated_at && today > row.due_on) {
    await manager.query(`UPDATE report_deadline SET escalated_at = now() WHERE id = $1`, [deadlineId]);
    await events.append(manager, {
      reportId: row.report_id,
      type: 'DEADLINE_ESCALATED',
      actorKind: 'SYSTEM',
      data: { ...data, escalatedTo: 'SUPERVISOR' },
    });
    return { stage, ...acted };
  }
  return null;
}
