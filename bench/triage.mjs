// Triage benchmarks: tips/s through every pipeline step in one worker process, latency
// from receipt to triaged at a steady offered load, per-tip cost as the data grows,
// staff queries at scale and peak memory. Sizes: QF_BENCH_SIZES="1000x10000,100000x1000000"
// (cadres x earlier tips).
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { generateRoster, generateTips } from './district-data.mjs';
import { benchStaffQueries } from './staff-queries.mjs';
import { tipText } from './tip-text.mjs';
import { benchEnv, dropDatabase, freshDatabase, load, peakRssMb, startProcess, BENCH_TAG } from './lib.mjs';

const SETTINGS = [
  'intake:',
  '  submissionsPerClientPerDay: 100000000',
  'queues:',
  '  outboxRelayIntervalMs: 200',
  '  outboxRelayGraceMs: 0',
  '  concurrency: 16',
].join('\n');

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);
const round = (x, d = 1) => Number(x.toFixed(d));

async function waitUntil(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** New tips naming roster cadres, written with their outbox rows as intake writes them. */
async function insertNewTips(db, count, tag) {
  const { rows: roster } = await db.query(
    `SELECT c.name, c.post, u.name AS unit FROM cadre c JOIN unit u ON u.id = c.unit_id ORDER BY md5(c.person_no || $1) LIMIT $2`,
    [tag, count],
  );
  const people = Array.from({ length: count }, (_, i) => roster[i % roster.length]);
  const { rows } = await db.query(
    `WITH ins AS (
       INSERT INTO report (id, number, channel, real_name, receipt_hash, subjects, body)
       SELECT gen_random_uuid(), $1 || '-' || t.n, 'WEB', false, sha256(($1 || t.n)::bytea), t.subjects::jsonb, t.body
         FROM unnest($2::int[], $3::text[], $4::text[]) AS t(n, subjects, body)
       RETURNING id
     )
     INSERT INTO outbox (queue, job_name, job_id, payload)
     SELECT 'triage', 'triage-report', 'report:' || id || ':triage', jsonb_build_object('reportId', id) FROM ins RETURNING id`,
    [
      tag,
      people.map((_, i) => i + 1),
      people.map((p) => JSON.stringify([{ name: p.name, unit: p.unit, post: p.post }])),
      people.map((p, i) => tipText(i + tag.length * 100_000, p)),
    ],
  );
  return rows.length;
}

async function triagedCount(db, tag) {
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM report WHERE number LIKE $1 AND triaged_at IS NOT NULL`, [`${tag}-%`]);
  return rows[0].n;
}

export async function benchTriageAt({ cadres, tips, burst = 2000, steadyRate = 500, steadySeconds = 15, staffQueries = false }) {
  const dbName = `qf_bench_triage_${cadres}_${tips}${BENCH_TAG}`;
  const databaseUrl = await freshDatabase(dbName);
  const env = benchEnv(databaseUrl, SETTINGS);
  execFileSync('node', ['dist/cli/migrate.js'], { env, stdio: 'ignore' });
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  let started = Date.now();
  await generateRoster(db, cadres);
  await generateTips(db, tips);
  const generateSeconds = (Date.now() - started) / 1000;

  const worker = await startProcess('dist/worker.js', { ...env, LOG_LEVEL: 'info' }, /./);
  // Warm up: the first tip builds the roster index and the segmenter's dictionary.
  await insertNewTips(db, 5, 'WARM');
  await waitUntil(async () => (await triagedCount(db, 'WARM')) === 5, 300_000, 'warm-up');

  // Burst: how many tips per second one worker takes through every step.
  started = Date.now();
  await insertNewTips(db, burst, 'BURST');
  await waitUntil(async () => (await triagedCount(db, 'BURST')) === burst, 900_000, 'burst triaged');
  const burstSeconds = (Date.now() - started) / 1000;

  // Steady offered load through the real api: latency from receipt to triaged.
  const api = await startProcess('dist/main.js', { ...env, PORT: '3911', LOG_LEVEL: 'info' }, /successfully started/);
  const { rows: sample } = await db.query(`SELECT c.name, c.post, u.name AS unit FROM cadre c JOIN unit u ON u.id = c.unit_id LIMIT 50`);
  let i = 0;
  const before = new Date();
  await load({
    url: 'http://127.0.0.1:3911/api/v1/public/reports',
    connections: 32,
    duration: steadySeconds,
    overallRate: steadyRate,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => {
          const c = sample[i++ % sample.length];
          return {
            ...req,
            body: JSON.stringify({ subjects: [{ name: c.name, unit: c.unit, post: c.post }], body: tipText(500_000 + i, c), anonymous: true }),
          };
        },
      },
    ],
  });
  await waitUntil(
    async () => (await db.query(`SELECT count(*)::int AS n FROM report WHERE received_at >= $1 AND triaged_at IS NULL`, [before])).rows[0].n === 0,
    300_000,
    'steady-load tips triaged',
  );
  const { rows: latencies } = await db.query(
    `SELECT extract(epoch FROM triaged_at - received_at) * 1000 AS ms FROM report WHERE received_at >= $1 ORDER BY 1`,
    [before],
  );
  const ms = latencies.map((r) => Number(r.ms));

  const queries = staffQueries ? await benchStaffQueries({ env, db, baseUrl: 'http://127.0.0.1:3911', tips }) : null;
  const memory = { workerPeakRssMb: peakRssMb(worker.pid), apiPeakRssMb: peakRssMb(api.pid) };
  worker.kill();
  api.kill();
  await db.end();
  await dropDatabase(dbName);
  return {
    cadres,
    tips,
    generateSeconds: round(generateSeconds),
    burst,
    tipsPerSecond: round(burst / burstSeconds),
    msPerTip: round((burstSeconds * 1000) / burst, 2),
    steady: { offered: steadyRate, triaged: ms.length, p50: round(percentile(ms, 50)), p99: round(percentile(ms, 99)) },
    queries,
    memory,
  };
}
