import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { StaffPrincipal } from '../../auth/auth.decorators.js';
import { PERMISSIONS, rolesGrant } from '../../auth/roles.js';
import { CadreRecordsService } from '../../cadres/cadre-records.service.js';
import { CadresService } from '../../cadres/cadres.service.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { DomainException, notFound } from '../../infra/http/domain-exception.js';
import { FINISHED_STATUSES, type FindingOutcome } from '../../reports/workflow/case-transitions.js';
import { AgencyDirectory } from '../../verification/agencies/agency-directory.service.js';
import { CaseWorkflow } from '../../reports/workflow/case-workflow.service.js';
import type { DispositionDto } from './dto/actions.dto.js';
import { isUuid } from '../../infra/http/id-param.js';
import type { ErrorCode } from '../../infra/http/error-codes.js';
import { ReportEventsRepository } from '../../reports/events/report-events.repository.js';
import type { ReportEventType } from '../../reports/events/report-events.repository.js';
import { ReportsRepository, type CaseForAction } from '../../reports/reports.repository.js';
import { TriageCaseRepository } from './triage-case.repository.js';
import { AuthRepository } from '../../auth/auth.repository.js';

type Locked = CaseForAction;

const conflict = (code: ErrorCode, message: string) => new DomainException(HttpStatus.CONFLICT, code, message);

/**
 * Staff actions on a case. Changes of the case's state (disposition, approval, merge,
 * finding, conclusion, reopening) go through the one CaseWorkflow; the rest (category,
 * subjects, assignee, notes) run here under the report's row lock, after the same 回避
 * check, and write an event with who, what, before and after. A category confirmed or
 * corrected becomes a training example for the learned model.
 */
/** A roster cadre as a subject's candidate when a person, not triage, names them (no score). */
const chosenByStaff = (
  cadre: { id: string; personNo: string; name: string; unitName: string | null; post: string | null },
  reason: string,
) => ({
  personId: cadre.id,
  personNo: cadre.personNo,
  name: cadre.name,
  unit: cadre.unitName,
  post: cadre.post,
  score: null,
  reasons: [reason],
});

@Injectable()
export class CaseActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly cadres: CadresService,
    private readonly records: CadreRecordsService,
    private readonly workflow: CaseWorkflow,
    private readonly agencies: AgencyDirectory,
    private readonly events: ReportEventsRepository,
    private readonly reports: ReportsRepository,
    private readonly triage: TriageCaseRepository,
    private readonly staff: AuthRepository,
  ) {}

  private async act<T>(reportId: string, staff: StaffPrincipal, work: (m: EntityManager, report: Locked) => Promise<T>): Promise<T> {
    if (!isUuid(reportId)) throw notFound('举报');
    await this.workflow.assertVisible(reportId, { kind: 'STAFF', staff });
    return this.dataSource.transaction(async (m) => {
      const report = await this.reports.forAction(m, reportId);
      if (!report) throw notFound('举报');
      return work(m, report);
    });
  }

  private async event(
    m: EntityManager,
    reportId: string,
    staff: StaffPrincipal,
    type: ReportEventType,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.events.append(m, { reportId, type, actorKind: 'STAFF', actorId: staff.userId, data });
  }

  private open(report: Locked): void {
    if (FINISHED_STATUSES.includes(report.status))
      throw conflict('REPORT_FINISHED', '该举报已办结（或已合并、转办、不予受理），不能再办理');
  }

  async setCategory(reportId: string, staff: StaffPrincipal, category: string) {
    if (!this.config.categories.some((c) => c.code === category)) {
      throw new DomainException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'UNKNOWN_CATEGORY',
        `未知的问题类别 ${category}：应为 ${this.config.categories.map((c) => c.code).join('、')} 之一`,
      );
    }
    return this.act(reportId, staff, async (m, report) => {
      const tokens = await this.triage.tokens(m, reportId);
      if (!tokens) throw conflict('NOT_TRIAGED', '该举报尚未完成自动分拣，请稍后再确认类别');
      const corrected = report.category !== category;
      await this.reports.confirmCategory(m, reportId, category);
      await this.triage.saveExample(m, {
        reportId,
        category,
        tokens,
        source: corrected ? 'CORRECTED' : 'CONFIRMED',
        staffId: staff.userId,
      });
      await this.event(m, reportId, staff, corrected ? 'CATEGORY_CORRECTED' : 'CATEGORY_CONFIRMED', {
        before: { category: report.category, confirmed: report.categoryConfirmed },
        after: { category, confirmed: true },
      });
      return { category, confirmed: true };
    });
  }

  /**
   * A person confirms who the tip is about; only then is the tip linked to that cadre's
   * record (where vetting counts it), and a different earlier choice is unlinked.
   */
  async chooseSubject(reportId: string, subjectId: string, staff: StaffPrincipal, cadreId: string) {
    const cadre = await this.cadres.getById(cadreId);
    const result = await this.act(reportId, staff, async (m) => {
      const subject = await this.subject(m, reportId, subjectId);
      const candidates = subject.candidates.some((c) => c.personId === cadre.id)
        ? subject.candidates
        : [chosenByStaff(cadre, '经办人选定'), ...subject.candidates];
      const ordered = [...candidates.filter((c) => c.personId === cadre.id), ...candidates.filter((c) => c.personId !== cadre.id)];
      await this.triage.confirmSubject(m, { id: subjectId, cadreId: cadre.id, candidates: ordered, staffId: staff.userId });
      await this.triage.indexCadre(m, reportId, cadre.id);
      await this.event(m, reportId, staff, 'SUBJECT_CONFIRMED', {
        subjectId,
        before: { status: subject.status, cadreId: subject.cadreId, role: subject.role },
        after: { status: 'CONFIRMED', cadreId: cadre.id, personNo: cadre.personNo, name: cadre.name, role: 'SUBJECT' },
      });
      return {
        subjectId,
        status: 'CONFIRMED' as const,
        cadreId: cadre.id,
        previous: subject.status === 'CONFIRMED' ? subject.cadreId : null,
      };
    });
    await this.records.linkReport({ reportId, cadreId: cadre.id, source: 'TRIAGE', actorId: staff.userId });
    if (result.previous && result.previous !== cadre.id) await this.records.unlinkReport(reportId, result.previous);
    return { subjectId, status: result.status, cadreId: result.cadreId };
  }

  /**
   * A cadre the tip is about whom triage did not offer (the reporter wrote the name or unit
   * so that no roster entry matched): a person adds the link, confirmed from the start.
   */
  async addSubject(reportId: string, staff: StaffPrincipal, cadreId: string) {
    const cadre = await this.cadres.getById(cadreId);
    const subjectId = await this.act(reportId, staff, async (m) => {
      if (await this.triage.hasSubject(m, reportId, cadre.id))
        throw conflict('SUBJECT_ALREADY_LINKED', `${cadre.name}（${cadre.personNo}）已关联到本件举报`);
      const id = await this.triage.addSubject(m, {
        reportId,
        cadreId: cadre.id,
        candidates: [chosenByStaff(cadre, '经办人添加')],
        staffId: staff.userId,
      });
      await this.triage.indexCadre(m, reportId, cadre.id);
      await this.event(m, reportId, staff, 'SUBJECT_ADDED', {
        subjectId: id,
        after: { status: 'CONFIRMED', cadreId: cadre.id, personNo: cadre.personNo, name: cadre.name, role: 'SUBJECT' },
      });
      return id;
    });
    await this.records.linkReport({ reportId, cadreId: cadre.id, source: 'TRIAGE', actorId: staff.userId });
    return { subjectId, status: 'CONFIRMED' as const, cadreId: cadre.id };
  }

  async unlinkSubject(reportId: string, subjectId: string, staff: StaffPrincipal) {
    const result = await this.act(reportId, staff, async (m) => {
      const subject = await this.subject(m, reportId, subjectId);
      // The cadre index keeps only cadres some remaining subject of this tip may be.
      await this.triage.unlinkSubject(m, { reportId, id: subjectId, staffId: staff.userId });
      await this.event(m, reportId, staff, 'SUBJECT_UNLINKED', {
        subjectId,
        before: { status: subject.status, cadreId: subject.cadreId },
        after: { status: 'UNLINKED', cadreId: null },
      });
      return { subjectId, status: 'UNLINKED' as const, confirmed: subject.status === 'CONFIRMED' ? subject.cadreId : null };
    });
    if (result.confirmed) await this.records.unlinkReport(reportId, result.confirmed);
    return { subjectId, status: result.status };
  }

  private async subject(m: EntityManager, reportId: string, subjectId: string) {
    const subject = /^\d{1,18}$/.test(subjectId) ? await this.triage.subject(m, reportId, subjectId) : null;
    if (!subject) throw notFound('被反映人记录');
    return subject;
  }

  /** 合并 by the earlier tip's number, as staff know it (QF-2026-000123): an unknown or excluded number is a 404. */
  async mergeByNumber(reportId: string, staff: StaffPrincipal, number: string) {
    const into = await this.reports.idByNumber(this.dataSource, number.trim().toUpperCase());
    if (!into) throw notFound(`举报编号 ${number.trim()} 对应的举报`);
    return this.merge(reportId, staff, into);
  }

  async merge(reportId: string, staff: StaffPrincipal, intoReportId: string) {
    const result = await this.workflow.change(
      reportId,
      { kind: 'STAFF', staff },
      { via: 'INBOX', command: { type: 'MERGE', intoReportId } },
    );
    return { status: result.status, into: result.into };
  }

  async assign(reportId: string, staff: StaffPrincipal, assigneeId: string | null) {
    return this.act(reportId, staff, async (m, report) => {
      this.open(report);
      if (assigneeId) {
        const roles = await this.staff.activeRoles(m, assigneeId);
        if (!roles || !rolesGrant(roles, 'reports:handle')) {
          throw new DomainException(
            HttpStatus.UNPROCESSABLE_ENTITY,
            'INVALID_ASSIGNEE',
            `经办人不存在、已停用，或不具备办理权限（${PERMISSIONS['reports:handle'].join('、')}）`,
          );
        }
      }
      await this.reports.setAssignee(m, reportId, assigneeId);
      await this.event(m, reportId, staff, 'ASSIGNED', { before: { assigneeId: report.assigneeId }, after: { assigneeId } });
      return { assigneeId };
    });
  }

  async dispose(reportId: string, staff: StaffPrincipal, dto: DispositionDto) {
    const target = dto.kind === 'TRANSFER' ? this.agencyCode(dto.target!) : null;
    const result = await this.workflow.change(
      reportId,
      { kind: 'STAFF', staff },
      {
        via: 'INBOX',
        command: { type: 'DISPOSE', kind: dto.kind, target, reason: dto.reason ?? null },
      },
    );
    return result.pendingApproval
      ? { status: result.status, pendingApproval: true }
      : { status: result.status, disposition: result.disposition, pendingApproval: false };
  }

  async decide(reportId: string, staff: StaffPrincipal, approve: boolean, comment: string | undefined) {
    const result = await this.workflow.change(
      reportId,
      { kind: 'STAFF', staff },
      { via: 'INBOX', command: { type: 'DECIDE', approve, comment: comment ?? null } },
    );
    return { status: result.status, approved: result.approved ?? false, pendingApproval: false };
  }

  async addNote(reportId: string, staff: StaffPrincipal, body: string) {
    return this.act(reportId, staff, async (m) => {
      const id = randomUUID();
      const createdAt = await this.triage.addNote(m, { id, reportId, authorId: staff.userId, body });
      await this.event(m, reportId, staff, 'NOTE_ADDED', { noteId: id });
      return { id, createdAt: createdAt.toISOString() };
    });
  }

  async recordFinding(reportId: string, staff: StaffPrincipal, finding: FindingOutcome, outcomeForReporter: string) {
    await this.workflow.change(
      reportId,
      { kind: 'STAFF', staff },
      { via: 'INBOX', command: { type: 'RECORD_FINDING', finding, outcomeForReporter } },
    );
    return { finding };
  }

  /** 办结: concludes the case (with a supervisor's approval where configured); the finding then goes onto the linked cadres' records. */
  async close(reportId: string, staff: StaffPrincipal, comment: string | undefined) {
    const result = await this.workflow.change(
      reportId,
      { kind: 'STAFF', staff },
      { via: 'INBOX', command: { type: 'CONCLUDE', comment: comment ?? null } },
    );
    return { status: result.status, pendingApproval: result.pendingApproval };
  }

  /** 重新办理: a supervisor reopens a concluded, transferred or refused case. */
  async reopen(reportId: string, staff: StaffPrincipal, reason: string) {
    const result = await this.workflow.change(reportId, { kind: 'STAFF', staff }, { via: 'INBOX', command: { type: 'REOPEN', reason } });
    return { status: result.status };
  }

  /** A transfer goes to an active member agency (as admins keep them), named by code, name or alias. */
  private agencyCode(target: string): string {
    const agency = this.agencies.byName(target);
    if (!agency) {
      throw new DomainException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'UNKNOWN_TRANSFER_TARGET',
        `转办单位「${target}」不在成员单位中：可选 ${this.agencies.all.map((a) => a.name).join('、')}`,
      );
    }
    return agency.code;
  }
}
