import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Queryable } from '../infra/database/sql.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import { VerificationRepository } from './verification.repository.js';
import type { Viewer } from '../auth/conflict/viewer.js';
import { CryptoService } from '../infra/crypto/crypto.service.js';
import { redactExtract } from './redact.js';
import { addWorkingDays, buildCalendar, type CalendarDays } from '../infra/calendar/working-days.js';
import { Clock } from '../infra/clock/clock.js';
import { AppConfig } from '../infra/config/app-config.js';
import { DomainException, notFound } from '../infra/http/domain-exception.js';
import type { JobItem } from '../infra/queue/jobs.js';
import { OutboxService, type OutboxEntry } from '../infra/queue/outbox.service.js';
import { ObjectStorage } from '../infra/storage/storage.js';
import { discardUploads, type ReceivedFile } from '../infra/storage/upload.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { AgencyDirectory, type Agency } from './agencies/agency-directory.service.js';
import { reminderDay, type ReplyResult } from './request-state.js';
import { isUuid } from '../infra/http/id-param.js';
import { ReportEventsRepository } from '../reports/events/report-events.repository.js';

export type RequestKind = 'OPINION' | 'VERIFICATION';
export type SubjectKind = 'VETTING_CANDIDATE' | 'REPORT';

export interface RequestWithReply {
  id: string;
  number: string;
  kind: RequestKind;
  agencyCode: string;
  agencyName: string;
  integrityOpinion: boolean;
  sentOn: string;
  dueOn: string;
  status: string;
  /** The latest definitive answer (not a request for more time), or null while none has come. */
  reply: { version: number; result: ReplyResult; adverse: boolean; body: string; repliedAt: string } | null;
}

export interface NewRequests {
  kind: RequestKind;
  subjectKind: SubjectKind;
  subjectId: string;
  cadreId: string | null;
  agencyCodes: string[];
  question: string;
  /** Already redacted. */
  extract?: string | null;
  sentOn: string;
  /** Working days to answer; the configured default for the kind when absent. */
  workingDays?: number;
  actorId?: string | null;
  /** Where it came from (a case disposition, a meeting decision), kept for the record. */
  origin?: Record<string, unknown>;
}

export interface CreatedRequest {
  id: string;
  number: string;
  agencyCode: string;
  dueOn: string;
}

export interface ReplyInput {
  requestId: string;
  /** The structured answer; callers of the earlier form give `adverse` instead. */
  result?: ReplyResult;
  adverse?: boolean;
  body: string;
  newDueOn?: string | null;
  files?: ReceivedFile[];
  /** Set for a liaison: the request must be addressed to that agency. */
  agencyCode?: string | null;
  actorId?: string | null;
}

const KIND_LABEL: Record<RequestKind, string> = { OPINION: '征求意见', VERIFICATION: '核查' };

/** 回避: a verification request about a tip hidden from the viewer answers 404 like an unknown request (and is audited). */
export async function requestVisible(repository: VerificationRepository, id: string, viewer: Viewer): Promise<void> {
  if (!isUuid(id) || viewer.hidden.length === 0) return;
  const reportId = await repository.reportSubjectOf(id);
  if (reportId) await viewer.visible(reportId, '请求');
}

/**
 * Requests to the joint meeting's member agencies and their versioned replies. Creating
 * requests queues, in the same transaction, the email notice to each agency and a
 * `verification-sent` job that schedules the reminder and escalation. Each reply queues
 * `verification-replied`, so whatever waits on the answer (a vetting verdict) is re-evaluated.
 */
@Injectable()
export class VerificationService {
  readonly calendar: CalendarDays;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    private readonly directory: AgencyDirectory,
    private readonly notifications: NotificationsService,
    private readonly storage: ObjectStorage,
    private readonly clock: Clock,
    private readonly crypto: CryptoService,
    private readonly events: ReportEventsRepository,
    private readonly repository: VerificationRepository,
    private readonly reports: ReportsRepository,
  ) {
    this.calendar = buildCalendar(config.calendar);
  }

  agency(code: string): Agency | null {
    return this.directory.get(code);
  }

  /** The agency a document or dataset names, by its name or an alias. */
  agencyByName(name: string): Agency | null {
    return this.directory.byName(name);
  }

  get agencies(): Agency[] {
    return this.directory.all;
  }

  today(): string {
    return this.clock.today();
  }

  /** Opinion requests (征求意见), due the configured number of working days after `sentOn`. Inside the caller's transaction. */
  async requestOpinions(
    manager: EntityManager,
    input: {
      subjectKind: SubjectKind;
      subjectId: string;
      cadreId: string | null;
      agencyCodes: string[];
      question: string;
      sentOn: string;
      actorId?: string | null;
    },
  ): Promise<Array<{ id: string; agencyCode: string; dueOn: string }>> {
    const { created } = await this.createWithin(manager, { ...input, kind: 'OPINION' });
    return created.map((r) => ({ id: r.id, agencyCode: r.agencyCode, dueOn: r.dueOn }));
  }

  /**
   * Opinion requests about many subjects at once (a vetting run's slate): the same as
   * requestOpinions for each, in a few statements instead of a few per subject and agency.
   * Returns each subject's requests, by subject id.
   */
  async requestOpinionsMany(
    manager: EntityManager,
    input: {
      subjectKind: SubjectKind;
      subjects: Array<{ subjectId: string; cadreId: string | null; question: string }>;
      agencyCodes: string[];
      sentOn: string;
      actorId?: string | null;
    },
  ): Promise<Map<string, Array<{ id: string; agencyCode: string; dueOn: string }>>> {
    const codes = [...new Set(input.agencyCodes)];
    if (codes.length === 0) throw new DomainException(HttpStatus.BAD_REQUEST, 'NO_AGENCY', '请至少选择一个成员单位');
    const agencies = codes.map((code) => this.directory.require(code));
    const dueOn = addWorkingDays(input.sentOn, this.config.settings.deadlines.agencyOpinionWorkingDays, this.calendar);
    const remindOn = reminderDay(input.sentOn, dueOn, this.config.settings.verification.reminderWorkingDaysBefore, this.calendar);
    const rows = await this.repository.insertOpinionsMany(manager, {
      subjectKind: input.subjectKind,
      subjects: input.subjects,
      codes,
      sentOn: input.sentOn,
      dueOn,
      remindOn,
      actorId: input.actorId ?? null,
    });
    await this.sent(manager, rows, dueOn);
    // One email a member agency for the whole sending (a run's slate: dozens of requests), not one a request.
    for (const agency of agencies) {
      const theirs = rows.filter((r) => r.agency_code === agency.code);
      if (!agency.noticeEmail || theirs.length === 0) continue;
      const reportId = input.subjectKind === 'REPORT' && theirs.length === 1 ? theirs[0]!.subject_id : null;
      await this.queueNotice(manager, agency, theirs, 'OPINION', dueOn, reportId);
    }
    const out = new Map(input.subjects.map((x) => [x.subjectId, [] as Array<{ id: string; agencyCode: string; dueOn: string }>]));
    for (const row of rows) out.get(row.subject_id)?.push({ id: row.id, agencyCode: row.agency_code, dueOn });
    return out;
  }

  /**
   * The one redaction of what goes to a member agency (the question, the extract, attached
   * files' names): the reporter's own name when the subject is a tip, and every phone number,
   * ID number and email address (redactExtract). The name is read here and never leaves.
   */
  async agencyRedaction(manager: EntityManager, subjectKind: SubjectKind, subjectId: string): Promise<(text: string) => string> {
    let names: string[] = [];
    if (subjectKind === 'REPORT') {
      const sealed = await this.reports.sealedReporterIdentity(manager, subjectId);
      if (sealed) names = [(await this.crypto.decryptJson<{ name: string }>(sealed)).name];
    }
    return (text: string) => redactExtract(text, names);
  }

  /**
   * The one email notice of a sending's requests to one agency (no tip content: only that
   * there are matters, their numbers and the date): one request as always; several (a run's
   * opinions) in one message, which every request names.
   */
  private async queueNotice(
    manager: EntityManager,
    agency: Agency,
    rows: ReadonlyArray<{ id: string; number: string }>,
    kind: RequestKind,
    dueOn: string,
    reportId: string | null,
  ): Promise<OutboxEntry[]> {
    const [only] = rows.length === 1 ? rows : [];
    const notice = await this.notifications.queueWithin(manager, {
      channel: 'EMAIL',
      to: agency.noticeEmail!,
      template: only
        ? {
            name: 'verification-request',
            agencyName: agency.name,
            requestNumber: only.number,
            matter: `${KIND_LABEL[kind]}事项一件（具体内容请登录平台查看）。`,
            dueDate: dueOn,
          }
        : { name: 'opinion-requests', agencyName: agency.name, requestNumbers: rows.map((r) => r.number), dueDate: dueOn },
      reportId,
      context: only ? { requestId: only.id, purpose: 'verification-request' } : { purpose: 'opinion-requests', requests: rows.length },
    });
    await this.repository.setNoticeMessage(
      manager,
      rows.map((r) => r.id),
      notice.id,
    );
    return notice.outbox;
  }

  /** The job that schedules the reminders and escalations of a sending's requests (one job for all of them). */
  private async sent(manager: EntityManager, rows: ReadonlyArray<{ id: string }>, dueOn: string): Promise<OutboxEntry[]> {
    if (rows.length === 0) return [];
    return this.outbox.write(manager, [
      { queue: 'vetting', name: 'verification-sent', data: { requestIds: rows.map((r) => r.id), dueOn } },
    ]);
  }

  /**
   * Inserts requests (one per agency), queues each agency's email notice and the job
   * that schedules its reminder and escalation. The returned outbox entries may be
   * dispatched after commit; if they are not, the outbox relay queues them.
   */
  async createWithin(manager: EntityManager, requested: NewRequests): Promise<{ created: CreatedRequest[]; outbox: OutboxEntry[] }> {
    // Everything that leaves for an agency passes the one redaction, whoever wrote it.
    const redact = await this.agencyRedaction(manager, requested.subjectKind, requested.subjectId);
    const input = { ...requested, question: redact(requested.question), extract: requested.extract ? redact(requested.extract) : null };
    const codes = [...new Set(input.agencyCodes)];
    if (codes.length === 0) throw new DomainException(HttpStatus.BAD_REQUEST, 'NO_AGENCY', '请至少选择一个成员单位');
    const agencies = codes.map((code) => this.directory.require(code));
    const days =
      input.workingDays ??
      (input.kind === 'OPINION'
        ? this.config.settings.deadlines.agencyOpinionWorkingDays
        : this.config.settings.deadlines.verificationWorkingDays);
    const dueOn = addWorkingDays(input.sentOn, days, this.calendar);
    const remindOn = reminderDay(input.sentOn, dueOn, this.config.settings.verification.reminderWorkingDaysBefore, this.calendar);
    // Opinions are asked once per subject and agency; verifications may be asked again (a meeting's "verify further").
    const rows = await this.repository.insertRequests(manager, {
      kind: input.kind,
      subjectKind: input.subjectKind,
      subjectId: input.subjectId,
      cadreId: input.cadreId,
      codes,
      question: input.question,
      extract: input.extract ?? null,
      sentOn: input.sentOn,
      dueOn,
      remindOn,
      actorId: input.actorId ?? null,
      origin: input.origin ?? null,
    });
    const entries = await this.sent(manager, rows, dueOn);
    for (const row of rows) {
      const agency = agencies.find((a) => a.code === row.agency_code)!;
      if (!agency.noticeEmail) continue; // no mailbox on file: the portal alone shows it
      const reportId = input.subjectKind === 'REPORT' ? input.subjectId : null;
      entries.push(...(await this.queueNotice(manager, agency, [row], input.kind, dueOn, reportId)));
    }
    return { created: rows.map((r) => ({ id: r.id, number: r.number, agencyCode: r.agency_code, dueOn })), outbox: entries };
  }

  dispatch(entries: OutboxEntry[]): Promise<void> {
    return this.outbox.dispatch(entries);
  }

  /**
   * An agency's answer. A later answer is a new version (the earlier ones are kept).
   * "More time needed" moves the due date (reminders start again) and leaves the request open.
   */
  async reply(reply: ReplyInput): Promise<{ version: number; status: string; dueOn: string }> {
    const input = { ...reply, result: reply.result ?? (reply.adverse ? 'ADVERSE' : 'NO_ADVERSE') } satisfies ReplyInput;
    if (!isUuid(input.requestId)) {
      await discardUploads(input.files ?? []);
      throw notFound('核查或征求意见请求');
    }
    const stored: string[] = [];
    try {
      const result = await this.dataSource.transaction(async (manager) => {
        const request = await this.repository.lockForReply(manager, input.requestId);
        // Another agency's request answers exactly like a missing one: its existence is not disclosed.
        if (!request || (input.agencyCode && input.agencyCode !== request.agency_code)) throw notFound('核查或征求意见请求');
        if (request.status === 'CANCELLED') throw new DomainException(HttpStatus.CONFLICT, 'REQUEST_CANCELLED', '该请求已撤回，无需答复');
        const moreTime = input.result === 'MORE_TIME';
        if (moreTime && request.status === 'ANSWERED')
          throw new DomainException(HttpStatus.CONFLICT, 'ALREADY_ANSWERED', '该请求已答复，不能再申请延期；如需更正请提交新的答复');
        if (moreTime && (!input.newDueOn || input.newDueOn <= request.due_on || input.newDueOn <= this.today())) {
          throw new DomainException(
            HttpStatus.BAD_REQUEST,
            'INVALID_NEW_DUE_DATE',
            `申请延期请填写晚于原期限（${request.due_on}）和今天的新答复日期`,
          );
        }
        const row = await this.repository.insertReply(manager, {
          requestId: input.requestId,
          adverse: input.result === 'ADVERSE',
          result: input.result,
          newDueOn: moreTime ? input.newDueOn! : null,
          body: input.body,
          actorId: input.actorId ?? null,
        });
        for (const file of input.files ?? []) {
          const key = await this.storage.adopt(file.tempPath);
          stored.push(key);
          await this.repository.insertAttachment(manager, {
            requestId: input.requestId,
            replyId: row.id,
            storageKey: key,
            sha256: file.sha256,
            sizeBytes: file.sizeBytes,
            mediaType: file.mediaType,
            originalName: file.originalName,
            actorId: input.actorId ?? null,
          });
        }
        if (request.subject_kind === 'REPORT') {
          // On the case's timeline: which request, which version, what result (the text stays on the request).
          await this.events.append(manager, {
            reportId: request.subject_id,
            type: 'VERIFICATION_REPLIED',
            actorKind: 'AGENCY',
            actorId: input.actorId ?? null,
            data: {
              requestId: input.requestId,
              number: request.number,
              agencyCode: request.agency_code,
              version: row.version,
              result: input.result,
            },
          });
        }
        let dueOn = request.due_on;
        const jobs: JobItem[] = [
          { queue: 'vetting', name: 'verification-replied', data: { requestId: input.requestId, version: row.version } },
        ];
        if (moreTime) {
          dueOn = input.newDueOn!;
          const remindOn = reminderDay(this.today(), dueOn, this.config.settings.verification.reminderWorkingDaysBefore, this.calendar);
          await this.repository.extendDue(manager, input.requestId, dueOn, remindOn);
          jobs.push({ queue: 'vetting', name: 'verification-sent', data: { requestIds: [input.requestId], dueOn } });
        } else {
          await this.repository.markAnswered(manager, input.requestId);
        }
        return { version: row.version, status: moreTime ? 'OPEN' : 'ANSWERED', dueOn, entries: await this.outbox.write(manager, jobs) };
      });
      await this.outbox.dispatch(result.entries);
      return { version: result.version, status: result.status, dueOn: result.dueOn };
    } catch (error) {
      await discardUploads(input.files ?? []);
      await Promise.all(stored.map((key) => this.storage.delete(key)));
      throw error;
    }
  }

  /** Requests about one subject, each with its latest definitive reply. */
  async requestsFor(subjectKind: SubjectKind, subjectId: string): Promise<RequestWithReply[]> {
    return (await this.requestsForMany(subjectKind, [subjectId])).get(subjectId) ?? [];
  }

  /**
   * requestsFor of many subjects in one query, by subject id (every id present), each request
   * with its latest reply; `on`: a transaction that wrote them and has not committed.
   */
  async requestsForMany(subjectKind: SubjectKind, subjectIds: string[], on?: Queryable): Promise<Map<string, RequestWithReply[]>> {
    const out = new Map(subjectIds.map((id) => [id, [] as RequestWithReply[]]));
    const ids = subjectIds.filter((id) => isUuid(id));
    if (ids.length === 0) return out;
    const rows = await this.repository.requestsForMany(subjectKind, ids, on);
    for (const r of rows) {
      const agency = this.agency(r.agency_code);
      out.get(r.subject_id)?.push({
        id: r.id,
        number: r.number,
        kind: r.kind,
        agencyCode: r.agency_code,
        agencyName: agency?.name ?? r.agency_code,
        integrityOpinion: agency?.integrityOpinion ?? false,
        sentOn: r.sent_on,
        dueOn: r.due_on,
        status: r.status,
        reply:
          r.version === null
            ? null
            : {
                version: r.version,
                result: r.result!,
                adverse: r.result === 'ADVERSE',
                body: r.body!,
                repliedAt: r.replied_at!.toISOString(),
              },
      });
    }
    return out;
  }

  /** What a request is about (for whoever reacts to a reply). */
  async subjectOf(requestId: string): Promise<{ subjectKind: SubjectKind; subjectId: string } | null> {
    if (!isUuid(requestId)) return null;
    return this.repository.subjectOf(requestId);
  }
}
