import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import { runMigrations } from '../../src/cli/migrate.js';
import { validTip } from '../support/fixtures.js';
import { PrivatePostgres } from '../../bench/engines.mjs';
import { createTestContext, type TestContext } from '../support/test-context.js';

/**
 * Postgres restarted while tips arrive: during the outage submissions get 503 with
 * Retry-After (never 500), nothing is acknowledged that is not stored, and intake
 * resumes by itself when Postgres is back.
 */
let postgres: PrivatePostgres;
let ctx: TestContext;

beforeAll(async () => {
  postgres = await PrivatePostgres.create();
  const admin = new pg.Client({ connectionString: postgres.url() });
  await admin.connect();
  await admin.query('CREATE DATABASE qingfeng');
  await admin.end();
  await runMigrations(postgres.url('qingfeng'), () => undefined);
  ctx = await createTestContext({ env: { DATABASE_URL: postgres.url('qingfeng') }, settings: { security: { trustProxy: 1 } } });
});
afterAll(async () => {
  await ctx?.close().catch(() => undefined);
  postgres?.destroy();
});

describe('Postgres restarted while tips arrive', () => {
  it('answers 503 with Retry-After during the outage, loses nothing acknowledged, and resumes by itself', async () => {
    const acknowledged: string[] = [];
    const statuses: number[] = [];
    let n = 0;
    const submit = async () => {
      n += 1;
      const res = await request(ctx.baseUrl)
        .post('/api/v1/public/reports')
        .set('X-Forwarded-For', `198.18.${Math.floor(n / 200)}.${n % 200}`)
        .send(validTip({ body: `第${n}件：2026年3月，某局副局长在办公室收受下属现金五万元，承诺年底提拔，单位多人知晓此事。` }));
      statuses.push(res.status);
      if (res.status === 201) acknowledged.push(res.body.reportNumber);
      else {
        expect(res.status).toBe(503);
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
        expect(res.body.code).toBe('SERVICE_UNAVAILABLE');
      }
      return res.status;
    };

    for (let i = 0; i < 5; i += 1) expect(await submit()).toBe(201);
    postgres.stop();
    for (let i = 0; i < 5; i += 1) await submit();
    expect(statuses.slice(5)).toEqual([503, 503, 503, 503, 503]);
    postgres.start();
    // Intake resumes without a restart of the api: the pool reconnects.
    let resumed = false;
    for (let i = 0; i < 50 && !resumed; i += 1) {
      resumed = (await submit()) === 201;
      if (!resumed) await new Promise((r) => setTimeout(r, 200));
    }
    expect(resumed).toBe(true);
    for (let i = 0; i < 5; i += 1) expect(await submit()).toBe(201);
    expect(statuses.filter((s) => s >= 500 && s !== 503)).toEqual([]);

    const { rows } = await ctx.db.query('SELECT number FROM report');
    const stored = new Set(rows.map((r) => r.number));
    expect(acknowledged.filter((number) => !stored.has(number))).toEqual([]);
    expect(stored.size).toBe(acknowledged.length);
  });
});
