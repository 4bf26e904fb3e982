import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/conflict/viewer.js';
import { notFound } from '../infra/http/domain-exception.js';
import { ObjectStorage } from '../infra/storage/storage.js';
import { AgencyDirectory } from './agencies/agency-directory.service.js';
import { RESULT_LABELS, requestState, STATE_LABELS, type ReplyResult } from './request-state.js';
import type { AgencyRequestDetail, AgencyRequestSummary, AttachmentView, ReplyView } from './dto/verification.dto.js';
import { requestVisible, VerificationService, type RequestKind } from './verification.service.js';
import { isUuid } from '../infra/http/id-param.js';

export type { AgencyRequestDetail, AgencyRequestSummary, AttachmentView, ReplyView };

interface Row {
  id: string;
  number: string;
  kind: RequestKind;
  status: string;
  sent_on: string;
  due_on: string;
  read_at: Date | null;
  cadre_name: string | null;
  cadre_post: string | null;
}

// Every query below is bounded by the agency code: another agency's request is simply not found.
const SUMMARY = `SELECT r.id, r.number, r.kind, r.status, to_char(r.sent_on, 'YYYY-MM-DD') AS sent_on, to_char(r.due_on, 'YYYY-MM-DD') AS due_on,
                        r.read_at, c.name AS cadre_name, c.post AS cadre_post
                   FROM verification_request r LEFT JOIN cadre c ON c.id = r.cadre_id`;

/** The agency side: a liaison's requests, one request (marked read on first view), its files. */
@Injectable()
export class AgencyRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly verification: VerificationService,
    private readonly directory: AgencyDirectory,
    private readonly storage: ObjectStorage,
  ) {}

  private summary(r: Row, today: string): AgencyRequestSummary {
    const state = requestState({ status: r.status, dueOn: r.due_on, readAt: r.read_at }, today);
    return {
      id: r.id,
      number: r.number,
      kind: r.kind,
      state,
      stateLabel: STATE_LABELS[state],
      sentOn: r.sent_on,
      dueOn: r.due_on,
      subject: r.cadre_name ? { name: r.cadre_name, post: r.cadre_post ?? '' } : null,
    };
  }

  /** Open requests first, the overdue ones at the top, then by due date; answered ones after. */
  async list(agencyCode: string, viewer: Viewer): Promise<AgencyRequestSummary[]> {
    const today = this.verification.today();
    const params: unknown[] = [agencyCode, today];
    // 回避: a liaison linked to a cadre record does not see requests about a tip hidden from them.
    const visible = `(r.subject_kind <> 'REPORT' OR ${viewer.excluding('r.subject_id', params)})`;
    const rows: Row[] = await this.dataSource.query(
      `${SUMMARY} WHERE r.agency_code = $1 AND r.status <> 'CANCELLED' AND ${visible}
        ORDER BY (r.status = 'OPEN' AND r.due_on < $2::date) DESC, (r.status = 'OPEN') DESC, r.due_on, r.number`,
      params,
    );
    return rows.map((r) => this.summary(r, today));
  }

  /** One request; the first view by the agency marks it read. */
  async get(agencyCode: string, id: string, viewer: Viewer): Promise<AgencyRequestDetail> {
    if (!isUuid(id)) throw notFound('请求');
    await requestVisible(this.dataSource, id, viewer);
    const today = this.verification.today();
    const [row]: Array<Row & { question: string; extract: string | null }> = await this.dataSource.query(
      `WITH seen AS (UPDATE verification_request SET read_at = now() WHERE id = $1 AND agency_code = $2 AND read_at IS NULL AND status <> 'CANCELLED' RETURNING id)
       ${SUMMARY.replace('r.read_at,', 'coalesce(r.read_at, CASE WHEN EXISTS (SELECT 1 FROM seen) THEN now() END) AS read_at,').replace('SELECT', 'SELECT r.question, r.extract,')}
        WHERE r.id = $1 AND r.agency_code = $2 AND r.status <> 'CANCELLED'`,
      [id, agencyCode],
    );
    if (!row) throw notFound('请求');
    const [files, replies] = await Promise.all([
      this.dataSource.query<
        Array<{
          id: string;
          reply_id: string | null;
          original_name: string | null;
          media_type: string;
          size_bytes: number;
          metadata_removed: boolean;
        }>
      >(
        `SELECT id, reply_id, original_name, media_type, size_bytes, metadata_removed FROM verification_attachment WHERE request_id = $1 ORDER BY created_at, id`,
        [id],
      ),
      this.dataSource.query<
        Array<{ id: string; version: number; result: ReplyResult; new_due_on: string | null; body: string; replied_at: Date }>
      >(
        `SELECT id, version, result, to_char(new_due_on, 'YYYY-MM-DD') AS new_due_on, body, replied_at FROM verification_reply WHERE request_id = $1 ORDER BY version`,
        [id],
      ),
    ]);
    const view = (f: (typeof files)[number]): AttachmentView => ({
      id: f.id,
      name: f.original_name ?? '附件',
      mediaType: f.media_type,
      sizeBytes: f.size_bytes,
      metadataRemoved: f.metadata_removed,
    });
    return {
      ...this.summary(row, today),
      agencyName: this.directory.get(agencyCode)?.name ?? agencyCode,
      question: row.question,
      extract: row.extract,
      attachments: files.filter((f) => !f.reply_id).map(view),
      replies: replies.map((r) => ({
        version: r.version,
        result: r.result,
        resultLabel: RESULT_LABELS[r.result],
        newDueOn: r.new_due_on,
        body: r.body,
        repliedAt: r.replied_at.toISOString(),
        attachments: files.filter((f) => f.reply_id === r.id).map(view),
      })),
    };
  }

  /** A file of a request addressed to this agency (its own or one the staff attached). */
  async attachment(
    agencyCode: string | null,
    requestId: string,
    attachmentId: string,
    viewer: Viewer,
  ): Promise<{ stream: Readable; name: string; mediaType: string; sizeBytes: number }> {
    if (!isUuid(requestId) || !isUuid(attachmentId)) throw notFound('附件');
    await requestVisible(this.dataSource, requestId, viewer);
    const [row]: Array<{ storage_key: string; original_name: string | null; media_type: string; size_bytes: number }> =
      await this.dataSource.query(
        `SELECT a.storage_key, a.original_name, a.media_type, a.size_bytes FROM verification_attachment a JOIN verification_request r ON r.id = a.request_id
        WHERE a.id = $1 AND a.request_id = $2 AND ($3::text IS NULL OR r.agency_code = $3) AND r.status <> 'CANCELLED'`,
        [attachmentId, requestId, agencyCode],
      );
    if (!row) throw notFound('附件');
    return {
      stream: this.storage.read(row.storage_key),
      name: row.original_name ?? '附件',
      mediaType: row.media_type,
      sizeBytes: row.size_bytes,
    };
  }
}
