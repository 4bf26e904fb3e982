import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { BatchedCalls } from '../infra/database/batched-calls.js';
import { preparedQuery } from '../infra/database/prepared.js';
import { jobIdOf, type JobItem } from '../infra/queue/jobs.js';
import { OutboxService, type OutboxEntry } from '../infra/queue/outbox.service.js';
import type { ReceivedFile } from '../infra/storage/upload.js';
import type { ReportedPerson } from './entities/report.entity.js';
import type { Channel } from './report-status.js';

export interface StoredFile extends Omit<ReceivedFile, 'tempPath'> {
  storageKey: string;
}

export interface NewReport {
  channel: Channel;
  subjects: ReportedPerson[];
  categoryClaimed: string | null;
  body: string;
  incidentTime: string | null;
  incidentPlace: string | null;
  /** Sealed identity for a real-name report; null for an anonymous one. */
  sealedIdentity: Buffer | null;
  phoneHash: Buffer | null;
  receiptHash: Buffer;
  clientHash: Buffer | null;
  files: StoredFile[];
  /** Facts for the RECEIVED event (never identity). */
  eventData: Record<string, unknown>;
  idempotency?: { keyHash: Buffer; requestHash: Buffer; sealedResponse: Buffer; hours: number };
  /** False for a tip that waits for a transcript (voicemail): triage is queued once there is text. */
  queueTriage?: boolean;
}

export interface CreatedReport {
  id: string;
  number: string;
  receivedAt: Date;
  /** Jobs written in the caller's transaction (`create(…, within)`): dispatch them after commit. */
  outbox: OutboxEntry[];
}

export class IdempotencyConflict extends Error {}
/** Two receipt codes with the same hash: astronomically rare, answered by drawing a new code. */
export class ReceiptCollision extends Error {}

const PG_UNIQUE_VIOLATION = '23505';
/** Report numbers: QF-<year in the district's time zone (the session's)>-<sequence>. */
const NEXT_REPORT_NUMBER = `'QF-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('report_number_seq')::text, 6, '0')`;

interface PendingReport {
  id: string;
  input: NewReport;
}

interface InsertedRow {
  number: string;
  received_at: Date;
  outbox_id: string | null;
}

function triageJobOf(reportId: string): Extract<JobItem, { name: 'triage-report' }> {
  return { queue: 'triage', name: 'triage-report', data: { reportId } };
}

function outboxOf(pending: PendingReport, row: InsertedRow): OutboxEntry[] {
  return row.outbox_id ? [{ id: String(row.outbox_id), item: triageJobOf(pending.id) }] : [];
}

/**
 * Creates reports. The report, its attachments, its first event, its triage job (outbox)
 * and its idempotency record are written by one statement, so they commit together or
 * not at all, in one round trip.
 */
@Injectable()
export class ReportWriter {
  /** Tips of concurrent requests share statements; 4 in flight leaves the pool for everything else. */
  private readonly groupCommit = new BatchedCalls<PendingReport, InsertedRow>({
    maxBatch: 64,
    maxInFlight: 4,
    runBatch: (batch) => this.insertBatch(batch),
    runOne: (pending) => this.insertOne(pending),
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Without `within`: written with the tips of concurrent requests in one statement (group
   * commit), jobs dispatched at once. With `within`: part of the caller's transaction (SMS,
   * hotline), which dispatches the returned jobs after commit.
   */
  async create(input: NewReport, within?: EntityManager): Promise<CreatedReport> {
    const pending: PendingReport = { id: randomUUID(), input };
    if (within) {
      const row = await this.insertOne(pending, within);
      return { id: pending.id, number: row.number, receivedAt: row.received_at, outbox: outboxOf(pending, row) };
    }
    const row = await this.groupCommit.call(pending);
    void this.outbox.dispatch(outboxOf(pending, row));
    return { id: pending.id, number: row.number, receivedAt: row.received_at, outbox: [] };
  }

  /** One tip (the batch statement with one row); the unique keys that can clash are turned into typed errors. */
  private async insertOne(pending: PendingReport, within?: EntityManager): Promise<InsertedRow> {
    try {
      return (await this.insertBatch([pending], within))[0]!;
    } catch (error) {
      const e = error as { code?: string; constraint?: string; driverError?: { constraint?: string } };
      if (e.code === PG_UNIQUE_VIOLATION && (e.constraint ?? e.driverError?.constraint) === 'idempotency_record_pkey') {
        throw new IdempotencyConflict();
      }
      if (e.code === PG_UNIQUE_VIOLATION && (e.constraint ?? e.driverError?.constraint) === 'report_receipt_hash_key') {
        throw new ReceiptCollision();
      }
      throw error;
    }
  }

  /**
   * Tips in one statement, column by column as arrays: the reports, their files, first
   * events, triage jobs (outbox) and idempotency records commit together or not at all.
   * Any failure fails the whole statement; BatchedCalls then writes each tip on its own.
   * With `within`, part of the caller's transaction.
   */
  private async insertBatch(batch: PendingReport[], within?: EntityManager): Promise<InsertedRow[]> {
    const files = batch.flatMap(({ id, input }) => input.files.map((file) => ({ reportId: id, file })));
    const queued = batch.filter(({ input }) => input.queueTriage !== false).map(({ id }) => triageJobOf(id));
    const keyed = batch.filter(({ input }) => input.idempotency);
    const rows = await preparedQuery<InsertedRow & { id: string }>(
      within ?? this.dataSource,
      'qf_create_reports',
      `WITH t AS (
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::bytea[], $4::bytea[], $5::bytea[], $6::jsonb[], $7::text[],
                              $8::text[], $9::text[], $10::text[], $11::bytea[], $12::jsonb[])
                  WITH ORDINALITY AS t(id, channel, identity, phone_hash, receipt_hash, subjects, category_claimed,
                                       body, incident_time, incident_place, client_hash, event_data, ord)
       ), r AS (
         INSERT INTO report (id, number, channel, real_name, reporter_identity, reporter_phone_hash, receipt_hash,
                             subjects, category_claimed, body, incident_time, incident_place, client_hash)
         SELECT id, ${NEXT_REPORT_NUMBER}, channel, identity IS NOT NULL, identity, phone_hash, receipt_hash,
                subjects, category_claimed, body, incident_time, incident_place, client_hash
           FROM t ORDER BY ord
         RETURNING id, number, received_at
       ), a AS (
         INSERT INTO attachment (id, report_id, storage_key, sha256, size_bytes, media_type, original_name)
         SELECT f.id, r.id, f.key, f.sha, f.size, f.type, f.name
           FROM unnest($13::uuid[], $14::uuid[], $15::text[], $16::bytea[], $17::bigint[], $18::text[], $19::text[])
                AS f(id, report_id, key, sha, size, type, name)
           JOIN r ON r.id = f.report_id
       ), e AS (
         INSERT INTO report_event (report_id, type, actor_kind, data)
         SELECT r.id, 'RECEIVED', 'REPORTER', t.event_data FROM r JOIN t ON t.id = r.id
       ), q AS (
         SELECT * FROM unnest($20::uuid[], $21::text[], $22::text[], $23::text[], $24::jsonb[]) AS q(report_id, queue, name, job_id, payload)
       ), o AS (
         INSERT INTO outbox (queue, job_name, job_id, payload)
         SELECT q.queue, q.name, q.job_id, q.payload FROM q JOIN r ON r.id = q.report_id
         RETURNING id, job_id
       ), i AS (
         INSERT INTO idempotency_record (key_hash, request_hash, report_id, response, expires_at)
         SELECT k.key_hash, k.request_hash, r.id, k.response, now() + make_interval(hours => k.hours)
           FROM unnest($25::uuid[], $26::bytea[], $27::bytea[], $28::bytea[], $29::int[]) AS k(report_id, key_hash, request_hash, response, hours)
           JOIN r ON r.id = k.report_id
       )
       SELECT r.id, r.number, r.received_at, o.id AS outbox_id
         FROM r LEFT JOIN q ON q.report_id = r.id LEFT JOIN o ON o.job_id = q.job_id`,
      [
        batch.map(({ id }) => id),
        batch.map(({ input }) => input.channel),
        batch.map(({ input }) => input.sealedIdentity),
        batch.map(({ input }) => input.phoneHash),
        batch.map(({ input }) => input.receiptHash),
        batch.map(({ input }) => JSON.stringify(input.subjects)),
        batch.map(({ input }) => input.categoryClaimed),
        batch.map(({ input }) => input.body),
        batch.map(({ input }) => input.incidentTime),
        batch.map(({ input }) => input.incidentPlace),
        batch.map(({ input }) => input.clientHash),
        batch.map(({ input }) => JSON.stringify(input.eventData)),
        files.map(() => randomUUID()),
        files.map((f) => f.reportId),
        files.map((f) => f.file.storageKey),
        files.map((f) => f.file.sha256),
        files.map((f) => f.file.sizeBytes),
        files.map((f) => f.file.mediaType),
        files.map((f) => f.file.originalName),
        queued.map((job) => job.data.reportId),
        queued.map((job) => job.queue),
        queued.map((job) => job.name),
        queued.map((job) => jobIdOf(job)),
        queued.map((job) => JSON.stringify(job.data)),
        keyed.map(({ id }) => id),
        keyed.map(({ input }) => input.idempotency!.keyHash),
        keyed.map(({ input }) => input.idempotency!.requestHash),
        keyed.map(({ input }) => input.idempotency!.sealedResponse),
        keyed.map(({ input }) => Math.ceil(input.idempotency!.hours)),
      ],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return batch.map(({ id }) => {
      const row = byId.get(id);
      if (!row) throw new Error(`report ${id} missing from its batch's answer`);
      return row;
    });
  }

  /**
   * A message on a report, from the reporter (reply, new evidence) or from staff (a
   * question), with its files and its event, in one statement.
   */
  async addMessage(
    input: {
      reportId: string;
      author: { kind: 'REPORTER' } | { kind: 'STAFF'; staffId: string };
      body: string;
      files: StoredFile[];
    },
    within?: EntityManager,
  ): Promise<{ id: string; createdAt: Date }> {
    const id = randomUUID();
    const staffId = input.author.kind === 'STAFF' ? input.author.staffId : null;
    const eventType = input.author.kind === 'STAFF' ? 'STAFF_MESSAGE' : 'REPORTER_MESSAGE';
    const rows: Array<{ created_at: Date }> = await (within ?? this.dataSource).query(
      `WITH m AS (
         INSERT INTO report_message (id, report_id, author_kind, author_id, body) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, created_at
       ), a AS (
         INSERT INTO attachment (id, report_id, message_id, storage_key, sha256, size_bytes, media_type, original_name)
         SELECT f.id, $2, m.id, f.key, f.sha, f.size, f.type, f.name
           FROM m, unnest($6::uuid[], $7::text[], $8::bytea[], $9::bigint[], $10::text[], $11::text[])
                AS f(id, key, sha, size, type, name)
       ), e AS (
         INSERT INTO report_event (report_id, type, actor_kind, actor_id, data)
         SELECT $2, $12, $3, $4, jsonb_build_object('messageId', m.id, 'attachments', $13::int) FROM m
       ), u AS (
         UPDATE report SET updated_at = now() WHERE id = $2
       ), d AS (
         -- Staff writing to the reporter is the acceptance notice (受理告知): that deadline is met.
         UPDATE report_deadline SET met_at = now()
          WHERE report_id = $2 AND kind = 'ACCEPTANCE_NOTICE' AND met_at IS NULL AND $3 = 'STAFF'
       )
       SELECT created_at FROM m`,
      [
        id,
        input.reportId,
        input.author.kind,
        staffId,
        input.body,
        input.files.map(() => randomUUID()),
        input.files.map((f) => f.storageKey),
        input.files.map((f) => f.sha256),
        input.files.map((f) => f.sizeBytes),
        input.files.map((f) => f.mediaType),
        input.files.map((f) => f.originalName),
        eventType,
        input.files.length,
      ],
    );
    return { id, createdAt: rows[0]!.created_at };
  }
}
