import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { rolesGrant } from '../auth/roles.js';
import { addCalendarDays, addWorkingDays, buildCalendar, type CalendarDays } from '../infra/calendar/working-days.js';
import { Clock } from '../infra/clock/clock.js';
import { AppConfig } from '../infra/config/app-config.js';
import { Reads } from '../infra/database/reads.js';
import type { Queryable } from '../infra/database/sql.js';
import { AgencyDirectory } from '../verification/agencies/agency-directory.service.js';
import { LABELS } from '../infra/labels/catalogue.js';
import { ReportDeadlinesRepository } from '../triage/deadlines/report-deadlines.repository.js';
import { CadresRepository } from '../cadres/cadres.repository.js';
import { VerificationRepository } from '../verification/verification.repository.js';
import { ProbationRepository } from '../vetting/probation/probation.repository.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import { IdentityAccessRepository } from '../identity/identity-access.repository.js';
import { AuthRepository } from '../auth/auth.repository.js';
import { isUuid } from '../infra/http/id-param.js';

/** One thing a staff member should do, with where to do it. */
export interface TodoItem {
  /** What it is about: a tip's or request's number, a cadre's name. */
  title: string;
  /** What is due, in Chinese. */
  detail: string;
  href: string;
  /** The day it is due (YYYY-MM-DD), when it has one. */
  dueOn: string | null;
  overdue: boolean;
}

export const TODO_KINDS = ['approvals', 'caseDeadlines', 'agencyAnswers', 'probations', 'identityRequests', 'identityApproved'] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

export type TodoList = Record<TodoKind, TodoItem[] | null>;

/** How far ahead the list looks: cases due within this many working days, probations within this many days. */
const CASE_HORIZON_WORKING_DAYS = 3;
const PROBATION_HORIZON_DAYS = 30;

/**
 * 待办: what each staff member should do now, by what their roles allow: approvals waiting
 * for a supervisor, their cases due soon or overdue, agency answers overdue, probations due
 * for assessment, identity requests for the custodian, and their own approved identity
 * views. A list a role has no part in is null (the page leaves it out). Tips the person
 * must not see (回避) are left out of every list, by the same report_conflict() as the case
 * view. The same list feeds the console home page and the daily email digest.
 */
@Injectable()
export class TodoService {
  private readonly calendar: CalendarDays;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly agencies: AgencyDirectory,
    private readonly deadlines: ReportDeadlinesRepository,
    private readonly requests: VerificationRepository,
    private readonly probationRecords: ProbationRepository,
    private readonly cadres: CadresRepository,
    private readonly reports: ReportsRepository,
    private readonly identity: IdentityAccessRepository,
    private readonly staff: AuthRepository,
    private readonly reads: Reads,
  ) {
    this.calendar = buildCalendar(config.calendar);
  }

  today(): string {
    return this.clock.today();
  }

  async forStaff(staff: { userId: string; roles: readonly string[]; cadreId?: string | null }): Promise<TodoList> {
    const today = this.today();
    const may = (p: Parameters<typeof rolesGrant>[1]) => rolesGrant(staff.roles, p);
    const [approvals, caseDeadlines, agencyAnswers, probations, identityRequests, identityApproved] = await Promise.all([
      may('reports:approve') ? this.approvals(staff) : null,
      may('reports:handle') ? this.caseDeadlines(staff, today) : null,
      // Lists that name no tip: staff reads, on the replica when it is fit (Reads). The lists of
      // tips above and below apply 回避 in their SQL (report_conflict) and stay on the primary.
      may('verification:track') ? this.reads.run((on) => this.agencyAnswers(today, on)) : null,
      may('vetting:manage') ? this.reads.run((on) => this.probations(today, on)) : null,
      may('identity:decide') ? this.identityRequests(staff) : null,
      may('identity:request') ? this.identityApproved(staff) : null,
    ]);
    return { approvals, caseDeadlines, agencyAnswers, probations, identityRequests, identityApproved };
  }

  /** How many things are waiting, for the digest's subject line. */
  static count(list: TodoList): number {
    return TODO_KINDS.reduce((n, k) => n + (list[k]?.length ?? 0), 0);
  }

  private conflictParams(staff: { cadreId?: string | null }): [string | null, boolean] {
    return [staff.cadreId ?? null, this.config.settings.security.conflictOfInterest.sameUnit];
  }

  private async approvals(staff: { userId: string; cadreId?: string | null }): Promise<TodoItem[]> {
    const [cadreId, sameUnit] = this.conflictParams(staff);
    const rows = await this.reports.pendingApprovals(this.dataSource, { userId: staff.userId, cadreId, sameUnit });
    const names = await this.staff.displayNames(this.dataSource, [
      ...new Set(rows.flatMap((r) => (r.proposedBy && isUuid(r.proposedBy) ? [r.proposedBy] : []))),
    ]);
    return rows.map((r) => ({
      title: r.number,
      detail: `${(r.proposedBy && names.get(r.proposedBy)) || '经办人'}提请${LABELS.pendingDecision[r.kind] ?? '处置'}，待您审批`,
      href: `/console/cases/${r.id}`,
      dueOn: null,
      overdue: false,
    }));
  }

  private async caseDeadlines(staff: { userId: string; cadreId?: string | null }, today: string): Promise<TodoItem[]> {
    const horizon = addWorkingDays(today, CASE_HORIZON_WORKING_DAYS, this.calendar);
    const [cadreId, sameUnit] = this.conflictParams(staff);
    const rows = await this.deadlines.dueForHandler(this.dataSource, { staffId: staff.userId, cadreId, sameUnit }, horizon);
    return rows.map((r) => ({
      title: r.number,
      detail: `${LABELS.deadlineKind[r.kind] ?? '办理'}时限 ${r.dueOn}${r.mine ? '' : '（尚未指定经办人）'}`,
      href: `/console/cases/${r.id}`,
      dueOn: r.dueOn,
      overdue: r.dueOn < today,
    }));
  }

  private async agencyAnswers(today: string, on: Queryable): Promise<TodoItem[]> {
    // Every overdue request, earliest due first (then by number), the first 100.
    const rows = (await this.requests.overdue(on, today))
      .sort((a, b) => (a.due_on === b.due_on ? (a.number < b.number ? -1 : a.number > b.number ? 1 : 0) : a.due_on < b.due_on ? -1 : 1))
      .slice(0, 100);
    return rows.map((r) => ({
      title: r.number,
      detail: `${this.agencies.nameOf(r.agency_code)}逾期未答复（期限 ${r.due_on}）`,
      href: '/console/verification?state=OVERDUE',
      dueOn: r.due_on,
      overdue: true,
    }));
  }

  private async probations(today: string, on: Queryable): Promise<TodoItem[]> {
    // Open probations ending by the horizon, soonest first, the first 100; the cadres' names from their repository.
    const open = (await this.probationRecords.open(true, addCalendarDays(today, PROBATION_HORIZON_DAYS), on)).slice(0, 100);
    const names = new Map((await this.cadres.summariesByIds([...new Set(open.map((p) => p.cadre_id))], on)).map((c) => [c.id, c.name]));
    const rows = open.map((p) => ({ name: names.get(p.cadre_id) ?? '', post: p.post, ends_on: p.ends_on }));
    return rows.map((r) => ({
      title: `${r.name}（${r.post}）`,
      detail: `试用期 ${r.ends_on} 届满，需进行考核`,
      href: '/console/vetting',
      dueOn: r.ends_on,
      overdue: r.ends_on < today,
    }));
  }

  private async identityRequests(staff: { userId: string }): Promise<TodoItem[]> {
    const rows = await this.identity.pendingForCustodian(this.dataSource, staff.userId);
    const names = await this.staff.displayNames(this.dataSource, [...new Set(rows.map((r) => r.requesterId))]);
    return rows.map((r) => ({
      title: `身份查看申请（${names.get(r.requesterId) ?? ''}）`,
      detail: `${this.clock.dateOf(r.createdAt)} 提出，待您审批`,
      href: '/console/identity',
      dueOn: null,
      overdue: false,
    }));
  }

  private async identityApproved(staff: { userId: string }): Promise<TodoItem[]> {
    const rows = await this.identity.openApprovals(this.dataSource, staff.userId);
    const tips = new Map(
      (await this.reports.caseSummaries(this.dataSource, [...new Set(rows.map((r) => r.reportId))])).map((c) => [c.id, c]),
    );
    return rows.flatMap((r) => {
      const tip = tips.get(r.reportId);
      return tip
        ? [
            {
              title: tip.number,
              detail: `身份查看申请已批准，可查看至 ${this.clock.dateOf(r.expiresAt)}`,
              href: '/console/identity/mine',
              dueOn: null,
              overdue: false,
            },
          ]
        : [];
    });
  }
}
