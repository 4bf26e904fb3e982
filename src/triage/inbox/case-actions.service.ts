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
import { TriageSettings } from '../triage-settings.js';
import type { DispositionDto, DispositionKind } from './dto/actions.dto.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FINISHED = ['CLOSED', 'MERGED', 'TRANSFERRED', 'NOT_ACCEPTED'];
const ALL_DEADLINES = ['ACCEPTANCE_NOTICE', 'DISPOSITION', 'CONCLUSION'];

interface Locked {
  id: string;
  status: string;
  category: string | null;
  category_confirmed: boolean;
  assignee_id: string | null;
  disposition: string | null;
  disposition_pending: PendingDecision | null;
  finding: string | null;
  repeat_of: string | null;
  outcome_for_reporter: string | null;
}

type PendingDecision = (DispositionDto | { kind: 'CLOSE'; comment?: string | undefined }) & { proposedBy: string; proposedAt: string };

const conflict = (code: string, message: string) => new DomainException(HttpStatus.CONFLICT, code, message);

/** What a disposition does to the report: its status and which deadlines it meets. */
const EFFECT: Record<DispositionKind, { status: string; meets: string[] }> = {
  TALK_INQUIRY: { status: 'IN_HANDLING', meets: ['ACCEPTANCE_NOTICE', 'DISPOSITION'] },
  PRELIMINARY_VERIFICATION: { status: 'IN_HANDLING', meets: ['ACCEPTANCE_NOTICE', 'DISPOSITION'] },
  FILED_PENDING: { status: 'IN_HANDLING', meets: ['ACCEPTANCE_NOTICE', 'DISPOSITION'] },
  CLOSED_NO_ACTION: { status: 'CLOSED', meets: ALL_DEADLINES },
  TRANSFER: { status: 'TRANSFERRED', meets: ALL_DEADLINES },
  NOT_ACCEPTED: { status: 'NOT_ACCEPTED', meets: ALL_DEADLINES },
};

/**
 * Staff actions on a case. Each runs under the report's row lock and writes an event
 * with who, what, before and after; a category confirmed or corrected becomes a
 * training example for the learned model.
 */
@Injectable()
export class CaseActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly settings: TriageSettings,
    private readonly cadres: CadresService,
    private readonly records: CadreRecordsService,
  ) {}

  private async act<T>(reportId: string, work: (m: EntityManager, report: Locked) => Promise<T>): Promise<T> {
    if (!UUID.test(reportId)) throw notFound('举报');
    return this.dataSource.transaction(async (m) => {
      const [report]: Locked[] = await m.query(
        `SELECT id, status, category, category_confirmed, assignee_id, disposition, disposition_pending, finding, repeat_of, outcome_for_reporter
           FROM report WHERE id = $1 FOR UPDATE`,
        [reportId],
      );
      if (!report) throw notFound('举报');
      return work(m, report);
    });
  }

  private async event(m: EntityManager, reportId: string, staff: StaffPrincipal, type: string, data: Record<string, unknown>): Promise<void> {
    await m.query(`INSERT INTO report_event (report_id, type, actor_kind, actor_id, data) VALUES ($1, $2, 'STAFF', $3, $4::jsonb)`, [
      reportId, type, staff.userId, JSON.stringify(data),
    ]);
  }

  private async meet(m: EntityManager, reportId: string, kinds: string[]): Promise<void> {
    await m.query(`UPDATE report_deadline SET met_at = now() WHERE report_id = $1 AND met_at IS NULL AND kind = ANY($2::text[])`, [reportId, kinds]);
  }

  private open(report: Locked): void {
    if (FINISHED.includes(report.status)) throw conflict('REPORT_FINISHED', '该举报已办结（或已合并、转办、不予受理），不能再办理');
  }

  async setCategory(reportId: string, staff: StaffPrincipal, category: string) {
    if (!this.config.categories.some((c) => c.code === category)) {
      throw new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, 'UNKNOWN_CATEGORY', `未知的问题类别 ${category}：应为 ${this.config.categories.map((c) => c.code).join('、')} 之一`);
    }
    return this.act(reportId, async (m, report) => {
      const [triage]: Array<{ tokens: string[] }> = await m.query(`SELECT tokens FROM report_triage WHERE report_id = $1`, [reportId]);
      if (!triage) throw conflict('NOT_TRIAGED', '该举报尚未完成自动分拣，请稍后再确认类别');
      const corrected = report.category !== category;
      await m.query(`UPDATE report SET category = $2, category_confirmed = true, updated_at = now() WHERE id = $1`, [reportId, category]);
      await m.query(
        `INSERT INTO category_example (report_id, category, tokens, source, staff_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (report_id) DO UPDATE SET category = EXCLUDED.category, source = EXCLUDED.source, staff_id = EXCLUDED.staff_id, created_at = now()`,
        [reportId, category, triage.tokens, corrected ? 'CORRECTED' : 'CONFIRMED', staff.userId],
      );
      await this.event(m, reportId, staff, corrected ? 'CATEGORY_CORRECTED' : 'CATEGORY_CONFIRMED', {
        before: { category: report.category, confirmed: report.category_confirmed },
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
    const result = await this.act(reportId, async (m) => {
      const subject = await this.subject(m, reportId, subjectId);
      const candidates = subject.candidates.some((c) => c.personId === cadre.id)
        ? subject.candidates
        : [{ personId: cadre.id, personNo: cadre.personNo, name: cadre.name, unit: cadre.unitName, post: cadre.post, score: null, reasons: ['经办人选定'] }, ...subject.candidates];
      const ordered = [...candidates.filter((c) => c.personId === cadre.id), ...candidates.filter((c) => c.personId !== cadre.id)];
      await m.query(
        `UPDATE report_subject SET status = 'CONFIRMED', role = 'SUBJECT', cadre_id = $2, candidates = $3::jsonb, decided_by = $4, decided_at = now() WHERE id = $1`,
        [subjectId, cadre.id, JSON.stringify(ordered), staff.userId],
      );
      await m.query(`INSERT INTO report_subject_cadre (cadre_id, report_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [cadre.id, reportId]);
      await this.event(m, reportId, staff, 'SUBJECT_CONFIRMED', {
        subjectId,
        before: { status: subject.status, cadreId: subject.cadre_id, role: subject.role },
        after: { status: 'CONFIRMED', cadreId: cadre.id, personNo: cadre.personNo, name: cadre.name, role: 'SUBJECT' },
      });
      return { subjectId, status: 'CONFIRMED' as const, cadreId: cadre.id, previous: subject.status === 'CONFIRMED' ? subject.cadre_id : null };
    });
    await this.records.linkReport({ reportId, cadreId: cadre.id, source: 'TRIAGE', actorId: staff.userId });
    if (result.previous && result.previous !== cadre.id) await this.records.unlinkReport(reportId, result.previous);
    return { subjectId, status: result.status, cadreId: result.cadreId };
  }

  async unlinkSubject(reportId: string, subjectId: string, staff: StaffPrincipal) {
    const result = await this.act(reportId, async (m) => {
      const subject = await this.subject(m, reportId, subjectId);
      await m.query(`UPDATE report_subject SET status = 'UNLINKED', cadre_id = NULL, decided_by = $2, decided_at = now() WHERE id = $1`, [subjectId, staff.userId]);
      // The cadre index keeps only cadres some remaining subject of this tip may be.
      await m.query(
        `DELETE FROM report_subject_cadre x WHERE x.report_id = $1 AND NOT EXISTS (
           SELECT 1 FROM report_subject s WHERE s.report_id = $1 AND s.status <> 'UNLINKED'
              AND (s.cadre_id = x.cadre_id OR (s.status = 'CANDIDATES' AND s.candidates @> jsonb_build_array(jsonb_build_object('personId', x.cadre_id::text)))))`,
        [reportId],
      );
      await this.event(m, reportId, staff, 'SUBJECT_UNLINKED', { subjectId, before: { status: subject.status, cadreId: subject.cadre_id }, after: { status: 'UNLINKED', cadreId: null } });
      return { subjectId, status: 'UNLINKED' as const, confirmed: subject.status === 'CONFIRMED' ? subject.cadre_id : null };
    });
    if (result.confirmed) await this.records.unlinkReport(reportId, result.confirmed);
    return { subjectId, status: result.status };
  }

  private async subject(m: EntityManager, reportId: string, subjectId: string) {
    const [subject]: Array<{ status: string; role: string; cadre_id: string | null; candidates: Array<{ personId: string }> }> = /^\d{1,18}$/.test(subjectId)
      ? await m.query(`SELECT status, role, cadre_id, candidates FROM report_subject WHERE id = $1 AND report_id = $2`, [subjectId, reportId])
      : [];
    if (!subject) throw notFound('被反映人记录');
    return subject;
  }

  async merge(reportId: string, staff: StaffPrincipal, intoReportId: string) {
    if (reportId === intoReportId) throw new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, 'MERGE_SELF', '不能把举报合并到它自己');
    return this.act(reportId, async (m, report) => {
      this.open(report);
      const [into]: Array<{ id: string; number: string; repeat_of: string | null; status: string }> = await m.query(
        `SELECT id, number, repeat_of, status FROM report WHERE id = $1`,
        [intoReportId],
      );
      if (!into) throw notFound('要合并到的举报');
      const root = into.repeat_of ?? into.id;
      if (root === reportId) throw conflict('MERGE_CYCLE', '目标举报本身是本件的重复件，不能反向合并');
      await m.query(
        `UPDATE report SET status = 'MERGED', disposition = 'MERGE', disposition_detail = $2::jsonb, repeat_of = $3, updated_at = now() WHERE id = $1`,
        [reportId, JSON.stringify({ into: into.id, number: into.number }), root],
      );
      await m.query(`INSERT INTO report_repeat (report_id, earlier_id, score, reasons) VALUES ($1, $2, 1, '["经办人合并"]'::jsonb) ON CONFLICT DO NOTHING`, [reportId, into.id]);
      await this.meet(m, reportId, ALL_DEADLINES);
      await this.event(m, reportId, staff, 'MERGED', { before: { status: report.status, repeatOf: report.repeat_of }, after: { status: 'MERGED', into: into.id, number: into.number } });
      await this.event(m, into.id, staff, 'MERGED_IN', { reportId });
      return { status: 'MERGED', into: into.number };
    });
  }

  async assign(reportId: string, staff: StaffPrincipal, assigneeId: string | null) {
    return this.act(reportId, async (m, report) => {
      this.open(report);
      if (assigneeId) {
        const [user]: Array<{ roles: string[] }> = await m.query(`SELECT roles FROM staff_user WHERE id = $1 AND active`, [assigneeId]);
        if (!user || !rolesGrant(user.roles, 'reports:handle')) {
          throw new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, 'INVALID_ASSIGNEE', `经办人不存在、已停用，或不具备办理权限（${PERMISSIONS['reports:handle'].join('、')}）`);
        }
      }
      await m.query(`UPDATE report SET assignee_id = $2, updated_at = now() WHERE id = $1`, [reportId, assigneeId]);
      await this.event(m, reportId, staff, 'ASSIGNED', { before: { assigneeId: report.assignee_id }, after: { assigneeId } });
      return { assigneeId };
    });
  }

  async dispose(reportId: string, staff: StaffPrincipal, dto: DispositionDto) {
    const disposition = { ...dto, ...(dto.kind === 'TRANSFER' ? { target: this.agencyCode(dto.target!) } : {}) };
    return this.act(reportId, async (m, report) => {
      this.open(report);
      if (report.status === 'RECEIVED') throw conflict('NOT_TRIAGED', '该举报尚未完成分拣，请稍后处置');
      if (report.disposition_pending) throw conflict('DECISION_PENDING', '已有待审批的处置或办结，请等待审批结果');
      if (this.settings.value.approvals.dispositions.includes(disposition.kind) && !rolesGrant(staff.roles, 'reports:approve')) {
        const pending: PendingDecision = { ...disposition, proposedBy: staff.userId, proposedAt: new Date().toISOString() };
        await m.query(`UPDATE report SET disposition_pending = $2::jsonb, updated_at = now() WHERE id = $1`, [reportId, JSON.stringify(pending)]);
        await this.event(m, reportId, staff, 'DISPOSITION_PROPOSED', { before: { disposition: report.disposition }, after: { pending } });
        return { status: report.status, pendingApproval: true };
      }
      return this.applyDisposition(m, report, staff, disposition);
    });
  }

  private async applyDisposition(m: EntityManager, report: Locked, staff: StaffPrincipal, d: DispositionDto) {
    const effect = EFFECT[d.kind];
    const detail = { target: d.target ?? null, reason: d.reason ?? null };
    await m.query(
      `UPDATE report SET status = $2, disposition = $3, disposition_detail = $4::jsonb, disposition_pending = NULL, updated_at = now(),
                         closed_at = CASE WHEN $2 IN ('CLOSED', 'TRANSFERRED', 'NOT_ACCEPTED') THEN now() ELSE closed_at END
        WHERE id = $1`,
      [report.id, effect.status, d.kind, JSON.stringify(detail)],
    );
    await this.meet(m, report.id, effect.meets);
    await this.event(m, report.id, staff, 'DISPOSED', {
      before: { status: report.status, disposition: report.disposition },
      after: { status: effect.status, disposition: d.kind, ...detail },
    });
    return { status: effect.status, disposition: d.kind, pendingApproval: false };
  }

  async decide(reportId: string, staff: StaffPrincipal, approve: boolean, comment: string | undefined) {
    return this.act(reportId, async (m, report) => {
      const pending = report.disposition_pending;
      if (!pending) throw conflict('NO_PENDING_DECISION', '该举报没有待审批的处置或办结');
      if (!approve) {
        await m.query(`UPDATE report SET disposition_pending = NULL, updated_at = now() WHERE id = $1`, [reportId]);
        await this.event(m, reportId, staff, 'DECISION_REJECTED', { before: { pending }, after: { pending: null }, comment: comment ?? null });
        return { status: report.status, approved: false };
      }
      await this.event(m, reportId, staff, 'DECISION_APPROVED', { pending, comment: comment ?? null });
      if (pending.kind === 'CLOSE') return { ...(await this.applyClose(m, report, staff)), approved: true };
      return { ...(await this.applyDisposition(m, report, staff, pending)), approved: true };
    });
  }

  async addNote(reportId: string, staff: StaffPrincipal, body: string) {
    return this.act(reportId, async (m) => {
      const id = randomUUID();
      const [note]: Array<{ created_at: Date }> = await m.query(
        `INSERT INTO report_note (id, report_id, author_id, body) VALUES ($1, $2, $3, $4) RETURNING created_at`,
        [id, reportId, staff.userId, body],
      );
      await this.event(m, reportId, staff, 'NOTE_ADDED', { noteId: id });
      return { id, createdAt: note!.created_at.toISOString() };
    });
  }

  async recordFinding(reportId: string, staff: StaffPrincipal, finding: string, outcomeForReporter: string) {
    return this.act(reportId, async (m, report) => {
      this.open(report);
      if (report.status !== 'IN_HANDLING') throw conflict('NOT_IN_HANDLING', '请先作出处置（谈话函询、初步核实或暂存待查），再记录核查结论');
      await m.query(`UPDATE report SET finding = $2, outcome_for_reporter = $3, updated_at = now() WHERE id = $1`, [reportId, finding, outcomeForReporter]);
      await this.event(m, reportId, staff, 'FINDING_RECORDED', {
        before: { finding: report.finding, outcomeForReporter: report.outcome_for_reporter },
        after: { finding, outcomeForReporter },
      });
      return { finding };
    });
  }

  async close(reportId: string, staff: StaffPrincipal, comment: string | undefined) {
    return this.act(reportId, async (m, report) => {
      this.open(report);
      if (report.status !== 'IN_HANDLING') throw conflict('NOT_IN_HANDLING', '只有办理中的举报可以办结');
      if (!report.finding || !report.outcome_for_reporter) throw conflict('FINDING_MISSING', '办结前请先记录核查结论和告知举报人的办理结果');
      if (report.disposition_pending) throw conflict('DECISION_PENDING', '已有待审批的处置或办结，请等待审批结果');
      if (this.settings.value.approvals.close && !rolesGrant(staff.roles, 'reports:approve')) {
        const pending: PendingDecision = { kind: 'CLOSE', comment, proposedBy: staff.userId, proposedAt: new Date().toISOString() };
        await m.query(`UPDATE report SET disposition_pending = $2::jsonb, updated_at = now() WHERE id = $1`, [reportId, JSON.stringify(pending)]);
        await this.event(m, reportId, staff, 'CLOSE_PROPOSED', { before: { status: report.status }, after: { pending } });
        return { status: report.status, pendingApproval: true };
      }
      return this.applyClose(m, report, staff);
    });
  }

  private async applyClose(m: EntityManager, report: Locked, staff: StaffPrincipal) {
    await m.query(`UPDATE report SET status = 'CLOSED', closed_at = now(), disposition_pending = NULL, updated_at = now() WHERE id = $1`, [report.id]);
    await this.meet(m, report.id, ALL_DEADLINES);
    await this.event(m, report.id, staff, 'CLOSED', { before: { status: report.status }, after: { status: 'CLOSED', finding: report.finding } });
    return { status: 'CLOSED', pendingApproval: false };
  }

  /** A transfer goes to a configured body, named by code, name or alias. */
  private agencyCode(target: string): string {
    const agency = this.config.agencies.find((a) => a.code === target || a.name === target || a.aliases.includes(target));
    if (!agency) {
      throw new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, 'UNKNOWN_TRANSFER_TARGET', `转办单位「${target}」不在配置的成员单位中：可选 ${this.config.agencies.map((a) => a.name).join('、')}`);
    }
    return agency.code;
  }
}
