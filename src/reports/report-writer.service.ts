import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { BatchedCalls } from '../infra/database/batched-calls.js';
import type { JobItem } from '../infra/queue/jobs.js';
import { OutboxService, type OutboxEntry } from '../infra/queue/outbox.service.js';
import type { ReceivedFile } from '../infra/storage/upload.js';
import type { ReportedPerson } from './entities/report.entity.js';
import { ReportDeadlinesRepository } from '../triage/deadlines/report-deadlines.repository.js';
import { ReportEventsRepository } from './events/report-events.repository.js';
import type { Channel } from './report-status.js';
import { ReportsRepository, type CreatedReportRow, type NewAttachment } from './reports.repository.js';

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

interface PendingReport {
  id: string;
  input: NewReport;
}

function triageJobOf(reportId: string): Extract<JobItem, { name: 'triage-report' }> {
  return { queue: 'triage', name: 'triage-report', data: { reportId } };
}

function fileOf(file: StoredFile): Omit<NewAttachment, 'id'> {
  return {
    storageKey: file.storageKey,
    sha256: file.sha256,
    sizeBytes: file.sizeBytes,
    mediaType: file.mediaType,
    originalName: file.originalName,
  };
}

function outboxOf(pending: PendingReport, row: CreatedReportRow): OutboxEntry[] {
  return row.outboxId ? [{ id: row.outboxId, item: triageJobOf(pending.id) }] : [];
}

/**
 * Creates reports. The report, its attachments, its idempotency record, its first event and
 * its triage job (outbox) are written by one statement of the reports repository, so they
 * commit together or not at all.
 */
@Injectable()
export class ReportWriter {
  /** Tips of concurrent requests share statements; 4 in flight leaves the pool for everything else. */
  private readonly groupCommit = new BatchedCalls<PendingReport, CreatedReportRow>({
    maxBatch: 64,
    maxInFlight: 4,
    runBatch: (batch) => this.insertBatch(batch),
    runOne: (pending) => this.insertOne(pending),
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly reports: ReportsRepository,
    private readonly events: ReportEventsRepository,
    private readonly deadlines: ReportDeadlinesRepository,
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
      return { id: pending.id, number: row.number, receivedAt: row.receivedAt, outbox: outboxOf(pending, row) };
    }
    const row = await this.groupCommit.call(pending);
    void this.outbox.dispatch(outboxOf(pending, row));
    return { id: pending.id, number: row.number, receivedAt: row.receivedAt, outbox: [] };
  }

  /** One tip (the batch statement with one row); the unique keys that can clash are turned into typed errors. */
  private async insertOne(pending: PendingReport, within?: EntityManager): Promise<CreatedReportRow> {
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
   * Tips in one statement: the reports with their files, idempotency records, first events and
   * triage jobs (outbox) commit together or not at all. Any failure fails the whole batch;
   * BatchedCalls then writes each tip on its own. With `within`, part of the caller's transaction.
   */
  private async insertBatch(batch: PendingReport[], within?: EntityManager): Promise<CreatedReportRow[]> {
    const created = await this.reports.createReports(
      within ?? this.dataSource,
      batch.map(({ id, input }) => ({
        id,
        channel: input.channel,
        sealedIdentity: input.sealedIdentity,
        phoneHash: input.phoneHash,
        receiptHash: input.receiptHash,
        subjects: input.subjects,
        categoryClaimed: input.categoryClaimed,
        body: input.body,
        incidentTime: input.incidentTime,
        incidentPlace: input.incidentPlace,
        clientHash: input.clientHash,
        files: input.files.map((file) => ({ id: randomUUID(), ...fileOf(file) })),
        idempotency: input.idempotency,
        received: input.eventData,
        job: input.queueTriage === false ? null : OutboxService.rowsOf([triageJobOf(id)])[0]!,
      })),
    );
    return batch.map(({ id }) => {
      const row = created.get(id);
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
    const write = async (m: EntityManager): Promise<Date> => {
      const createdAt = await this.reports.addMessage(m, {
        id,
        reportId: input.reportId,
        authorKind: input.author.kind,
        authorId: staffId,
        body: input.body,
        files: input.files.map((file) => ({ id: randomUUID(), ...fileOf(file) })),
      });
      await this.events.append(m, {
        reportId: input.reportId,
        type: input.author.kind === 'STAFF' ? 'STAFF_MESSAGE' : 'REPORTER_MESSAGE',
        actorKind: input.author.kind,
        actorId: staffId,
        data: { messageId: id, attachments: input.files.length },
      });
      // Staff writing to the reporter is the acceptance notice (受理告知): that deadline is met.
      if (input.author.kind === 'STAFF') await this.deadlines.meet(m, input.reportId, ['ACCEPTANCE_NOTICE']);
      return createdAt;
    };
    const createdAt = within ? await write(within) : await this.dataSource.transaction(write);
    return { id, createdAt };
  }
}
