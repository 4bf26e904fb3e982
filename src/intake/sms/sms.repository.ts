import { Injectable } from '@nestjs/common';
import { runCommand, runQuery, type Queryable } from '../../infra/database/sql.js';
import type { SmsGatewayName } from './sms-gateway.js';
import * as q from './sms.queries.js';

/**
 * The SMS channel's tables (sms_inbound, sms_part_group, sms_part, sms_conversation, owned by
 * the intake module): read and written here and nowhere else; the queries are in `sms.sql`,
 * typed from the schema. Each call runs on `on`: the pool, or the transaction of the change.
 */
@Injectable()
export class SmsRepository {
  /** Enters a gateway message in the dedup ledger; false when it was already there. */
  async enterInbound(on: Queryable, message: { gateway: string; gatewayMessageId: string; phoneHash: Buffer }): Promise<boolean> {
    const rows = await runQuery(q.enterInbound, message, on);
    return rows.length > 0;
  }

  /** Holds the number's lock until the transaction ends. */
  async lockPhone(on: Queryable, phoneHash: Buffer): Promise<void> {
    await runQuery(q.lockPhone, { phoneHash }, on);
  }

  async setInboundOutcome(
    on: Queryable,
    message: { gateway: string; gatewayMessageId: string },
    outcome: string,
    reportId: string | null,
  ): Promise<void> {
    await runCommand(q.setInboundOutcome, { ...message, outcome, reportId }, on);
  }

  /** The group of a long message's parts; `created` when this part made it. */
  async enterPartGroup(
    on: Queryable,
    group: { id: string; gateway: string; phoneHash: Buffer; concatRef: string; total: number; sender: Buffer; waitSeconds: number },
  ): Promise<{ id: string; total: number; created: boolean }> {
    const [row] = await runQuery(q.enterPartGroup, group, on);
    return row!;
  }

  async addPart(on: Queryable, groupId: string, part: number, body: string): Promise<void> {
    await runCommand(q.addPart, { groupId, part, body }, on);
  }

  async countParts(on: Queryable, groupId: string): Promise<number> {
    const [row] = await runQuery(q.countParts, { groupId }, on);
    return row!.count;
  }

  /** A part group locked until the transaction ends; null when gone. */
  async lockPartGroup(
    on: Queryable,
    id: string,
  ): Promise<{ gateway: SmsGatewayName; phoneHash: Buffer; total: number; sender: Buffer } | null> {
    const [row] = await runQuery(q.lockPartGroup, { id }, on);
    return row ? { gateway: row.gateway as SmsGatewayName, phoneHash: row.phone_hash, total: row.total, sender: row.sender } : null;
  }

  partsOf(on: Queryable, groupId: string): Promise<Array<{ part: number; body: string }>> {
    return runQuery(q.partsOf, { groupId }, on);
  }

  async deletePartGroup(on: Queryable, id: string): Promise<void> {
    await runCommand(q.deletePartGroup, { id }, on);
  }

  /** The number a part group came from (its hash); null when gone. */
  async partGroupPhone(on: Queryable, id: string): Promise<Buffer | null> {
    const [row] = await runQuery(q.partGroupPhone, { id }, on);
    return row?.phone_hash ?? null;
  }

  /** At most 500 groups whose wait is over. */
  async overduePartGroups(on: Queryable): Promise<string[]> {
    const rows = await runQuery(q.overduePartGroups, undefined, on);
    return rows.map((r) => r.id);
  }

  /** The tips of the number's conversations still in their window, the most recent first. */
  async recentConversations(on: Queryable, phoneHash: Buffer, windowMinutes: number): Promise<string[]> {
    const rows = await runQuery(q.recentConversations, { phoneHash, windowMinutes }, on);
    return rows.map((r) => r.report_id);
  }

  async startConversation(on: Queryable, reportId: string, phoneHash: Buffer, sender: Buffer): Promise<void> {
    await runCommand(q.startConversation, { reportId, phoneHash, sender }, on);
  }

  async touchConversation(on: Queryable, reportId: string): Promise<void> {
    await runCommand(q.touchConversation, { reportId }, on);
  }

  /** The sealed number of a tip's SMS conversation; null for none. */
  async conversationSender(on: Queryable, reportId: string): Promise<Buffer | null> {
    const [row] = await runQuery(q.conversationSender, { reportId }, on);
    return row?.sender ?? null;
  }

  /** Retention: removes a tip's conversation (the sealed number) and its ledger entries. */
  async purgeReport(on: Queryable, reportId: string): Promise<void> {
    await runCommand(q.purgeConversation, { reportId }, on);
    await runCommand(q.purgeInbound, { reportId }, on);
  }
}
