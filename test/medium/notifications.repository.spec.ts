import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { NotificationsRepository } from '../../src/notifications/notifications.repository.js';
import { createTestDataSource } from '../support/test-database.js';

const sha = (text: string) => createHash('sha256').update(text).digest();

/** Outbound messages and opt-outs through the notifications repository, on a migrated Postgres. */
describe('NotificationsRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  const messages = new NotificationsRepository();
  let serial = 0;

  async function report(): Promise<string> {
    const id = randomUUID();
    serial += 1;
    await db.query(
      `INSERT INTO report (id, number, channel, real_name, receipt_hash, body)
       VALUES ($1, $2::text, 'SMS', false, sha256(convert_to($2::text, 'UTF8')), '反映问题。')`,
      [id, `QF-N-${String(serial).padStart(5, '0')}`],
    );
    return id;
  }

  const message = (reportId: string | null, recipientHash: Buffer | null) => ({
    id: randomUUID(),
    channel: 'SMS' as const,
    template: 'sms-receipt',
    reportId,
    recipientHash,
    content: Buffer.from('sealed content'),
    context: { notice: 'x' },
  });

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
  });

  afterAll(() => close());

  it('queues messages, suppressed for a number that opted out, and lists them for a tip without content', async () => {
    const tip = await report();
    const phone = sha(`p-${randomUUID()}`);
    const first = message(tip, phone);
    expect(await messages.insertMessage(dataSource, first)).toBe('PENDING');
    expect(await messages.isOptedOut(dataSource, phone)).toBe(false);
    await dataSource.transaction((m) => messages.optOut(m, phone));
    await messages.optOut(dataSource, phone); // twice: no error
    expect(await messages.isOptedOut(dataSource, phone)).toBe(true);
    expect(await messages.statusOf(dataSource, first.id)).toBe('SUPPRESSED');
    const second = message(tip, phone);
    expect(await messages.insertMessage(dataSource, second)).toBe('SUPPRESSED');
    const email = { ...message(tip, null), channel: 'EMAIL' as const };
    expect(await messages.insertMessage(dataSource, email)).toBe('PENDING');
    const listed = await messages.listForReport(dataSource, tip);
    expect(listed.map((r) => r.id)).toEqual([first.id, second.id, email.id]);
    expect(listed[2]).toEqual({
      id: email.id,
      channel: 'EMAIL',
      template: 'sms-receipt',
      status: 'PENDING',
      attempts: 0,
      lastError: null,
      createdAt: expect.any(Date),
      sentAt: null,
      failedAt: null,
    });
    expect((await db.query(`SELECT context FROM outbound_message WHERE id = $1`, [email.id])).rows[0].context).toEqual({ notice: 'x' });
  });

  it('claims a message once (and a stale claim again), and records sent, retrying and failed', async () => {
    const queued = message(null, sha(`q-${randomUUID()}`));
    await messages.insertMessage(dataSource, queued);
    const claimed = await messages.claim(dataSource, queued.id, 300);
    expect(claimed).toEqual({
      channel: 'SMS',
      template: 'sms-receipt',
      report_id: null,
      recipient_hash: queued.recipientHash,
      content: Buffer.from('sealed content'),
      attempts: 1,
    });
    expect(await messages.claim(dataSource, queued.id, 300)).toBeNull();
    expect(await messages.statusOf(dataSource, queued.id)).toBe('SENDING');
    await db.query(`UPDATE outbound_message SET claimed_at = now() - interval '10 minutes' WHERE id = $1`, [queued.id]);
    expect((await messages.claim(dataSource, queued.id, 300))?.attempts).toBe(2);
    await messages.markRetrying(dataSource, queued.id, 'timeout');
    expect((await db.query(`SELECT status, last_error FROM outbound_message WHERE id = $1`, [queued.id])).rows[0]).toEqual({
      status: 'RETRYING',
      last_error: 'timeout',
    });
    expect((await messages.claim(dataSource, queued.id, 300))?.attempts).toBe(3);
    await messages.markSent(dataSource, queued.id, 'provider-1');
    expect(
      (await db.query(`SELECT status, provider_message_id, last_error, sent_at FROM outbound_message WHERE id = $1`, [queued.id])).rows[0],
    ).toEqual({
      status: 'SENT',
      provider_message_id: 'provider-1',
      last_error: null,
      sent_at: expect.any(Date),
    });
    expect(await messages.claim(dataSource, queued.id, 0)).toBeNull();

    const failing = message(null, null);
    await messages.insertMessage(dataSource, failing);
    await messages.markFailed(dataSource, failing.id, 'rejected');
    expect((await db.query(`SELECT status, last_error, failed_at FROM outbound_message WHERE id = $1`, [failing.id])).rows[0]).toEqual({
      status: 'FAILED',
      last_error: 'rejected',
      failed_at: expect.any(Date),
    });
    const suppressed = message(null, null);
    await messages.insertMessage(dataSource, suppressed);
    await messages.markSuppressed(dataSource, suppressed.id);
    expect(await messages.statusOf(dataSource, suppressed.id)).toBe('SUPPRESSED');
    expect(await messages.statusOf(dataSource, randomUUID())).toBeNull();
  });

  it('empties what was sent about a tip on retention, leaving messages still to be sent', async () => {
    const tip = await report();
    const sent = message(tip, sha(`s-${randomUUID()}`));
    const pending = message(tip, sha(`t-${randomUUID()}`));
    await messages.insertMessage(dataSource, sent);
    await messages.insertMessage(dataSource, pending);
    await messages.markSent(dataSource, sent.id, 'p');
    await messages.purgeReport(dataSource, tip);
    const { rows } = await db.query(
      `SELECT id, content, recipient_hash FROM outbound_message WHERE report_id = $1 ORDER BY created_at, id`,
      [tip],
    );
    expect(rows).toEqual([
      { id: sent.id, content: Buffer.alloc(0), recipient_hash: null },
      { id: pending.id, content: Buffer.from('sealed content'), recipient_hash: pending.recipientHash },
    ]);
  });
});
