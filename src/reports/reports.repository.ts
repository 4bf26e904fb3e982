import { Injectable } from '@nestjs/common';
import { runCommand, runQuery, type Queryable } from '../infra/database/sql.js';
import type { NewReportEvent } from './events/report-events.repository.js';
import type { ReportStatus } from './report-status.js';
import * as q from './reports.queries.js';

/** What another module needs to know of a case to act on it. */
export interface CaseState {
  number: string;
  status: ReportStatus;
  assigneeId: string | null;
}

/** A case as a staff action on it reads it (under its row lock). */
export interface CaseForAction {
  id: string;
  status: ReportStatus;
  category: string | null;
  categoryConfirmed: boolean;
  assigneeId: string | null;
}

/** How a case is handled, as its case view shows it (CaseHandling in reports.sql). */
export interface CaseHandling {
  categoryConfirmed: boolean;
  priority: number | null;
  priorityLevel: string | null;
  specific: boolean | null;
  transferTarget: string | null;
  assigneeId: string | null;
  disposition: string | null;
  dispositionDetail: unknown;
  dispositionPending: unknown;
  finding: string | null;
  outcomeForReporter: string | null;
  /** The number of the case it repeats; null when none, or hidden from the viewer. */
  repeatOfNumber: string | null;
}

/** What triage writes of a case (RecordTriage in reports.sql). */
export interface TriageOfCase {
  reportId: string;
  category: string | null;
  /** Each category's final score. */
  categoryScores: Record<string, number>;
  priority: number;
  priorityLevel: string;
  specific: boolean;
  transferTarget: string | null;
  /** The first tip of the chain this one repeats; null when it repeats none. */
  repeatOf: string | null;
  /** Tips received later but triaged first that repeat this one, pointed at `chainRootId` unless they point at an older tip. */
  laterIds: string[];
  chainRootId: string;
}

/**
 * The reports module's table `report`, for the reads other modules make of a case; the
 * queries are in `reports.sql`, typed from the schema. (The intake and the case workflow
 * still write it in their own statements, to be moved here.)
 */
@Injectable()
export class ReportsRepository {
  /** A case's number, status and handler; null for no such case. On `on`, so a transaction sees its own changes. */
  async caseState(on: Queryable, id: string): Promise<CaseState | null> {
    const [row] = await runQuery(q.caseState, { id }, on);
    return row ? { number: row.number, status: row.status as ReportStatus, assigneeId: row.assignee_id } : null;
  }

  /**
   * Triage's lock on a case, for the rest of the transaction `on`: the case's row and, unless
   * it is triaged already, the advisory locks `keys` (in the order given), in one round trip.
   * Null for no such case.
   */
  async lockForTriage(on: Queryable, id: string, keys: readonly string[]): Promise<{ triagedAt: Date | null; version: string } | null> {
    const [row] = await runQuery(q.lockForTriage, { id, keys: [...keys] }, on);
    return row ? { triagedAt: row.triaged_at, version: row.version } : null;
  }

  /** What triage found of a case, and the events of the timeline recording it (in the order given), in one statement on `on`. */
  async recordTriage(on: Queryable, triage: TriageOfCase, events: readonly NewReportEvent[]): Promise<void> {
    await runCommand(
      q.recordTriage,
      {
        id: triage.reportId,
        category: triage.category,
        categoryScores: JSON.stringify(triage.categoryScores),
        priority: triage.priority,
        priorityLevel: triage.priorityLevel,
        specific: triage.specific,
        transferTarget: triage.transferTarget,
        repeatOf: triage.repeatOf,
        laterIds: triage.laterIds,
        rootId: triage.chainRootId,
        eventReportIds: events.map((e) => e.reportId),
        eventTypes: events.map((e) => e.type),
        eventActorKinds: events.map((e) => e.actorKind),
        // pgtyped types a uuid[] parameter without nulls; Postgres takes NULL elements.
        eventActorIds: events.map((e) => e.actorId ?? null) as string[],
        eventData: events.map((e) => JSON.stringify(e.data ?? {})),
      },
      on,
    );
  }

  /** A case's status and priority, its row locked until the transaction `on` ends; null for no such case. */
  async priorityForUpdate(
    on: Queryable,
    id: string,
  ): Promise<{ status: ReportStatus; triaged: boolean; priority: number | null; priorityLevel: string | null } | null> {
    const [row] = await runQuery(q.priorityForUpdate, { id }, on);
    return row
      ? { status: row.status as ReportStatus, triaged: row.triaged, priority: row.priority, priorityLevel: row.priority_level }
      : null;
  }

  /** Sets a case's priority (score and level). */
  async setPriority(on: Queryable, id: string, priority: { score: number; level: string }): Promise<void> {
    await runCommand(q.setPriority, { id, priority: priority.score, priorityLevel: priority.level }, on);
  }

  /** A case for a staff action, its row locked until the transaction `on` ends; null for no such case. */
  async forAction(on: Queryable, id: string): Promise<CaseForAction | null> {
    const [row] = await runQuery(q.caseForAction, { id }, on);
    return row
      ? {
          id: row.id,
          status: row.status as ReportStatus,
          category: row.category,
          categoryConfirmed: row.category_confirmed,
          assigneeId: row.assignee_id,
        }
      : null;
  }

  /** Staff confirm (or correct) a case's category. */
  async confirmCategory(on: Queryable, id: string, category: string): Promise<void> {
    await runCommand(q.confirmCategory, { id, category }, on);
  }

  /** Hands a case to a handler (null: to nobody). */
  async setAssignee(on: Queryable, id: string, assigneeId: string | null): Promise<void> {
    await runCommand(q.setAssignee, { id, assigneeId }, on);
  }

  /** A case's id by its number (as kept, upper-case); null for no such number. */
  async idByNumber(on: Queryable, number: string): Promise<string | null> {
    const [row] = await runQuery(q.idByNumber, { number }, on);
    return row?.id ?? null;
  }

  /** How a case is handled (its case view); `hidden`: the tips hidden from the viewer. Null for no such case. */
  async handling(on: Queryable, id: string, hidden: readonly string[]): Promise<CaseHandling | null> {
    const [row] = await runQuery(q.caseHandling, { id, hidden: hidden.length ? [...hidden] : null }, on);
    return row
      ? {
          categoryConfirmed: row.category_confirmed,
          priority: row.priority,
          priorityLevel: row.priority_level,
          specific: row.is_specific,
          transferTarget: row.transfer_target,
          assigneeId: row.assignee_id,
          disposition: row.disposition,
          dispositionDetail: row.disposition_detail,
          dispositionPending: row.disposition_pending,
          finding: row.finding,
          outcomeForReporter: row.outcome_for_reporter,
          repeatOfNumber: row.repeat_of,
        }
      : null;
  }

  /** How many cases are overdue on `today`: their earliest open deadline is past. */
  async overdueCount(on: Queryable, today: string): Promise<number> {
    const [row] = await runQuery(q.overdueCases, { today }, on);
    return row?.n ?? 0;
  }
}
