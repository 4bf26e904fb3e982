import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import { AppConfig } from '../infra/config/app-config.js';
import { Clock } from '../infra/clock/clock.js';
import { ObjectStorage } from '../infra/storage/storage.js';
import { HotlineRepository } from '../intake/hotline/hotline.repository.js';
import { SmsRepository } from '../intake/sms/sms.repository.js';
import { NotificationsRepository } from '../notifications/notifications.repository.js';
import { ReportEventsRepository } from '../reports/events/report-events.repository.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import { VerificationRepository } from '../verification/verification.repository.js';
import { RetentionRepository } from './retention.repository.js';

/** Concluded statuses; a case is past retention this long after it was concluded. */
const CONCLUDED = ['CLOSED', 'TRANSFERRED', 'NOT_ACCEPTED', 'MERGED'];
const BATCH = 100;

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
    private readonly reports: ReportsRepository,
    private readonly purges: RetentionRepository,
    private readonly hotline: HotlineRepository,
    private readonly sms: SmsRepository,
    private readonly notifications: NotificationsRepository,
    private readonly verification: VerificationRepository,
  ) {}

  cutoff(): Date {
    const years = this.config.settings.retention.closedCaseYears;
    const cutoff = new Date(this.clock.now());
    cutoff.setUTCMonth(cutoff.getUTCMonth() - Math.round(years * 12));
    return cutoff;
  }

  async purgeDue(): Promise<PurgeReport[]> {
    const reports: PurgeReport[] = [];
    // By id, a page at a time: a tip purged without an identity stays due by the reports'
    // columns, so the pages move on past it (and the purge record leaves it out).
    let after: string | null = null;
    for (;;) {
      const due = await this.reports.dueForRetention(this.dataSource, { statuses: CONCLUDED, cutoff: this.cutoff(), after, limit: BATCH });
      const purged = await this.purges.purgedAmong(this.dataSource, due);
      for (const id of due) {
        if (purged.has(id)) continue;
        const report = await this.purgeOne(id);
        if (report) reports.push(report);
      }
      if (due.length < BATCH) break;
      after = due.at(-1)!;
    }
    return reports;
  }

  private async purgeOne(id: string): Promise<PurgeReport | null> {
    const result = await this.dataSource.transaction(async (m) => {
      // Re-checked under a row lock: the case may have been reopened since it was listed.
      const report = await this.reports.lockForRetention(m, id, { statuses: CONCLUDED, cutoff: this.cutoff() });
      if (!report) return null;
      const files = (await this.reports.purgeAttachments(m, id)).map((f) => ({
        storage_key: f.storageKey,
        size_bytes: String(f.sizeBytes),
      }));
      const agencyFiles = await this.verification.purgeReportAttachments(m, id);
      files.push(...agencyFiles.map((f) => ({ storage_key: f.storageKey, size_bytes: String(f.sizeBytes) })));
      await this.reports.purgeReporter(m, id, this.clock.now());
      // The channels' own copies of the reporter's number, and what was sent to them.
      await this.hotline.purgeCaller(m, id);
      await this.sms.purgeReport(m, id);
      await this.notifications.purgeReport(m, id);
      const purge: PurgeReport = {
        reportId: id,
        number: report.number,
        identityRemoved: report.hadIdentity,
        attachmentsRemoved: files.length,
        attachmentBytes: files.reduce((sum, f) => sum + Number(f.size_bytes), 0),
      };
      await this.purges.recordPurge(m, purge);
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
