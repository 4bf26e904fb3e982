import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import { AppConfig } from '../infra/config/app-config.js';
import { Clock } from '../infra/clock/clock.js';
import { ObjectStorage } from '../infra/storage/storage.js';

/** Concluded statuses; a case is past retention this long after it was concluded. */
const CONCLUDED = ['CLOSED', 'TRANSFERRED', 'NOT_ACCEPTED', 'MERGED'];
const BATCH = 100;

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
          WHERE r.status = ANY($1) AND coalesce(r.closed_at, r.updated_at) < $2
            AND (r.reporter_identity IS NOT NULL OR r.reporter_phone_hash IS NOT NULL OR EXISTS (SELECT 1 FROM attachment a WHERE a.report_id = r.id))
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
        `SELECT number, reporter_identity IS NOT NULL AS had_identity FROM report
          WHERE id = $1 AND status = ANY($2) AND coalesce(closed_at, updated_at) < $3 FOR UPDATE`,
        [id, CONCLUDED, this.cutoff()],
      );
      if (!report) return null;
      // TypeORM answers a DELETE … RETURNING with [rows, affected].
      const [files]: [Array<{ storage_key: string; size_bytes: string }>, number] = await m.query(
        `DELETE FROM attachment WHERE report_id = $1 RETURNING storage_key, size_bytes`,
        [id],
      );
      await m.query(
        `UPDATE report SET reporter_identity = NULL, reporter_phone_hash = NULL,
                identity_purged_at = CASE WHEN reporter_identity IS NOT NULL THEN $2::timestamptz ELSE identity_purged_at END
          WHERE id = $1`,
        [id, this.clock.now()],
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
      await m.query(
        `INSERT INTO report_event (report_id, type, actor_kind, data) VALUES ($1, 'RETENTION_PURGED', 'SYSTEM', $2::jsonb)`,
        [id, JSON.stringify({ identityRemoved: purge.identityRemoved, attachmentsRemoved: purge.attachmentsRemoved, attachmentBytes: purge.attachmentBytes })],
      );
      await this.audit.record(
        { ...SYSTEM_ACTOR, action: 'retention.purge', targetType: 'reports', targetId: id, details: { ...purge, reportId: undefined, years: this.config.settings.retention.closedCaseYears } },
        m,
      );
      return { purge, keys: files.map((f) => f.storage_key) };
    });
    if (!result) return null;
    for (const key of result.keys) {
      await this.storage.delete(key).catch((error: unknown) => this.logger.error(`retention: could not delete file ${key}: ${(error as Error).message}`));
    }
    this.logger.log(
      `retention purge ${result.purge.number}: identity ${result.purge.identityRemoved ? 'removed' : 'none'}, ${result.purge.attachmentsRemoved} attachment(s), ${result.purge.attachmentBytes} bytes`,
    );
    return result.purge;
  }
}
