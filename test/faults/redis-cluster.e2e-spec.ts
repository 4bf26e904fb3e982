import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { validTip } from '../support/fixtures.js';
import { PrivateRedisCluster } from '../../bench/engines.mjs';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/** The pipeline runs unchanged on a three-node Redis Cluster with a hash-tagged queue prefix. */
let cluster: PrivateRedisCluster;
let ctx: TestContext;

beforeAll(async () => {
  cluster = await PrivateRedisCluster.start();
  ctx = await createTestContext({
    env: { REDIS_URL: cluster.url, QUEUE_PREFIX: '{qf-cluster-test}' },
    settings: { security: { trustProxy: 1 } },
  });
  await ctx.startWorker();
}, 60_000);
afterAll(async () => {
  await ctx?.close();
  cluster?.stop();
});

describe('BullMQ on a Redis Cluster', () => {
  it('takes tips, rate-limits per client and triages each exactly once', async () => {
    const numbers: string[] = [];
    for (let n = 0; n < 12; n += 1) {
      const res = await request(ctx.baseUrl)
        .post('/api/v1/public/reports')
        .set('X-Forwarded-For', `198.51.100.${n}`)
        .send(validTip({ body: `第${n}件：2026年3月，某局副局长在办公室收受下属现金五万元，承诺年底提拔，单位多人知晓此事。` }));
      expect(res.status).toBe(201);
      numbers.push(res.body.reportNumber);
    }
    await waitFor(
      async () =>
        (await ctx.db.query(`SELECT count(*) FROM report WHERE number = ANY($1) AND triaged_at IS NOT NULL`, [numbers])).rows[0].count ===
        '12',
      30_000,
      'all tips triaged through the cluster',
    );
    const events = await ctx.db.query(`SELECT count(*) FROM report_event WHERE type = 'TRIAGED'`);
    expect(events.rows[0].count).toBe('12');
    // Rate-limit counters live in the cluster too.
    const statuses: number[] = [];
    for (let i = 0; i < 22; i += 1) {
      statuses.push(
        (await request(ctx.baseUrl).post('/api/v1/public/reports/lookup').set('X-Forwarded-For', '192.0.2.77').send({ receiptCode: '1' }))
          .status,
      );
    }
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
    const ready = await request(ctx.baseUrl).get('/health/ready');
    expect(ready.body.info.redis.status).toBe('up');
  });
});
