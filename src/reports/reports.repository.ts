import { Injectable } from '@nestjs/common';
import { runQuery, type Queryable } from '../infra/database/sql.js';
import type { ReportStatus } from './report-status.js';
import * as q from './reports.queries.js';

/** What another module needs to know of a case to act on it. */
export interface CaseState {
  number: string;
  status: ReportStatus;
  assigneeId: string | null;
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

  /** A tip's sealed reporter identity; null for none (or no such tip). */
  async reporterIdentity(on: Queryable, id: string): Promise<Buffer | null> {
    const [row] = await runQuery(q.reporterIdentity, { id }, on);
    return row?.reporter_identity ?? null;
  }

  /** A case's status and disposition, locked in `on`'s transaction; null for no such case. */
  async lockForAgencyRequest(on: Queryable, id: string): Promise<{ status: string; disposition: string | null } | null> {
    const [row] = await runQuery(q.lockForAgencyRequest, { id }, on);
    return row ?? null;
  }

  /** A case's number and whether its reporter gave their name; null for no such case. */
  async numberAndRealName(on: Queryable, id: string): Promise<{ number: string; real_name: boolean } | null> {
    const [row] = await runQuery(q.numberAndRealName, { id }, on);
    return row ?? null;
  }

  /** A case a meeting decides on, locked in `on`'s transaction; null for no such case. */
  async lockForMeetingDecision(
    on: Queryable,
    id: string,
  ): Promise<{
    id: string;
    status: string;
    disposition: string | null;
    disposition_pending: { kind: string } | null;
    finding: string | null;
    outcome_for_reporter: string | null;
    reporter_identity: Buffer | null;
  } | null> {
    const [row] = await runQuery(q.lockForMeetingDecision, { id }, on);
    return row ? { ...row, disposition_pending: row.disposition_pending as { kind: string } | null } : null;
  }

  /** Open cases (triaged or in handling) with a pending decision, or among `ids`. */
  openCasesForMeeting(on: Queryable, ids: string[]): Promise<q.IOpenCasesForMeetingResult[]> {
    return runQuery(q.openCasesForMeeting, { ids }, on);
  }

  /** Cases' numbers and statuses, by id (unknown ids are left out). */
  numbersAndStatuses(on: Queryable, ids: string[]): Promise<Array<{ id: string; number: string; status: string }>> {
    return ids.length ? runQuery(q.numbersAndStatuses, { ids }, on) : Promise.resolve([]);
  }

  /**
   * A page (at most `limit`) of the tips received during any of the periods, in order of
   * receipt after the cursor (the last tip of the page before); a period ends early at `until`.
   */
  receivedDuring(
    on: Queryable,
    periods: Array<{ startsOn: string; endsOn: string; until: Date | null }>,
    after: { at: Date; id: string } | null,
    limit: number,
  ): Promise<q.IReceivedDuringResult[]> {
    if (periods.length === 0) return Promise.resolve([]);
    return runQuery(
      q.receivedDuring,
      {
        startsOn: periods.map((p) => p.startsOn),
        endsOn: periods.map((p) => p.endsOn),
        // pgtyped types a timestamptz[] parameter without nulls; Postgres takes NULL elements.
        until: periods.map((p) => p.until) as Date[],
        afterAt: after?.at ?? null,
        afterId: after?.id ?? null,
        limit,
      },
      on,
    );
  }

  /** Tips' numbers and times of receipt, in order of receipt (unknown ids are left out). */
  numbersAndReceipt(on: Queryable, ids: string[]): Promise<Array<{ id: string; number: string; received_at: Date }>> {
    return ids.length ? runQuery(q.numbersAndReceipt, { ids }, on) : Promise.resolve([]);
  }
}
