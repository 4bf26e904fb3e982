import { Injectable } from '@nestjs/common';
import { runCommand, runQuery, type Queryable } from '../infra/database/sql.js';
import * as q from './notifications.queries.js';

/** A message as its send job claims it. */
export interface ClaimedMessage {
  channel: 'EMAIL' | 'SMS';
  template: string;
  report_id: string | null;
  recipient_hash: Buffer | null;
  content: Buffer;
  attempts: number;
}

/** A message about a tip, as staff see it: no address, no content. */
export interface OutboundMessageRow {
  id: string;
  channel: 'EMAIL' | 'SMS';
  template: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  failedAt: Date | null;
}

/**
 * The notifications module's tables (outbound_message, sms_opt_out): read and written here and
 * nowhere else; the queries are in `notifications.sql`, typed from the schema. Each call runs
 * on `on`: the pool, or the transaction of the change.
 */
@Injectable()
export class NotificationsRepository {
  /** Queues a message; answers SUPPRESSED when its number opted out. */
  async insertMessage(
    on: Queryable,
    message: {
      id: string;
      channel: 'EMAIL' | 'SMS';
      template: string;
      reportId: string | null;
      recipientHash: Buffer | null;
      content: Buffer;
      context: Record<string, unknown>;
    },
  ): Promise<'PENDING' | 'SUPPRESSED'> {
    const [row] = await runQuery(q.insertMessage, { ...message, context: JSON.stringify(message.context) }, on);
    return row!.status as 'PENDING' | 'SUPPRESSED';
  }

  /** 退订: the number gets nothing more; messages queued to it are suppressed. */
  async optOut(on: Queryable, phoneHash: Buffer): Promise<void> {
    await runCommand(q.optOut, { phoneHash }, on);
    await runCommand(q.suppressQueuedTo, { phoneHash }, on);
  }

  async isOptedOut(on: Queryable, phoneHash: Buffer): Promise<boolean> {
    const rows = await runQuery(q.isOptedOut, { phoneHash }, on);
    return rows.length > 0;
  }

  async listForReport(on: Queryable, reportId: string): Promise<OutboundMessageRow[]> {
    const rows = await runQuery(q.listForReport, { reportId }, on);
    return rows.map((r) => ({
      id: r.id,
      channel: r.channel as 'EMAIL' | 'SMS',
      template: r.template,
      status: r.status,
      attempts: r.attempts,
      lastError: r.last_error,
      createdAt: r.created_at,
      sentAt: r.sent_at,
      failedAt: r.failed_at,
    }));
  }

  /** Claims a message for a send attempt; null when it is not (or no longer) to be sent by this attempt. */
  async claim(on: Queryable, id: string, staleSeconds: number): Promise<ClaimedMessage | null> {
    const [row] = await runQuery(q.claim, { id, staleSeconds }, on);
    return row ? { ...row, channel: row.channel as 'EMAIL' | 'SMS' } : null;
  }

  /** A message's status; null for no such message. */
  async statusOf(on: Queryable, id: string): Promise<string | null> {
    const [row] = await runQuery(q.statusOf, { id }, on);
    return row?.status ?? null;
  }

  async markSuppressed(on: Queryable, id: string): Promise<void> {
    await runCommand(q.markSuppressed, { id }, on);
  }

  async markSent(on: Queryable, id: string, providerMessageId: string): Promise<void> {
    await runCommand(q.markSent, { id, providerMessageId }, on);
  }

  async markRetrying(on: Queryable, id: string, error: string): Promise<void> {
    await runCommand(q.markRetrying, { id, error }, on);
  }

  async markFailed(on: Queryable, id: string, error: string): Promise<void> {
    await runCommand(q.markFailed, { id, error }, on);
  }

  /** Retention: empties what was sent about a tip (address and text); messages still to be sent are left. */
  async purgeReport(on: Queryable, reportId: string): Promise<void> {
    await runCommand(q.purgeReport, { reportId }, on);
  }
}
