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
import { requestVisible, VerificationService, type CreatedRequest, type RequestKind, type SubjectKind } from './verification.service.js';
import { isUuid } from '../infra/http/id-param.js';
import { ReportEventsRepository } from '../reports/events/report-events.repository.js';

/**
 * The staff side: asking agencies from a case, following every request's state,
 * pressing overdue ones (督办), the agencies' figures.
 */
/** The files of a request or a reply as a JSON array for the staff view (attachmentView), in the order they came. */
const attachmentsWhere = (where: string) =>
  `coalesce((SELECT json_agg(json_build_object('id', a.id, 'name', coalesce(a.original_name, '附件'), 'mediaType', a.media_type,
                                               'sizeBytes', a.size_bytes, 'metadataRemoved', a.metadata_removed) ORDER BY a.created_at, a.id)
               FROM verification_attachment a WHERE ${where}), '[]')`;

@Injectable()
export class VerificationTrackingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly verification: VerificationService,
    private readonly directory: AgencyDirectory,
    private readonly storage: ObjectStorage,
    private readonly audit: AuditService,
    private readonly events: ReportEventsRepository,
  ) {}

  /** 初步核实: a case under preliminary verification asks one or more agencies. */
  async requestFromCase(reportId: string, staff: StaffPrincipal, dto: CaseRequestDto): Promise<CreatedRequest[]> {
    if (!isUuid(reportId)) throw notFound('举报');
    for (const code of dto.agencyCodes) this.directory.require(code);
    const result = await this.dataSource.transaction(async (m) => {
      const [report]: Array<{ status: string; disposition: string | null; reporter_identity: Buffer | null }> = await m.query(
        `SELECT status, disposition, reporter_identity FROM report WHERE id = $1 FOR UPDATE`,
        [reportId],
      );
      if (!report) throw notFound('举报');
      if (report.status !== 'IN_HANDLING' || report.disposition !== 'PRELIMINARY_VERIFICATION') {
        throw new DomainException(
          HttpStatus.CONFLICT,
          'NOT_UNDER_VERIFICATION',
          '只有处置为“初步核实”且正在办理的举报，才能请成员单位协助核查',
        );
      }
      const [subject]: Array<{ cadre_id: string }> = await m.query(
        `SELECT cadre_id FROM report_subject WHERE report_id = $1 AND cadre_id IS NOT NULL ORDER BY position LIMIT 1`,
        [reportId],
      );
      const created = await this.verification.createWithin(m, {
        kind: 'VERIFICATION',
        subjectKind: 'REPORT',
        subjectId: reportId,
        cadreId: subject?.cadre_id ?? null,
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
        const [row]: Array<{ status: string; subject_kind: SubjectKind; subject_id: string }> = await m.query(
          `SELECT status, subject_kind, subject_id FROM verification_request WHERE id = $1 FOR UPDATE`,
          [requestId],
        );
        if (!row) throw notFound('请求');
        if (row.status !== 'OPEN') throw new DomainException(HttpStatus.CONFLICT, 'REQUEST_CLOSED', '该请求已答复或撤回，不能再附加材料');
        // A file's name goes to the agency too: the same redaction as the question.
        const redact = await this.verification.agencyRedaction(m, row.subject_kind, row.subject_id);
        for (const file of files) {
          const key = await this.storage.adopt(file.tempPath);
          stored.push(key);
          await m.query(
            `INSERT INTO verification_attachment (request_id, storage_key, sha256, size_bytes, media_type, original_name, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [
              requestId,
              key,
              file.sha256,
              file.sizeBytes,
              file.mediaType,
              file.originalName ? redact(file.originalName) : null,
              staff.userId,
            ],
          );
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
    return requestVisible(this.dataSource, id, viewer);
  }

  private async views(where: string, params: unknown[], viewer: Viewer): Promise<StaffRequestView[]> {
    const today = this.verification.today();
    // 回避: requests about a tip hidden from the viewer are left out.
    const visible = `(r.subject_kind <> 'REPORT' OR ${viewer.excluding('r.subject_id', params)})`;
    const rows: Array<{
      id: string;
      number: string;
      kind: RequestKind;
      agency_code: string;
      subject_kind: SubjectKind;
      subject_id: string;
      question: string;
      extract: string | null;
      sent_on: string;
      due_on: string;
      status: string;
      read_at: Date | null;
      reminded_at: Date | null;
      escalated_at: Date | null;
      presses: Array<{ by: string; note: string; at: string }>;
      files: StaffRequestView['files'];
      replies: StaffRequestView['replies'] | null;
    }> = await this.dataSource.query(
      `SELECT r.id, r.number, r.kind, r.agency_code, r.subject_kind, r.subject_id, r.question, r.extract, to_char(r.sent_on, 'YYYY-MM-DD') AS sent_on,
              to_char(r.due_on, 'YYYY-MM-DD') AS due_on, r.status, r.read_at, r.reminded_at, r.escalated_at,
              coalesce((SELECT json_agg(json_build_object('by', p.pressed_by, 'note', p.note, 'at', p.pressed_at) ORDER BY p.pressed_at) FROM verification_press p WHERE p.request_id = r.id), '[]') AS presses,
              ${attachmentsWhere('a.request_id = r.id AND a.reply_id IS NULL')} AS files,
              (SELECT json_agg(json_build_object('version', v.version, 'result', v.result, 'newDueOn', v.new_due_on, 'body', v.body, 'repliedAt', v.replied_at,
                                                 'attachments', ${attachmentsWhere('a.reply_id = v.id')}) ORDER BY v.version)
                 FROM verification_reply v WHERE v.request_id = r.id) AS replies
         FROM verification_request r WHERE (${where}) AND ${visible}
        ORDER BY (r.status = 'OPEN' AND r.due_on < $${params.length + 1}::date) DESC, r.due_on, r.number LIMIT 500`,
      [...params, today],
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
    const all = await this.views(`($1::text IS NULL OR r.agency_code = $1)`, [filter.agencyCode ?? null], viewer);
    return filter.state ? all.filter((r) => r.state === filter.state) : all;
  }

  /** The requests of one case, with every reply version (the case view shows them). */
  async forReport(reportId: string, viewer: Viewer): Promise<StaffRequestView[]> {
    if (!isUuid(reportId)) throw notFound('举报');
    await viewer.visible(reportId);
    return this.views(`r.subject_kind = 'REPORT' AND r.subject_id = $1`, [reportId], viewer);
  }

  async get(id: string, viewer: Viewer): Promise<StaffRequestView> {
    if (!isUuid(id)) throw notFound('请求');
    await this.visibleRequest(id, viewer);
    const [view] = await this.views(`r.id = $1`, [id], viewer);
    if (!view) throw notFound('请求');
    return view;
  }

  /** 督办: a supervisor presses an overdue request; recorded on the request, the case and in the audit trail. */
  async press(id: string, viewer: Viewer, note: string, actor: AuditActor): Promise<StaffRequestView> {
    if (!isUuid(id)) throw notFound('请求');
    await this.visibleRequest(id, viewer);
    const staff = viewer.staff;
    await this.dataSource.transaction(async (m) => {
      const [r]: Array<{ status: string; due_on: string; subject_kind: string; subject_id: string; number: string }> = await m.query(
        `SELECT status, to_char(due_on, 'YYYY-MM-DD') AS due_on, subject_kind, subject_id, number FROM verification_request WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!r) throw notFound('请求');
      if (requestState({ status: r.status, dueOn: r.due_on, readAt: null }, this.verification.today()) !== 'OVERDUE') {
        throw new DomainException(HttpStatus.CONFLICT, 'NOT_OVERDUE', '只有已逾期未答复的请求才能督办');
      }
      await m.query(`INSERT INTO verification_press (request_id, pressed_by, note) VALUES ($1, $2, $3)`, [id, staff.userId, note]);
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
  async figures(viewer: Viewer): Promise<AgencyFigures[]> {
    const today = this.verification.today();
    const params: unknown[] = [today];
    const visible = `(r.subject_kind <> 'REPORT' OR ${viewer.excluding('r.subject_id', params)})`;
    const rows: Array<{
      agency_code: string;
      requests: number;
      answered: number;
      on_time: number;
      open: number;
      overdue: number;
      median_days: number | null;
    }> = await this.dataSource.query(
      `WITH r AS (
         SELECT r.agency_code, r.status, r.due_on, r.sent_on, v.first_at::date AS first_answer
           FROM verification_request r
           LEFT JOIN (SELECT request_id, min(replied_at) AS first_at FROM verification_reply WHERE result <> 'MORE_TIME' GROUP BY request_id) v ON v.request_id = r.id
          WHERE r.status <> 'CANCELLED' AND ${visible})
       SELECT agency_code, count(*)::int AS requests, count(first_answer)::int AS answered, count(*) FILTER (WHERE first_answer <= due_on)::int AS on_time,
              count(*) FILTER (WHERE status = 'OPEN')::int AS open, count(*) FILTER (WHERE status = 'OPEN' AND due_on < $1::date)::int AS overdue,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY first_answer - sent_on) FILTER (WHERE first_answer IS NOT NULL) AS median_days
         FROM r GROUP BY agency_code`,
      params,
    );
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
