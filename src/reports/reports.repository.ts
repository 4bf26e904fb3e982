import { Injectable } from '@nestjs/common';
import { runCommand, runQuery, type Queryable } from '../infra/database/sql.js';
import type { OutboxJobRow } from '../infra/queue/outbox.repository.js';
import type { ReportedPerson } from './entities/report.entity.js';
import type { NewReportEvent } from './events/report-events.repository.js';
import type { Channel, ReportStatus } from './report-status.js';
import * as q from './reports.queries.js';

/** What another module needs to know of a case to act on it. */
export interface CaseState {
  number: string;
  status: ReportStatus;
  assigneeId: string | null;
}

/** A case as a staff action on it reads it (under its row lock). */
export interface CaseForAction {
  id: string;
  status: ReportStatus;
  category: string | null;
  categoryConfirmed: boolean;
  assigneeId: string | null;
}

/** How a case is handled, as its case view shows it (CaseHandling in reports.sql). */
export interface CaseHandling {
  categoryConfirmed: boolean;
  priority: number | null;
  priorityLevel: string | null;
  specific: boolean | null;
  transferTarget: string | null;
  assigneeId: string | null;
  disposition: string | null;
  dispositionDetail: unknown;
  dispositionPending: unknown;
  finding: string | null;
  outcomeForReporter: string | null;
  /** The number of the case it repeats; null when none, or hidden from the viewer. */
  repeatOfNumber: string | null;
}

/** What triage writes of a case (one case of RecordTriageBatch in reports.sql). */
export interface TriageOfCase {
  reportId: string;
  category: string | null;
  /** Each category's final score. */
  categoryScores: Record<string, number>;
  priority: number;
  priorityLevel: string;
  specific: boolean;
  transferTarget: string | null;
  /** The first tip of the chain this one repeats; null when it repeats none. */
  repeatOf: string | null;
  /** Tips received later but triaged first that repeat this one, pointed at `chainRootId` unless they point at an older tip. */
  laterIds: string[];
  chainRootId: string;
}

/** A tip as staff's list shows it. */
export interface ReportListRow {
  id: string;
  number: string;
  channel: Channel;
  status: ReportStatus;
  realName: boolean;
  category: string | null;
  subjects: ReportedPerson[];
  excerpt: string;
  receivedAt: Date;
  /** received_at to the microsecond, in UTC (a Date keeps only milliseconds): the cursor. */
  receivedAtExact: string;
  attachmentCount: number;
}

/** Staff's list filters; null or absent: any. */
export interface ReportListFilter {
  status?: string | null;
  channel?: string | null;
  from?: string | null;
  to?: string | null;
  cursor?: { receivedAt: string; id: string } | null;
  /** Tips hidden from the viewer (回避). */
  hidden: string[];
  limit: number;
}

/** A case as the workflow locks it to change it. */
export interface LockedCase {
  id: string;
  number: string;
  status: ReportStatus;
  disposition: string | null;
  disposition_pending: unknown;
  finding: string | null;
  outcome_for_reporter: string | null;
  repeat_of: string | null;
  received_at: Date;
}

/** A file stored for a tip or a message. */
export interface NewAttachment {
  id: string;
  storageKey: string;
  sha256: Buffer;
  sizeBytes: number;
  mediaType: string;
  originalName: string | null;
}

/** A tip to create, as `createReports` writes it. */
export interface NewReportRow {
  id: string;
  channel: Channel;
  sealedIdentity: Buffer | null;
  phoneHash: Buffer | null;
  receiptHash: Buffer;
  subjects: ReportedPerson[];
  categoryClaimed: string | null;
  body: string;
  incidentTime: string | null;
  incidentPlace: string | null;
  clientHash: Buffer | null;
  files: NewAttachment[];
  idempotency?: { keyHash: Buffer; requestHash: Buffer; sealedResponse: Buffer; hours: number } | undefined;
  /** Facts for the tip's RECEIVED event (never identity). */
  received: Record<string, unknown>;
  /** The tip's triage job, written to the outbox by the same statement (`OutboxService.rowsOf`); null for none yet. */
  job: OutboxJobRow | null;
}

/** A created tip: its number, its receipt instant and its job's outbox row (null for none). */
export interface CreatedReportRow {
  number: string;
  receivedAt: Date;
  outboxId: string | null;
}

/**
 * The reports module's tables report, attachment, report_message and idempotency_record: every
 * write of a tip and the reads other modules make of one happen here; the queries are in
 * `reports.sql`, typed from the schema. Each call runs on `on`: the pool, or the transaction
 * that makes the change.
 */
@Injectable()
export class ReportsRepository {
  /** A case's number, status and handler; null for no such case. On `on`, so a transaction sees its own changes. */
  async caseState(on: Queryable, id: string): Promise<CaseState | null> {
    const [row] = await runQuery(q.caseState, { id }, on);
    return row ? { number: row.number, status: row.status as ReportStatus, assigneeId: row.assignee_id } : null;
  }

  /** Staff's list page (one row more than `limit` asks for), newest first. */
  async list(on: Queryable, filter: ReportListFilter): Promise<ReportListRow[]> {
    const rows = await runQuery(
      q.listReports,
      {
        status: filter.status ?? null,
        channel: filter.channel ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        cursorAt: filter.cursor?.receivedAt ?? null,
        cursorId: filter.cursor?.id ?? null,
        // NULL when nothing is hidden: the condition folds away.
        hidden: filter.hidden.length ? filter.hidden : null,
        limit: String(filter.limit),
      },
      on,
    );
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      channel: r.channel as Channel,
      status: r.status as ReportStatus,
      realName: r.real_name,
      category: r.category,
      subjects: r.subjects as unknown as ReportedPerson[],
      excerpt: r.excerpt,
      receivedAt: r.received_at,
      receivedAtExact: r.received_at_exact,
      attachmentCount: r.attachment_count,
    }));
  }

  /** A tip's file (null when the file is unknown or another tip's). */
  async attachmentOf(
    on: Queryable,
    reportId: string,
    attachmentId: string,
  ): Promise<{ storageKey: string; originalName: string | null; mediaType: string } | null> {
    const [row] = await runQuery(q.attachmentOf, { id: attachmentId, reportId }, on);
    return row ? { storageKey: row.storage_key, originalName: row.original_name, mediaType: row.media_type } : null;
  }

  /** A tip's id by its number (exactly as stored); null for none. */
  async idByNumber(on: Queryable, number: string): Promise<string | null> {
    const [row] = await runQuery(q.idByNumber, { number }, on);
    return row?.id ?? null;
  }

  /** A case locked for a change until `on`'s transaction ends; null for none. */
  async lockForChange(on: Queryable, id: string): Promise<LockedCase | null> {
    const [row] = await runQuery(q.lockForChange, { id }, on);
    return row ? { ...row, status: row.status as ReportStatus } : null;
  }

  /** A merge target's number and the case it repeats; null for none. */
  async mergeTargetOf(on: Queryable, id: string): Promise<{ id: string; number: string; repeat_of: string | null } | null> {
    const [row] = await runQuery(q.mergeTargetOf, { id }, on);
    return row ?? null;
  }

  /** Stores a proposal waiting for approval, or clears it (null). */
  async setPendingDisposition(on: Queryable, id: string, pending: unknown): Promise<void> {
    await runCommand(q.setPendingDisposition, { id, pending: pending === null ? null : JSON.stringify(pending) }, on);
  }

  /** Applies a disposition: the new status, its kind and detail; the case is closed when the status ends it. */
  async applyDisposition(
    on: Queryable,
    id: string,
    change: { status: ReportStatus; disposition: string; detail: Record<string, unknown> },
  ): Promise<void> {
    await runCommand(
      q.applyDisposition,
      { id, status: change.status, disposition: change.disposition, detail: JSON.stringify(change.detail) },
      on,
    );
  }

  async recordFinding(on: Queryable, id: string, finding: string, outcomeForReporter: string | null): Promise<void> {
    await runCommand(q.recordFinding, { id, finding, outcomeForReporter }, on);
  }

  async conclude(on: Queryable, id: string): Promise<void> {
    await runCommand(q.conclude, { id }, on);
  }

  /** Merges a case into another: `repeatOf` is the root of the case it joins. */
  async mergeInto(on: Queryable, id: string, into: { id: string; number: string; repeatOf: string }): Promise<void> {
    await runCommand(q.mergeInto, { id, repeatOf: into.repeatOf, detail: JSON.stringify({ into: into.id, number: into.number }) }, on);
  }

  async reopen(on: Queryable, id: string): Promise<void> {
    await runCommand(q.reopen, { id }, on);
  }

  /**
   * New tips, their files, idempotency records, RECEIVED events and jobs in one statement, in
   * the order given; answers each tip's number, receipt instant and job row, by id. On the
   * pool the statement is its own transaction. A unique key that clashes
   * (idempotency_record_pkey, report_receipt_hash_key) fails the whole statement.
   */
  async createReports(on: Queryable, reports: NewReportRow[]): Promise<Map<string, CreatedReportRow>> {
    const files = reports.flatMap((r) => r.files.map((file) => ({ reportId: r.id, file })));
    const keyed = reports.filter((r) => r.idempotency);
    const jobs = reports.flatMap((r) => (r.job ? [{ reportId: r.id, job: r.job }] : []));
    // pgtyped types array parameters without nulls; Postgres takes NULL elements.
    const nullable = <T>(values: Array<T | null>) => values as T[];
    const rows = await runQuery(
      q.createReports,
      {
        ids: reports.map((r) => r.id),
        channels: reports.map((r) => r.channel),
        identities: nullable(reports.map((r) => r.sealedIdentity)),
        phoneHashes: nullable(reports.map((r) => r.phoneHash)),
        receiptHashes: reports.map((r) => r.receiptHash),
        categoriesClaimed: nullable(reports.map((r) => r.categoryClaimed)),
        bodies: reports.map((r) => r.body),
        incidentTimes: nullable(reports.map((r) => r.incidentTime)),
        incidentPlaces: nullable(reports.map((r) => r.incidentPlace)),
        clientHashes: nullable(reports.map((r) => r.clientHash)),
        fileIds: files.map((f) => f.file.id),
        fileReportIds: files.map((f) => f.reportId),
        fileKeys: files.map((f) => f.file.storageKey),
        fileShas: files.map((f) => f.file.sha256),
        fileSizes: files.map((f) => String(f.file.sizeBytes)),
        fileTypes: files.map((f) => f.file.mediaType),
        fileNames: nullable(files.map((f) => f.file.originalName)),
        keyReportIds: keyed.map((r) => r.id),
        keyHashes: keyed.map((r) => r.idempotency!.keyHash),
        requestHashes: keyed.map((r) => r.idempotency!.requestHash),
        responses: keyed.map((r) => r.idempotency!.sealedResponse),
        hours: keyed.map((r) => Math.ceil(r.idempotency!.hours)),
        // One JSON text for all the tips' JSON (pg would escape each element of a jsonb[] array).
        documents: JSON.stringify(reports.map((r) => ({ subjects: r.subjects, received: r.received }))),
        jobReportIds: jobs.map((j) => j.reportId),
        jobQueues: jobs.map((j) => j.job.queue),
        jobNames: jobs.map((j) => j.job.jobName),
        jobIds: jobs.map((j) => j.job.jobId),
        jobPayloads: jobs.map((j) => JSON.stringify(j.job.payload)),
      },
      on,
    );
    return new Map(
      rows.map((row) => [
        row.id,
        { number: row.number, receivedAt: row.received_at, outboxId: row.outbox_id === null ? null : String(row.outbox_id) },
      ]),
    );
  }

  /** A message on a tip with its files (the tip counts as updated); answers when it was written. */
  async addMessage(
    on: Queryable,
    message: {
      id: string;
      reportId: string;
      authorKind: 'REPORTER' | 'STAFF';
      authorId: string | null;
      body: string;
      files: NewAttachment[];
    },
  ): Promise<Date> {
    const [row] = await runQuery(
      q.addMessage,
      {
        id: message.id,
        reportId: message.reportId,
        authorKind: message.authorKind,
        authorId: message.authorId,
        body: message.body,
        fileIds: message.files.map((f) => f.id),
        fileKeys: message.files.map((f) => f.storageKey),
        fileShas: message.files.map((f) => f.sha256),
        fileSizes: message.files.map((f) => String(f.sizeBytes)),
        fileTypes: message.files.map((f) => f.mediaType),
        fileNames: message.files.map((f) => f.originalName) as string[],
      },
      on,
    );
    return row!.created_at;
  }

  /** An unexpired idempotency record and the tip it created; null for none. */
  async idempotentReplay(
    on: Queryable,
    keyHash: Buffer,
  ): Promise<{ requestHash: Buffer; response: Buffer; number: string; receivedAt: Date; attachments: number } | null> {
    const [row] = await runQuery(q.idempotentReplay, { keyHash }, on);
    return row
      ? {
          requestHash: row.request_hash,
          response: row.response,
          number: row.number,
          receivedAt: row.received_at,
          attachments: row.attachments,
        }
      : null;
  }

  /** The tip whose receipt code hashes to this; null for none. */
  async byReceiptHash(
    on: Queryable,
    receiptHash: Buffer,
  ): Promise<{ id: string; number: string; status: ReportStatus; receivedAt: Date; outcomeForReporter: string | null } | null> {
    const [row] = await runQuery(q.byReceiptHash, { receiptHash }, on);
    return row
      ? {
          id: row.id,
          number: row.number,
          status: row.status as ReportStatus,
          receivedAt: row.received_at,
          outcomeForReporter: row.outcome_for_reporter,
        }
      : null;
  }

  /** A tip's messages, oldest first, with the number of files of each. */
  async messagesOf(
    on: Queryable,
    reportId: string,
  ): Promise<Array<{ authorKind: 'REPORTER' | 'STAFF'; body: string; createdAt: Date; attachments: number }>> {
    const rows = await runQuery(q.messagesOf, { reportId }, on);
    return rows.map((m) => ({
      authorKind: m.author_kind as 'REPORTER' | 'STAFF',
      body: m.body,
      createdAt: m.created_at,
      attachments: m.attachments,
    }));
  }

  /** Drops the idempotency records whose retry window has passed; answers how many. */
  purgeExpiredIdempotency(on: Queryable): Promise<number> {
    return runCommand(q.purgeExpiredIdempotency, undefined, on);
  }

  /** A tip's first file; null for none. */
  async firstAttachmentOf(on: Queryable, reportId: string): Promise<string | null> {
    const [row] = await runQuery(q.firstAttachmentOf, { reportId }, on);
    return row?.id ?? null;
  }

  /** Attaches one file to a tip afterwards (a downloaded voicemail recording). */
  async addAttachment(on: Queryable, reportId: string, file: NewAttachment): Promise<void> {
    await runCommand(
      q.addAttachment,
      {
        id: file.id,
        reportId,
        storageKey: file.storageKey,
        sha256: file.sha256,
        sizeBytes: String(file.sizeBytes),
        mediaType: file.mediaType,
        originalName: file.originalName,
      },
      on,
    );
  }

  /** A voicemail's transcript becomes the tip's text (and its subjects; the claimed category if given). */
  async setTranscript(
    on: Queryable,
    id: string,
    transcript: { body: string; subjects: ReportedPerson[]; categoryClaimed: string | null },
  ): Promise<void> {
    await runCommand(
      q.setTranscript,
      { id, body: transcript.body, subjects: JSON.stringify(transcript.subjects), categoryClaimed: transcript.categoryClaimed },
      on,
    );
  }

  /** Which of these tips are in one of these statuses: their numbers, by id. */
  async inStatus(on: Queryable, ids: string[], statuses: readonly ReportStatus[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await runQuery(q.inStatus, { ids, statuses: [...statuses] }, on);
    return new Map(rows.map((r) => [r.id, r.number]));
  }

  /** A real-name tip's sealed reporter identity; null for an anonymous tip or none. */
  async sealedReporterIdentity(on: Queryable, id: string): Promise<Buffer | null> {
    const [row] = await runQuery(q.sealedReporterIdentity, { id }, on);
    return row?.reporter_identity ?? null;
  }

  /**
   * Retention: concluded tips (in `statuses`) whose retention clock started before `cutoff`
   * and whose identity is not purged yet, by id after `after`, at most `limit`.
   */
  async dueForRetention(
    on: Queryable,
    due: { statuses: readonly string[]; cutoff: Date; after: string | null; limit: number },
  ): Promise<string[]> {
    const rows = await runQuery(
      q.dueForRetention,
      { statuses: [...due.statuses], cutoff: due.cutoff, after: due.after, limit: due.limit },
      on,
    );
    return rows.map((r) => r.id);
  }

  /** Retention: the tip, locked, if it is still due; null when it is not (reopened meanwhile). */
  async lockForRetention(
    on: Queryable,
    id: string,
    due: { statuses: readonly string[]; cutoff: Date },
  ): Promise<{ number: string; hadIdentity: boolean } | null> {
    const [row] = await runQuery(q.lockForRetention, { id, statuses: [...due.statuses], cutoff: due.cutoff }, on);
    return row ? { number: row.number, hadIdentity: row.had_identity } : null;
  }

  /** Retention: removes a tip's files (its own and its messages'); answers what to delete from storage. */
  async purgeAttachments(on: Queryable, reportId: string): Promise<Array<{ storageKey: string; sizeBytes: number }>> {
    const rows = await runQuery(q.purgeAttachments, { reportId }, on);
    return rows.map((r) => ({ storageKey: r.storage_key, sizeBytes: Number(r.size_bytes) }));
  }

  /** Retention: removes the reporter's identity, phone hash and receipt code from a tip (identity_purged_at = `at` if it had one). */
  async purgeReporter(on: Queryable, id: string, at: Date): Promise<void> {
    await runCommand(q.purgeReporter, { id, at }, on);
  }

  /** Marks a tip still RECEIVED as triaged (the eval tool's stand-in for the worker); false when it was not RECEIVED. */
  async markTriagedIfReceived(on: Queryable, id: string): Promise<boolean> {
    const rows = await runQuery(q.markTriagedIfReceived, { id }, on);
    return rows.length > 0;
  }

  /** How many tips there are. */
  async count(on: Queryable): Promise<number> {
    const [row] = await runQuery(q.countReports, undefined, on);
    return row!.count;
  }

  /** Every tip with what triage made of it (category, specificity, the number of the tip it repeats): for the triage evaluation. */
  async triagedTips(
    on: Queryable,
  ): Promise<
    Array<{ id: string; number: string; body: string; category: string | null; isSpecific: boolean | null; repeatOfNumber: string | null }>
  > {
    const rows = await runQuery(q.triagedTips, undefined, on);
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      body: r.body,
      category: r.category,
      isSpecific: r.is_specific,
      repeatOfNumber: r.repeat_of_number,
    }));
  }

  /** A tip's number, whether it was made under a real name, and the sealed identity (null when anonymous or purged); null for no such tip. */
  async identityOf(on: Queryable, id: string): Promise<{ number: string; realName: boolean; sealed: Buffer | null } | null> {
    const [row] = await runQuery(q.identityOf, { id }, on);
    return row ? { number: row.number, realName: row.real_name, sealed: row.reporter_identity } : null;
  }
  /** Cases by id, in order of receipt (unknown ids are left out): for another module's list of the cases it links to. */
  async caseSummaries(on: Queryable, ids: readonly string[]): Promise<CaseSummary[]> {
    if (ids.length === 0) return [];
    const rows = await runQuery(q.caseSummariesByIds, { ids: [...ids] }, on);
    return rows.map((r) => ({ id: r.id, number: r.number, status: r.status as ReportStatus, receivedAt: r.received_at }));
  }

  /** A case's status and disposition, locked in `on`'s transaction; null for no such case. */
  async lockForAgencyRequest(on: Queryable, id: string): Promise<{ status: string; disposition: string | null } | null> {
    const [row] = await runQuery(q.lockForAgencyRequest, { id }, on);
    return row ?? null;
  }

  /** A case a meeting decides on, locked in `on`'s transaction; null for no such case. */
  async lockForMeetingDecision(
    on: Queryable,
    id: string,
  ): Promise<{
    id: string;
    status: string;
    disposition: string | null;
    disposition_pending: { kind: string } | null;
    finding: string | null;
    outcome_for_reporter: string | null;
    reporter_identity: Buffer | null;
  } | null> {
    const [row] = await runQuery(q.lockForMeetingDecision, { id }, on);
    return row ? { ...row, disposition_pending: row.disposition_pending as { kind: string } | null } : null;
  }

  /** Open cases (triaged or in handling) with a pending decision, or among `ids`. */
  openCasesForMeeting(on: Queryable, ids: string[]): Promise<q.IOpenCasesForMeetingResult[]> {
    return runQuery(q.openCasesForMeeting, { ids }, on);
  }

  /**
   * A page (at most `limit`) of the tips received during any of the periods, in order of
   * receipt after the cursor (the last tip of the page before); a period ends early at `until`.
   */
  receivedDuring(
    on: Queryable,
    periods: Array<{ startsOn: string; endsOn: string; until: Date | null }>,
    after: { at: Date; id: string } | null,
    limit: number,
  ): Promise<q.IReceivedDuringResult[]> {
    if (periods.length === 0) return Promise.resolve([]);
    return runQuery(
      q.receivedDuring,
      {
        startsOn: periods.map((p) => p.startsOn),
        endsOn: periods.map((p) => p.endsOn),
        // pgtyped types a timestamptz[] parameter without nulls; Postgres takes NULL elements.
        until: periods.map((p) => p.until) as Date[],
        afterAt: after?.at ?? null,
        afterId: after?.id ?? null,
        limit,
      },
      on,
    );
  }

  /**
   * Triage's lock on a batch of cases, for the rest of the transaction `on`: the cases' rows
   * (absent ids are left out), then the advisory locks `keys` (in the order given) unless
   * every case is triaged already, in one round trip.
   */
  async lockBatchForTriage(
    on: Queryable,
    ids: readonly string[],
    keys: readonly string[],
  ): Promise<Array<{ id: string; triagedAt: Date | null; version: string }>> {
    const rows = await runQuery(q.lockBatchForTriage, { ids: [...ids], keys: [...keys] }, on);
    return rows.map((r) => ({ id: r.id, triagedAt: r.triaged_at, version: r.version }));
  }

  /**
   * What triage found of a batch of cases, and the events of the timeline recording it, in
   * one statement on `on`: `cases` with their events, in the order given (no later tip may be
   * in two cases' `laterIds`, nor be one of the cases).
   */
  async recordTriageBatch(on: Queryable, cases: ReadonlyArray<{ triage: TriageOfCase; events: readonly NewReportEvent[] }>): Promise<void> {
    const events = cases.flatMap((c) => c.events);
    await runCommand(
      q.recordTriageBatch,
      {
        cases: JSON.stringify(
          cases.map(({ triage: t }) => ({
            id: t.reportId,
            category: t.category,
            category_scores: t.categoryScores,
            priority: t.priority,
            priority_level: t.priorityLevel,
            specific: t.specific,
            transfer_target: t.transferTarget,
            repeat_of: t.repeatOf,
          })),
        ),
        laterIds: cases.flatMap(({ triage: t }) => t.laterIds),
        laterRoots: cases.flatMap(({ triage: t }) => t.laterIds.map(() => t.chainRootId)),
        eventReportIds: events.map((e) => e.reportId),
        eventTypes: events.map((e) => e.type),
        eventActorKinds: events.map((e) => e.actorKind),
        // pgtyped types a uuid[] parameter without nulls; Postgres takes NULL elements.
        eventActorIds: events.map((e) => e.actorId ?? null) as string[],
        eventData: events.map((e) => JSON.stringify(e.data ?? {})),
      },
      on,
    );
  }

  /** Cases' status and priority, their rows locked in id order until `on`'s transaction ends (unknown ids left out). */
  async prioritiesForUpdate(
    on: Queryable,
    ids: readonly string[],
  ): Promise<Array<{ id: string; status: ReportStatus; triaged: boolean; priority: number | null; priorityLevel: string | null }>> {
    if (ids.length === 0) return [];
    const rows = await runQuery(q.prioritiesForUpdate, { ids: [...ids] }, on);
    return rows.map((row) => ({
      id: row.id,
      status: row.status as ReportStatus,
      triaged: row.triaged,
      priority: row.priority,
      priorityLevel: row.priority_level,
    }));
  }

  /** Each case's new priority, in one statement. */
  async setPriorities(on: Queryable, changes: ReadonlyArray<{ id: string; score: number; level: string }>): Promise<void> {
    if (changes.length === 0) return;
    await runCommand(
      q.setPriorities,
      { ids: changes.map((c) => c.id), priorities: changes.map((c) => c.score), levels: changes.map((c) => c.level) },
      on,
    );
  }

  /** A case for a staff action, its row locked until the transaction `on` ends; null for no such case. */
  async forAction(on: Queryable, id: string): Promise<CaseForAction | null> {
    const [row] = await runQuery(q.caseForAction, { id }, on);
    return row
      ? {
          id: row.id,
          status: row.status as ReportStatus,
          category: row.category,
          categoryConfirmed: row.category_confirmed,
          assigneeId: row.assignee_id,
        }
      : null;
  }

  /** Staff confirm (or correct) a case's category. */
  async confirmCategory(on: Queryable, id: string, category: string): Promise<void> {
    await runCommand(q.confirmCategory, { id, category }, on);
  }

  /** Hands a case to a handler (null: to nobody). */
  async setAssignee(on: Queryable, id: string, assigneeId: string | null): Promise<void> {
    await runCommand(q.setAssignee, { id, assigneeId }, on);
  }

  /** How a case is handled (its case view); `hidden`: the tips hidden from the viewer. Null for no such case. */
  async handling(on: Queryable, id: string, hidden: readonly string[]): Promise<CaseHandling | null> {
    const [row] = await runQuery(q.caseHandling, { id, hidden: hidden.length ? [...hidden] : null }, on);
    return row
      ? {
          categoryConfirmed: row.category_confirmed,
          priority: row.priority,
          priorityLevel: row.priority_level,
          specific: row.is_specific,
          transferTarget: row.transfer_target,
          assigneeId: row.assignee_id,
          disposition: row.disposition,
          dispositionDetail: row.disposition_detail,
          dispositionPending: row.disposition_pending,
          finding: row.finding,
          outcomeForReporter: row.outcome_for_reporter,
          repeatOfNumber: row.repeat_of,
        }
      : null;
  }

  /** Cases waiting for the approver's decision on a proposed disposition (not their own proposals; 回避 applied), at most 100. */
  async pendingApprovals(
    on: Queryable,
    approver: { userId: string; cadreId: string | null; sameUnit: boolean },
  ): Promise<Array<{ id: string; number: string; kind: string; proposedBy: string | null }>> {
    const rows = await runQuery(
      q.pendingApprovals,
      { approverId: approver.userId, cadreId: approver.cadreId, sameUnit: approver.sameUnit },
      on,
    );
    return rows.map((r) => ({ id: r.id, number: r.number, kind: r.kind, proposedBy: r.proposed_by }));
  }
}

/** A case as another module lists it. */
export interface CaseSummary {
  id: string;
  number: string;
  status: ReportStatus;
  receivedAt: Date;
}
