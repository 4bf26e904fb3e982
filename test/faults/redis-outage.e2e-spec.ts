import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { validTip } from '../support/fixtures.js';
import { PrivateRedis } from '../support/private-redis.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/**
 * Redis stopped for 30 s while tips keep arriving: every tip is accepted and stored, and
 * every one reaches triage after Redis returns; the counts match exactly.
 */
const OUTAGE_MS = 30_000;
let redis: PrivateRedis;
let ctx: TestContext;

beforeAll(async () => {
  redis = await PrivateRedis.start();
  ctx = await createTestContext({
    env: { REDIS_URL: redis.url },
    settings: { security: { trustProxy: 1 }, queues: { outboxRelayIntervalMs: 500, outboxRelayGraceMs: 1000 } },
  });
  await ctx.startWorker();
});
afterAll(async () => {
  await ctx?.close();
  await redis?.stop();
});

describe('Redis outage while tips arrive', () => {
  it('accepts every tip during a 30 s outage and triages every one afterwards', async () => {
    const acknowledged: string[] = [];
    let n = 0;
    const submitFor = async (ms: number) => {
      const until = Date.now() + ms;
      while (Date.now() < until) {
        n += 1;
        const res = await request(ctx.baseUrl)
          .post('/api/v1/public/reports')
          .set('X-Forwarded-For', `198.18.${Math.floor(n / 250)}.${n % 250}`)
          .send(validTip({ body: `第${n}件：2026年3月，某局副局长在办公室收受下属现金五万元，承诺年底提拔，单位多人知晓此事。` }));
        expect(res.status).toBe(201);
        acknowledged.push(res.body.reportNumber);
        await new Promise((r) => setTimeout(r, 250));
      }
    };
    await submitFor(3000);
    await redis.stop();
    await submitFor(OUTAGE_MS);
    const duringOutage = acknowledged.length;
    await redis.start();
    await submitFor(3000);
    expect(duringOutage).toBeGreaterThan(50);

    await waitFor(
      async () =>
        (await ctx.db.query(`SELECT count(*) FROM report WHERE triaged_at IS NOT NULL`)).rows[0].count === String(acknowledged.length),
      60_000,
      `all ${acknowledged.length} tips triaged`,
    );
    const stored = (await ctx.db.query('SELECT number FROM report')).rows.map((r) => r.number);
    expect(new Set(stored)).toEqual(new Set(acknowledged));
    const events = await ctx.db.query(`SELECT count(*) FROM report_event WHERE type = 'TRIAGED'`);
    expect(events.rows[0].count).toBe(String(acknowledged.length));
  }, 150_000);
});
