import { Injectable, Logger, HttpStatus } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../infra/config/app-config.js';
import { CryptoService } from '../../infra/crypto/crypto.service.js';
import { normalizePhone } from '../../infra/crypto/keyed-hash.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { RateLimiter } from '../../infra/http/rate-limit.js';
import type { OutboxEntry } from '../../infra/queue/outbox.service.js';
import { QueueService } from '../../infra/queue/queue.service.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import type { NotificationTemplate } from '../../notifications/templates.js';
import { ReportWriter } from '../../reports/report-writer.service.js';
import { ChannelIntake } from '../channels/channel-intake.service.js';
import { IntakeService } from '../intake.service.js';
import { formatReceiptCode } from '../receipt-code.js';
import type { InboundSms, SmsGatewayName } from './sms-gateway.js';
import { parseSmsCommand } from './sms-keywords.js';
import { assembleParts } from './sms-parts.js';
import { ReportEventsRepository } from '../../reports/events/report-events.repository.js';
import type { ReportStatus } from '../../reports/report-status.js';
import { ReportsRepository } from '../../reports/reports.repository.js';
import { SmsRepository } from './sms.repository.js';

/** What one text led to, recorded in the dedup ledger. */
type Outcome = 'TIP' | 'APPENDED' | 'STOP' | 'HELP' | 'STATUS' | 'PART';

interface Handled {
  outcome: Outcome;
  reportId: string | null;
  outbox: OutboxEntry[];
}

interface TextFrom {
  gateway: SmsGatewayName;
  phone: string;
  phoneHash: Buffer;
  text: string;
  /** Set when the text was put together from parts. */
  parts: { total: number; missing: number[] } | null;
}

const OPEN_STATUSES: readonly ReportStatus[] = ['RECEIVED', 'TRIAGED', 'IN_HANDLING'];

/**
 * The SMS channel behind the gateway adapters. Every inbound message is entered in a
 * ledger keyed by gateway message id in the same transaction as what it causes, so a
 * gateway's retry changes nothing. Texts become tips, join the sender's open SMS tip,
 * or are keywords; parts of long messages wait for each other. Replies are queued in
 * the same transaction (the receipt code exists only in the sealed reply).
 */
@Injectable()
export class SmsIntakeService {
  private readonly logger = new Logger(SmsIntakeService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly crypto: CryptoService,
    private readonly channelIntake: ChannelIntake,
    private readonly writer: ReportWriter,
    private readonly intake: IntakeService,
    private readonly notifications: NotificationsService,
    private readonly queues: QueueService,
    private readonly limiter: RateLimiter,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: ReportEventsRepository,
    private readonly reports: ReportsRepository,
    private readonly sms: SmsRepository,
  ) {}

  async receive(sms: InboundSms): Promise<{ duplicate: boolean }> {
    const phone = normalizePhone(sms.from);
    const phoneHash = this.crypto.hash('phone', phone);
    const result = await this.dataSource.transaction(async (m) => {
      const fresh = await this.sms.enterInbound(m, { gateway: sms.gateway, gatewayMessageId: sms.gatewayMessageId, phoneHash });
      if (!fresh) return { duplicate: true, handled: null, newGroup: null };
      // One number at a time: two texts sent together must not both open a tip.
      await this.sms.lockPhone(m, phoneHash);
      let handled: Handled;
      let newGroup: string | null = null;
      if (sms.concat) {
        const part = await this.receivePart(m, sms, phone, phoneHash);
        handled = part.handled;
        newGroup = part.newGroup;
      } else {
        handled = await this.handleText(m, { gateway: sms.gateway, phone, phoneHash, text: sms.text, parts: null });
      }
      await this.sms.setInboundOutcome(
        m,
        { gateway: sms.gateway, gatewayMessageId: sms.gatewayMessageId },
        handled.outcome,
        handled.reportId,
      );
      return { duplicate: false, handled, newGroup };
    });
    if (result.handled) await this.notifications.dispatch(result.handled.outbox);
    if (result.newGroup) await this.scheduleAssembly(result.newGroup);
    return { duplicate: result.duplicate };
  }

  /** Keeps a part; when the last one is in, the whole message is handled as one text. */
  private async receivePart(
    m: EntityManager,
    sms: InboundSms,
    phone: string,
    phoneHash: Buffer,
  ): Promise<{ handled: Handled; newGroup: string | null }> {
    const concat = sms.concat!;
    const group = await this.sms.enterPartGroup(m, {
      id: randomUUID(),
      gateway: sms.gateway,
      phoneHash,
      concatRef: concat.ref,
      total: concat.total,
      sender: await this.crypto.encrypt(phone),
      waitSeconds: this.config.settings.sms.partsWaitSeconds,
    });
    await this.sms.addPart(m, group.id, concat.part, sms.text);
    const counted = await this.sms.countParts(m, group.id);
    if (counted < group.total)
      return { handled: { outcome: 'PART', reportId: null, outbox: [] }, newGroup: group.created ? group.id : null };
    const handled = await this.assembleWithin(m, group.id);
    return { handled: handled ?? { outcome: 'PART', reportId: null, outbox: [] }, newGroup: null };
  }

  private async scheduleAssembly(groupId: string): Promise<void> {
    const delay = this.config.settings.sms.partsWaitSeconds * 1000;
    await this.queues
      .add({ queue: 'channels', name: 'assemble-sms-parts', data: { groupId } }, { delay })
      // Redis away: the periodic sweep finds the group once its wait is over.
      .catch((error: Error) => this.logger.warn(`could not schedule assembly of SMS parts ${groupId}: ${error.message}`));
  }

  /**
   * Makes the text of a part group (complete, or with its missing parts marked) and
   * handles it; the group is removed. Null when another worker already did it.
   */
  private async assembleWithin(m: EntityManager, groupId: string): Promise<Handled | null> {
    const group = await this.sms.lockPartGroup(m, groupId);
    if (!group) return null;
    const parts = await this.sms.partsOf(m, groupId);
    await this.sms.deletePartGroup(m, groupId);
    const assembled = assembleParts(parts, group.total);
    return this.handleText(m, {
      gateway: group.gateway,
      phone: await this.crypto.decrypt(group.sender),
      phoneHash: group.phoneHash,
      text: assembled.text,
      parts: { total: group.total, missing: assembled.missing },
    });
  }

  /** The wait for a long message is over: make the tip with what arrived (the job and the sweep call this). */
  async assembleOverdue(groupId: string): Promise<void> {
    const handled = await this.dataSource.transaction(async (m) => {
      const phoneHash = await this.sms.partGroupPhone(m, groupId);
      if (!phoneHash) return null;
      await this.sms.lockPhone(m, phoneHash);
      return this.assembleWithin(m, groupId);
    });
    if (handled) await this.notifications.dispatch(handled.outbox);
  }

  async assembleAllOverdue(): Promise<number> {
    const due = await this.sms.overduePartGroups(this.dataSource);
    for (const id of due) await this.assembleOverdue(id);
    return due.length;
  }

  private async handleText(m: EntityManager, input: TextFrom): Promise<Handled> {
    const command = parseSmsCommand(input.text, this.config.settings.sms.keywords);
    switch (command.kind) {
      case 'stop':
        await this.notifications.optOutWithin(m, input.phoneHash);
        return { outcome: 'STOP', reportId: null, outbox: [] };
      case 'help':
        return { outcome: 'HELP', reportId: null, outbox: await this.reply(m, input.phone, { name: 'sms-help' }, null) };
      case 'status':
        return {
          outcome: 'STATUS',
          reportId: null,
          outbox: await this.reply(m, input.phone, await this.statusReply(command.receiptCode, input.phoneHash), null),
        };
      case 'new-report':
        if (!command.text) return { outcome: 'HELP', reportId: null, outbox: await this.reply(m, input.phone, { name: 'sms-help' }, null) };
        return this.newTip(m, { ...input, text: command.text });
      case 'text': {
        if (!command.text) return { outcome: 'HELP', reportId: null, outbox: await this.reply(m, input.phone, { name: 'sms-help' }, null) };
        const open = await this.openConversation(m, input.phoneHash);
        return open ? this.append(m, open, input) : this.newTip(m, input);
      }
    }
  }

  private async statusReply(receiptCode: string | null, phoneHash: Buffer): Promise<NotificationTemplate> {
    // The web's per-client lookup limit, per number: guessing codes by SMS gets nowhere either.
    const { count } = await this.limiter.consume('lookup', `sms:${phoneHash.toString('hex')}`);
    if (count > this.limiter.rules.lookup.limit) return { name: 'sms-too-many-lookups' };
    if (!receiptCode) return { name: 'sms-status-not-found' };
    try {
      const view = await this.intake.lookup(receiptCode);
      return { name: 'sms-status', reportNumber: view.reportNumber, statusLabel: view.statusLabel };
    } catch (error) {
      if (error instanceof DomainException && error.status === HttpStatus.NOT_FOUND) return { name: 'sms-status-not-found' };
      throw error;
    }
  }

  private async openConversation(m: EntityManager, phoneHash: Buffer): Promise<{ reportId: string; number: string } | null> {
    const recent = await this.sms.recentConversations(m, phoneHash, this.config.settings.sms.conversationWindowMinutes);
    const open = await this.reports.inStatus(m, recent, OPEN_STATUSES);
    // The most recent conversation whose tip is still open.
    const reportId = recent.find((id) => open.has(id));
    return reportId ? { reportId, number: open.get(reportId)! } : null;
  }

  private async newTip(m: EntityManager, input: TextFrom): Promise<Handled> {
    const report = await this.channelIntake.registerWithin(m, 'SMS', {
      subjects: [],
      body: input.text,
      identity: null,
      phoneHash: input.phoneHash,
      files: [],
      eventData: {
        channel: 'SMS',
        gateway: input.gateway,
        realName: false,
        ...(input.parts ? { parts: input.parts.total, incomplete: input.parts.missing.length > 0, missingParts: input.parts.missing } : {}),
      },
    });
    await this.sms.startConversation(m, report.id, input.phoneHash, await this.crypto.encrypt(input.phone));
    const reply = await this.reply(
      m,
      input.phone,
      { name: 'sms-receipt', reportNumber: report.number, receiptCode: formatReceiptCode(report.receiptCode) },
      report.id,
    );
    return { outcome: 'TIP', reportId: report.id, outbox: [...report.outbox, ...reply] };
  }

  private async append(m: EntityManager, open: { reportId: string; number: string }, input: TextFrom): Promise<Handled> {
    await this.writer.addMessage({ reportId: open.reportId, author: { kind: 'REPORTER' }, body: input.text, files: [] }, m);
    await this.sms.touchConversation(m, open.reportId);
    if (input.parts?.missing.length) {
      await this.events.append(m, {
        reportId: open.reportId,
        type: 'SMS_INCOMPLETE',
        actorKind: 'SYSTEM',
        data: { parts: input.parts.total, missingParts: input.parts.missing },
      });
    }
    const reply = await this.reply(m, input.phone, { name: 'sms-appended', reportNumber: open.number }, open.reportId);
    return { outcome: 'APPENDED', reportId: open.reportId, outbox: reply };
  }

  private async reply(m: EntityManager, phone: string, template: NotificationTemplate, reportId: string | null): Promise<OutboxEntry[]> {
    try {
      const queued = await this.notifications.queueWithin(m, { channel: 'SMS', to: phone, template, reportId });
      return queued.outbox;
    } catch (error) {
      // A sender that cannot be written back to (a short code, a masked number): the tip stands, no reply.
      if (error instanceof DomainException && error.code === 'INVALID_PHONE') return [];
      throw error;
    }
  }
}
