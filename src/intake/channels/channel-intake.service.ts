import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CryptoService } from '../../infra/crypto/crypto.service.js';
import type { ReportedPerson } from '../../reports/entities/report.entity.js';
import { ReceiptCollision, ReportWriter, type CreatedReport, type StoredFile } from '../../reports/report-writer.service.js';
import type { Channel } from '../../reports/report-status.js';
import type { ReporterIdentity } from '../dto/submit-report.dto.js';
import { newReceiptCode } from '../receipt-code.js';

export interface ChannelReport {
  subjects: ReportedPerson[];
  body: string;
  categoryClaimed?: string | null;
  incidentTime?: string | null;
  incidentPlace?: string | null;
  /** A real-name reporter's identity (sealed here); null for an anonymous tip. */
  identity: ReporterIdentity | null;
  /** Keyed hash of the number the tip came from, so a repeat reporter is recognised. */
  phoneHash: Buffer | null;
  files: StoredFile[];
  /** Facts for the RECEIVED event (never identity). */
  eventData: Record<string, unknown>;
  queueTriage?: boolean;
}

export interface RegisteredReport extends CreatedReport {
  /** The receipt code in clear: returned once, to be read out or sent, never stored. */
  receiptCode: string;
}

/**
 * The creation path of the SMS and hotline channels: the same ReportWriter statement as
 * the web form, run inside the channel's own transaction, so what the channel records
 * with the tip (dedup ledger, call record, the reply carrying the receipt code) commits
 * with it or not at all.
 */
@Injectable()
export class ChannelIntake {
  constructor(
    private readonly crypto: CryptoService,
    private readonly writer: ReportWriter,
  ) {}

  async registerWithin(manager: EntityManager, channel: Channel, input: ChannelReport): Promise<RegisteredReport> {
    const sealedIdentity = input.identity ? await this.crypto.encryptJson(input.identity) : null;
    for (let attempt = 0; ; attempt += 1) {
      const receiptCode = newReceiptCode();
      // A savepoint, so a (astronomically rare) receipt-hash collision does not abort the caller's transaction.
      await manager.query('SAVEPOINT new_report');
      try {
        const created = await this.writer.create(
          {
            channel,
            subjects: input.subjects,
            categoryClaimed: input.categoryClaimed ?? null,
            body: input.body,
            incidentTime: input.incidentTime ?? null,
            incidentPlace: input.incidentPlace ?? null,
            sealedIdentity,
            phoneHash: input.phoneHash,
            receiptHash: this.crypto.hash('receipt-code', receiptCode),
            clientHash: null,
            files: input.files,
            eventData: input.eventData,
            queueTriage: input.queueTriage ?? true,
          },
          manager,
        );
        await manager.query('RELEASE SAVEPOINT new_report');
        return { ...created, receiptCode };
      } catch (error) {
        await manager.query('ROLLBACK TO SAVEPOINT new_report');
        if (error instanceof ReceiptCollision && attempt < 3) continue;
        throw error;
      }
    }
  }
}
