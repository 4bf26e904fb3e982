import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { CadresRepository } from '../cadres/cadres.repository.js';
import type { Viewer } from '../auth/conflict/viewer.js';
import { notFound } from '../infra/http/domain-exception.js';
import { ObjectStorage } from '../infra/storage/storage.js';
import { AgencyDirectory } from './agencies/agency-directory.service.js';
import { RESULT_LABELS, requestState, STATE_LABELS } from './request-state.js';
import type { AgencyRequestDetail, AgencyRequestSummary, AttachmentView, ReplyView } from './dto/verification.dto.js';
import { requestVisible, VerificationService } from './verification.service.js';
import { isUuid } from '../infra/http/id-param.js';
import { VerificationRepository, type AgencyRequestRow, type RequestFileRow } from './verification.repository.js';

export type { AgencyRequestDetail, AgencyRequestSummary, AttachmentView, ReplyView };

/** A request with the cadre it is about (name and post, from the cadres module). */
type Row = AgencyRequestRow & { cadre_name: string | null; cadre_post: string | null };

/** The agency side: a liaison's requests, one request (marked read on first view), its files. */
@Injectable()
export class AgencyRequestsService {
  constructor(
    private readonly repository: VerificationRepository,
    private readonly cadres: CadresRepository,
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
    // 回避: a liaison linked to a cadre record does not see requests about a tip hidden from them.
    // Every query is bounded by the agency code: another agency's request is simply not found.
    const requests = await this.repository.agencyRequests(agencyCode, today, viewer.hidden);
    const rows = await this.withCadres(requests);
    return rows.map((r) => this.summary(r, today));
  }

  /** The requests with the name and post of the cadre each is about. */
  private async withCadres<T extends AgencyRequestRow>(
    requests: T[],
  ): Promise<Array<T & { cadre_name: string | null; cadre_post: string | null }>> {
    const ids = [...new Set(requests.flatMap((r) => (r.cadre_id ? [r.cadre_id] : [])))];
    const cadres = new Map((ids.length ? await this.cadres.summariesByIds(ids) : []).map((c) => [c.id, c]));
    return requests.map((r) => {
      const cadre = r.cadre_id ? cadres.get(r.cadre_id) : undefined;
      return { ...r, cadre_name: cadre?.name ?? null, cadre_post: cadre?.post ?? null };
    });
  }

  /** One request; the first view by the agency marks it read. */
  async get(agencyCode: string, id: string, viewer: Viewer): Promise<AgencyRequestDetail> {
    if (!isUuid(id)) throw notFound('请求');
    await requestVisible(this.repository, id, viewer);
    const today = this.verification.today();
    const request = await this.repository.readAgencyRequest(agencyCode, id);
    if (!request) throw notFound('请求');
    const [[row], files, replies] = await Promise.all([
      this.withCadres([request]),
      this.repository.attachmentsOf(id),
      this.repository.repliesOf(id),
    ]);
    const view = (f: RequestFileRow): AttachmentView => ({
      id: f.id,
      name: f.original_name ?? '附件',
      mediaType: f.media_type,
      sizeBytes: f.size_bytes,
      metadataRemoved: f.metadata_removed,
    });
    return {
      ...this.summary(row!, today),
      agencyName: this.directory.get(agencyCode)?.name ?? agencyCode,
      question: row!.question,
      extract: row!.extract,
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
    await requestVisible(this.repository, requestId, viewer);
    const row = await this.repository.attachmentForDownload(agencyCode, requestId, attachmentId);
    if (!row) throw notFound('附件');
    return {
      stream: this.storage.read(row.storage_key),
      name: row.original_name ?? '附件',
      mediaType: row.media_type,
      sizeBytes: row.size_bytes,
    };
  }
}
