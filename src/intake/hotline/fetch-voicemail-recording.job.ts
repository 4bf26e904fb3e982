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
  ) {}

  async handle({ callId }: JobData<'fetch-voicemail-recording'>): Promise<void> {
    const [call]: Array<{ report_id: string; recording_url: string | null; recording_attachment_id: string | null }> =
      await this.dataSource.query(`SELECT report_id, recording_url, recording_attachment_id FROM hotline_call WHERE id = $1`, [callId]);
    if (!call?.recording_url || call.recording_attachment_id) return;
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
      await this.dataSource.query(`UPDATE hotline_call SET recording_url = NULL WHERE id = $1`, [callId]);
      return;
    }
    const key = await this.storage.adopt(file.tempPath);
    const attached = await this.dataSource.transaction(async (m) => {
      // Only if no other attempt attached it meanwhile.
      const [row]: Array<{ recording_attachment_id: string | null }> = await m.query(
        `SELECT recording_attachment_id FROM hotline_call WHERE id = $1 FOR UPDATE`,
        [callId],
      );
      if (!row || row.recording_attachment_id) return false;
      const id = randomUUID();
      await m.query(
        `INSERT INTO attachment (id, report_id, storage_key, sha256, size_bytes, media_type, original_name) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, call.report_id, key, file.sha256, file.sizeBytes, file.mediaType, 'voicemail'],
      );
      await m.query(`UPDATE hotline_call SET recording_attachment_id = $2 WHERE id = $1`, [callId, id]);
      return true;
    });
    if (!attached) await this.storage.delete(key);
  }
}
