import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runCommand, runQuery, type Queryable } from '../infra/database/sql.js';
import type { ResetRequestDto, StaffAccountDto } from './dto/account.dto.js';
import * as q from './auth.queries.js';

export type ResetKind = 'PASSWORD' | 'TOTP';

/** A reset request as a second administrator decides it. */
export interface ResetRequestRow {
  targetId: string;
  kind: ResetKind;
  passwordHash: string | null;
  requestedBy: string;
  status: string;
}

/** A tip hidden from a staff member (回避), and why: SUBJECT, RELATIVE or SAME_UNIT. */
export interface Exclusion {
  reportId: string;
  reason: string;
}

/** One recorded relation seen from a cadre: the other cadre, the kind as recorded, and whether it was recorded from this side. */
export interface RelationRow {
  otherCadreId: string;
  kind: string;
  forward: boolean;
  recordedAt: Date;
}

/**
 * The auth module's tables (staff_user, staff_session, account_reset_request,
 * cadre_relation) for the statements the entities do not make; the queries are in
 * `auth.sql`, typed from the schema. A method taking `on` runs on the caller's transaction.
 */
@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One more failed login at `at`; the count after it (null for no such account). */
  async countFailedLogin(userId: string, at: Date): Promise<number | null> {
    const [row] = await runQuery(q.countFailedLogin, { id: userId, at }, this.dataSource);
    return row ? row.failed_logins : null;
  }

  async setEnrolmentToken(on: Queryable, userId: string, hash: Buffer, expiresAt: Date): Promise<void> {
    await runCommand(q.setEnrolmentToken, { id: userId, hash, expiresAt }, on);
  }

  /** The account's enrolment token hash and expiry (both null when none was issued); null for no such account. */
  async enrolmentToken(userId: string): Promise<{ hash: Buffer | null; expires: Date | null } | null> {
    const [row] = await runQuery(q.enrolmentToken, { id: userId }, this.dataSource);
    return row ? { hash: row.hash, expires: row.expires } : null;
  }

  async clearEnrolmentToken(on: Queryable, userId: string): Promise<void> {
    await runCommand(q.clearEnrolmentToken, { id: userId }, on);
  }

  /** Every account, by username, with its count of live sessions. */
  async accounts(on: Queryable = this.dataSource): Promise<StaffAccountDto[]> {
    const rows = await runQuery(q.accounts, undefined, on);
    return rows.map((r) => ({
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      roles: r.roles,
      agencyCode: r.agency_code,
      active: r.active,
      totpEnabled: !!r.totp_enabled_at,
      lockedUntil: r.locked_until?.toISOString() ?? null,
      cadreId: r.cadre_id,
      email: r.email,
      liveSessions: r.live,
    }));
  }

  async setEmail(userId: string, email: string | null): Promise<void> {
    await runCommand(q.setEmail, { id: userId, email }, this.dataSource);
  }

  async email(userId: string): Promise<string | null> {
    const [row] = await runQuery(q.email, { id: userId }, this.dataSource);
    return row?.email ?? null;
  }

  async updateAccount(
    on: Queryable,
    userId: string,
    account: { displayName: string; roles: string[]; agencyCode: string | null; email: string | null; active: boolean },
  ): Promise<void> {
    await runCommand(q.updateAccount, { id: userId, ...account }, on);
  }

  /** The username of another account already linked to the cadre record, or null. */
  async otherAccountOfCadre(cadreId: string, userId: string): Promise<string | null> {
    const [row] = await runQuery(q.otherAccountOfCadre, { cadreId, id: userId }, this.dataSource);
    return row?.username ?? null;
  }

  /** A new pending request replaces the account's pending one of the same kind; its id. */
  async requestReset(
    on: Queryable,
    input: { targetId: string; kind: ResetKind; passwordHash: string | null; requestedBy: string },
  ): Promise<string> {
    await runCommand(q.replacePendingResets, { targetId: input.targetId, kind: input.kind }, on);
    const [row] = await runQuery(q.insertResetRequest, input, on);
    return row!.id;
  }

  /** Pending requests (all, or one account's), oldest first. */
  async pendingResets(targetId: string | null, on: Queryable = this.dataSource): Promise<ResetRequestDto[]> {
    const rows = await runQuery(q.pendingResets, { targetId }, on);
    return rows.map((r) => ({
      id: r.id,
      targetId: r.target_id,
      username: r.username,
      kind: r.kind as ResetKind,
      requestedBy: r.requested_by,
      requesterName: r.requester,
      requestedAt: r.requested_at.toISOString(),
    }));
  }

  async resetRequest(id: string): Promise<ResetRequestRow | null> {
    const [row] = await runQuery(q.resetRequest, { id }, this.dataSource);
    return row
      ? {
          targetId: row.target_id,
          kind: row.kind as ResetKind,
          passwordHash: row.password_hash,
          requestedBy: row.requested_by,
          status: row.status,
        }
      : null;
  }

  /** Decides a pending request; false when it was no longer pending. */
  async decideReset(id: string, status: 'APPROVED' | 'REFUSED', decidedBy: string | null): Promise<boolean> {
    return (await runCommand(q.decideReset, { id, status, decidedBy }, this.dataSource)) > 0;
  }

  /** Both directions of every relation of the cadre, in no particular order. */
  async relationsOf(cadreId: string): Promise<RelationRow[]> {
    const rows = await runQuery(q.relationsOf, { cadreId }, this.dataSource);
    return rows.map((r) => ({ otherCadreId: r.other, kind: r.kind, forward: r.forward, recordedAt: r.recorded_at }));
  }

  /** Corrects the relation recorded as `cadreId` → `relatedCadreId`; false when there is none that way round. */
  async correctRelation(
    on: Queryable,
    input: { cadreId: string; relatedCadreId: string; kind: string; recordedBy: string | null },
  ): Promise<boolean> {
    return (await runCommand(q.correctRelation, input, on)) > 0;
  }

  async upsertRelation(
    on: Queryable,
    input: { cadreId: string; relatedCadreId: string; kind: string; recordedBy: string | null },
  ): Promise<void> {
    await runCommand(q.upsertRelation, input, on);
  }

  /** Removes the relation whichever way round it was recorded; false when there was none. */
  async removeRelation(cadreId: string, relatedCadreId: string): Promise<boolean> {
    return (await runCommand(q.removeRelation, { cadreId, relatedCadreId }, this.dataSource)) > 0;
  }

  /** The tips the cadre's holder must not see, with the reason (report_exclusions()). */
  async exclusions(cadreId: string, sameUnit: boolean): Promise<Exclusion[]> {
    return (await runQuery(q.exclusions, { cadreId, sameUnit }, this.dataSource)).map((r) => ({ reportId: r.report_id, reason: r.reason }));
  }

  /** The same, among these tips only. */
  async exclusionsAmong(cadreId: string, sameUnit: boolean, ids: string[]): Promise<Exclusion[]> {
    const rows = await runQuery(q.exclusionsAmong, { cadreId, sameUnit, ids }, this.dataSource);
    return rows.map((r) => ({ reportId: r.report_id, reason: r.reason }));
  }

  /** Staff members' display names by id (unknown ids are left out). */
  async displayNames(on: Queryable, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    return new Map((await runQuery(q.displayNames, { ids }, on)).map((r) => [r.id, r.display_name]));
  }

  /** Why the staff member must not see the tip (回避: SUBJECT, RELATIVE, SAME_UNIT), or null when they may. */
  async conflictOf(on: Queryable, userId: string, reportId: string, sameUnit: boolean): Promise<string | null> {
    const [row] = await runQuery(q.conflictOfStaff, { userId, reportId, sameUnit }, on);
    return row?.reason ?? null;
  }

  /** The roles of an active staff member; null when inactive or unknown. On `on`: the caller's transaction, or the pool. */
  async activeRoles(on: Queryable, id: string): Promise<string[] | null> {
    const [row] = await runQuery(q.activeRoles, { id }, on);
    return row ? row.roles : null;
  }

  /** A staff member's display name by a stored id (as text; null when it names no one). */
  async displayNameByIdText(id: string, on: Queryable = this.dataSource): Promise<string | null> {
    const [row] = await runQuery(q.displayNameByIdText, { id }, on);
    return row?.display_name ?? null;
  }

  /** Active staff with an email, but the ones in `excluded`: who may get a digest. */
  async digestRecipients(
    excluded: readonly string[],
  ): Promise<Array<{ id: string; displayName: string; email: string; roles: string[]; cadreId: string | null }>> {
    const rows = await runQuery(q.digestRecipients, { excluded: [...excluded] }, this.dataSource);
    return rows.map((r) => ({ id: r.id, displayName: r.display_name, email: r.email, roles: r.roles, cadreId: r.cadre_id }));
  }

  /** Active supervisors with an email not excluded from the case (回避), by username; on `on`. */
  async escalationRecipients(on: Queryable, reportId: string, sameUnit: boolean): Promise<Array<{ displayName: string; email: string }>> {
    const rows = await runQuery(q.escalationRecipients, { reportId, sameUnit }, on);
    return rows.map((r) => ({ displayName: r.display_name, email: r.email }));
  }
}
