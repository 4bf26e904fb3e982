import { Injectable } from '@nestjs/common';
import { runCommand, runQuery, type Queryable } from '../infra/database/sql.js';
import * as q from './identity-access.queries.js';

export type IdentityRequestStatus = 'PENDING' | 'APPROVED' | 'REFUSED';

/** A request to see a reporter's identity, as stored. */
export interface IdentityRequest {
  id: string;
  reportId: string;
  requesterId: string;
  reason: string;
  status: IdentityRequestStatus;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  expiresAt: Date | null;
  createdAt: Date;
}

type Row = q.IRequestByIdResult;

function toRequest(r: Row): IdentityRequest {
  return {
    id: r.id,
    reportId: r.report_id,
    requesterId: r.requester_id,
    reason: r.reason,
    status: r.status as IdentityRequestStatus,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
    expiresAt: r.expires_at,
    createdAt: r.created_at,
  };
}

/** The identity module's table `identity_access_request`; queries in `identity-access.sql`, typed from the schema. */
@Injectable()
export class IdentityAccessRepository {
  /** A new pending request's id; null when the requester already has one pending for the tip. */
  async insert(on: Queryable, input: { reportId: string; requesterId: string; reason: string }): Promise<string | null> {
    const [row] = await runQuery(q.insertRequest, input, on);
    return row?.id ?? null;
  }

  /** Requests in a status, oldest first (at most 500), leaving out those about the hidden tips. */
  async byStatus(on: Queryable, status: string, hidden: string[]): Promise<IdentityRequest[]> {
    return (await runQuery(q.requestsByStatus, { status, hidden: hidden.length ? hidden : null }, on)).map(toRequest);
  }

  /** A requester's own requests, newest first (at most 500), leaving out those about the hidden tips. */
  async ofRequester(on: Queryable, requesterId: string, hidden: string[]): Promise<IdentityRequest[]> {
    return (await runQuery(q.requestsOfRequester, { requesterId, hidden: hidden.length ? hidden : null }, on)).map(toRequest);
  }

  async byId(on: Queryable, id: string): Promise<IdentityRequest | null> {
    const [row] = await runQuery(q.requestById, { id }, on);
    return row ? toRequest(row) : null;
  }

  /** The request locked for its decision until `on`'s transaction ends; null for none. */
  async lock(on: Queryable, id: string): Promise<IdentityRequest | null> {
    const [row] = await runQuery(q.lockRequest, { id }, on);
    return row ? toRequest(row) : null;
  }

  async decide(
    on: Queryable,
    id: string,
    decision: { status: 'APPROVED' | 'REFUSED'; decidedBy: string; decidedAt: Date; note: string | null; expiresAt: Date | null },
  ): Promise<void> {
    await runCommand(q.decideRequest, { id, ...decision }, on);
  }

  /** Requests waiting for a custodian other than their requester, oldest first, at most 100. */
  async pendingForCustodian(on: Queryable, custodianId: string): Promise<Array<{ id: string; requesterId: string; createdAt: Date }>> {
    return (await runQuery(q.pendingForCustodian, { custodianId }, on)).map((r) => ({
      id: r.id,
      requesterId: r.requester_id,
      createdAt: r.created_at,
    }));
  }

  /** The requester's approved requests still open, soonest to expire first, at most 100. */
  async openApprovals(on: Queryable, requesterId: string): Promise<Array<{ reportId: string; expiresAt: Date }>> {
    return (await runQuery(q.openApprovals, { requesterId }, on)).map((r) => ({ reportId: r.report_id, expiresAt: r.expires_at }));
  }
}
