import { Injectable } from '@nestjs/common';
import { runCommand, runQuery, type Queryable } from '../../infra/database/sql.js';
import type { DeadlineKind } from '../assess/deadlines.js';
import * as q from './report-deadlines.queries.js';

/** An open deadline of a case, with its civil dates. */
export interface OpenDeadline {
  id: string;
  dueOn: string;
  remindOn: string;
}

/** A deadline as its check (the sweep's) reads it. */
export type DeadlineForCheck = q.IDeadlineForCheckResult;

/**
 * A case's deadlines (table report_deadline, owned by the triage module): the deadline sweep's
 * reads and marks, and the changes other modules make to them; the queries are in `report-deadlines.sql`, typed from the
 * schema. Each call runs on the connection of the change that touches the deadline.
 */
@Injectable()
export class ReportDeadlinesRepository {
  /** Marks the open deadlines of these kinds as met; answers the kinds that were still open. */
  async meet(on: Queryable, reportId: string, kinds: readonly DeadlineKind[]): Promise<DeadlineKind[]> {
    if (kinds.length === 0) return [];
    const met = await runQuery(q.meetDeadlines, { reportId, kinds: [...kinds] }, on);
    return met.map((row) => row.kind as DeadlineKind);
  }

  /** The cases' open deadlines of one kind, by case, locked until the transaction ends (a case whose deadline is met or absent is left out). */
  async openForUpdate(on: Queryable, reportIds: readonly string[], kind: DeadlineKind): Promise<Map<string, OpenDeadline>> {
    if (reportIds.length === 0) return new Map();
    const rows = await runQuery(q.openDeadlinesForUpdate, { reportIds: [...reportIds], kind }, on);
    return new Map(rows.map((row) => [row.report_id, { id: row.id, dueOn: row.due_on, remindOn: row.remind_on }]));
  }

  /** A deadline by id, locked until the transaction ends (its reminder job acts once). */
  async forCheck(on: Queryable, id: string): Promise<DeadlineForCheck | null> {
    const [row] = await runQuery(q.deadlineForCheck, { id }, on);
    return row ?? null;
  }

  async markReminded(on: Queryable, id: string): Promise<void> {
    await runCommand(q.markReminded, { id }, on);
  }

  async markEscalated(on: Queryable, id: string): Promise<void> {
    await runCommand(q.markEscalated, { id }, on);
  }

  /** Moves deadlines (and their reminder days), in one statement. */
  async reschedule(on: Queryable, changes: readonly OpenDeadline[]): Promise<void> {
    if (changes.length === 0) return;
    const rows = changes.map((c) => ({ id: c.id, due_on: c.dueOn, remind_on: c.remindOn }));
    await runCommand(q.rescheduleDeadlines, { rows: JSON.stringify(rows) }, on);
  }

  /** The reminders and escalations due by `today` but not sent, of cases not in `finishedStatuses` (the earliest 1000 by due day). */
  async dueChecks(
    on: Queryable,
    today: string,
    finishedStatuses: readonly string[],
  ): Promise<Array<{ id: string; stage: 'REMIND' | 'ESCALATE' }>> {
    const rows = await runQuery(q.dueChecks, { today, finishedStatuses: [...finishedStatuses] }, on);
    return rows.map((r) => ({ id: r.id, stage: r.stage as 'REMIND' | 'ESCALATE' }));
  }

  /**
   * A handler's open deadlines due by `horizon`, of unfinished cases handled by them or by
   * nobody (100 at most, earliest first), without tips in conflict with their cadre (回避).
   */
  async dueForHandler(
    on: Queryable,
    handler: { staffId: string; cadreId: string | null; sameUnit: boolean },
    horizon: string,
  ): Promise<Array<{ id: string; number: string; kind: string; dueOn: string; mine: boolean }>> {
    const rows = await runQuery(q.dueForHandler, { ...handler, horizon }, on);
    return rows.map((r) => ({ id: r.id, number: r.number, kind: r.kind, dueOn: r.due_on, mine: r.mine ?? false }));
  }
}
