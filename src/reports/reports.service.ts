import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Readable } from 'node:stream';
import type { Viewer } from '../auth/conflict/viewer.js';
import { Reads } from '../infra/database/reads.js';
import { ObjectStorage } from '../infra/storage/storage.js';
import { DomainException, notFound } from '../infra/http/domain-exception.js';
import type { ReportDetailDto, ReportListDto, ReportListQuery } from './dto/report-list.dto.js';
import { Attachment } from './entities/attachment.entity.js';
import { ReportMessage } from './entities/report-message.entity.js';
import { Report } from './entities/report.entity.js';
import { ReportEventsRepository } from './events/report-events.repository.js';
import { ReportsRepository } from './reports.repository.js';
import { isUuid } from '../infra/http/id-param.js';

/** The cursor keeps Postgres's microseconds: a millisecond Date would skip tips received within the same millisecond. */
function encodeCursor(receivedAt: string, id: string): string {
  return Buffer.from(`${receivedAt}|${id}`).toString('base64url');
}

/** Exactly what encodeCursor writes: an instant to the microsecond in UTC, a bar, a uuid. */
const CURSOR = /^([12]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** Strict: a hand-made cursor is a 400, never a query Postgres refuses (a 500). */
export function decodeCursor(cursor: string): { receivedAt: string; id: string } {
  const match = /^[A-Za-z0-9_-]+$/.test(cursor) ? CURSOR.exec(Buffer.from(cursor, 'base64url').toString('latin1')) : null;
  const receivedAt = match?.[1];
  // The calendar too: 2026-02-30 matches the pattern but is no instant.
  if (!match || !receivedAt || new Date(receivedAt).toISOString().slice(0, 19) !== receivedAt.slice(0, 19)) {
    throw new DomainException(HttpStatus.BAD_REQUEST, 'INVALID_CURSOR', '分页参数 cursor 无效：请使用上一页返回的 nextCursor');
  }
  return { receivedAt, id: match[2]! };
}

/** The report aggregate as staff read it. Never selects identity columns. */

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: Reads,
    private readonly events: ReportEventsRepository,
    private readonly repository: ReportsRepository,
    private readonly storage: ObjectStorage,
  ) {}

  /** Newest first, keyset-paginated, so page 1,000 costs what page 1 does. (A staff read: the replica when fit.) */
  async list(query: ReportListQuery, viewer: Viewer): Promise<ReportListDto> {
    const filter = {
      status: query.status ?? null,
      channel: query.channel ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      cursor: query.cursor ? decodeCursor(query.cursor) : null,
      hidden: viewer.hidden,
      limit: query.limit + 1,
    };
    const rows = await this.reads.run((on) => this.repository.list(on, filter));
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => ({
        id: r.id,
        number: r.number,
        channel: r.channel,
        status: r.status,
        realName: r.realName,
        category: r.category,
        subjects: r.subjects,
        excerpt: r.excerpt,
        receivedAt: r.receivedAt.toISOString(),
        attachmentCount: r.attachmentCount,
      })),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last.receivedAtExact, last.id) : null,
    };
  }

  /** A reporter's file, for staff (回避: a hidden tip's files answer 404 like unknown ones). */
  async attachment(reportId: string, attachmentId: string, viewer: Viewer): Promise<{ stream: Readable; name: string; mediaType: string }> {
    if (!isUuid(reportId) || !isUuid(attachmentId)) throw notFound('附件');
    await viewer.visible(reportId);
    const row = await this.repository.attachmentOf(this.dataSource, reportId, attachmentId);
    if (!row) throw notFound('附件');
    return { stream: this.storage.read(row.storageKey), name: row.originalName ?? '附件', mediaType: row.mediaType };
  }

  /** A tip by its number as staff know it (QF-2026-000123); an unknown or excluded (回避) number is a 404. */
  async idByNumber(number: string, viewer: Viewer, what = '举报'): Promise<string> {
    const id = await this.repository.idByNumber(this.dataSource, number.trim().toUpperCase());
    if (!id) throw notFound(`${what} ${number.trim()}`);
    await viewer.visible(id, what);
    return id;
  }

  /** The case as staff read it (the replica when fit; 回避 checked on the primary first). */
  async get(id: string, viewer: Viewer): Promise<ReportDetailDto> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('举报');
    await viewer.visible(id);
    const found = await this.reads.run(
      async (on) => {
        const report = await on.getRepository(Report).findOneBy({ id });
        if (!report) return null;
        const [attachments, messages, events] = await Promise.all([
          on.getRepository(Attachment).find({ where: { reportId: id }, order: { createdAt: 'ASC' } }),
          on.getRepository(ReportMessage).find({ where: { reportId: id }, order: { createdAt: 'ASC' } }),
          this.events.historyOf(id, on),
        ]);
        return { report, attachments, messages, events };
      },
      (found) => found === null,
    );
    if (!found) throw notFound('举报');
    const { report, attachments, messages, events } = found;
    return {
      id: report.id,
      number: report.number,
      channel: report.channel,
      status: report.status,
      realName: report.realName,
      category: report.category,
      categoryClaimed: report.categoryClaimed,
      categoryScores: report.categoryScores,
      subjects: report.subjects,
      body: report.body,
      incidentTime: report.incidentTime,
      incidentPlace: report.incidentPlace,
      receivedAt: report.receivedAt.toISOString(),
      triagedAt: report.triagedAt?.toISOString() ?? null,
      outcomeForReporter: report.outcomeForReporter,
      attachmentCount: attachments.length,
      attachments: attachments.map((a) => ({
        id: a.id,
        mediaType: a.mediaType,
        sizeBytes: Number(a.sizeBytes),
        sha256: a.sha256.toString('hex'),
        originalName: a.originalName,
        metadataRemoved: a.metadataRemoved,
        createdAt: a.createdAt.toISOString(),
      })),
      messages: messages.map((m) => ({ id: m.id, from: m.authorKind, body: m.body, createdAt: m.createdAt.toISOString() })),
      events: events.map((e) => ({
        type: e.type,
        actorKind: e.actorKind,
        actorId: e.actorId,
        data: e.data,
        createdAt: e.createdAt.toISOString(),
      })),
    };
  }
}
