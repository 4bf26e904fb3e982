// The triage worker's resident memory once booted and idle, on the bench's 1k-cadre
// district: a fresh database and roster, the built worker (dist/, or --dist DIR) started, a
// few tips triaged (the roster indexes built; the starter model trained at boot, unless
// --no-starter), then VmRSS sampled while nothing runs. Cleans up its database, Redis
// prefix and folders.
//   node bench/worker-rss.mjs [--dist DIR] [--no-starter] [--cadres 1000] [--idle-seconds 20]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { generateRoster, tipBody } from './district-data.mjs';
import { benchEnv, clearBenchLeftovers, dropDatabase, freshDatabase, peakRssMb, startProcess, BENCH_TAG } from './lib.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const dist = resolve(option('dist', 'dist'));
const starter = !args.includes('--no-starter');
const cadres = Number(option('cadres', '1000'));
const rssMb = (pid) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const dbName = `qf_bench_worker_rss${BENCH_TAG}_${process.pid}`;
const databaseUrl = await freshDatabase(dbName);
const env = benchEnv(databaseUrl);
if (!starter) writeFileSync(join(env.QF_CONFIG_DIR, 'triage.local.yaml'), 'model:\n  starterExamples: false\n');
let worker = null;
try {
  execFileSync('node', [join(dist, 'cli/migrate.js')], { env, stdio: 'ignore' });
  const db = new pg.Client({ connectionString: databaseUrl });
  db.on('error', () => {}); // the database is dropped at the end, with FORCE
  await db.connect();
  await generateRoster(db, cadres);
  worker = await startProcess(
    join(dist, 'worker.js'),
    { ...env, LOG_LEVEL: 'info' },
    /./,
    (process.env.QF_BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean),
  );
  let log = '';
  worker.stdout.on('data', (chunk) => (log += chunk));
  worker.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise((r) => worker.once('exit', r));
  const { rows: people } = await db.query(`SELECT c.name, c.post, u.name AS unit FROM cadre c JOIN unit u ON u.id = c.unit_id LIMIT 5`);
  await db.query(
    `WITH ins AS (
       INSERT INTO report (id, number, channel, real_name, receipt_hash, subjects, body)
       SELECT gen_random_uuid(), 'RSS-' || t.n, 'WEB', false, sha256(('RSS' || t.n)::bytea), t.subjects::jsonb, t.body
         FROM unnest($1::int[], $2::text[], $3::text[]) AS t(n, subjects, body) RETURNING id)
     INSERT INTO outbox (queue, job_name, job_id, payload)
     SELECT 'triage', 'triage-report', 'report:' || id || ':triage', jsonb_build_object('reportId', id) FROM ins`,
    [people.map((_, i) => i + 1), people.map((p) => JSON.stringify([p])), people.map((p, i) => tipBody(900 + i, p))],
  );
  const deadline = Date.now() + 300_000;
  const ready = async () => {
    const triaged = (await db.query(`SELECT count(*)::int AS n FROM report WHERE number LIKE 'RSS-%' AND triaged_at IS NOT NULL`)).rows[0]
      .n;
    const models = (await db.query(`SELECT count(*)::int AS n FROM category_model`)).rows[0].n;
    return triaged === people.length && (!starter || models > 0);
  };
  while (!(await ready())) {
    if (await Promise.race([exited.then(() => true), sleep(0).then(() => false)]))
      throw new Error(`the worker exited:\n${log.slice(-2000)}`);
    if (Date.now() > deadline) throw new Error('the worker did not triage the tips (or train the starter model) in 5 minutes');
    await sleep(500);
  }
  await db.end();
  const samples = [];
  for (let s = 0; s < Number(option('idle-seconds', '20')); s += 1) {
    await sleep(1000);
    samples.push(rssMb(worker.pid));
  }
  console.log(
    `${starter ? 'starter model' : 'no starter model'}: idle RSS ${samples.at(-1)} MB (min ${Math.min(...samples)}, max ${Math.max(...samples)} over ${samples.length} s), peak ${peakRssMb(worker.pid)} MB; ${dist}`,
  );
} finally {
  worker?.kill();
  await sleep(500);
  await dropDatabase(dbName);
  await clearBenchLeftovers();
}
