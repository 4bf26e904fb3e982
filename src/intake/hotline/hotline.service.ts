import { HttpStatus, Injectable } from '@nestjs/common';
import { Reads } from '../../infra/database/reads.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { StaffPrincipal } from '../../auth/auth.decorators.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { CryptoService } from '../../infra/crypto/crypto.service.js';
import { DomainException, notFound } from '../../infra/http/domain-exception.js';
import type { MultipartLimits } from '../../infra/http/multipart.js';
import { OutboxService, type OutboxEntry } from '../../infra/queue/outbox.service.js';
import { ObjectStorage } from '../../infra/storage/storage.js';
import { discardUploads, type ReceivedFile } from '../../infra/storage/upload.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import type { StoredFile } from '../../reports/report-writer.service.js';
import { ChannelIntake } from '../channels/channel-intake.service.js';
import { formatReceiptCode } from '../receipt-code.js';
import type { HotlineCallDto, HotlineCallResponse, TranscriptDto, VoicemailDto, VoicemailView } from './dto/hotline.dto.js';
import { ReportEventsRepository } from '../../reports/events/report-events.repository.js';
import { ReportsRepository } from '../../reports/reports.repository.js';
import { HotlineRepository } from './hotline.repository.js';
import { lockForTransaction } from '../../infra/database/locks.js';

/** Body of a voicemail tip until an operator writes its transcript. */
export const AWAITING_TRANSCRIPT = '（语音留言，待接听员转写）';

/**
 * The hotline channel: calls recorded by intake operators, and voicemail / IVR messages
 * from the telephony platform that wait for an operator's transcript. The caller's
 * number is kept only sealed and as a keyed hash.
 */
@Injectable()
export class HotlineService {
  constructor(
    private readonly config: AppConfig,
    private readonly crypto: CryptoService,
    private readonly channelIntake: ChannelIntake,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
    private readonly storage: ObjectStorage,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: ReportEventsRepository,
    private readonly reports: ReportsRepository,
    private readonly calls: HotlineRepository,
    private readonly reads: Reads,
  ) {}

  /** One audio file, of the audio types allowed for attachments. */
  get recordingLimits(): MultipartLimits {
    const a = this.config.settings.intake.attachments;
    return {
      maxFiles: 1,
      maxFileBytes: a.maxFileBytes,
      maxTotalBytes: a.maxFileBytes,
      allowedTypes: a.allowedTypes.filter((t) => t.startsWith('audio/')),
    };
  }

  private async adopt(uploads: ReceivedFile[]): Promise<StoredFile[]> {
    const stored: StoredFile[] = [];
    try {
      for (const { tempPath, ...file } of uploads) stored.push({ ...file, storageKey: await this.storage.adopt(tempPath) });
      return stored;
    } catch (error) {
      await discardUploads(uploads);
      await Promise.all(stored.map((f) => this.storage.delete(f.storageKey).catch(() => undefined)));
      throw error;
    }
  }

  private attachmentOf(m: EntityManager, reportId: string): Promise<string | null> {
    return this.reports.firstAttachmentOf(m, reportId);
  }

  async recordCall(dto: HotlineCallDto, uploads: ReceivedFile[], operator: StaffPrincipal): Promise<HotlineCallResponse> {
    const files = await this.adopt(uploads);
    const callId = randomUUID();
    const callerNumber = dto.callerNumber ?? null;
    const identity = dto.reporter
      ? {
          name: dto.reporter.name,
          phone: (dto.reporter.phone ?? callerNumber)!,
          ...(dto.reporter.idNumber ? { idNumber: dto.reporter.idNumber } : {}),
        }
      : null;
    const smsTo = dto.receiptDelivery === 'SMS' ? (callerNumber ?? identity?.phone ?? null) : null;
    try {
      const result = await this.dataSource.transaction(async (m) => {
        const report = await this.channelIntake.registerWithin(m, 'HOTLINE', {
          subjects: dto.subjects,
          body: dto.transcript,
          categoryClaimed: dto.category ?? null,
          incidentTime: dto.incidentTime ?? null,
          incidentPlace: dto.incidentPlace ?? null,
          identity,
          phoneHash: callerNumber
            ? this.notifications.phoneHash(callerNumber)
            : identity
              ? this.notifications.phoneHash(identity.phone)
              : null,
          files,
          eventData: {
            channel: 'HOTLINE',
            source: 'OPERATOR',
            callId,
            realName: !!identity,
            language: dto.language,
            durationSeconds: dto.durationSeconds,
            callbackWanted: dto.callbackWanted,
            readBack: dto.readBack,
            receiptDelivery: dto.receiptDelivery,
            recording: files.length > 0,
            subjects: dto.subjects.length,
          },
        });
        const recordingId = files.length ? await this.attachmentOf(m, report.id) : null;
        await this.calls.insertOperatorCall(m, {
          id: callId,
          reportId: report.id,
          callerNumber: callerNumber ? await this.crypto.encrypt(callerNumber) : null,
          callerPhoneHash: callerNumber ? this.notifications.phoneHash(callerNumber) : null,
          startedAt: dto.startedAt,
          durationSeconds: dto.durationSeconds,
          language: dto.language,
          callbackWanted: dto.callbackWanted,
          readBackConfirmed: dto.readBack.confirmed,
          readBackCorrections: dto.readBack.confirmed ? null : (dto.readBack.corrections ?? null),
          receiptDelivery: dto.receiptDelivery,
          operatorId: operator.userId,
          recordingAttachmentId: recordingId,
        });
        const outbox: OutboxEntry[] = [...report.outbox];
        if (smsTo) {
          const sms = await this.notifications.queueWithin(m, {
            channel: 'SMS',
            to: smsTo,
            reportId: report.id,
            template: { name: 'hotline-receipt', reportNumber: report.number, receiptCode: formatReceiptCode(report.receiptCode) },
          });
          outbox.push(...sms.outbox);
        }
        return { report, outbox };
      });
      await this.outbox.dispatch(result.outbox);
      const recording = files[0];
      return {
        callId,
        reportId: result.report.id,
        reportNumber: result.report.number,
        receivedAt: result.report.receivedAt.toISOString(),
        receiptDelivery: dto.receiptDelivery,
        receiptCode: dto.receiptDelivery === 'READ_OUT' ? formatReceiptCode(result.report.receiptCode) : null,
        recording: recording
          ? { mediaType: recording.mediaType, sizeBytes: recording.sizeBytes, sha256: recording.sha256.toString('hex') }
          : null,
      };
    } catch (error) {
      await Promise.all(files.map((f) => this.storage.delete(f.storageKey).catch(() => undefined)));
      throw error;
    }
  }

  private checkRecordingUrl(url: string): void {
    const origin = new URL(url).origin;
    if (!this.config.settings.telephony.recordingOrigins.map((o) => new URL(o).origin).includes(origin)) {
      throw new DomainException(
        HttpStatus.BAD_REQUEST,
        'RECORDING_ORIGIN_NOT_ALLOWED',
        '录音地址不在允许的来源之内（telephony.recordingOrigins）',
      );
    }
  }

  /**
   * A voicemail / IVR message becomes a tip waiting for a transcript; the same call id
   * again answers with the same tip. The caller gets the receipt code by SMS.
   */
  async receiveVoicemail(dto: VoicemailDto, uploads: ReceivedFile[]): Promise<{ reportNumber: string; duplicate: boolean }> {
    if (dto.recordingUrl) this.checkRecordingUrl(dto.recordingUrl);
    const files = await this.adopt(uploads);
    try {
      const result = await this.dataSource.transaction(async (m) => {
        await lockForTransaction(m, `voicemail:${dto.callId}`);
        const existingId = await this.calls.reportOfExternalCall(m, dto.callId);
        const existing = existingId ? await this.reports.caseState(m, existingId) : null;
        if (existing) return { reportNumber: existing.number, duplicate: true, outbox: [] as OutboxEntry[] };
        const callId = randomUUID();
        const phoneHash = dto.callerNumber ? this.notifications.phoneHash(dto.callerNumber) : null;
        const report = await this.channelIntake.registerWithin(m, 'HOTLINE', {
          subjects: [],
          body: AWAITING_TRANSCRIPT,
          identity: null,
          phoneHash,
          files,
          eventData: {
            channel: 'HOTLINE',
            source: 'VOICEMAIL',
            callId,
            awaitingTranscript: true,
            recording: files.length > 0 || !!dto.recordingUrl,
          },
          queueTriage: false, // triage reads the transcript, which does not exist yet
        });
        await this.calls.insertVoicemailCall(m, {
          id: callId,
          reportId: report.id,
          externalCallId: dto.callId,
          callerNumber: dto.callerNumber ? await this.crypto.encrypt(dto.callerNumber) : null,
          callerPhoneHash: phoneHash,
          startedAt: dto.startedAt,
          durationSeconds: dto.durationSeconds ?? null,
          recordingAttachmentId: files.length ? await this.attachmentOf(m, report.id) : null,
          recordingUrl: dto.recordingUrl ?? null,
          receiptDelivery: dto.callerNumber ? 'SMS' : 'NONE',
        });
        const outbox: OutboxEntry[] = [...report.outbox];
        if (dto.recordingUrl && files.length === 0) {
          outbox.push(...(await this.outbox.write(m, [{ queue: 'channels', name: 'fetch-voicemail-recording', data: { callId } }])));
        }
        if (dto.callerNumber) {
          const sms = await this.notifications.queueWithin(m, {
            channel: 'SMS',
            to: dto.callerNumber,
            reportId: report.id,
            template: { name: 'hotline-receipt', reportNumber: report.number, receiptCode: formatReceiptCode(report.receiptCode) },
          });
          outbox.push(...sms.outbox);
        }
        return { reportNumber: report.number, duplicate: false, outbox };
      });
      if (result.duplicate) await Promise.all(files.map((f) => this.storage.delete(f.storageKey).catch(() => undefined)));
      await this.outbox.dispatch(result.outbox);
      return { reportNumber: result.reportNumber, duplicate: result.duplicate };
    } catch (error) {
      await Promise.all(files.map((f) => this.storage.delete(f.storageKey).catch(() => undefined)));
      throw error;
    }
  }

  /** The operators' queue: a staff read, on the replica when it is fit (Reads; their own transcript read back from the primary). */
  async awaitingTranscript(): Promise<VoicemailView[]> {
    const { calls, summaries } = await this.reads.run(async (on) => {
      const calls = await this.calls.awaitingTranscript(on);
      const summaries = await this.reports.caseSummaries(
        on,
        calls.map((c) => c.reportId),
      );
      return { calls, summaries };
    });
    const tips = new Map(summaries.map((t) => [t.id, t]));
    // A call's tip always exists (report_id is a foreign key that cascades).
    return calls.flatMap((c) => {
      const tip = tips.get(c.reportId);
      return tip
        ? [
            {
              callId: c.id,
              reportId: c.reportId,
              reportNumber: tip.number,
              startedAt: c.startedAt.toISOString(),
              durationSeconds: c.durationSeconds,
              hasRecording: c.recording,
              receivedAt: tip.receivedAt.toISOString(),
            },
          ]
        : [];
    });
  }

  /** The operator's transcript of a voicemail: the tip gets its text and goes to triage. */
  async transcribe(callId: string, dto: TranscriptDto, operator: StaffPrincipal): Promise<{ reportNumber: string }> {
    if (!/^[0-9a-f-]{36}$/i.test(callId)) throw notFound('语音留言');
    const result = await this.dataSource.transaction(async (m) => {
      const locked = await this.calls.lockForTranscript(m, callId);
      const tip = locked ? await this.reports.caseState(m, locked.reportId) : null;
      if (!locked || !tip) throw notFound('语音留言');
      const call = { report_id: locked.reportId, number: tip.number };
      if (locked.transcribedAt)
        throw new DomainException(HttpStatus.CONFLICT, 'ALREADY_TRANSCRIBED', '该留言已经转写：如需补充，请在案件中添加备注');
      await this.calls.markTranscribed(m, callId, operator.userId, dto.language ?? null);
      await this.reports.setTranscript(m, call.report_id, {
        body: dto.transcript,
        subjects: dto.subjects,
        categoryClaimed: dto.category ?? null,
      });
      await this.events.append(m, {
        reportId: call.report_id,
        type: 'TRANSCRIBED',
        actorKind: 'STAFF',
        actorId: operator.userId,
        data: { callId, language: dto.language ?? null, subjects: dto.subjects.length },
      });
      const outbox = await this.outbox.write(m, [{ queue: 'triage', name: 'triage-report', data: { reportId: call.report_id } }]);
      return { reportNumber: call.number, outbox };
    });
    await this.outbox.dispatch(result.outbox);
    return { reportNumber: result.reportNumber };
  }
}
