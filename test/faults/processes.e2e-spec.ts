import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { AppProcess } from '../support/app-process.js';
import { validTip } from '../support/fixtures.js';
import { createTestEnvironment, waitFor, type TestEnvironment } from '../support/test-context.js';

/**
 * Two api and two worker processes on one Postgres and Redis; one worker killed with
 * SIGKILL in the middle of the work. Every acknowledged tip is stored and triaged exactly
 * once (one TRIAGED event each), and no job is left behind.
 */
let environment: TestEnvironment;
let db: pg.Pool;
const processes: AppProcess[] = [];

beforeAll(async () => {
  environment = await createTestEnvironment({
    // A dead worker's claim on a job lapses after 2 s and is noticed within 1 s.
    settings: {
      security: { trustProxy: 1 },
      queues: { jobLockMs: 2000, stalledCheckMs: 1000, outboxRelayIntervalMs: 500, outboxRelayGraceMs: 1000 },
    },
  });
  db = new pg.Pool({ connectionString: environment.env['DATABASE_URL'], max: 2 });
});
afterAll(async () => {
  await Promise.all(processes.map((p) => p.kill('SIGKILL')));
  await db?.end();
  environment?.cleanUp();
});

describe('several processes, one killed mid-work', () => {
  it('stores and triages every tip exactly once', async () => {
    const apis = await Promise.all([AppProcess.api(environment.env), AppProcess.api(environment.env)]);
    processes.push(...apis.map((a) => a.process));
    const tips = 120;
    const acknowledged: string[] = [];
    const workerA = AppProcess.start('dist/worker.js', environment.env);
    const workerB = AppProcess.start('dist/worker.js', environment.env);
    processes.push(workerA, workerB);

    // Tips arrive through both apis, a few at a time.
    for (let i = 0; i < tips; i += 8) {
      const batch = await Promise.all(
        Array.from({ length: 8 }, async (_, j) => {
          const n = i + j;
          const res = await fetch(`${apis[n % 2]!.url}/api/v1/public/reports`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.19.${Math.floor(n / 250)}.${n % 250}` },
            body: JSON.stringify(
              validTip({ body: `第${n}件：2026年3月，某局副局长在办公室收受下属现金${n + 1}万元，承诺年底提拔，单位多人知晓此事。` }),
            ),
          });
          expect(res.status).toBe(201);
          return ((await res.json()) as { reportNumber: string }).reportNumber;
        }),
      );
      acknowledged.push(...batch);
      if (i === 48) await workerA.kill('SIGKILL'); // in the middle of the stream and of the work
    }
    expect(workerA.alive).toBe(false);
    const workerC = AppProcess.start('dist/worker.js', environment.env);
    processes.push(workerC);

    await waitFor(
      async () => Number((await db.query(`SELECT count(*) FROM report WHERE triaged_at IS NOT NULL`)).rows[0].count) === tips,
      90_000,
      `all ${tips} tips triaged`,
    );
    const stored = (await db.query('SELECT number FROM report')).rows.map((r) => r.number);
    expect(new Set(stored)).toEqual(new Set(acknowledged));
    const perReport = await db.query(
      `SELECT count(*) FILTER (WHERE n <> 1) AS wrong, count(*) AS total
         FROM (SELECT r.id, count(e.id) AS n FROM report r LEFT JOIN report_event e ON e.report_id = r.id AND e.type = 'TRIAGED' GROUP BY r.id) x`,
    );
    expect(perReport.rows[0]).toEqual({ wrong: '0', total: String(tips) });
    await waitFor(
      async () => Number((await db.query(`SELECT count(*) FROM outbox WHERE dispatched_at IS NULL`)).rows[0].count) === 0,
      20_000,
      'outbox drained',
    );
    expect(workerB.alive && workerC.alive).toBe(true);
  }, 180_000);
});
