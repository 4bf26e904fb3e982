// Shared helpers of the benchmarks: fresh database, child processes, autocannon, tables.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Redis } from 'ioredis';
import pg from 'pg';

export const ADMIN_PG_URL = process.env.QF_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Suffix of the benchmark databases, so two runs on one server do not drop each other's data. */
export const BENCH_TAG = process.env.QF_BENCH_TAG ? `_${process.env.QF_BENCH_TAG.replace(/\W/g, '')}` : '';
export const REDIS_URL = process.env.QF_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

export async function freshDatabase(name) {
  const admin = new pg.Client({ connectionString: ADMIN_PG_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(name) {
  const admin = new pg.Client({ connectionString: ADMIN_PG_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

const usedPrefixes = [];

const usedDirs = [];

/** Deletes the queues and counters every benchmark left in Redis (jobs are kept a day otherwise), and their temporary folders. */
export async function clearBenchLeftovers() {
  for (const dir of usedDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  const redis = new Redis(REDIS_URL);
  for (const prefix of usedPrefixes.splice(0)) {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  }
  redis.disconnect();
}

/** Environment for the app under test: its own database, Redis prefix, storage and settings. */
export function benchEnv(databaseUrl, settingsYaml = '') {
  const configDir = mkdtempSync(join(tmpdir(), 'qf-bench-config-'));
  const storageDir = mkdtempSync(join(tmpdir(), 'qf-bench-storage-'));
  usedDirs.push(configDir, storageDir);
  cpSync('config', configDir, { recursive: true });
  writeFileSync(join(configDir, 'local.yaml'), settingsYaml);
  const queuePrefix = `qf-bench-${randomBytes(3).toString('hex')}`;
  usedPrefixes.push(queuePrefix);
  return {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
    QF_CONFIG_DIR: configDir,
    QF_STORAGE_DIR: storageDir,
    QF_MASTER_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    QF_HASH_KEY: randomBytes(32).toString('base64'),
  };
}

export function startProcess(script, env, readyPattern, nodeArgs = []) {
  const child = spawn('node', [...nodeArgs, script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      if (readyPattern.test(output)) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${output.slice(-2000)}`)));
  });
}

/** Peak resident memory of a process (VmHWM), in MB. */
export function peakRssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** Starts a new peak (VmHWM) from the process's current resident memory: a phase's own peak. */
export function resetPeakRss(pid) {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

export function load(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: 64, duration: 10, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

export function printTable(title, rows) {
  const headers = Object.keys(rows[0]);
  const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(headers.map((h) => row[h])));
}

const TICKS_PER_SECOND = 100;

function processCpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime + stime
  } catch {
    return 0; // the process has ended
  }
}

function commandOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

/**
 * CPU seconds used so far by the named processes, by every postgres and redis-server
 * process, by this process (the load generator) and by the whole machine: the difference
 * of two snapshots says where a benchmark's CPU went.
 */
export function cpuSnapshot(named) {
  const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const sumOf = (command) => pids.filter((pid) => commandOf(pid) === command).reduce((sum, pid) => sum + processCpuSeconds(pid), 0);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const usage = process.cpuUsage();
  return {
    at: performance.now(),
    ...Object.fromEntries(Object.entries(named).map(([name, pid]) => [name, processCpuSeconds(pid)])),
    postgres: sumOf('postgres'),
    redis: sumOf('redis-server'),
    'load generator': (usage.user + usage.system) / 1e6,
    machineBusy: (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND,
    machineIdle: (idle + iowait) / TICKS_PER_SECOND,
  };
}

/** Where the CPU went between two snapshots, in % of one core. */
export function cpuShares(before, after) {
  const seconds = (after.at - before.at) / 1000;
  const shares = {};
  for (const key of Object.keys(after)) {
    if (key === 'at' || key === 'machineIdle') continue;
    shares[key === 'machineBusy' ? 'whole machine' : key] = Math.round((100 * (after[key] - before[key])) / seconds);
  }
  return shares;
}

/** User + system CPU seconds of these processes so far (/proc, Linux); gone processes count 0. */
export function cpuSeconds(pids) {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited
    }
  }
  return ticks / 100;
}
