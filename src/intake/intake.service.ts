import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, createHmac } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../infra/config/app-config.js';
import { CryptoService } from '../infra/crypto/crypto.service.js';
import { aesGcmDecrypt, aesGcmEncrypt } from '../infra/crypto/envelope.js';
import { DomainException } from '../infra/http/domain-exception.js';
import { ObjectStorage } from '../infra/storage/storage.js';
import { discardUploads, type ReceivedFile } from '../infra/storage/upload.js';
import { IdempotencyConflict, ReceiptCollision, ReportWriter, type StoredFile } from '../reports/report-writer.service.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import { PUBLIC_STATUS_LABELS, publicStatusOf, type Channel, type ReportStatus } from '../reports/report-status.js';
import { buildSubmitReportSchema, type ReporterViewDto, type SubmitReportDto, type SubmitReportResponse } from './dto/submit-report.dto.js';
import { formatReceiptCode, newReceiptCode, normalizeReceiptCode } from './receipt-code.js';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;
const NOT_FOUND_MESSAGE = '查询码不正确，或没有对应的举报：请核对 16 位查询码';

export interface SubmissionMeta {
  clientIp: string;
  idempotencyKey?: string | undefined;
}

export interface SubmissionResult {
  response: SubmitReportResponse;
  /** True when this answers a retry of an earlier request with the same Idempotency-Key. */
  replayed: boolean;
}

/**
 * Takes in tips and serves the reporter's follow-up. Identity is sealed before it
 * touches the database; the receipt code is returned once and kept only as a hash.
 */
@Injectable()
export class IntakeService {
  private readonly logger = new Logger(IntakeService.name);
  readonly submitSchema: ReturnType<typeof buildSubmitReportSchema>;

  constructor(
    private readonly config: AppConfig,
    private readonly crypto: CryptoService,
    private readonly writer: ReportWriter,
    private readonly storage: ObjectStorage,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsRepository,
  ) {
    this.submitSchema = buildSubmitReportSchema(config.settings, config.categories);
  }

  get uploadLimits() {
    return this.config.settings.intake.attachments;
  }

  async submit(channel: Channel, dto: SubmitReportDto, uploads: ReceivedFile[], meta: SubmissionMeta): Promise<SubmissionResult> {
    if (meta.idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(meta.idempotencyKey)) {
      await discardUploads(uploads);
      throw new DomainException(
        HttpStatus.BAD_REQUEST,
        'INVALID_IDEMPOTENCY_KEY',
        'Idempotency-Key 应为 8–128 位字母、数字、下划线或连字符（建议使用 UUID）',
      );
    }
    // With a key: its hash, and what the request said (a retry with the same key but another tip is refused).
    const idem = meta.idempotencyKey
      ? {
          key: meta.idempotencyKey,
          keyHash: this.crypto.hash('idempotency-key', meta.idempotencyKey),
          requestHash: createHash('sha256')
            .update(JSON.stringify(dto))
            .update(uploads.map((f) => f.sha256.toString('hex')).join(','))
            .digest(),
        }
      : null;
    if (idem) {
      const earlier = await this.replay(idem.keyHash, idem.requestHash, idem.key);
      if (earlier) {
        await discardUploads(uploads);
        return { response: earlier, replayed: true };
      }
    }

    const identity = dto.reporter;
    const sealedIdentity = identity ? await this.crypto.encryptJson(identity) : null;
    const phoneHash = identity ? this.crypto.hash('phone', identity.phone) : null;
    const stored: StoredFile[] = [];
    try {
      for (const { tempPath, ...file } of uploads) stored.push({ ...file, storageKey: await this.storage.adopt(tempPath) });
    } catch (error) {
      await discardUploads(uploads);
      await this.deleteStored(stored);
      throw error;
    }

    for (let attempt = 0; ; attempt += 1) {
      const receiptCode = newReceiptCode();
      try {
        const created = await this.writer.create({
          channel,
          subjects: dto.subjects,
          categoryClaimed: dto.category ?? null,
          body: dto.body,
          incidentTime: dto.incidentTime ?? null,
          incidentPlace: dto.incidentPlace ?? null,
          sealedIdentity,
          phoneHash,
          receiptHash: this.crypto.hash('receipt-code', receiptCode),
          clientHash: this.crypto.hash('client', meta.clientIp),
          files: stored,
          eventData: {
            channel,
            realName: !!identity,
            attachments: stored.length,
            subjects: dto.subjects.length,
            // Publicity links the tip to the cited candidate (vetting reads this from the RECEIVED event).
            ...(dto.noticeId ? { notice: { noticeId: dto.noticeId, candidateId: dto.noticeCandidateId ?? null } } : {}),
          },
          ...(idem
            ? {
                idempotency: {
                  keyHash: idem.keyHash,
                  requestHash: idem.requestHash,
                  sealedResponse: this.sealForRetry(idem.key, receiptCode),
                  hours: this.config.settings.intake.idempotencyHours,
                },
              }
            : {}),
        });
        return {
          response: {
            reportNumber: created.number,
            receiptCode: formatReceiptCode(receiptCode),
            receivedAt: created.receivedAt.toISOString(),
            attachments: stored.length,
          },
          replayed: false,
        };
      } catch (error) {
        if (error instanceof ReceiptCollision && attempt < 3) continue;
        await this.deleteStored(stored);
        if (error instanceof IdempotencyConflict && idem) {
          // A concurrent request with the same key committed first: answer as it did.
          const earlier = await this.replay(idem.keyHash, idem.requestHash, idem.key);
          if (earlier) return { response: earlier, replayed: true };
        }
        throw error;
      }
    }
  }

  /** The answer sealed under a key only the holder of the Idempotency-Key can derive. */
  private retryKey(idempotencyKey: string): Buffer {
    return createHmac('sha256', this.config.hashKey).update(`idempotent-response:${idempotencyKey}`).digest();
  }

  private sealForRetry(idempotencyKey: string, receiptCode: string): Buffer {
    return aesGcmEncrypt(this.retryKey(idempotencyKey), Buffer.from(receiptCode), Buffer.from('qf-idem'));
  }

  private async replay(keyHash: Buffer, requestHash: Buffer, idempotencyKey: string): Promise<SubmitReportResponse | null> {
    const row = await this.reports.idempotentReplay(this.dataSource, keyHash);
    if (!row) return null;
    if (!row.requestHash.equals(requestHash)) {
      throw new DomainException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'IDEMPOTENCY_KEY_REUSED',
        '该 Idempotency-Key 已用于另一份不同的举报：重试时请提交完全相同的内容，新举报请使用新的 Idempotency-Key',
      );
    }
    const receiptCode = aesGcmDecrypt(this.retryKey(idempotencyKey), row.response, Buffer.from('qf-idem')).toString();
    return {
      reportNumber: row.number,
      receiptCode: formatReceiptCode(receiptCode),
      receivedAt: row.receivedAt.toISOString(),
      attachments: row.attachments,
    };
  }

  private async deleteStored(files: StoredFile[]): Promise<void> {
    await Promise.all(files.map((f) => this.storage.delete(f.storageKey).catch(() => undefined)));
  }

  /** The report a receipt code opens, or 404; a malformed code answers exactly like a wrong one. */
  private async reportByReceipt(
    code: unknown,
  ): Promise<{ id: string; number: string; status: ReportStatus; receivedAt: Date; outcomeForReporter: string | null }> {
    const normalized = normalizeReceiptCode(code);
    if (normalized) {
      const row = await this.reports.byReceiptHash(this.dataSource, this.crypto.hash('receipt-code', normalized));
      if (row) return row;
    }
    throw new DomainException(HttpStatus.NOT_FOUND, 'NOT_FOUND', NOT_FOUND_MESSAGE);
  }

  async lookup(receiptCode: unknown): Promise<ReporterViewDto> {
    const report = await this.reportByReceipt(receiptCode);
    const messages = await this.reports.messagesOf(this.dataSource, report.id);
    const status = publicStatusOf(report.status);
    return {
      reportNumber: report.number,
      status,
      statusLabel: PUBLIC_STATUS_LABELS[status],
      receivedAt: report.receivedAt.toISOString(),
      outcome: report.outcomeForReporter,
      messages: messages.map((m) => ({
        from: m.authorKind,
        body: m.body,
        createdAt: m.createdAt.toISOString(),
        attachments: m.attachments,
      })),
    };
  }

  /** The reporter answers a question or adds evidence. */
  async reply(receiptCode: unknown, message: string, uploads: ReceivedFile[]): Promise<ReporterViewDto> {
    let report: { id: string };
    try {
      report = await this.reportByReceipt(receiptCode);
    } catch (error) {
      await discardUploads(uploads);
      throw error;
    }
    const stored: StoredFile[] = [];
    try {
      for (const { tempPath, ...file } of uploads) stored.push({ ...file, storageKey: await this.storage.adopt(tempPath) });
      await this.writer.addMessage({ reportId: report.id, author: { kind: 'REPORTER' }, body: message, files: stored });
    } catch (error) {
      await discardUploads(uploads);
      await this.deleteStored(stored);
      throw error;
    }
    return this.lookup(receiptCode);
  }
}
