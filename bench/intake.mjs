// Intake benchmark: the full web-intake path (validation, encryption, keyed hashes,
// idempotency, outbox, queue) under 64 connections, next to bare Fastify in the same run.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import pg from 'pg';
import { cpuShares, cpuSnapshot, benchEnv, dropDatabase, freshDatabase, load, peakRssMb, startProcess, BENCH_TAG } from './lib.mjs';
import { tipBody } from './district-data.mjs';

const TIP = JSON.stringify({
  subjects: [{ name: '王某某', unit: '某局', post: '副局长' }],
  body: '2026年3月，某局副局长王某某在其办公室收受下属现金五万元，承诺在年底干部调整中为其争取提拔，此事单位多人知晓。',
  anonymous: false,
  reporter: { name: '测试人', phone: '13912345678' },
});

async function waitForHttp(url, seconds = 30) {
  for (let i = 0; i < seconds * 10; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** Where a goal is missed: by how much, and what the CPU figures of the same run say about why. */
function shortfalls({ ratio, p99, errors, cpu }) {
  const cores = cpus().length;
  const why =
    cpu.api >= 85
      ? `the api process was CPU-bound (its one JavaScript thread at ${cpu.api}% of a core)`
      : cpu['whole machine'] >= 90 * cores
        ? `the machine's ${cores} cores were saturated (api ${cpu.api}%, Postgres ${cpu.postgres}%, Redis ${cpu.redis}%, load generator ${cpu['load generator']}%)`
        : `neither the api (${cpu.api}%) nor the machine (${cpu['whole machine']}% of ${cores * 100}%) was saturated: waiting on Postgres commits`;
  const notes = [];
  if (ratio < 0.15) notes.push(`rate: ${(0.15 / ratio).toFixed(1)}× short of 0.15 of bare Fastify; ${why}`);
  if (p99 > 50) notes.push(`p99: ${p99} ms is ${(p99 / 50).toFixed(1)}× the 50 ms goal; ${why}`);
  if (errors > 0) notes.push(`errors: ${errors} requests failed`);
  return notes;
}

export async function benchIntake({ duration = 10 } = {}) {
  const dbName = `qf_bench_intake${BENCH_TAG}`;
  const databaseUrl = await freshDatabase(dbName);
  // The worker as the triage benchmark runs it (16 jobs at once), so the drain is quick.
  const env = benchEnv(databaseUrl, 'intake:\n  submissionsPerClientPerDay: 100000000\nqueues:\n  concurrency: 16\n');
  execFileSync('node', ['dist/cli/migrate.js'], { env, stdio: 'ignore' });

  const bare = await startProcess('bench/bare-fastify.mjs', { ...env, PORT: '3901' }, /ready/);
  const bareCpuBefore = cpuSnapshot({ api: bare.pid });
  const ceiling = await load({
    url: 'http://127.0.0.1:3901/api/v1/public/reports',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: TIP,
    duration,
  });
  const bareCpu = cpuShares(bareCpuBefore, cpuSnapshot({ api: bare.pid }));
  bare.kill();

  const api = await startProcess('dist/main.js', { ...env, PORT: '3902', LOG_LEVEL: 'info' }, /successfully started/);
  await waitForHttp('http://127.0.0.1:3902/health/ready');
  // The app's own floor: a request that does nothing (the liveness probe) through the same
  // stack as a tip (Nest's router, the global guards and interceptors, the request log).
  // What a tip costs above it is intake's own work.
  const floorCpuBefore = cpuSnapshot({ api: api.pid });
  const floor = await load({ url: 'http://127.0.0.1:3902/health/live', duration });
  const floorCpu = cpuShares(floorCpuBefore, cpuSnapshot({ api: api.pid }));
  // Each tip its own text, as real tips are: identical ones would all be repeats of each other.
  let n = 0;
  const person = { unit: '某局', post: '副局长', name: '王某某' };
  const cpuBefore = cpuSnapshot({ api: api.pid });
  const result = await load({
    url: 'http://127.0.0.1:3902/api/v1/public/reports',
    duration,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: JSON.stringify({ ...JSON.parse(TIP), body: tipBody(n++, person) }) }),
      },
    ],
  });
  const cpu = cpuShares(cpuBefore, cpuSnapshot({ api: api.pid }));
  // The worker starts once the load stops: on two cores a triaging worker would take the
  // api's CPU, and the ceiling (bare Fastify) had the machine to itself too. Every tip
  // the api accepted must then reach triage.
  const worker = await startProcess('dist/worker.js', { ...env, LOG_LEVEL: 'info' }, /./);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  // Responses still in flight when the load stopped are stored but not counted as 2xx:
  // the promise is that every acknowledged tip is stored (stored ≥ accepted).
  await new Promise((r) => setTimeout(r, 2000));
  const accepted = result['2xx'];
  const stored = Number((await db.query('SELECT count(*) FROM report')).rows[0].count);
  const started = Date.now();
  // Wait as long as triage makes progress (a minute without any means it is stuck).
  let triaged = 0;
  let progressAt = Date.now();
  while (Date.now() - progressAt < 60_000) {
    const now = Number((await db.query('SELECT count(*) FROM report WHERE triaged_at IS NOT NULL')).rows[0].count);
    if (now > triaged) progressAt = Date.now();
    triaged = now;
    if (triaged >= stored) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const drainSeconds = (Date.now() - started) / 1000;
  await db.end();
  const apiRss = peakRssMb(api.pid);
  const workerRss = peakRssMb(worker.pid);
  api.kill();
  worker.kill();
  await dropDatabase(dbName);

  const ratio = result.requests.average / ceiling.requests.average;
  const floorRatio = floor.requests.average / ceiling.requests.average;
  // CPU of the api's process per request (ms), from its share of a core over the load.
  const msPerRequest = (share, run) => (share * 10 * duration) / Math.max(1, run.requests.total);
  const floorMs = msPerRequest(floorCpu.api, floor);
  const intakeMs = msPerRequest(cpu.api, result);
  const notes = shortfalls({ ratio, p99: result.latency.p99, errors: result.errors + result.non2xx, cpu });
  if (ratio < 0.15)
    notes.push(
      `why, per request: the app answers a request that does nothing at ${floorRatio.toFixed(2)} of bare Fastify (${floorMs.toFixed(3)} ms of api CPU: ` +
        `router, guards, interceptors, request log); a tip costs ${intakeMs.toFixed(3)} ms, so ${(intakeMs - floorMs).toFixed(3)} ms is intake's own work ` +
        `(validation, sealing the identity, four keyed hashes, the rate-limit count, its share of the batched insert and queue add). ` +
        `0.15 of bare Fastify in this run is ${((1000 * duration) / (0.15 * ceiling.requests.total)).toFixed(3)} ms a request`,
    );
  return {
    notes,
    rows: [
      {
        what: 'bare Fastify 201 (ceiling)',
        'req/s': Math.round(ceiling.requests.average),
        'p50 ms': ceiling.latency.p50,
        'p99 ms': ceiling.latency.p99,
        errors: ceiling.errors + ceiling.non2xx,
        ratio: '1.00',
        goal: '',
        'api CPU ms/req': ((bareCpu.api * 10 * duration) / Math.max(1, ceiling.requests.total)).toFixed(3),
      },
      {
        what: "the app's floor: GET /health/live",
        'req/s': Math.round(floor.requests.average),
        'p50 ms': floor.latency.p50,
        'p99 ms': floor.latency.p99,
        errors: floor.errors + floor.non2xx,
        ratio: floorRatio.toFixed(2),
        goal: '',
        'api CPU ms/req': floorMs.toFixed(3),
      },
      {
        what: 'web intake, full path',
        'req/s': Math.round(result.requests.average),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        errors: result.errors + result.non2xx,
        ratio: ratio.toFixed(2),
        goal: `≥ 0.15 ratio ${ratio >= 0.15 ? 'met' : 'NOT met'}; p99 ≤ 50 ms ${result.latency.p99 <= 50 ? 'met' : 'NOT met'}`,
        'api CPU ms/req': intakeMs.toFixed(3),
      },
    ],
    counts: {
      accepted,
      stored,
      triaged,
      'triage drain s': Number(drainSeconds.toFixed(1)),
      'triaged/s': Math.round(triaged / drainSeconds),
      everyAcknowledgedStored: stored >= accepted,
      allTriaged: triaged === stored,
    },
    memory: { apiPeakRssMb: apiRss, workerPeakRssMb: workerRss },
    cpu: [
      { run: 'bare Fastify', ...bareCpu },
      { run: "the app's floor", ...floorCpu },
      { run: 'web intake', ...cpu },
    ],
  };
}
