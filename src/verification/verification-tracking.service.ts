import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, type AuditActor } from '../audit/audit.service.js';
import type { StaffPrincipal } from '../auth/auth.decorators.js';
import type { Viewer } from '../auth/conflict/viewer.js';
import { DomainException, notFound } from '../infra/http/domain-exception.js';
import { ObjectStorage } from '../infra/storage/storage.js';
import { discardUploads, type ReceivedFile } from '../infra/storage/upload.js';
import { AgencyDirectory } from './agencies/agency-directory.service.js';
import type { AgencyFigures, CaseRequestDto, StaffRequestView } from './dto/verification.dto.js';

export type { AgencyFigures, StaffRequestView };
import { RESULT_LABELS, requestState, STATE_LABELS, type RequestState } from './request-state.js';
import { requestVisible, VerificationService, type CreatedRequest } from './verification.service.js';
import { isUuid } from '../infra/http/id-param.js';
import { ReportEventsRepository } from '../reports/events/report-events.repository.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import { ReportSubjectsRepository } from '../triage/subjects/report-subjects.repository.js';
import type { Queryable } from '../infra/database/sql.js';
import { Reads } from '../infra/database/reads.js';
import { VerificationRepository } from './verification.repository.js';

/**
 * The staff side: asking agencies from a case, following every request's state,
 * pressing overdue ones (督办), the agencies' figures.
 */
@Injectable()
export class VerificationTrackingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly verification: VerificationService,
    private readonly directory: AgencyDirectory,
    private readonly storage: ObjectStorage,
    private readonly audit: AuditService,
    private readonly events: ReportEventsRepository,
    private readonly repository: VerificationRepository,
    private readonly reports: ReportsRepository,
    private readonly subjects: ReportSubjectsRepository,
    private readonly reads: Reads,
  ) {}

  /** 初步核实: a case under preliminary verification asks one or more agencies. */
  async requestFromCase(reportId: string, staff: StaffPrincipal, dto: CaseRequestDto): Promise<CreatedRequest[]> {
    if (!isUuid(reportId)) throw notFound('举报');
    for (const code of dto.agencyCodes) this.directory.require(code);
    const result = await this.dataSource.transaction(async (m) => {
      const report = await this.reports.lockForAgencyRequest(m, reportId);
      if (!report) throw notFound('举报');
      if (report.status !== 'IN_HANDLING' || report.disposition !== 'PRELIMINARY_VERIFICATION') {
        throw new DomainException(
          HttpStatus.CONFLICT,
          'NOT_UNDER_VERIFICATION',
          '只有处置为“初步核实”且正在办理的举报，才能请成员单位协助核查',
        );
      }
      const cadreId = await this.subjects.firstLinkedCadre(m, reportId);
      const created = await this.verification.createWithin(m, {
        kind: 'VERIFICATION',
        subjectKind: 'REPORT',
        subjectId: reportId,
        cadreId,
        agencyCodes: dto.agencyCodes,
        question: dto.question,
        extract: dto.extract ?? null, // redacted, with the question, where every request is written
        sentOn: this.verification.today(),
        workingDays: dto.workingDays,
        actorId: staff.userId,
        origin: { from: 'CASE' },
      });
      await this.events.append(m, {
        reportId,
        type: 'VERIFICATION_REQUESTED',
        actorKind: 'STAFF',
        actorId: staff.userId,
        data: { requests: created.created },
      });
      return created;
    });
    await this.verification.dispatch(result.outbox);
    return result.created;
  }

  /** Files staff attach to a request for the agency. */
  async attach(requestId: string, staff: StaffPrincipal, files: ReceivedFile[]): Promise<{ attachments: number }> {
    const stored: string[] = [];
    try {
      if (files.length === 0) throw new DomainException(HttpStatus.BAD_REQUEST, 'NO_FILE', '请选择要附上的文件');
      if (!isUuid(requestId)) throw notFound('请求');
      return await this.dataSource.transaction(async (m) => {
        const row = await this.repository.lockForAttach(m, requestId);
        if (!row) throw notFound('请求');
        if (row.status !== 'OPEN') throw new DomainException(HttpStatus.CONFLICT, 'REQUEST_CLOSED', '该请求已答复或撤回，不能再附加材料');
        // A file's name goes to the agency too: the same redaction as the question.
        const redact = await this.verification.agencyRedaction(m, row.subject_kind, row.subject_id);
        for (const file of files) {
          const key = await this.storage.adopt(file.tempPath);
          stored.push(key);
          await this.repository.insertAttachment(m, {
            requestId,
            replyId: null,
            storageKey: key,
            sha256: file.sha256,
            sizeBytes: file.sizeBytes,
            mediaType: file.mediaType,
            originalName: file.originalName ? redact(file.originalName) : null,
            actorId: staff.userId,
          });
        }
        return { attachments: files.length };
      });
    } catch (error) {
      await discardUploads(files);
      await Promise.all(stored.map((k) => this.storage.delete(k)));
      throw error;
    }
  }

  /** 回避: a request about a tip hidden from the viewer answers 404 like an unknown request (and is audited). */
  visibleRequest(id: string, viewer: Viewer): Promise<void> {
    return requestVisible(this.repository, id, viewer);
  }

  private async views(
    filter: { agencyCode?: string | null; reportId?: string | null; id?: string | null },
    viewer: Viewer,
  ): Promise<StaffRequestView[]> {
    const today = this.verification.today();
    // 回避: requests about a tip hidden from the viewer are left out. A staff read, on the
    // replica when it is fit (Reads); one request asked for by its id and not there yet, on the primary.
    const rows = await this.reads.run(
      (on) => this.repository.staffViews(filter, today, viewer.hidden, on),
      (found) => !!filter.id && found.length === 0,
    );
    const iso = (d: Date | null) => d?.toISOString() ?? null;
    return rows.map((r) => {
      const state = requestState({ status: r.status, dueOn: r.due_on, readAt: r.read_at }, today);
      return {
        id: r.id,
        number: r.number,
        kind: r.kind,
        agencyCode: r.agency_code,
        agencyName: this.directory.get(r.agency_code)?.name ?? r.agency_code,
        subjectKind: r.subject_kind,
        subjectId: r.subject_id,
        question: r.question,
        extract: r.extract,
        sentOn: r.sent_on,
        dueOn: r.due_on,
        state,
        stateLabel: STATE_LABELS[state],
        readAt: iso(r.read_at),
        remindedAt: iso(r.reminded_at),
        escalatedAt: iso(r.escalated_at),
        presses: r.presses,
        files: r.files,
        replies: (r.replies ?? []).map((v) => ({ ...v, resultLabel: RESULT_LABELS[v.result] })),
      };
    });
  }

  /** Every request, optionally of one state or agency; overdue first. */
  async list(filter: { state?: RequestState | undefined; agencyCode?: string | undefined }, viewer: Viewer): Promise<StaffRequestView[]> {
    const all = await this.views({ agencyCode: filter.agencyCode ?? null }, viewer);
    return filter.state ? all.filter((r) => r.state === filter.state) : all;
  }

  /** The requests of one case, with every reply version (the case view shows them). */
  async forReport(reportId: string, viewer: Viewer): Promise<StaffRequestView[]> {
    if (!isUuid(reportId)) throw notFound('举报');
    await viewer.visible(reportId);
    return this.views({ reportId }, viewer);
  }

  async get(id: string, viewer: Viewer): Promise<StaffRequestView> {
    if (!isUuid(id)) throw notFound('请求');
    await this.visibleRequest(id, viewer);
    const [view] = await this.views({ id }, viewer);
    if (!view) throw notFound('请求');
    return view;
  }

  /** 督办: a supervisor presses an overdue request; recorded on the request, the case and in the audit trail. */
  async press(id: string, viewer: Viewer, note: string, actor: AuditActor): Promise<StaffRequestView> {
    if (!isUuid(id)) throw notFound('请求');
    await this.visibleRequest(id, viewer);
    const staff = viewer.staff;
    await this.dataSource.transaction(async (m) => {
      const r = await this.repository.lockForPress(m, id);
      if (!r) throw notFound('请求');
      if (requestState({ status: r.status, dueOn: r.due_on, readAt: null }, this.verification.today()) !== 'OVERDUE') {
        throw new DomainException(HttpStatus.CONFLICT, 'NOT_OVERDUE', '只有已逾期未答复的请求才能督办');
      }
      await this.repository.insertPress(m, id, staff.userId, note);
      if (r.subject_kind === 'REPORT') {
        await this.events.append(m, {
          reportId: r.subject_id,
          type: 'VERIFICATION_PRESSED',
          actorKind: 'STAFF',
          actorId: staff.userId,
          data: { requestId: id, number: r.number, note },
        });
      }
      await this.audit.record(
        { ...actor, action: 'verification.press', targetType: 'verification_request', targetId: id, details: { number: r.number } },
        m,
      );
    });
    return this.get(id, viewer);
  }

  /**
   * Per agency: requests, answered, open, overdue, on-time rate and median days to answer,
   * aggregated in Postgres (one row per agency reaches the api, however many requests).
   * An answer's day is the China civil day of the first definitive reply.
   */
  async figures(viewer: Viewer, on?: Queryable): Promise<AgencyFigures[]> {
    const today = this.verification.today();
    // A staff read, on the replica when it is fit (Reads), unless the caller's read already chose.
    const rows = on
      ? await this.repository.agencyFigures(today, viewer.hidden, on)
      : await this.reads.run((o) => this.repository.agencyFigures(today, viewer.hidden, o));
    const byAgency = new Map(rows.map((r) => [r.agency_code, r]));
    return this.directory.all.map((agency) => {
      const r = byAgency.get(agency.code);
      return {
        agencyCode: agency.code,
        agencyName: agency.name,
        requests: r?.requests ?? 0,
        answered: r?.answered ?? 0,
        open: r?.open ?? 0,
        overdue: r?.overdue ?? 0,
        onTimeRate: r?.answered ? Math.round((r.on_time / r.answered) * 1000) / 1000 : null,
        medianDaysToAnswer: r?.median_days ?? null,
      };
    });
  }
}
