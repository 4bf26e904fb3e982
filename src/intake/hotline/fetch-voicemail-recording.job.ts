import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../../infra/config/app-config.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { JobHandler, type HandlesJob } from '../../infra/queue/job-handler.js';
import type { JobData } from '../../infra/queue/jobs.js';
import { ObjectStorage } from '../../infra/storage/storage.js';
import { receiveUpload } from '../../infra/storage/upload.js';
import { HotlineService } from './hotline.service.js';
import { ReportEventsRepository } from '../../reports/events/report-events.repository.js';
import { ReportsRepository } from '../../reports/reports.repository.js';
import { HotlineRepository } from './hotline.repository.js';

/**
 * Downloads a voicemail's recording from the telephony platform (only from configured
 * origins) and attaches it to the tip. Network failures are retried by the queue; a
 * file that is not audio is recorded on the report and not fetched again.
 */
@Injectable()
@JobHandler('fetch-voicemail-recording')
export class FetchVoicemailRecordingJob implements HandlesJob<'fetch-voicemail-recording'> {
  private readonly logger = new Logger(FetchVoicemailRecordingJob.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly storage: ObjectStorage,
    private readonly hotline: HotlineService,
    private readonly events: ReportEventsRepository,
    private readonly reports: ReportsRepository,
    private readonly calls: HotlineRepository,
  ) {}

  async handle({ callId }: JobData<'fetch-voicemail-recording'>): Promise<void> {
    const found = await this.calls.recordingOf(this.dataSource, callId);
    if (!found?.recordingUrl || found.recordingAttachmentId) return;
    const call = { report_id: found.reportId, recording_url: found.recordingUrl };
    const allowed = this.config.settings.telephony.recordingOrigins.map((o) => new URL(o).origin);
    if (!allowed.includes(new URL(call.recording_url).origin)) {
      this.logger.warn(`voicemail ${callId}: recording origin is no longer allowed; not fetched`);
      return;
    }
    const response = await fetch(call.recording_url, { signal: AbortSignal.timeout(60_000), redirect: 'error' });
    if (!response.ok || !response.body) throw new Error(`recording download answered HTTP ${response.status}`);
    let file;
    try {
      file = await receiveUpload(
        Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
        'voicemail',
        this.storage,
        this.hotline.recordingLimits,
      );
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      await this.events.append(this.dataSource, {
        reportId: call.report_id,
        type: 'RECORDING_REJECTED',
        actorKind: 'SYSTEM',
        data: { callId, code: error.code, message: error.userMessage },
      });
      await this.calls.clearRecordingUrl(this.dataSource, callId);
      return;
    }
    const key = await this.storage.adopt(file.tempPath);
    const attached = await this.dataSource.transaction(async (m) => {
      // Only if no other attempt attached it meanwhile.
      const row = await this.calls.lockRecording(m, callId);
      if (!row || row.recordingAttachmentId) return false;
      const id = randomUUID();
      await this.reports.addAttachment(m, call.report_id, {
        id,
        storageKey: key,
        sha256: file.sha256,
        sizeBytes: file.sizeBytes,
        mediaType: file.mediaType,
        originalName: 'voicemail',
      });
      await this.calls.setRecording(m, callId, id);
      return true;
    });
    if (!attached) await this.storage.delete(key);
  }
}
