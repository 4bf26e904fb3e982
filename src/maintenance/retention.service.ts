import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import { AppConfig } from '../infra/config/app-config.js';
import { Clock } from '../infra/clock/clock.js';
import { ObjectStorage } from '../infra/storage/storage.js';
import { ReportEventsRepository } from '../reports/events/report-events.repository.js';

/** Concluded statuses; a case is past retention this long after it was concluded. */
const CONCLUDED = ['CLOSED', 'TRANSFERRED', 'NOT_ACCEPTED', 'MERGED'];
const BATCH = 100;

/**
 * When a tip's retention clock started: when it was concluded, or, for a tip merged into
 * another, when the surviving case was concluded (a merged tip is kept while that case is
 * open: it is part of its evidence). NULL while nothing has concluded.
 */
const CONCLUDED_AT = `(CASE WHEN r.status = 'MERGED'
      THEN (SELECT root.closed_at FROM report root WHERE root.id = r.repeat_of AND root.status IN ('CLOSED', 'TRANSFERRED', 'NOT_ACCEPTED'))
      ELSE coalesce(r.closed_at, r.updated_at) END)`;

/**
 * Every column that holds a phone number, a receipt code or a reporter's identity, and
 * what the purge does with it. test/e2e/security-retention.e2e-spec.ts compares this with
 * the database: a new column named like personal data fails it until it is listed here.
 */
export const PERSONAL_DATA_COLUMNS: Record<string, string> = {
  'report.reporter_identity': 'set to NULL',
  'report.reporter_phone_hash': 'set to NULL',
  'report.receipt_hash': 'replaced by a random value: the receipt code no longer opens the tip',
  'hotline_call.caller_number': 'set to NULL',
  'hotline_call.caller_phone_hash': 'set to NULL',
  'sms_conversation.sender': 'row deleted',
  'sms_conversation.phone_hash': 'row deleted',
  'sms_inbound.phone_hash': 'rows of the tip deleted',
  'outbound_message.content': 'emptied (address and text)',
  'outbound_message.recipient_hash': 'set to NULL',
  'verification_attachment.storage_key': "rows and files of the tip's requests deleted",
  'attachment.storage_key': 'rows and files deleted',
  // Kept on purpose:
  'sms_opt_out.phone_hash': 'kept: a keyed hash, so that a number that opted out is never written to again',
  'sms_part_group.sender': 'kept only while parts wait (minutes): the parts sweep removes the group',
  'sms_part_group.phone_hash': 'kept only while parts wait (minutes): the parts sweep removes the group',
  'staff_user.email': 'staff, not reporters',
  'agency.notice_email': "a member agency's mailbox, not a person reporting",
  'agency.lead_email': "a member agency's mailbox, not a person reporting",
  'report.identity_purged_at': 'when the purge ran: no personal data',
  'retention_purge.identity_removed': 'whether the purge removed an identity: no personal data',
  'hotline_call.receipt_delivery': 'how the receipt code was given (read out or SMS): no personal data',
};

export interface PurgeReport {
  reportId: string;
  number: string;
  identityRemoved: boolean;
  attachmentsRemoved: number;
  attachmentBytes: number;
}

/**
 * Removes what must not be kept longer than needed: the reporter's identity (and phone
 * hash) and the attachments of cases concluded longer ago than `retention.closedCaseYears`.
 * The tip, its category, dates, events and every audit row stay, so statistics and the
 * record of who did what survive. One transaction per case; files are deleted after it
 * commits (a file whose row is gone is unreachable, never the reverse).
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: ObjectStorage,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly events: ReportEventsRepository,
  ) {}

  cutoff(): Date {
    const years = this.config.settings.retention.closedCaseYears;
    const cutoff = new Date(this.clock.now());
    cutoff.setUTCMonth(cutoff.getUTCMonth() - Math.round(years * 12));
    return cutoff;
  }

  async purgeDue(): Promise<PurgeReport[]> {
    const reports: PurgeReport[] = [];
    for (;;) {
      const due: Array<{ id: string }> = await this.dataSource.query(
        `SELECT r.id FROM report r
          WHERE r.status = ANY($1) AND ${CONCLUDED_AT} < $2 AND r.identity_purged_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM retention_purge p WHERE p.report_id = r.id)
          ORDER BY r.id LIMIT $3`,
        [CONCLUDED, this.cutoff(), BATCH],
      );
      for (const { id } of due) {
        const report = await this.purgeOne(id);
        if (report) reports.push(report);
      }
      if (due.length < BATCH) break;
    }
    return reports;
  }

  private async purgeOne(id: string): Promise<PurgeReport | null> {
    const result = await this.dataSource.transaction(async (m) => {
      // Re-checked under a row lock: the case may have been reopened since it was listed.
      const [report]: Array<{ number: string; had_identity: boolean }> = await m.query(
        `SELECT r.number, r.reporter_identity IS NOT NULL AS had_identity FROM report r
          WHERE r.id = $1 AND r.status = ANY($2) AND ${CONCLUDED_AT} < $3 FOR UPDATE OF r`,
        [id, CONCLUDED, this.cutoff()],
      );
      if (!report) return null;
      // TypeORM answers a DELETE … RETURNING with [rows, affected].
      const [files]: [Array<{ storage_key: string; size_bytes: string }>, number] = await m.query(
        `DELETE FROM attachment WHERE report_id = $1 RETURNING storage_key, size_bytes`,
        [id],
      );
      const [agencyFiles]: [Array<{ storage_key: string; size_bytes: number }>, number] = await m.query(
        `DELETE FROM verification_attachment a USING verification_request q
          WHERE a.request_id = q.id AND q.subject_kind = 'REPORT' AND q.subject_id = $1 RETURNING a.storage_key, a.size_bytes`,
        [id],
      );
      files.push(...agencyFiles.map((f) => ({ storage_key: f.storage_key, size_bytes: String(f.size_bytes) })));
      await m.query(
        `UPDATE report SET reporter_identity = NULL, reporter_phone_hash = NULL, receipt_hash = sha256(gen_random_uuid()::text::bytea),
                identity_purged_at = CASE WHEN reporter_identity IS NOT NULL THEN $2::timestamptz ELSE identity_purged_at END
          WHERE id = $1`,
        [id, this.clock.now()],
      );
      // The channels' own copies of the reporter's number, and what was sent to them.
      await m.query(`UPDATE hotline_call SET caller_number = NULL, caller_phone_hash = NULL WHERE report_id = $1`, [id]);
      await m.query(`DELETE FROM sms_conversation WHERE report_id = $1`, [id]);
      await m.query(`DELETE FROM sms_inbound WHERE report_id = $1`, [id]);
      await m.query(
        `UPDATE outbound_message SET content = ''::bytea, recipient_hash = NULL WHERE report_id = $1 AND status NOT IN ('PENDING', 'RETRYING', 'SENDING')`,
        [id],
      );
      const purge: PurgeReport = {
        reportId: id,
        number: report.number,
        identityRemoved: report.had_identity,
        attachmentsRemoved: files.length,
        attachmentBytes: files.reduce((sum, f) => sum + Number(f.size_bytes), 0),
      };
      await m.query(
        `INSERT INTO retention_purge (report_id, identity_removed, attachments_removed, attachment_bytes) VALUES ($1, $2, $3, $4)`,
        [id, purge.identityRemoved, purge.attachmentsRemoved, purge.attachmentBytes],
      );
      await this.events.append(m, {
        reportId: id,
        type: 'RETENTION_PURGED',
        actorKind: 'SYSTEM',
        data: {
          identityRemoved: purge.identityRemoved,
          attachmentsRemoved: purge.attachmentsRemoved,
          attachmentBytes: purge.attachmentBytes,
        },
      });
      await this.audit.record(
        {
          ...SYSTEM_ACTOR,
          action: 'retention.purge',
          targetType: 'reports',
          targetId: id,
          details: { ...purge, reportId: undefined, years: this.config.settings.retention.closedCaseYears },
        },
        m,
      );
      return { purge, keys: files.map((f) => f.storage_key) };
    });
    if (!result) return null;
    for (const key of result.keys) {
      await this.storage
        .delete(key)
        .catch((error: unknown) => this.logger.error(`retention: could not delete file ${key}: ${(error as Error).message}`));
    }
    this.logger.log(
      `retention purge ${result.purge.number}: identity ${result.purge.identityRemoved ? 'removed' : 'none'}, ${result.purge.attachmentsRemoved} attachment(s), ${result.purge.attachmentBytes} bytes`,
    );
    return result.purge;
  }
}
