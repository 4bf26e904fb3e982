import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runCommand, runQuery, type Queryable } from '../infra/database/sql.js';
import type { Agency } from './agencies/agency-directory.service.js';
import type { ReplyResult } from './request-state.js';
import type { RequestKind, SubjectKind } from './verification.service.js';
import * as q from './verification.queries.js';

type AgencyRow = q.IAllAgenciesResult;

const toAgency = (r: AgencyRow): Agency => ({
  code: r.code,
  name: r.name,
  aliases: r.aliases,
  integrityOpinion: r.integrity_opinion,
  noticeEmail: r.notice_email,
  leadEmail: r.lead_email,
  active: r.active,
});

/** A request as an agency's list shows it; the cadre it is about is named by the cadres module. */
export interface AgencyRequestRow {
  id: string;
  number: string;
  kind: RequestKind;
  status: string;
  sent_on: string;
  due_on: string;
  read_at: Date | null;
  cadre_id: string | null;
}

/** A file of a request or of a reply, for the agency's view. */
export interface RequestFileRow {
  id: string;
  reply_id: string | null;
  original_name: string | null;
  media_type: string;
  size_bytes: number;
  metadata_removed: boolean;
}

/** One request as staff follow it, with its presses, files and every reply version (JSON built in Postgres). */
export interface StaffViewRow {
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
  files: Array<{ id: string; name: string; mediaType: string; sizeBytes: number; metadataRemoved: boolean }>;
  replies: Array<{
    version: number;
    result: ReplyResult;
    newDueOn: string | null;
    body: string;
    repliedAt: string;
    attachments: Array<{ id: string; name: string; mediaType: string; sizeBytes: number; metadataRemoved: boolean }>;
  }> | null;
}

export interface NewAttachment {
  requestId: string;
  replyId: string | null;
  storageKey: string;
  sha256: Buffer;
  sizeBytes: number;
  mediaType: string;
  originalName: string | null;
  actorId: string | null;
}

/**
 * The verification module's tables (agency, verification_request, verification_reply,
 * verification_attachment, verification_press) are read and written here and nowhere else;
 * the queries are in `verification.sql`, typed from the schema. A method that is part of a
 * change takes the transaction's EntityManager as `on`.
 */
@Injectable()
export class VerificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // --- agencies

  async seedAgencies(seed: Array<{ code: string; name: string; aliases: string[]; integrityOpinion: boolean }>): Promise<void> {
    await runCommand(
      q.seedAgencies,
      {
        codes: seed.map((a) => a.code),
        names: seed.map((a) => a.name),
        aliases: seed.map((a) => a.aliases.join('|')),
        integrity: seed.map((a) => a.integrityOpinion),
      },
      this.dataSource,
    );
  }

  async allAgencies(on: Queryable = this.dataSource): Promise<Agency[]> {
    return (await runQuery(q.allAgencies, undefined, on)).map(toAgency);
  }

  /** The new agency; null when its code or name is taken. */
  async createAgency(input: {
    code: string;
    name: string;
    aliases: string[];
    integrityOpinion: boolean;
    noticeEmail: string | null;
    leadEmail: string | null;
  }): Promise<Agency | null> {
    const [row] = await runQuery(q.createAgency, input, this.dataSource);
    return row ? toAgency(row) : null;
  }

  /**
   * Changes the fields given (undefined keeps a field; null clears an email); null for no such
   * agency. A name already used fails with Postgres' unique violation (23505).
   */
  async updateAgency(
    code: string,
    patch: {
      name?: string | undefined;
      aliases?: string[] | undefined;
      integrityOpinion?: boolean | undefined;
      noticeEmail?: string | null | undefined;
      leadEmail?: string | null | undefined;
      active?: boolean | undefined;
    },
  ): Promise<Agency | null> {
    const [row] = await runQuery(
      q.updateAgency,
      {
        code,
        name: patch.name ?? null,
        aliases: patch.aliases ?? null,
        integrityOpinion: patch.integrityOpinion ?? null,
        setNoticeEmail: patch.noticeEmail !== undefined,
        noticeEmail: patch.noticeEmail ?? null,
        setLeadEmail: patch.leadEmail !== undefined,
        leadEmail: patch.leadEmail ?? null,
        active: patch.active ?? null,
      },
      this.dataSource,
    );
    return row ? toAgency(row) : null;
  }

  // --- requests

  /** The tip a request is about; null when it is about no tip (or there is no such request). */
  async reportSubjectOf(id: string, on: Queryable = this.dataSource): Promise<string | null> {
    const [row] = await runQuery(q.reportSubjectOfRequest, { id }, on);
    return row?.subject_id ?? null;
  }

  async subjectOf(id: string): Promise<{ subjectKind: SubjectKind; subjectId: string } | null> {
    const [row] = await runQuery(q.subjectOfRequest, { id }, this.dataSource);
    return row ? { subjectKind: row.subject_kind as SubjectKind, subjectId: row.subject_id } : null;
  }

  /** Opinion requests about many subjects, each of each agency; the ones already asked are skipped (not returned). */
  insertOpinionsMany(
    on: Queryable,
    input: {
      subjectKind: SubjectKind;
      subjects: Array<{ subjectId: string; cadreId: string | null; question: string }>;
      codes: string[];
      sentOn: string;
      dueOn: string;
      remindOn: string;
      actorId: string | null;
    },
  ): Promise<Array<{ id: string; number: string; agency_code: string; subject_id: string }>> {
    return runQuery(
      q.insertOpinionsMany,
      {
        subjectKind: input.subjectKind,
        subjectIds: input.subjects.map((x) => x.subjectId),
        // pgtyped types a uuid[] parameter without nulls; Postgres takes NULL elements.
        cadreIds: input.subjects.map((x) => x.cadreId) as string[],
        questions: input.subjects.map((x) => x.question),
        codes: input.codes,
        sentOn: input.sentOn,
        dueOn: input.dueOn,
        remindOn: input.remindOn,
        actorId: input.actorId,
      },
      on,
    );
  }

  /** Requests about one subject, one per agency (an opinion already asked is skipped, not returned). */
  insertRequests(
    on: Queryable,
    input: {
      kind: RequestKind;
      subjectKind: SubjectKind;
      subjectId: string;
      cadreId: string | null;
      codes: string[];
      question: string;
      extract: string | null;
      sentOn: string;
      dueOn: string;
      remindOn: string;
      actorId: string | null;
      origin: Record<string, unknown> | null;
    },
  ): Promise<Array<{ id: string; number: string; agency_code: string }>> {
    return runQuery(q.insertRequests, { ...input, origin: JSON.stringify(input.origin) }, on);
  }

  async setNoticeMessage(on: Queryable, ids: readonly string[], messageId: string): Promise<void> {
    await runCommand(q.setNoticeMessage, { ids: [...ids], messageId }, on);
  }

  /** The request an agency answers, locked in `on`'s transaction; null for none. */
  async lockForReply(
    on: Queryable,
    id: string,
  ): Promise<{
    agency_code: string;
    status: string;
    sent_on: string;
    due_on: string;
    subject_kind: SubjectKind;
    subject_id: string;
    number: string;
  } | null> {
    const [row] = await runQuery(q.lockForReply, { id }, on);
    return row ? { ...row, subject_kind: row.subject_kind as SubjectKind } : null;
  }

  /** The next version of a request's reply. */
  async insertReply(
    on: Queryable,
    input: { requestId: string; adverse: boolean; result: ReplyResult; newDueOn: string | null; body: string; actorId: string | null },
  ): Promise<{ id: string; version: number }> {
    const [row] = await runQuery(q.insertReply, input, on);
    return row!;
  }

  async insertAttachment(on: Queryable, file: NewAttachment): Promise<void> {
    await runCommand(q.insertAttachment, file, on);
  }

  async extendDue(on: Queryable, id: string, dueOn: string, remindOn: string): Promise<void> {
    await runCommand(q.extendDue, { id, dueOn, remindOn }, on);
  }

  async markAnswered(on: Queryable, id: string): Promise<void> {
    await runCommand(q.markAnswered, { id }, on);
  }

  /** Each request about the subjects (not withdrawn) with its latest definitive reply, by subject then agency then round. */
  async requestsForMany(
    subjectKind: SubjectKind,
    subjectIds: string[],
    on: Queryable = this.dataSource,
  ): Promise<
    Array<{
      id: string;
      subject_id: string;
      number: string;
      kind: RequestKind;
      agency_code: string;
      sent_on: string;
      due_on: string;
      status: string;
      version: number | null;
      result: ReplyResult | null;
      body: string | null;
      replied_at: Date | null;
    }>
  > {
    const rows = await runQuery(q.requestsForMany, { subjectKind, subjectIds }, on);
    return rows.map((r) => ({
      ...r,
      kind: r.kind as RequestKind,
      version: r.version ?? null,
      result: (r.result ?? null) as ReplyResult | null,
      body: r.body ?? null,
      replied_at: r.replied_at ?? null,
    }));
  }

  // --- deadlines

  /** The open requests among `ids`, with the days their reminder and escalation are due. */
  async scheduleStates(ids: readonly string[]): Promise<q.IScheduleStatesResult[]> {
    return ids.length === 0 ? [] : runQuery(q.scheduleStates, { ids: [...ids] }, this.dataSource);
  }

  /** An open request, locked in `on`'s transaction; null when it is not open. */
  async lockOpenForDeadline(on: Queryable, id: string): Promise<q.ILockOpenForDeadlineResult | null> {
    const [row] = await runQuery(q.lockOpenForDeadline, { id }, on);
    return row ?? null;
  }

  async markReminded(on: Queryable, id: string, at: Date): Promise<void> {
    await runCommand(q.markReminded, { id, at }, on);
  }

  async markEscalated(on: Queryable, id: string, at: Date): Promise<void> {
    await runCommand(q.markEscalated, { id, at }, on);
  }

  /** Open requests (at most 1000) whose reminder day has come and that are not escalated yet. */
  deadlinesDue(today: string): Promise<q.IDeadlinesDueResult[]> {
    return runQuery(q.deadlinesDue, { today }, this.dataSource);
  }

  // --- the agency side

  async agencyRequests(agencyCode: string, today: string, hidden: string[]): Promise<AgencyRequestRow[]> {
    const rows = await runQuery(q.agencyRequests, { agencyCode, today, hidden }, this.dataSource);
    return rows.map((r) => ({ ...r, kind: r.kind as RequestKind }));
  }

  /** One request of the agency, marked read by this first view; null when it is not the agency's or withdrawn. */
  async readAgencyRequest(
    agencyCode: string,
    id: string,
  ): Promise<(AgencyRequestRow & { question: string; extract: string | null }) | null> {
    const [row] = await runQuery(q.readAgencyRequest, { agencyCode, id }, this.dataSource);
    return row ? { ...row, kind: row.kind as RequestKind } : null;
  }

  attachmentsOf(requestId: string): Promise<RequestFileRow[]> {
    return runQuery(q.attachmentsOfRequest, { requestId }, this.dataSource);
  }

  async repliesOf(
    requestId: string,
  ): Promise<Array<{ id: string; version: number; result: ReplyResult; new_due_on: string | null; body: string; replied_at: Date }>> {
    const rows = await runQuery(q.repliesOfRequest, { requestId }, this.dataSource);
    return rows.map((r) => ({ ...r, result: r.result as ReplyResult }));
  }

  async attachmentForDownload(
    agencyCode: string | null,
    requestId: string,
    id: string,
  ): Promise<{ storage_key: string; original_name: string | null; media_type: string; size_bytes: number } | null> {
    const [row] = await runQuery(q.attachmentForDownload, { agencyCode, requestId, id }, this.dataSource);
    return row ?? null;
  }

  // --- the staff side

  async lockForAttach(on: Queryable, id: string): Promise<{ status: string; subject_kind: SubjectKind; subject_id: string } | null> {
    const [row] = await runQuery(q.lockForAttach, { id }, on);
    return row ? { ...row, subject_kind: row.subject_kind as SubjectKind } : null;
  }

  /** Requests as staff follow them (at most 500), each filter applying when given, hidden tips left out; overdue first. */
  async staffViews(
    filter: { agencyCode?: string | null; reportId?: string | null; id?: string | null },
    today: string,
    hidden: string[],
    on: Queryable = this.dataSource,
  ): Promise<StaffViewRow[]> {
    const rows = await runQuery(
      q.staffViews,
      { agencyCode: filter.agencyCode ?? null, reportId: filter.reportId ?? null, id: filter.id ?? null, today, hidden },
      on,
    );
    return rows.map((r) => ({
      ...r,
      kind: r.kind as RequestKind,
      subject_kind: r.subject_kind as SubjectKind,
      presses: r.presses as StaffViewRow['presses'],
      files: r.files as StaffViewRow['files'],
      replies: r.replies as StaffViewRow['replies'],
    }));
  }

  async lockForPress(on: Queryable, id: string): Promise<q.ILockForPressResult | null> {
    const [row] = await runQuery(q.lockForPress, { id }, on);
    return row ?? null;
  }

  async insertPress(on: Queryable, requestId: string, pressedBy: string, note: string): Promise<void> {
    await runCommand(q.insertPress, { requestId, pressedBy, note }, on);
  }

  /** Per agency with any request: counts, and the median days to the first definitive answer. */
  async agencyFigures(
    today: string,
    hidden: string[],
    on: Queryable = this.dataSource,
  ): Promise<
    Array<{
      agency_code: string;
      requests: number;
      answered: number;
      on_time: number;
      open: number;
      overdue: number;
      median_days: number | null;
    }>
  > {
    return runQuery(q.agencyFigures, { today, hidden }, on);
  }

  // --- what meetings read

  /** What each request is about, by request id (unknown ids are left out). */
  async subjectsOf(ids: string[], on: Queryable = this.dataSource): Promise<Map<string, { subjectKind: SubjectKind; subjectId: string }>> {
    const rows = ids.length ? await runQuery(q.subjectsOfRequests, { ids }, on) : [];
    return new Map(rows.map((r) => [r.id, { subjectKind: r.subject_kind as SubjectKind, subjectId: r.subject_id }]));
  }

  /** The requests about tips (not withdrawn), by tip then number. */
  requestsAboutTips(on: Queryable): Promise<Array<{ subject_id: string; number: string; agency_code: string; answered: boolean }>> {
    return runQuery(q.requestsAboutTips, undefined, on);
  }

  /** Open requests past their due date. */
  async overdue(
    on: Queryable,
    today: string,
  ): Promise<Array<{ id: string; number: string; agency_code: string; subject_kind: SubjectKind; subject_id: string; due_on: string }>> {
    const rows = await runQuery(q.overdueRequests, { today }, on);
    return rows.map((r) => ({ ...r, subject_kind: r.subject_kind as SubjectKind }));
  }

  /** Retention: deletes the files of the requests about a tip; returns their storage keys and sizes, to delete from storage. */
  async purgeReportAttachments(on: Queryable, reportId: string): Promise<Array<{ storageKey: string; sizeBytes: number }>> {
    const rows = await runQuery(q.purgeReportAttachments, { reportId }, on);
    return rows.map((r) => ({ storageKey: r.storage_key, sizeBytes: r.size_bytes }));
  }

  /** Whether a member agency is in use in the directory: a liaison account may be bound only to one. */
  async agencyInUse(on: Queryable, code: string): Promise<boolean> {
    const [row] = await runQuery(q.agencyInUse, { code }, on);
    return row?.inUse ?? false;
  }
}
