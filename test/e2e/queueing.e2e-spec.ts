import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { validTip } from '../support/fixtures.js';
import { PrivateRedis } from '../support/private-redis.js';
import { createTestContext, relayOnce, waitFor, type TestContext } from '../support/test-context.js';

/**
 * A tip is committed to Postgres before the receipt; the queue is only a messenger.
 * With Redis stopped, tips are still accepted, and each reaches triage once Redis is back.
 */
let redis: PrivateRedis;
let ctx: TestContext;

beforeAll(async () => {
  redis = await PrivateRedis.start();
  ctx = await createTestContext({
    env: { REDIS_URL: redis.url },
    settings: { security: { trustProxy: 1 }, queues: { outboxRelayIntervalMs: 200, outboxRelayGraceMs: 0 } },
  });
});
afterAll(async () => {
  await ctx?.close();
  await redis?.stop();
});

const submit = (n: number) =>
  request(ctx.baseUrl)
    .post('/api/v1/public/reports')
    .set('X-Forwarded-For', `203.0.113.${n}`)
    .send(validTip({ body: `第${n}件：2026年3月，某局副局长在办公室收受下属现金五万元，承诺年底提拔，单位多人知晓此事。` }));

describe('queueing through the outbox', () => {
  it('triages a tip submitted while Redis is up, exactly once', async () => {
    const worker = await ctx.startWorker();
    const res = await submit(1);
    expect(res.status).toBe(201);
    const row = await waitFor(
      async () => {
        const { rows } = await ctx.db.query(`SELECT status, category, triaged_at FROM report WHERE number = $1`, [res.body.reportNumber]);
        return rows[0]?.triaged_at ? rows[0] : null;
      },
      10_000,
      'triage',
    );
    expect(row).toMatchObject({ status: 'TRIAGED', category: 'OFFICE_BUYING' });
    // A duplicated job changes nothing a second time.
    const { rows } = await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [res.body.reportNumber]);
    const { QueueService } = await import('../../src/infra/queue/queue.service.js');
    await ctx.app
      .get(QueueService)
      .queue('triage')
      .add('triage-report', { reportId: rows[0].id }, { jobId: `again-${rows[0].id}` });
    await new Promise((r) => setTimeout(r, 1000));
    const events = await ctx.db.query(`SELECT count(*) FROM report_event WHERE report_id = $1 AND type = 'TRIAGED'`, [rows[0].id]);
    expect(events.rows[0].count).toBe('1');
    await worker.close();
  });

  it('accepts tips while Redis is down and triages every one after it returns', async () => {
    await redis.stop();
    const numbers: string[] = [];
    for (let n = 10; n < 15; n += 1) {
      const res = await submit(n);
      expect(res.status).toBe(201);
      numbers.push(res.body.reportNumber);
    }
    const pending = await ctx.db.query(
      `SELECT count(*) FROM outbox o JOIN report r ON o.job_id = 'report:' || r.id || ':triage'
        WHERE r.number = ANY($1) AND o.dispatched_at IS NULL`,
      [numbers],
    );
    expect(pending.rows[0].count).toBe('5');

    await redis.start();
    const worker = await ctx.startWorker();
    await relayOnce(worker);
    await waitFor(
      async () => {
        const { rows } = await ctx.db.query(`SELECT count(*) FROM report WHERE number = ANY($1) AND triaged_at IS NOT NULL`, [numbers]);
        return rows[0].count === '5';
      },
      15_000,
      'all five tips triaged',
    );
    const events = await ctx.db.query(
      `SELECT count(*) FROM report_event e JOIN report r ON r.id = e.report_id WHERE r.number = ANY($1) AND e.type = 'TRIAGED'`,
      [numbers],
    );
    expect(events.rows[0].count).toBe('5');
    const left = await ctx.db.query(`SELECT count(*) FROM outbox WHERE dispatched_at IS NULL`);
    expect(left.rows[0].count).toBe('0');
  });
});
