import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, type AuditActor } from '../../audit/audit.service.js';
import { AppConfig } from '../../infra/config/app-config.js';
import type { StaffPrincipal } from '../auth.decorators.js';
import { Viewer } from './viewer.js';

/**
 * 回避: which tips a staff member must not see (they are its subject, a recorded relative
 * of a subject, or in the same unit's leadership when configured). The definition is the
 * database's report_exclusions(); this service asks it once per request and wraps the
 * answer in a Viewer that the queries use. Staff not linked to a cadre record are never
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

  /** The viewer for this staff member; refusals are audited as coi.excluded with the route. */
  async viewerFor(staff: StaffPrincipal, actor: AuditActor, route: string): Promise<Viewer> {
    if (!staff.cadreId) return Viewer.unrestricted(staff);
    const rows: Array<{ report_id: string; reason: string; number: string }> = await this.dataSource.query(
      `SELECT e.report_id, e.reason, r.number FROM report_exclusions($1::uuid, $2) e JOIN report r ON r.id = e.report_id`,
      [staff.cadreId, this.sameUnit],
    );
    return new Viewer(
      staff,
      new Map(rows.map((r) => [r.report_id, r.reason])),
      (reportId, reason) => this.record(actor, reportId, reason, route),
      rows.map((r) => r.number),
    );
  }

  /** Each exclusion goes to the audit trail: who was kept from which tip, and why. */
  private async record(actor: AuditActor, reportId: string, reason: string, route: string): Promise<void> {
    await this.audit.record({ ...actor, action: 'coi.excluded', targetType: 'reports', targetId: reportId, outcome: 'DENIED', status: 404, details: { reason, route } });
  }
}
