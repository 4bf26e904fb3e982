#!/usr/bin/env node
// `npm run quickstart`: from a fresh clone to a running Qingfeng with demo data.
//  1. installs dependencies and builds;
//  2. writes .env with fresh secrets (once; git-ignored);
//  3. finds Postgres and Redis: DATABASE_URL / REDIS_URL when they answer, else private
//     instances from this machine's binaries under .qingfeng/, else Docker Compose when a
//     Docker engine runs, else says exactly what to install;
//  4. migrates, loads the demo district, creates demo accounts;
//  5. starts the api and the worker and prints where to go (not with --setup-only).
// Every address it chose (Postgres, Redis) goes into .env, so every `npm run …` command
// afterwards finds them; the demo SMS gateway (`npm run sms:send`) gets its secret there too.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, chownSync } from 'node:fs';
import { setEnvKeys } from './dotenv-file.mjs';
import { createConnection } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const STATE = join(ROOT, '.qingfeng');
const SETUP_ONLY = process.argv.includes('--setup-only');
process.chdir(ROOT);

const say = (line) => console.log(`\x1b[1m[quickstart]\x1b[0m ${line}`);
const fail = (lines) => {
  console.error(`\n\x1b[31m[quickstart] cannot continue:\x1b[0m\n${lines.join('\n')}\n`);
  process.exit(1);
};
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) fail([`"${cmd} ${args.join(' ')}" failed (exit ${r.status})`]);
};

function portAnswers(host, port, timeoutMs = 800) {
  return new Promise((done) => {
    const socket = createConnection({ host, port });
    const finish = (ok) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

async function waitForPort(host, port, what, seconds = 30) {
  for (let i = 0; i < seconds * 5; i += 1) {
    if (await portAnswers(host, port)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  fail([`${what} did not start listening on ${host}:${port}`]);
}

// 1. dependencies and build
if (!existsSync('node_modules/.package-lock.json')) {
  say('installing dependencies…');
  // npm ci: installs exactly the lockfile and leaves the tracked files as they are.
  run('npm', ['ci', '--no-audit', '--no-fund']);
}
say('building…');
run('npm', ['run', 'build', '--silent']);

// 2. .env with secrets: the keys it lacks are added (a .env of one's own keeps its values).
if (!existsSync('.env')) {
  writeFileSync('.env', '# Written by npm run quickstart. Secrets for this machine only: never commit this file.\n', { mode: 0o600 });
}
{
  const key = () => randomBytes(32).toString('base64');
  const added = setEnvKeys(
    '.env',
    { QF_MASTER_KEYS: `local1:${key()}`, QF_HASH_KEY: key(), PORT: '3000', LOG_LEVEL: 'info', QF_STORAGE_DIR: '.qingfeng/attachments' },
    { onlyMissing: true },
  );
  if (added.length) say(`wrote ${added.join(', ')} into .env`);
}
// The demo SMS gateway: inbound SMS are signed with this secret, replies are posted to
// SMS_GENERIC_URL, where `npm run sms:send` listens while it waits for the answer.
const smsAdded = setEnvKeys(
  '.env',
  {
    SMS_PROVIDER: 'generic',
    SMS_GENERIC_SECRET: randomBytes(24).toString('hex'),
    SMS_GENERIC_URL: 'http://127.0.0.1:3099/demo-gateway/outbound',
    SMS_FROM: '12380',
  },
  { onlyMissing: true },
);
if (smsAdded.length) say(`configured the demo SMS gateway in .env (${smsAdded.join(', ')})`);
process.loadEnvFile('.env');
const env = { ...process.env };

// 3. Postgres
async function ensurePostgres() {
  const wanted = env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/qingfeng';
  const url = new URL(wanted);
  if (await portAnswers(url.hostname, Number(url.port || 5432))) {
    say(`Postgres answers at ${url.host}`);
    return wanted;
  }
  const bin = findPostgresBin();
  if (bin) {
    const port = 54329;
    const dir = join(STATE, 'postgres');
    const asPostgres = process.getuid?.() === 0; // initdb refuses to run as root
    const wrap = (cmd, args) => (asPostgres ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]);
    if (!existsSync(join(dir, 'PG_VERSION'))) {
      mkdirSync(dir, { recursive: true });
      if (asPostgres) chownPostgres(dir);
      say(`creating a private Postgres in ${dir}…`);
      run(...wrap(join(bin, 'initdb'), ['-D', dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']), { stdio: 'ignore' });
    }
    if (!(await portAnswers('127.0.0.1', port))) {
      say(`starting the private Postgres on port ${port}…`);
      run(
        ...wrap(join(bin, 'pg_ctl'), [
          '-D',
          dir,
          '-l',
          join(dir, 'server.log'),
          '-o',
          `-p ${port} -k /tmp -c listen_addresses=127.0.0.1`,
          'start',
        ]),
        {
          stdio: 'ignore',
        },
      );
      await waitForPort('127.0.0.1', port, 'Postgres');
    }
    return `postgres://postgres@127.0.0.1:${port}/qingfeng`;
  }
  if (dockerEngine()) return null;
  fail([
    `Postgres does not answer at ${url.host} and no Postgres binaries were found.`,
    'Install one of:',
    '  - PostgreSQL 14+ (Debian/Ubuntu: apt-get install postgresql), then run this again;',
    '  - Docker with a running engine (docker compose is used automatically);',
    '  - or set DATABASE_URL in .env to a Postgres you can reach.',
  ]);
}

function findPostgresBin() {
  for (const base of ['/usr/lib/postgresql']) {
    if (!existsSync(base)) continue;
    const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(base, v, 'bin', 'initdb'))) return join(base, v, 'bin');
  }
  if (has('initdb') && has('pg_ctl')) return execFileSync('sh', ['-c', 'dirname $(command -v initdb)']).toString().trim();
  return null;
}

function chownPostgres(dir) {
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
  chownSync(STATE, uid, gid);
  chownSync(dir, uid, gid);
}

function dockerEngine() {
  return has('docker') && spawnSync('docker', ['info'], { stdio: 'ignore' }).status === 0;
}

async function ensureRedis() {
  const wanted = env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const url = new URL(wanted);
  if (await portAnswers(url.hostname, Number(url.port || 6379))) {
    say(`Redis answers at ${url.host}`);
    return wanted;
  }
  if (has('redis-server')) {
    const port = 63799;
    const dir = join(STATE, 'redis');
    mkdirSync(dir, { recursive: true });
    if (!(await portAnswers('127.0.0.1', port))) {
      say(`starting a private Redis on port ${port}…`);
      run('redis-server', [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--daemonize',
        'yes',
        '--dir',
        dir,
        '--logfile',
        join(dir, 'redis.log'),
        '--appendonly',
        'yes',
      ]);
      await waitForPort('127.0.0.1', port, 'Redis');
    }
    return `redis://127.0.0.1:${port}`;
  }
  if (dockerEngine()) return null;
  fail([
    `Redis does not answer at ${url.host} and redis-server was not found.`,
    'Install one of: Redis 6.2+ (apt-get install redis-server), or Docker with a running engine,',
    'or set REDIS_URL in .env to a Redis you can reach.',
  ]);
}

let databaseUrl = await ensurePostgres();
let redisUrl = await ensureRedis();
if (databaseUrl === null || redisUrl === null) {
  say('starting Postgres and Redis with Docker Compose…');
  run('docker', ['compose', '-f', 'docker/compose.yaml', 'up', '-d', 'postgres', 'redis']);
  databaseUrl ??= 'postgres://qingfeng:qingfeng@127.0.0.1:5432/qingfeng';
  redisUrl ??= 'redis://127.0.0.1:6379';
  await waitForPort('127.0.0.1', 5432, 'Postgres (docker)', 60);
  await waitForPort('127.0.0.1', 6379, 'Redis (docker)', 60);
}
env.DATABASE_URL = databaseUrl;
env.REDIS_URL = redisUrl;
// Written down, so every command afterwards (npm run audit:verify, admin:create, …) uses them.
const changed = setEnvKeys('.env', { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl });
if (changed.length) say(`wrote ${changed.map((k) => `${k}=${env[k].replace(/\/\/[^@]*@/, '//')}`).join(' and ')} into .env`);

// The database itself may not exist yet on a server we were given or started.
{
  const target = new URL(databaseUrl);
  const dbName = target.pathname.slice(1);
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
  if (!rowCount) {
    await client.query(`CREATE DATABASE "${dbName.replaceAll('"', '')}"`);
    say(`created database ${dbName}`);
  }
  await client.end();
}

// 4. schema, demo data, accounts
say('migrating…');
run('node', ['dist/cli/migrate.js'], { env });
say('loading the demo district…');
run('node', ['dist/cli/seed-demo.js'], { env });

if (SETUP_ONLY) {
  say('set up (--setup-only): start with npm run start:api and npm run start:worker');
  process.exit(0);
}

// 5. api + worker
const port = env.PORT ?? '3000';
// The demo SMS gateway, where the api's outbound SMS land (printed and kept in
// .qingfeng/sms-outbox.jsonl) when SMS_GENERIC_URL is this machine's; optional: if it
// cannot start, the api's SMS wait in the queue and the rest runs on.
const smsUrl = env.SMS_PROVIDER === 'generic' && env.SMS_GENERIC_URL ? new URL(env.SMS_GENERIC_URL) : null;
const gateway =
  smsUrl && ['127.0.0.1', 'localhost'].includes(smsUrl.hostname)
    ? spawn('node', ['scripts/demo-gateway.mjs'], { env, stdio: ['ignore', 'inherit', 'inherit'] })
    : null;
gateway?.on('exit', (code) => {
  if (code) say('the demo SMS gateway stopped; SMS to reporters wait in the queue until something listens at SMS_GENERIC_URL');
});
const children = [
  spawn('node', ['dist/main.js'], { env, stdio: ['ignore', 'inherit', 'inherit'] }),
  spawn('node', ['dist/worker.js'], { env, stdio: ['ignore', 'inherit', 'inherit'] }),
];
for (const child of children) {
  child.on('exit', (code) => {
    if (code) console.error(`[quickstart] a process exited with code ${code}; stopping`);
    for (const other of [...children, ...(gateway ? [gateway] : [])]) other.kill('SIGTERM');
    process.exit(code ?? 0);
  });
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => [...children, ...(gateway ? [gateway] : [])].forEach((c) => c.kill('SIGTERM')));
await waitForPort('127.0.0.1', Number(port), 'the api', 60);
// The demo district's first weeks, played through the api once (a failure leaves the system running).
say('playing the demo story (cases, replies, a meeting, a vetting run)…');
const story = spawnSync('node', ['dist/cli/demo-story.js'], {
  stdio: 'inherit',
  env: { ...env, QF_DEMO_API_URL: `http://127.0.0.1:${port}` },
});
if (story.status !== 0) say('the demo story did not finish; the system runs with the first tips only');
const demo = JSON.parse(readFileSync(join(STATE, 'demo-accounts.json'), 'utf8'));
console.log(`
\x1b[1m清风 Qingfeng is running.\x1b[0m
  Public site        http://localhost:${port}/
  Submit a tip       http://localhost:${port}/report
  Follow up          http://localhost:${port}/follow-up
  API docs           http://localhost:${port}/api/docs
  Health             http://localhost:${port}/health/ready
  Hotline intake     http://localhost:${port}/console/hotline (staff)
  SMS                npm run sms:send -- 13800000000 "举报内容……"   (the demo gateway; prints the reply SMS)
                     every SMS the api sends is printed here and kept in .qingfeng/sms-outbox.jsonl
  Demo logins (password for all: ${demo.password}):
${demo.accounts.map((a) => `    ${a.username.padEnd(12)} ${a.roles.join(', ')}${a.enrolmentToken ? `   (two-factor at first login; binding token 绑定码 ${a.enrolmentToken})` : ''}`).join('\n')}
  Stop with Ctrl-C. Data stays in Postgres (${databaseUrl.replace(/\/\/[^@]*@/, '//')}).
`);
