// Triage benchmarks: tips/s through every pipeline step in one worker process, latency
// from receipt to triaged at a steady offered load, per-tip cost as the data grows, staff
// queries at scale (worker idle, then draining a burst) and peak memory. Sizes:
// QF_BENCH_SIZES="1000x10000,100000x1000000" (cadres x earlier tips).
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { getPriority } from 'node:os';
import pg from 'pg';
import { generateRoster, generateTips, tipBody } from './district-data.mjs';
import { benchStaffQueries } from './staff-queries.mjs';
import { benchEnv, cpuSeconds, dropDatabase, freshDatabase, load, peakRssMb, resetPeakRss, startProcess, BENCH_TAG } from './lib.mjs';

const SETTINGS = [
  'intake:',
  '  submissionsPerClientPerDay: 100000000',
  'queues:',
  '  outboxRelayIntervalMs: 200',
  '  outboxRelayGraceMs: 0',
  '  concurrency: 16',
  // QF_BENCH_SETTINGS: YAML lines added to the settings of the bench's processes, to compare a
  // setting's values in one sitting (e.g. `scheduling:\n  nice: { api: 0, worker: 0 }`).
  process.env.QF_BENCH_SETTINGS ?? '',
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

/** New tips naming roster cadres, written with their outbox rows as intake writes them; answers their ids. */
async function insertNewTips(db, count, tag) {
  const { rows: roster } = await db.query(
    `SELECT c.name, c.post, u.name AS unit FROM cadre c JOIN unit u ON u.id = c.unit_id ORDER BY md5(c.person_no || $1) LIMIT $2`,
    [tag, count],
  );
  // One tip in ten retells an earlier one of the same burst about the same person: a
  // district's share of repeats, which the pipeline must find.
  const seed = tag.length * 100_000;
  const retold = (i) => (i % 10 === 9 ? i - 7 : null);
  const people = Array.from({ length: count }, (_, i) => roster[(retold(i) ?? i) % roster.length]);
  const { rows } = await db.query(
    `WITH ins AS (
       INSERT INTO report (id, number, channel, real_name, receipt_hash, subjects, body)
       SELECT gen_random_uuid(), $1 || '-' || t.n, 'WEB', false, sha256(($1 || '-' || t.n)::bytea), t.subjects::jsonb, t.body
         FROM unnest($2::int[], $3::text[], $4::text[]) AS t(n, subjects, body)
       RETURNING id
     )
     INSERT INTO outbox (queue, job_name, job_id, payload)
     SELECT 'triage', 'triage-report', 'report:' || id || ':triage', jsonb_build_object('reportId', id) FROM ins RETURNING payload->>'reportId' AS id`,
    [
      tag,
      people.map((_, i) => i + 1),
      people.map((p) => JSON.stringify([{ name: p.name, unit: p.unit, post: p.post }])),
      people.map((p, i) => tipBody(seed + i, p, retold(i) === null ? null : seed + retold(i))),
    ],
  );
  return rows.map((r) => r.id);
}

/**
 * How many of the tips are triaged, by id: a pattern on the receipt number cannot use an
 * index, and a scan of a million tips every 200 ms took a core and pushed the triage's own
 * working set out of Postgres's cache (the burst at the large size measured the bench).
 */
async function triagedCount(db, ids) {
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM report WHERE id = ANY ($1::uuid[]) AND triaged_at IS NOT NULL`, [ids]);
  return rows[0].n;
}

/**
 * Keeps the worker draining while the staff queries are timed: a first batch of new tips, then
 * another whenever fewer than `low` wait (checked at most once a second, between requests).
 * Counts the checks that found none waiting: the worker was idle for a moment then.
 */
function drainingBurst(db, worker, { first = 1000, batch = 1000, low = 600 } = {}) {
  const ids = [];
  let batches = 0;
  let checks = 0;
  let dryChecks = 0;
  let lastCheck = 0;
  let started = 0;
  let triagedBefore = 0;
  const triaged = () => triagedCount(db, ids);
  const add = async (count) => {
    ids.push(...(await insertNewTips(db, count, `DRAIN${batches}`)));
    batches += 1;
  };
  return {
    async begin() {
      started = Date.now();
      triagedBefore = await triaged();
      await add(first);
      lastCheck = Date.now();
    },
    async tick() {
      if (Date.now() - lastCheck < 1000) return;
      lastCheck = Date.now();
      const waiting = ids.length - (await triaged());
      checks += 1;
      if (waiting <= 0) dryChecks += 1;
      if (waiting < low) await add(batch);
    },
    async end() {
      const seconds = (Date.now() - started) / 1000;
      const done = (await triaged()) - triagedBefore;
      return { inserted: ids.length, triaged: done, seconds: round(seconds), tipsPerSecond: round(done / seconds), checks, dryChecks };
    },
    /**
     * Waits (at most `limitSeconds`) for every tip of the burst to be triaged and the worker to
     * use < 5 % of a core for two windows of `windowMs` in a row.
     */
    waitIdle: (limitSeconds = 180, windowMs = 1000) =>
      workerQuiet(worker, { limitSeconds, windowMs, done: async () => (await triaged()) >= ids.length }),
  };
}

/**
 * Waits (at most `limitSeconds`) until the worker uses < 5 % of a core for two windows of
 * `windowMs` in a row, with `done()` true at the end of both.
 */
async function workerQuiet(worker, { limitSeconds = 300, windowMs = 1000, done = async () => true } = {}) {
  const start = Date.now();
  const deadline = start + limitSeconds * 1000;
  let quiet = 0;
  while (Date.now() < deadline) {
    const before = cpuSeconds([worker.pid]);
    await new Promise((r) => setTimeout(r, windowMs));
    const busy = cpuSeconds([worker.pid]) - before > (0.05 * windowMs) / 1000;
    quiet = !busy && (await done()) ? quiet + 1 : 0;
    if (quiet >= 2) return { idle: true, seconds: round((Date.now() - start) / 1000) };
  }
  return { idle: false, seconds: limitSeconds };
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

  // QF_BENCH_WORKER_NODE_ARGS: extra node arguments for the worker (e.g. a profiler preload
  // that starts and stops on SIGWINCH, which the burst sends before and after).
  const workerArgs = (process.env.QF_BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const worker = await startProcess('dist/worker.js', { ...env, LOG_LEVEL: 'info' }, /./, workerArgs);
  // QF_BENCH_LOG_DIR: keep the worker's and the api's output there.
  const keepLog = (child, name) => {
    if (!process.env.QF_BENCH_LOG_DIR) return;
    mkdirSync(process.env.QF_BENCH_LOG_DIR, { recursive: true });
    const file = `${process.env.QF_BENCH_LOG_DIR}/${name}-${cadres}x${tips}.log`;
    child.stdout.on('data', (chunk) => appendFileSync(file, chunk));
    child.stderr.on('data', (chunk) => appendFileSync(file, chunk));
  };
  keepLog(worker, 'worker');
  // A failed run must not leave a worker behind: it would relay this database's outbox
  // into its own queues and triage the next run's tips alongside the measured worker.
  const children = [worker];
  process.once('exit', () => children.forEach((c) => c.kill()));
  // Warm up: the first tip builds the roster index and the segmenter's dictionary.
  const warm = await insertNewTips(db, 5, 'WARM');
  await waitUntil(async () => (await triagedCount(db, warm)) === 5, 300_000, 'warm-up');
  // And its start-up sweeps done (deadline reminders due in the generated history, the
  // retention scan): the burst measures triage alone.
  await workerQuiet(worker);

  // Burst: how many tips per second one worker takes through every step.
  if (workerArgs.length) worker.kill('SIGWINCH');
  // CPU seconds the worker and this database's Postgres backends spend on the burst: what
  // bounds tips/s on this machine, whatever the wall clock says when others share it.
  // Per backend: one that ends during the burst must not take its earlier CPU with it (the
  // pool closes idle connections), one that starts counts from zero.
  const backendCpu = async () => {
    const { rows } = await db.query(
      `SELECT array_agg(pid) AS pids FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return new Map((rows[0].pids ?? []).map((pid) => [pid, cpuSeconds([pid])]));
  };
  const postgresSince = (before, after) => [...after].reduce((sum, [pid, seconds]) => sum + seconds - (before.get(pid) ?? 0), 0);
  const cpuBefore = { worker: cpuSeconds([worker.pid]), postgres: await backendCpu() };
  started = Date.now();
  const burstIds = await insertNewTips(db, burst, 'BURST');
  await waitUntil(async () => (await triagedCount(db, burstIds)) === burst, 900_000, 'burst triaged');
  const burstSeconds = (Date.now() - started) / 1000;
  const cpu = {
    workerMsPerTip: round(((cpuSeconds([worker.pid]) - cpuBefore.worker) * 1000) / burst, 2),
    postgresMsPerTip: round((postgresSince(cpuBefore.postgres, await backendCpu()) * 1000) / burst, 2),
  };
  if (workerArgs.length) worker.kill('SIGWINCH');

  // Steady offered load through the real api: latency from receipt to triaged.
  // QF_BENCH_API_NODE_ARGS: extra node arguments for the api (e.g. --trace-gc, with QF_BENCH_LOG_DIR).
  const apiArgs = (process.env.QF_BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const api = await startProcess('dist/main.js', { ...env, PORT: '3911', LOG_LEVEL: 'info' }, /successfully started/, apiArgs);
  keepLog(api, 'api');
  children.push(api);
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
            body: JSON.stringify({
              subjects: [{ name: c.name, unit: c.unit, post: c.post }],
              body: tipBody(500_000 + i, c),
              anonymous: true,
            }),
          };
        },
      },
    ],
  });
  await waitUntil(
    async () =>
      (await db.query(`SELECT count(*)::int AS n FROM report WHERE received_at >= $1 AND triaged_at IS NULL`, [before])).rows[0].n === 0,
    300_000,
    'steady-load tips triaged',
  );
  const { rows: latencies } = await db.query(
    `SELECT extract(epoch FROM triaged_at - received_at) * 1000 AS ms FROM report WHERE received_at >= $1 ORDER BY 1`,
    [before],
  );
  const ms = latencies.map((r) => Number(r.ms));

  // The api's peak in each phase: the steady intake load, then the staff queries (from the memory it had then).
  const apiSteadyPeakRssMb = peakRssMb(api.pid);
  resetPeakRss(api.pid);
  // Timed with the worker idle (everything above triaged), then while it drains a burst.
  const queries = staffQueries
    ? await benchStaffQueries({
        env,
        db,
        baseUrl: 'http://127.0.0.1:3911',
        tips,
        burst: drainingBurst(db, worker),
        nice: { worker: getPriority(worker.pid), api: getPriority(api.pid) },
      })
    : null;
  const apiQueriesPeakRssMb = peakRssMb(api.pid);
  const memory = {
    workerPeakRssMb: peakRssMb(worker.pid),
    apiPeakRssMb: Math.max(apiSteadyPeakRssMb, apiQueriesPeakRssMb),
    apiSteadyPeakRssMb,
    apiQueriesPeakRssMb,
  };
  worker.kill();
  api.kill();
  await db.end();
  // QF_BENCH_KEEP_DB=1 leaves the database for EXPLAIN (drop it yourself afterwards).
  if (!process.env.QF_BENCH_KEEP_DB) await dropDatabase(dbName);
  return {
    cadres,
    tips,
    generateSeconds: round(generateSeconds),
    burst,
    tipsPerSecond: round(burst / burstSeconds),
    msPerTip: round((burstSeconds * 1000) / burst, 2),
    cpu,
    steady: { offered: steadyRate, triaged: ms.length, p50: round(percentile(ms, 50)), p99: round(percentile(ms, 99)) },
    queries,
    memory,
  };
}
