import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../infra/config/app-config.js';
import { CryptoService } from '../infra/crypto/crypto.service.js';
import { JobHandler, type HandlesJob } from '../infra/queue/job-handler.js';
import type { JobData } from '../infra/queue/jobs.js';
import { QueueService } from '../infra/queue/queue.service.js';
import type { SealedContent } from './notifications.service.js';
import { NotificationsRepository, type ClaimedMessage } from './notifications.repository.js';
import { DeliveryError, redact } from './senders/delivery-error.js';
import { MailSender } from './senders/mail-sender.js';
import { SmsSender } from './senders/sms-sender.js';
import { ReportEventsRepository } from '../reports/events/report-events.repository.js';

const DEFAULT_ATTEMPTS = 8;

type Claimed = ClaimedMessage;

/**
 * Sends one outbound message. The row is claimed before sending (status SENDING), so a
 * retried or duplicated job never sends a message already sent or being sent; only a
 * claim left stale by a worker that died mid-send is taken over. Temporary failures are
 * retried with back-off by the queue; a permanent failure, or the last attempt, marks the
 * message FAILED and records it on the report, where staff see it.
 */
@Injectable()
@JobHandler('send-notification')
export class SendNotificationJob implements HandlesJob<'send-notification'> {
  private readonly logger = new Logger(SendNotificationJob.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly crypto: CryptoService,
    private readonly mail: MailSender,
    private readonly sms: SmsSender,
    private readonly queues: QueueService,
    private readonly events: ReportEventsRepository,
    private readonly messages: NotificationsRepository,
  ) {}

  private get maxAttempts(): number {
    return this.config.settings.queues.retries['send-notification']?.attempts ?? DEFAULT_ATTEMPTS;
  }

  async handle({ messageId }: JobData<'send-notification'>): Promise<void> {
    const message = await this.claim(messageId);
    if (!message) return;
    if (message.channel === 'SMS' && message.recipient_hash) {
      if (await this.messages.isOptedOut(this.dataSource, message.recipient_hash)) {
        await this.messages.markSuppressed(this.dataSource, messageId);
        return;
      }
    }
    let providerId: string;
    try {
      const content = await this.crypto.decryptJson<SealedContent>(message.content);
      providerId =
        message.channel === 'EMAIL'
          ? await this.mail.send({ id: messageId, to: content.to, subject: content.subject, text: content.text })
          : await this.sms.send({ id: messageId, to: content.to, text: content.text });
    } catch (error) {
      await this.failed(messageId, message, error);
      return;
    }
    await this.messages.markSent(this.dataSource, messageId, providerId.slice(0, 300));
  }

  /** Takes the message for this attempt, or returns null when there is nothing (more) to send. */
  private async claim(messageId: string): Promise<Claimed | null> {
    const stale = this.config.settings.notifications.staleSendSeconds;
    const claimed = await this.messages.claim(this.dataSource, messageId, stale);
    if (claimed) return claimed;
    const current = await this.messages.statusOf(this.dataSource, messageId);
    if (!current) this.logger.warn(`outbound message ${messageId} does not exist; nothing to send`);
    if (current === 'SENDING') {
      // Another worker holds a fresh claim. Look again once it could have gone stale, under
      // a job of its own, so this wait does not use up the send job's attempts.
      const stale = this.config.settings.notifications.staleSendSeconds;
      await this.queues.add(
        { queue: 'notifications', name: 'send-notification', data: { messageId } },
        { jobId: `notification:${messageId}:recheck-${Date.now()}`, delay: stale * 1000 + 1000 },
      );
    }
    return null; // SENT, FAILED or SUPPRESSED: done; SENDING: looked at again later
  }

  private async failed(messageId: string, message: Claimed, error: unknown): Promise<void> {
    const reason = error instanceof DeliveryError ? error.message : redact((error as Error).message ?? String(error));
    const permanent = error instanceof DeliveryError && error.permanent;
    if (!permanent && message.attempts < this.maxAttempts) {
      await this.messages.markRetrying(this.dataSource, messageId, reason);
      throw error; // the queue retries after its back-off
    }
    this.logger.warn(`message ${messageId} (${message.template}) failed for good after ${message.attempts} attempt(s): ${reason}`);
    await this.dataSource.transaction(async (manager) => {
      await this.messages.markFailed(manager, messageId, reason);
      if (message.report_id) {
        await this.events.append(manager, {
          reportId: message.report_id,
          type: 'NOTIFICATION_FAILED',
          actorKind: 'SYSTEM',
          data: { messageId, channel: message.channel, template: message.template, attempts: message.attempts, permanent, error: reason },
        });
      }
    });
  }
}
