import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, type AuditActor } from '../../audit/audit.service.js';
import { AppConfig } from '../../infra/config/app-config.js';
import type { StaffPrincipal } from '../auth.decorators.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Routes about one tip, whose `:id` is the tip's id: an excluded staff member gets 404 there. */
export const REPORT_SCOPED_ROUTES = [/^\/api\/v\d+\/reports\/:id(\/|$)/, /^\/api\/v\d+\/triage\/cases\/:id(\/|$)/, /^\/console\/cases\/:id(\/|$)/];
/** Routes that list or search tips: excluded tips are left out of their `items`. */
export const REPORT_LIST_ROUTES = new Set(['/api/v1/reports', '/api/v1/triage/inbox']);

/**
 * 回避: decides whether a staff member must not see a tip (they are its subject, a
 * recorded relative of a subject, or in the same unit's leadership when configured),
 * using the database's report_conflict(). Staff not linked to a cadre record are never
 * excluded and cost no query.
 */
@Injectable()
export class ConflictOfInterestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  private get sameUnit(): boolean {
    return this.config.settings.security.conflictOfInterest.sameUnit;
  }

  /** The reason a staff member is excluded from each of these tips (absent when not excluded). */
  async exclusions(reportIds: readonly string[], staff: StaffPrincipal): Promise<Map<string, string>> {
    const ids = reportIds.filter((id) => UUID.test(id));
    if (!staff.cadreId || ids.length === 0) return new Map();
    const rows: Array<{ id: string; reason: string }> = await this.dataSource.query(
      `SELECT id, reason FROM (SELECT id, report_conflict(id, $2, $3) AS reason FROM unnest($1::uuid[]) AS id) t WHERE reason IS NOT NULL`,
      [ids, staff.cadreId, this.sameUnit],
    );
    return new Map(rows.map((r) => [r.id, r.reason]));
  }

  /** Each exclusion goes to the audit trail: who was kept from which tip, and why. */
  async record(actor: AuditActor, excluded: Map<string, string>, route: string): Promise<void> {
    for (const [reportId, reason] of excluded) {
      await this.audit.record({ ...actor, action: 'coi.excluded', targetType: 'reports', targetId: reportId, outcome: 'DENIED', status: 404, details: { reason, route } });
    }
  }
}
