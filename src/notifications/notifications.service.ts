import { HttpStatus, Injectable } from '@nestjs/common';
import { Reads } from '../infra/database/reads.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { AppConfig } from '../infra/config/app-config.js';
import { CryptoService } from '../infra/crypto/crypto.service.js';
import { normalizePhone } from '../infra/crypto/keyed-hash.js';
import { DomainException } from '../infra/http/domain-exception.js';
import type { JobItem } from '../infra/queue/jobs.js';
import { OutboxService, type OutboxEntry } from '../infra/queue/outbox.service.js';
import { HotlineRepository } from '../intake/hotline/hotline.repository.js';
import { SmsRepository } from '../intake/sms/sms.repository.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import { NotificationsRepository } from './notifications.repository.js';
import { render, type NotificationTemplate, type RenderContext } from './templates.js';

export type OutboundChannel = 'EMAIL' | 'SMS';

/** A message to send. `context` holds ids of what it is about (never identity), kept for staff. */
export interface OutboundRequest {
  channel: OutboundChannel;
  /** An email address, or a phone number for SMS. Stored sealed. */
  to: string;
  template: NotificationTemplate;
  reportId?: string | null;
  context?: Record<string, string | number | boolean | null>;
}

export interface QueuedMessage {
  id: string;
  /** SUPPRESSED: an SMS to a number that opted out; nothing will be sent. */
  status: 'PENDING' | 'SUPPRESSED';
  outbox: OutboxEntry[];
}

/** What is sealed in outbound_message.content: all the send job needs. */
export interface SealedContent {
  to: string;
  subject: string;
  text: string;
}

export const outboundMessageViewSchema = z
  .object({
    id: z.uuid(),
    channel: z.enum(['EMAIL', 'SMS']),
    template: z.string().describe('消息模板'),
    status: z.string(),
    attempts: z.int(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    failedAt: z.string().nullable(),
  })
  .meta({ id: 'OutboundMessage' });
export type OutboundMessageView = z.infer<typeof outboundMessageViewSchema>;

const emailSchema = z.email();
const PHONE = /^(1[3-9]\d{9}|0\d{9,11}|\+\d{8,15})$/;

/**
 * Composes messages in the domain and queues them: the message row (content sealed) and
 * its send job are written in the caller's transaction, so a message is never lost and
 * never queued for something that did not commit. Sending is the job's work.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly config: AppConfig,
    private readonly crypto: CryptoService,
    private readonly outbox: OutboxService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: NotificationsRepository,
    private readonly reports: ReportsRepository,
    private readonly sms: SmsRepository,
    private readonly hotline: HotlineRepository,
    private readonly reads: Reads,
  ) {}

  renderContext(): RenderContext {
    const { settings, env } = this.config;
    const base = env.PUBLIC_BASE_URL.replace(/\/$/, '');
    const first = (list: string[]) => list[0]!;
    return {
      department: settings.district.department,
      hotline: settings.district.hotline,
      followUpUrl: `${base}${settings.notifications.followUpPath}`,
      agencyPortalUrl: `${base}${settings.notifications.agencyPortalPath}`,
      consoleUrl: `${base}/console`,
      keywords: {
        status: first(settings.sms.keywords.status),
        help: first(settings.sms.keywords.help),
        stop: first(settings.sms.keywords.stop),
        newReport: first(settings.sms.keywords.newReport),
      },
    };
  }

  /** The text as it will leave: SMS carry the registered signature. */
  compose(channel: OutboundChannel, template: NotificationTemplate): { subject: string; text: string } {
    const rendered = render(template, this.renderContext());
    return channel === 'SMS'
      ? { subject: rendered.subject, text: `${this.config.settings.notifications.smsSignature}${rendered.text}` }
      : rendered;
  }

  phoneHash(phone: string): Buffer {
    return this.crypto.hash('phone', normalizePhone(phone));
  }

  private checkAddress(channel: OutboundChannel, to: string): void {
    if (channel === 'EMAIL' && !emailSchema.safeParse(to).success) {
      throw new DomainException(HttpStatus.BAD_REQUEST, 'INVALID_EMAIL', `邮箱地址格式不正确`);
    }
    if (channel === 'SMS' && !PHONE.test(normalizePhone(to))) {
      throw new DomainException(HttpStatus.BAD_REQUEST, 'INVALID_PHONE', '手机号码格式不正确');
    }
  }

  /**
   * Queues a message inside the caller's transaction. Dispatch the returned outbox
   * entries after commit (`dispatch`); if that never happens the outbox relay queues them.
   */
  async queueWithin(manager: EntityManager, request: OutboundRequest): Promise<QueuedMessage> {
    this.checkAddress(request.channel, request.to);
    const id = randomUUID();
    const { subject, text } = this.compose(request.channel, request.template);
    const content: SealedContent = { to: request.channel === 'SMS' ? normalizePhone(request.to) : request.to.trim(), subject, text };
    const recipientHash = request.channel === 'SMS' ? this.phoneHash(request.to) : null;
    const job: JobItem = { queue: 'notifications', name: 'send-notification', data: { messageId: id } };
    const status = await this.repository.insertMessage(manager, {
      id,
      channel: request.channel,
      template: request.template.name,
      reportId: request.reportId ?? null,
      recipientHash,
      content: await this.crypto.encryptJson(content),
      context: request.context ?? {},
    });
    if (status === 'SUPPRESSED') return { id, status: 'SUPPRESSED', outbox: [] };
    return { id, status: 'PENDING', outbox: await this.outbox.write(manager, [job]) };
  }

  /** After commit: hand the send jobs to the queue now (the relay covers a failure). */
  dispatch(entries: OutboxEntry[]): Promise<void> {
    return this.outbox.dispatch(entries);
  }

  /**
   * Queues one message in its own transaction. What other modules call, e.g. the
   * verification module: `send({ channel: 'EMAIL', to, template: { name: 'verification-request', … } })`.
   */
  async send(request: OutboundRequest): Promise<{ id: string; status: 'PENDING' | 'SUPPRESSED' }> {
    const queued = await this.dataSource.transaction((manager) => this.queueWithin(manager, request));
    await this.dispatch(queued.outbox);
    return { id: queued.id, status: queued.status };
  }

  /**
   * Writes to the reporter of a tip over the channel they used and agreed to: the number
   * that texted the tip in, or a hotline caller who chose to get the receipt by SMS.
   * Null when there is no such contact (web and read-out callers read updates with their
   * receipt code; a real-name reporter's own phone goes through the identity module).
   */
  async notifyReporter(
    reportId: string,
    template: Extract<NotificationTemplate, { name: 'reporter-acknowledgement' | 'status-change' | 'handler-question' }>,
  ): Promise<{ id: string; status: 'PENDING' | 'SUPPRESSED' } | null> {
    const sealed = await this.channelContact(this.dataSource, reportId);
    if (!sealed) return null;
    return this.send({ channel: 'SMS', to: await this.crypto.decrypt(sealed), template, reportId });
  }

  /**
   * The same notice, queued inside the caller's transaction (the case workflow sends it with
   * the change that caused it). A real-name reporter's own phone counts as a contact here:
   * the number is read by the system to send, shown to no one. Null without a contact, or
   * when reporter notices are switched off.
   */
  async notifyReporterWithin(
    manager: EntityManager,
    reportId: string,
    template: Extract<NotificationTemplate, { name: 'reporter-acknowledgement' | 'status-change' }>,
  ): Promise<QueuedMessage | null> {
    if (!this.config.settings.notifications.reporterStatusSms) return null;
    const identity = await this.reports.sealedReporterIdentity(manager, reportId);
    const channel = identity ? null : await this.channelContact(manager, reportId);
    const contact = identity ? { sealed: identity, identity: true } : channel ? { sealed: channel, identity: false } : null;
    if (!contact) return null;
    const phone = contact.identity
      ? (await this.crypto.decryptJson<{ phone?: string | null }>(contact.sealed)).phone
      : await this.crypto.decrypt(contact.sealed);
    if (!phone || !PHONE.test(normalizePhone(phone))) return null;
    return this.queueWithin(manager, { channel: 'SMS', to: phone, template, reportId, context: { notice: template.name } });
  }

  /** The sealed number the reporter used and agreed to be written to: the number that texted the tip in, else an SMS-receipt caller's. */
  private async channelContact(on: DataSource | EntityManager, reportId: string): Promise<Buffer | null> {
    return (await this.sms.conversationSender(on, reportId)) ?? (await this.hotline.smsReceiptNumber(on, reportId));
  }

  /** 退订: this number gets nothing more; messages already queued to it are suppressed too. */
  async optOutWithin(manager: EntityManager, phoneHash: Buffer): Promise<void> {
    await this.repository.optOut(manager, phoneHash);
  }

  async isOptedOut(phoneHash: Buffer): Promise<boolean> {
    return this.repository.isOptedOut(this.dataSource, phoneHash);
  }

  /** The messages sent (or not) about a report, for staff: no addresses, no content. */
  async listForReport(reportId: string): Promise<OutboundMessageView[]> {
    // A staff read, on the replica when it is fit (Reads).
    const rows = await this.reads.run((on) => this.repository.listForReport(on, reportId));
    return rows.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      sentAt: r.sentAt?.toISOString() ?? null,
      failedAt: r.failedAt?.toISOString() ?? null,
    }));
  }
}
