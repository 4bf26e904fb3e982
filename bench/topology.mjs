// `npm run bench -- --topology` (issue 15): a whole deployment on one machine. 2 api and 2
// worker processes (the built dist/), a Postgres primary with a streaming replica and a Redis
// Cluster (3 masters, one replica for the queues' master), all of the benchmark's own under /tmp;
// a round-robin balancer (bench/balancer.mjs) in front of the apis. Intake is driven through
// the balancer while the workers triage; mid-run one api, one worker and the queues' Redis
// master are SIGKILLed and restarted. Prints intake through the balancer next to bare Fastify
// from the same run, triage with two workers, "nothing lost" (every acknowledged receipt stored
// and triaged exactly once) and how many staff inbox reads the replica served.
// Everything it starts is stopped and removed at the end, also on failure or Ctrl-C.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PrivatePostgres, PrivateRedisCluster, freePort } from './engines.mjs';
import { tipBody } from './district-data.mjs';
import { benchEnv, clearBenchLeftovers, cpuSeconds, cpuShares, cpuSnapshot, load, printTable, startProcess } from './lib.mjs';

const HASH_TAG = '{qfbench}';
const STAFF = { username: 'topology-officer', password: 'Quiet-Harbour-Lamp-42' };
// The worker as the other benchmarks run it (16 jobs at once). A killed worker's jobs wait
// for their lock to expire before another worker takes them: 10 s here instead of the
// default 30 s, so the run stays short (config/default.yaml: queues.jobLockMs).
const SETTINGS = [
  'intake:',
  '  submissionsPerClientPerDay: 100000000',
  'queues:',
  '  concurrency: 16',
  '  jobLockMs: 10000',
  '  stalledCheckMs: 5000',
].join('\n');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (x, d = 1) => Number(x.toFixed(d));

async function waitFor(check, seconds, what) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not there yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

/** Everything started so far, stopped in reverse order; synchronous so Ctrl-C and exit can run it too. */
const teardown = [];
function stopEverything() {
  for (const stop of teardown.splice(0).reverse()) {
    try {
      stop();
    } catch (error) {
      console.error(`topology clean-up: ${error.message}`);
    }
  }
  // A child still starting (not yet ready, so not in the list) when a failure or Ctrl-C came.
  try {
    for (const line of execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)])
      .toString()
      .split('\n')) {
      const [pid, command] = line.trim().split(/\s+/);
      if (pid && command !== 'ps') process.kill(Number(pid), 'SIGKILL');
    }
  } catch {
    // none left
  }
}
function onSignal(signal) {
  console.error(`\n${signal}: stopping everything the topology benchmark started`);
  stopEverything();
  process.exit(130);
}

/** A child process that is killed (SIGKILL) at clean-up unless it is gone already. */
function owned(child) {
  teardown.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return child;
}

/** CPU of a Postgres server's own processes (the postmaster and its children), for cpuSnapshot. */
function postgresPids(server) {
  const postmaster = Number(readFileSync(join(server.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const pids = [postmaster];
  for (const entry of execFileSync('ps', ['-o', 'pid=', '--ppid', String(postmaster)])
    .toString()
    .split('\n')) {
    if (entry.trim()) pids.push(Number(entry));
  }
  return pids;
}

async function waitForHttp(url, seconds = 60) {
  await waitFor(async () => (await fetch(url)).ok, seconds, url);
}

export async function benchTopology({
  duration = 10,
  chaosSeconds = 20,
  staffSeconds = 5,
  killRedis = process.env.QF_TOPOLOGY_KILL_REDIS !== '0',
} = {}) {
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', stopEverything);
  try {
    return await run({ duration, chaosSeconds, staffSeconds, killRedis });
  } finally {
    stopEverything();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', stopEverything);
    await clearBenchLeftovers();
  }
}

async function run({ duration, chaosSeconds, staffSeconds, killRedis }) {
  const timings = {};
  let t = Date.now();
  // The engines: primary + streaming replica, and the Redis Cluster.
  const primary = await PrivatePostgres.create({ max_connections: 200 });
  teardown.push(() => primary.destroy());
  const admin = new pg.Client({ connectionString: primary.url() });
  await admin.connect();
  await admin.query('CREATE DATABASE qingfeng');
  await admin.end();
  const replica = await primary.replica();
  teardown.push(() => replica.destroy());
  timings['Postgres primary + replica'] = Date.now() - t;
  t = Date.now();
  const redis = await PrivateRedisCluster.start({ hashTag: HASH_TAG, nodeTimeoutMs: 2000 });
  teardown.push(() => redis.stop());
  timings['Redis Cluster'] = Date.now() - t;

  const env = {
    ...benchEnv(primary.url('qingfeng'), SETTINGS),
    REDIS_URL: redis.url,
    QUEUE_PREFIX: HASH_TAG,
    DATABASE_REPLICA_URL: replica.url('qingfeng'),
    // The staff reads below pause the replica's replay for a few seconds to tell which server answered.
    DATABASE_REPLICA_MAX_LAG_SECONDS: '60',
    DATABASE_REPLICA_PIN_SECONDS: '120',
  };
  // Its folders, removed here too (clearBenchLeftovers also does, but not after Ctrl-C).
  teardown.push(() => [env.QF_CONFIG_DIR, env.QF_STORAGE_DIR].forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  t = Date.now();
  execFileSync('node', ['dist/cli/migrate.js'], { env, stdio: 'ignore' });
  execFileSync('node', ['dist/cli/create-admin.js', '--username', STAFF.username, '--roles', 'TRIAGE_OFFICER'], {
    env: { ...env, QF_ADMIN_PASSWORD: STAFF.password },
    stdio: 'ignore',
  });
  timings['migrations + staff account'] = Date.now() - t;
  const db = new pg.Client({ connectionString: primary.url('qingfeng') });
  await db.connect();
  teardown.push(() => db.end().catch(() => undefined));
  const replicaDb = new pg.Client({ connectionString: replica.url('qingfeng') });
  replicaDb.on('error', () => undefined);
  await replicaDb.connect();
  teardown.push(() => replicaDb.end().catch(() => undefined));

  // The ceiling: bare Fastify on this machine, now.
  const barePort = await freePort();
  const bare = owned(await startProcess('bench/bare-fastify.mjs', { ...env, PORT: String(barePort) }, /ready/));
  const person = { unit: '某局', post: '副局长', name: '王某某' };
  const tip = (i) =>
    JSON.stringify({ subjects: [person], body: tipBody(i, person), anonymous: false, reporter: { name: '测试人', phone: '13912345678' } });
  const ceiling = await load({
    url: `http://127.0.0.1:${barePort}/api/v1/public/reports`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: tip(0), // the same size of request as the real tips below
    duration,
  });
  bare.kill('SIGKILL');

  // The deployment: 2 apis, 2 workers, the balancer.
  t = Date.now();
  const apiPorts = [await freePort(), await freePort()];
  const startApi = async (port) => {
    const api = owned(await startProcess('dist/main.js', { ...env, PORT: String(port), LOG_LEVEL: 'info' }, /successfully started/));
    await waitForHttp(`http://127.0.0.1:${port}/health/ready`);
    return api;
  };
  const startWorker = async () => owned(await startProcess('dist/worker.js', { ...env, LOG_LEVEL: 'info' }, /./));
  const [apis, workers] = await Promise.all([
    Promise.all(apiPorts.map((port) => startApi(port))),
    Promise.all([startWorker(), startWorker()]),
  ]);
  const balancerPort = await freePort();
  const lb = owned(
    await startProcess(
      'bench/balancer.mjs',
      { ...env, QF_BALANCER_PORT: String(balancerPort), QF_BALANCER_BACKENDS: apiPorts.join(',') },
      /ready/,
    ),
  );
  let lbOutput = '';
  lb.stdout.on('data', (chunk) => (lbOutput += chunk));
  timings['2 apis + 2 workers + balancer'] = Date.now() - t;
  const base = `http://127.0.0.1:${balancerPort}`;

  // Intake through the balancer; every acknowledged receipt (201 with its number) is kept.
  const acknowledged = new Set();
  const statuses = {};
  // Requests that got an answer. When the balancer cuts a connection (its api was killed),
  // autocannon reconnects without counting the request in flight as an error: sent − answered says.
  let answered = 0;
  let n = 0;
  const intake = (seconds) =>
    load({
      url: `${base}/api/v1/public/reports`,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          setupRequest: (req) => ({
            ...req,
            body: tip(n++),
          }),
          onResponse: (status, body) => {
            statuses[status] = (statuses[status] ?? 0) + 1;
            answered += 1;
            if (status === 201) acknowledged.add(JSON.parse(body).reportNumber);
          },
        },
      ],
    });
  const triaged = async () => Number((await db.query('SELECT count(*) FROM report WHERE triaged_at IS NOT NULL')).rows[0].count);
  // This run's own engines only (other Postgres and Redis servers on the machine are left out).
  const snapshot = () => {
    const {
      postgres,
      redis: allRedis,
      ...rest
    } = cpuSnapshot({
      'api 1': apis[0].pid,
      'api 2': apis[1].pid,
      'worker 1': workers[0].pid,
      'worker 2': workers[1].pid,
      balancer: lb.pid,
    });
    void postgres;
    void allRedis;
    return {
      ...rest,
      'Postgres primary + replica': cpuSeconds([...postgresPids(primary), ...postgresPids(replica)]),
      'Redis Cluster': cpuSeconds([...redis.servers.values()].map((s) => s.pid)),
    };
  };

  // Warm-up: the first tips build each worker's roster index and segmenter dictionary.
  t = Date.now();
  await Promise.all(
    Array.from({ length: 32 }, async (_, i) => {
      const res = await fetch(`${base}/api/v1/public/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ subjects: [person], body: tipBody(8_000_000 + i, person), anonymous: true }),
      });
      if (res.status !== 201) throw new Error(`a warm-up tip answered ${res.status}: ${await res.text()}`);
      acknowledged.add((await res.json()).reportNumber);
    }),
  );
  await waitFor(async () => (await triaged()) >= 32, 120, 'the warm-up tips triaged');
  timings['warm-up (32 tips triaged)'] = Date.now() - t;

  // 1. A clean run: the figures of the deployment.
  let cpuBefore = snapshot();
  let triagedBefore = await triaged();
  let answeredBefore = answered;
  const clean = await intake(duration);
  clean.unanswered = clean.requests.sent - (answered - answeredBefore);
  const cleanCpu = withOthers(cpuShares(cpuBefore, snapshot()));
  const cleanTriaged = (await triaged()) - triagedBefore;

  // 2. The same load while one api, one worker and the queues' Redis master are SIGKILLed and restarted.
  const events = [];
  const at = (what, since) => events.push({ what, 's into the run': round((Date.now() - since) / 1000) });
  const chaosStart = Date.now();
  answeredBefore = answered;
  const chaosLoad = intake(chaosSeconds);
  const chaos = (async () => {
    await sleep(Math.round(chaosSeconds * 250));
    const redisMaster = killRedis ? redis.masterOf(redis.slot) : null;
    apis[0].kill('SIGKILL');
    workers[0].kill('SIGKILL');
    if (redisMaster) await redis.kill(redisMaster);
    at(`SIGKILL api 1, worker 1${redisMaster ? `, Redis master :${redisMaster} (holds ${HASH_TAG})` : ''}`, chaosStart);
    const restarts = [
      (async () => {
        workers[0] = await startWorker();
        at('worker 1 started again', chaosStart);
      })(),
      (async () => {
        apis[0] = await startApi(apiPorts[0]);
        at('api 1 ready again (/health/ready)', chaosStart);
      })(),
    ];
    if (redisMaster) {
      // Restarted only after the failover: without persistence a master that came back before
      // its replica took over would come back empty and serve its slots with no queues in them.
      await waitFor(
        () => {
          const now = redis.masterOf(redis.slot);
          return now !== null && now !== redisMaster;
        },
        30,
        'Redis failover',
      );
      at(`Redis replica promoted: :${redis.masterOf(redis.slot)} holds ${HASH_TAG}`, chaosStart);
      redis.startServer(redisMaster);
      await redis.waitForState(redis.ports, () => redis.masterOf(redis.slot) !== redisMaster, 30);
      at(`old master :${redisMaster} back, now a replica`, chaosStart);
    }
    await Promise.all(restarts);
  })();
  const chaosResult = await chaosLoad;
  chaosResult.unanswered = chaosResult.requests.sent - (answered - answeredBefore);
  await chaos;
  const loadEnd = Date.now();

  // 3. The drain: the workers finish the backlog (api idle). Responses still in flight when
  // the load stopped may be stored but not acknowledged: stored ≥ acknowledged is the promise.
  const series = [];
  const triagedAtEnd = await triaged();
  cpuBefore = snapshot();
  let last = triagedAtEnd;
  let progressAt = Date.now();
  let stored = 0;
  for (;;) {
    stored = Number((await db.query('SELECT count(*) FROM report')).rows[0].count);
    const now = await triaged();
    series.push({ at: Date.now(), triaged: now });
    if (now > last) progressAt = Date.now();
    last = now;
    if (now >= stored) break;
    if (Date.now() - progressAt > 45_000) break; // stuck: reported below
    await sleep(250);
  }
  const drainCpu = withOthers(cpuShares(cpuBefore, snapshot()));
  const drainSeconds = (series.at(-1).at - loadEnd) / 1000;
  // The steady part of the drain: until the first second without progress (what is left then
  // is the killed worker's jobs, waiting for their lock to expire).
  const firstStall = series.findIndex((s, i) => i >= 4 && s.triaged === series[i - 4].triaged && s.triaged < stored);
  const steady = firstStall > 0 ? series[firstStall - 4] : series.at(-1);
  const steadyRate = (steady.triaged - triagedAtEnd) / Math.max(0.001, (steady.at - loadEnd) / 1000);

  const numbers = [...acknowledged];
  const counts = (
    await db.query(
      `SELECT (SELECT count(*)::int FROM report WHERE number = ANY($1)) AS "acknowledgedStored",
              (SELECT count(*)::int FROM report) AS rows,
              (SELECT count(*)::int FROM report WHERE triaged_at IS NOT NULL) AS triaged,
              (SELECT count(*)::int FROM report_event WHERE type = 'TRIAGED') AS "triagedEvents",
              (SELECT count(*)::int FROM (SELECT report_id FROM report_event WHERE type = 'TRIAGED' GROUP BY report_id HAVING count(*) > 1) d) AS duplicates,
              (SELECT count(*)::int FROM outbox WHERE job_name = 'triage-report' AND attempts > 0) AS relayed`,
      [numbers],
    )
  ).rows[0];

  // 4. Staff reads through the balancer: which server answered each inbox GET. The replica's
  // replay is paused and a marker tip is taken on the primary: a list without it came from the replica.
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(STAFF),
  });
  if (!login.ok) throw new Error(`log-in answered ${login.status}: ${await login.text()}`);
  const auth = { authorization: `Bearer ${(await login.json()).token}` };
  const lsn = async (client, fn) => (await client.query(`SELECT (${fn}() - '0/0'::pg_lsn)::text AS p`)).rows[0].p;
  const target = BigInt(await lsn(db, 'pg_current_wal_lsn'));
  await waitFor(async () => BigInt(await lsn(replicaDb, 'pg_last_wal_replay_lsn')) >= target, 30, 'the replica to catch up');
  await replicaDb.query('SELECT pg_wal_replay_pause()');
  const markerRes = await fetch(`${base}/api/v1/public/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ subjects: [person], body: tipBody(9_999_999, person), anonymous: true }),
  });
  if (markerRes.status !== 201) throw new Error(`the marker tip answered ${markerRes.status}`);
  const marker = (await markerRes.json()).reportNumber;
  await sleep(300); // the apis cache the replica's replayed position for 100 ms
  const served = { replica: 0, primary: 0, errors: 0, ms: [] };
  const staffEnd = Date.now() + staffSeconds * 1000;
  const reader = async () => {
    while (Date.now() < staffEnd) {
      const started = performance.now();
      const res = await fetch(`${base}/api/v1/reports?limit=20`, { headers: auth });
      if (!res.ok) {
        served.errors += 1;
        await res.text();
        continue;
      }
      const { items } = await res.json();
      served.ms.push(performance.now() - started);
      served[items.some((x) => x.number === marker) ? 'primary' : 'replica'] += 1;
    }
  };
  await Promise.all([reader(), reader(), reader(), reader()]);
  const health = await Promise.all(
    apiPorts.map(async (port) => (await (await fetch(`http://127.0.0.1:${port}/health/ready`)).json()).details?.replica),
  );
  await replicaDb.query('SELECT pg_wal_replay_resume()');
  lb.kill('SIGUSR2');
  await sleep(100);

  const ratio = clean.requests.average / ceiling.requests.average;
  const sorted = served.ms.sort((a, b) => a - b);
  const lostOrDuplicated = numbers.length - counts.acknowledgedStored + counts.duplicates + (counts.rows - counts.triaged);
  const result = {
    machine: { cpus: cpus().length },
    timings,
    intake: [
      {
        what: 'bare Fastify 201 (ceiling, alone)',
        'req/s': Math.round(ceiling.requests.average),
        'p50 ms': ceiling.latency.p50,
        'p99 ms': ceiling.latency.p99,
        'non-2xx + errors': ceiling.non2xx + ceiling.errors,
        'no answer (cut, or in flight at the end)': '',
        ratio: '1.00',
      },
      {
        what: `2 apis behind the balancer, 2 workers triaging (${duration} s)`,
        'req/s': Math.round(clean.requests.average),
        'p50 ms': clean.latency.p50,
        'p99 ms': clean.latency.p99,
        'non-2xx + errors': clean.non2xx + clean.errors,
        'no answer (cut, or in flight at the end)': clean.unanswered,
        ratio: ratio.toFixed(2),
      },
      {
        what: `same, SIGKILLs at ${Math.round(chaosSeconds / 4)} s (${chaosSeconds} s)`,
        'req/s': Math.round(chaosResult.requests.average),
        'p50 ms': chaosResult.latency.p50,
        'p99 ms': chaosResult.latency.p99,
        'non-2xx + errors': chaosResult.non2xx + chaosResult.errors,
        'no answer (cut, or in flight at the end)': chaosResult.unanswered,
        ratio: (chaosResult.requests.average / ceiling.requests.average).toFixed(2),
      },
    ],
    statuses,
    cpu: [
      { phase: 'clean intake', ...cleanCpu },
      { phase: 'drain (api idle)', ...drainCpu },
    ],
    events,
    triage: {
      'triaged during the clean intake, tips/s': round(cleanTriaged / duration),
      'backlog at the end of the load': counts.rows - triagedAtEnd,
      'drain tips/s (2 workers, api idle)': Math.round(steadyRate),
      'last tip triaged, s after the load': round(drainSeconds),
    },
    counts: {
      acknowledged: numbers.length,
      'acknowledged and stored': counts.acknowledgedStored,
      'rows stored': counts.rows,
      triaged: counts.triaged,
      'TRIAGED events': counts.triagedEvents,
      'triaged twice': counts.duplicates,
      // Jobs the api could not queue (Redis failing over) that the workers' outbox relay queued later.
      'queued by the outbox relay': counts.relayed,
      'nothing lost': lostOrDuplicated === 0 ? 'yes' : `NO (${lostOrDuplicated})`,
    },
    staff: {
      'inbox GETs (4 at once)': served.replica + served.primary + served.errors,
      'served by the replica': served.replica,
      'by the primary': served.primary,
      errors: served.errors,
      'p50 ms': round(sorted[Math.floor(sorted.length / 2)] ?? NaN),
      'p95 ms': round(sorted[Math.floor(sorted.length * 0.95)] ?? NaN),
      'health: api 1 / api 2': health.map((h) => (h ? `${h.reads} (${h.state})` : '?')).join(' / '),
    },
    balancer: /connections (\{.*\})/.exec(lbOutput)?.[1] ?? '',
  };
  print(result, { duration, chaosSeconds });
  return result;
}

/** cpuShares plus what the rest of the machine (other users of the shared cores) took. */
function withOthers(shares) {
  const ours = Object.entries(shares)
    .filter(([k]) => k !== 'whole machine')
    .reduce((sum, [, v]) => sum + v, 0);
  return { ...shares, 'others on the machine': Math.max(0, shares['whole machine'] - ours) };
}

function print(r, { duration, chaosSeconds }) {
  printTable(`Topology: setup (ms) — Postgres primary + streaming replica, Redis Cluster (3 masters + 1 replica), 2 apis, 2 workers`, [
    r.timings,
  ]);
  printTable(`Topology: intake through the balancer (autocannon, 64 connections); ${r.machine.cpus} cores shared by everything`, r.intake);
  console.log(
    `  answers: ${Object.entries(r.statuses)
      .map(([s, c]) => `${s} × ${c}`)
      .join(', ')}; connections per api (balancer): ${r.balancer}`,
  );
  printTable('Topology: where the CPU went (% of one core)', r.cpu);
  const others = r.cpu[0]['others on the machine'];
  if (others >= 20)
    console.log(
      `  note: other work on this machine took ${others} % of a core (of ${r.machine.cpus * 100} %) during the clean intake: ` +
        'the rates above are that much lower and noisier than on a machine of their own',
    );
  printTable(`Topology: what happened in the ${chaosSeconds} s run with kills`, r.events);
  printTable('Topology: triage with two workers', [r.triage]);
  printTable(`Topology: nothing lost (both runs, ${duration + chaosSeconds} s of intake)`, [r.counts]);
  printTable('Topology: staff inbox reads through the balancer (replica replay paused, a marker tip on the primary only)', [r.staff]);
}
