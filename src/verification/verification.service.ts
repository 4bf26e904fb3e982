import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { addWorkingDays, buildCalendar, type CalendarDays } from '../infra/calendar/working-days.js';
import { AppConfig } from '../infra/config/app-config.js';
import type { AgencyDefinition } from '../infra/config/settings.schema.js';
import { DomainException, notFound } from '../infra/http/domain-exception.js';
import type { JobItem } from '../infra/queue/jobs.js';
import { OutboxService } from '../infra/queue/outbox.service.js';

export type RequestKind = 'OPINION' | 'VERIFICATION';
export type SubjectKind = 'VETTING_CANDIDATE' | 'REPORT';

export interface RequestWithReply {
  id: string;
  kind: RequestKind;
  agencyCode: string;
  agencyName: string;
  integrityOpinion: boolean;
  sentOn: string;
  dueOn: string;
  status: string;
  /** The latest version of the agency's answer, or null while none has come. */
  reply: { version: number; adverse: boolean; body: string; repliedAt: string } | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Requests to the joint meeting's member agencies and their versioned replies. Each
 * reply queues `verification-replied` in its transaction, so whatever waits on the
 * answer (a vetting verdict) is re-evaluated.
 */
@Injectable()
export class VerificationService {
  private readonly calendar: CalendarDays;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {
    this.calendar = buildCalendar(config.calendar);
  }

  agency(code: string): AgencyDefinition | null {
    return this.config.agencies.find((a) => a.code === code) ?? null;
  }

  /** The configured agency a document or dataset names, by its name or an alias. */
  agencyByName(name: string): AgencyDefinition | null {
    const text = name.trim();
    return this.config.agencies.find((a) => a.name === text || a.aliases.includes(text)) ?? null;
  }

  get agencies(): AgencyDefinition[] {
    return this.config.agencies;
  }

  /** Opinion requests (征求意见), due the configured number of working days after `sentOn`. Inside the caller's transaction. */
  async requestOpinions(
    manager: EntityManager,
    input: { subjectKind: SubjectKind; subjectId: string; cadreId: string | null; agencyCodes: string[]; question: string; sentOn: string; actorId?: string | null },
  ): Promise<Array<{ id: string; agencyCode: string; dueOn: string }>> {
    for (const code of input.agencyCodes) {
      if (!this.agency(code)) throw new DomainException(HttpStatus.BAD_REQUEST, 'UNKNOWN_AGENCY', `未配置的成员单位：${code}`);
    }
    const dueOn = addWorkingDays(input.sentOn, this.config.settings.deadlines.agencyOpinionWorkingDays, this.calendar);
    const rows: Array<{ id: string; agency_code: string }> = await manager.query(
      `INSERT INTO verification_request (kind, agency_code, subject_kind, subject_id, cadre_id, question, sent_on, due_on, created_by)
       SELECT 'OPINION', code, $2, $3, $4, $5, $6, $7, $8 FROM unnest($1::text[]) AS code
       ON CONFLICT (subject_kind, subject_id, kind, agency_code) DO NOTHING
       RETURNING id, agency_code`,
      [input.agencyCodes, input.subjectKind, input.subjectId, input.cadreId, input.question, input.sentOn, dueOn, input.actorId ?? null],
    );
    return rows.map((r) => ({ id: r.id, agencyCode: r.agency_code, dueOn }));
  }

  /**
   * An agency's answer. A later answer is a new version (the earlier ones are kept).
   * `agencyCode` set (a liaison): the request must be addressed to that agency.
   */
  async reply(input: { requestId: string; adverse: boolean; body: string; agencyCode?: string | null; actorId?: string | null }): Promise<{ version: number }> {
    if (!UUID.test(input.requestId)) throw notFound('核查或征求意见请求');
    let job: JobItem | null = null;
    const entries = await this.dataSource.transaction(async (manager) => {
      const [request]: Array<{ agency_code: string; status: string }> = await manager.query(
        `SELECT agency_code, status FROM verification_request WHERE id = $1 FOR UPDATE`,
        [input.requestId],
      );
      // Another agency's request answers exactly like a missing one: its existence is not disclosed.
      if (!request || (input.agencyCode && input.agencyCode !== request.agency_code)) throw notFound('核查或征求意见请求');
      if (request.status === 'CANCELLED') throw new DomainException(HttpStatus.CONFLICT, 'REQUEST_CANCELLED', '该请求已撤回，无需答复');
      const [row]: Array<{ version: number }> = await manager.query(
        `INSERT INTO verification_reply (request_id, version, adverse, body, replied_by)
         SELECT $1, coalesce(max(version), 0) + 1, $2, $3, $4 FROM verification_reply WHERE request_id = $1
         RETURNING version`,
        [input.requestId, input.adverse, input.body, input.actorId ?? null],
      );
      await manager.query(
        `UPDATE verification_request SET status = 'ANSWERED', answered_at = now(), updated_at = now() WHERE id = $1`,
        [input.requestId],
      );
      job = { queue: 'vetting', name: 'verification-replied', data: { requestId: input.requestId, version: row!.version } };
      return { version: row!.version, entries: await this.outbox.write(manager, [job]) };
    });
    await this.outbox.dispatch(entries.entries);
    return { version: entries.version };
  }

  /** Requests about one subject, each with its latest reply. */
  async requestsFor(subjectKind: SubjectKind, subjectId: string): Promise<RequestWithReply[]> {
    const rows: Array<{
      id: string;
      kind: RequestKind;
      agency_code: string;
      sent_on: string;
      due_on: string;
      status: string;
      version: number | null;
      adverse: boolean | null;
      body: string | null;
      replied_at: Date | null;
    }> = await this.dataSource.query(
      `SELECT r.id, r.kind, r.agency_code, to_char(r.sent_on, 'YYYY-MM-DD') AS sent_on, to_char(r.due_on, 'YYYY-MM-DD') AS due_on, r.status,
              v.version, v.adverse, v.body, v.replied_at
         FROM verification_request r
         LEFT JOIN LATERAL (SELECT * FROM verification_reply x WHERE x.request_id = r.id ORDER BY x.version DESC LIMIT 1) v ON true
        WHERE r.subject_kind = $1 AND r.subject_id = $2 AND r.status <> 'CANCELLED' ORDER BY r.agency_code`,
      [subjectKind, subjectId],
    );
    return rows.map((r) => {
      const agency = this.agency(r.agency_code);
      return {
        id: r.id,
        kind: r.kind,
        agencyCode: r.agency_code,
        agencyName: agency?.name ?? r.agency_code,
        integrityOpinion: agency?.integrityOpinion ?? false,
        sentOn: r.sent_on,
        dueOn: r.due_on,
        status: r.status,
        reply: r.version === null ? null : { version: r.version, adverse: r.adverse!, body: r.body!, repliedAt: r.replied_at!.toISOString() },
      };
    });
  }

  /** What a request is about (for whoever reacts to a reply). */
  async subjectOf(requestId: string): Promise<{ subjectKind: SubjectKind; subjectId: string } | null> {
    if (!UUID.test(requestId)) return null;
    const [row]: Array<{ subject_kind: SubjectKind; subject_id: string }> = await this.dataSource.query(
      `SELECT subject_kind, subject_id FROM verification_request WHERE id = $1`,
      [requestId],
    );
    return row ? { subjectKind: row.subject_kind, subjectId: row.subject_id } : null;
  }
}
