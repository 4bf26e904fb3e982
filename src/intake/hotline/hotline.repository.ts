import { Injectable } from '@nestjs/common';
import { runCommand, runQuery, type Queryable } from '../../infra/database/sql.js';
import * as q from './hotline.queries.js';

/** A call an operator recorded. */
export interface NewOperatorCall {
  id: string;
  reportId: string;
  callerNumber: Buffer | null;
  callerPhoneHash: Buffer | null;
  startedAt: string | Date;
  durationSeconds: number | null;
  language: string | null;
  callbackWanted: boolean;
  readBackConfirmed: boolean | null;
  readBackCorrections: string | null;
  receiptDelivery: string | null;
  operatorId: string;
  recordingAttachmentId: string | null;
}

/** A voicemail / IVR message from the telephony platform. */
export interface NewVoicemailCall {
  id: string;
  reportId: string;
  externalCallId: string;
  callerNumber: Buffer | null;
  callerPhoneHash: Buffer | null;
  startedAt: string | Date;
  durationSeconds: number | null;
  recordingAttachmentId: string | null;
  recordingUrl: string | null;
  receiptDelivery: string;
}

/** A message waiting for its transcript. */
export interface UntranscribedCall {
  id: string;
  reportId: string;
  startedAt: Date;
  durationSeconds: number | null;
  recording: boolean;
}

/**
 * The hotline's calls (table hotline_call, owned by the intake module): read and written here
 * and nowhere else; the queries are in `hotline.sql`, typed from the schema. Each call runs
 * on `on`: the pool, or the transaction of the change.
 */
@Injectable()
export class HotlineRepository {
  async insertOperatorCall(on: Queryable, call: NewOperatorCall): Promise<void> {
    await runCommand(q.insertOperatorCall, call, on);
  }

  async insertVoicemailCall(on: Queryable, call: NewVoicemailCall): Promise<void> {
    await runCommand(q.insertVoicemailCall, call, on);
  }

  /** The tip of a platform's call id; null when the call is new. */
  async reportOfExternalCall(on: Queryable, externalCallId: string): Promise<string | null> {
    const [row] = await runQuery(q.reportOfExternalCall, { externalCallId }, on);
    return row?.report_id ?? null;
  }

  /** At most 200 messages waiting for a transcript, oldest first. */
  async awaitingTranscript(on: Queryable): Promise<UntranscribedCall[]> {
    const rows = await runQuery(q.awaitingTranscript, undefined, on);
    return rows.map((r) => ({
      id: r.id,
      reportId: r.report_id,
      startedAt: r.started_at,
      durationSeconds: r.duration_seconds,
      recording: r.recording,
    }));
  }

  /** A call locked until the transaction ends; null for none. */
  async lockForTranscript(on: Queryable, id: string): Promise<{ reportId: string; transcribedAt: Date | null } | null> {
    const [row] = await runQuery(q.lockForTranscript, { id }, on);
    return row ? { reportId: row.report_id, transcribedAt: row.transcribed_at } : null;
  }

  async markTranscribed(on: Queryable, id: string, by: string, language: string | null): Promise<void> {
    await runCommand(q.markTranscribed, { id, by, language }, on);
  }

  /** What the recording download needs of a call; null for none. */
  async recordingOf(
    on: Queryable,
    id: string,
  ): Promise<{ reportId: string; recordingUrl: string | null; recordingAttachmentId: string | null } | null> {
    const [row] = await runQuery(q.recordingOf, { id }, on);
    return row ? { reportId: row.report_id, recordingUrl: row.recording_url, recordingAttachmentId: row.recording_attachment_id } : null;
  }

  async clearRecordingUrl(on: Queryable, id: string): Promise<void> {
    await runCommand(q.clearRecordingUrl, { id }, on);
  }

  /** The call's recording attachment, the call locked until the transaction ends; undefined for no such call. */
  async lockRecording(on: Queryable, id: string): Promise<{ recordingAttachmentId: string | null } | undefined> {
    const [row] = await runQuery(q.lockRecording, { id }, on);
    return row ? { recordingAttachmentId: row.recording_attachment_id } : undefined;
  }

  async setRecording(on: Queryable, id: string, attachmentId: string): Promise<void> {
    await runCommand(q.setRecording, { id, attachmentId }, on);
  }

  /** Retention: removes the caller's number (sealed and hashed) of a tip's call. */
  async purgeCaller(on: Queryable, reportId: string): Promise<void> {
    await runCommand(q.purgeCaller, { reportId }, on);
  }

  /** The sealed number of a tip's caller who chose to get the receipt by SMS; null for none. */
  async smsReceiptNumber(on: Queryable, reportId: string): Promise<Buffer | null> {
    const [row] = await runQuery(q.smsReceiptNumber, { reportId }, on);
    return row?.caller_number ?? null;
  }
}
