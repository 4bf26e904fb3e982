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

  /** Cases by id, in no particular order (unknown ids are left out): for another module's list of the cases it links to. */
  async caseSummaries(on: Queryable, ids: readonly string[]): Promise<CaseSummary[]> {
    if (ids.length === 0) return [];
    const rows = await runQuery(q.caseSummariesByIds, { ids: [...ids] }, on);
    return rows.map((r) => ({ id: r.id, number: r.number, status: r.status as ReportStatus, receivedAt: r.received_at }));
  }
}

/** A case as another module lists it. */
export interface CaseSummary {
  id: string;
  number: string;
  status: ReportStatus;
  receivedAt: Date;
}
