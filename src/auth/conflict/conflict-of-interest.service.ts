import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ReportsRepository } from '../../reports/reports.repository.js';
import { AuthRepository } from '../auth.repository.js';
import { AuditService, type AuditActor } from '../../audit/audit.service.js';
import { AppConfig } from '../../infra/config/app-config.js';
import type { StaffPrincipal } from '../auth.decorators.js';
import { Viewer } from './viewer.js';
import { isUuid } from '../../infra/http/id-param.js';

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
    private readonly repository: AuthRepository,
    private readonly reports: ReportsRepository,
  ) {}

  private get sameUnit(): boolean {
    return this.config.settings.security.conflictOfInterest.sameUnit;
  }

  /** The viewer for this staff member; refusals are audited as coi.excluded with the route. */
  async viewerFor(staff: StaffPrincipal, actor: AuditActor, route: string): Promise<Viewer> {
    if (!staff.cadreId) return Viewer.unrestricted(staff);
    const excluded = await this.repository.exclusions(staff.cadreId, this.sameUnit);
    // The hidden tips' numbers too (a stored text may name a tip by number): asked only when some are hidden.
    const cases = await this.reports.caseSummaries(
      this.dataSource,
      excluded.map((e) => e.reportId),
    );
    const numbers = new Map(cases.map((r) => [r.id, r.number]));
    const rows = excluded.flatMap((e) => {
      const number = numbers.get(e.reportId);
      return number === undefined ? [] : [{ ...e, number }];
    });
    return new Viewer(
      staff,
      new Map(rows.map((r) => [r.reportId, r.reason])),
      (reportId, reason) => this.record(actor, new Map([[reportId, reason]]), route),
      rows.map((r) => r.number),
    );
  }

  /**
   * The reason a staff member is excluded from each of these tips (absent when not
   * excluded), from the same report_exclusions(): for code that acts for a principal outside
   * a request (the case workflow, jobs). Request handlers use their Viewer instead.
   */
  async exclusions(reportIds: readonly string[], staff: StaffPrincipal): Promise<Map<string, string>> {
    const ids = reportIds.filter((id) => isUuid(id));
    if (!staff.cadreId || ids.length === 0) return new Map();
    const rows = await this.repository.exclusionsAmong(staff.cadreId, this.sameUnit, ids);
    return new Map(rows.map((r) => [r.reportId, r.reason]));
  }

  /** Each exclusion goes to the audit trail: who was kept from which tip, and why. */
  async record(actor: AuditActor, excluded: ReadonlyMap<string, string>, route: string): Promise<void> {
    for (const [reportId, reason] of excluded) {
      await this.audit.record({
        ...actor,
        action: 'coi.excluded',
        targetType: 'reports',
        targetId: reportId,
        outcome: 'DENIED',
        status: 404,
        details: { reason, route },
      });
    }
  }
}
