import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { freePort } from '../support/ports.js';
import { rosterRows, toCsv } from '../support/roster-fixture.js';
import { databaseUrl, runId, TEST_REDIS_URL } from '../support/test-env.js';

/**
 * The README after `npm run quickstart`, in a scratch copy of the tree (tracked files only,
 * as a fresh clone has them; node_modules hard-linked to save the install, and this run's
 * build copied, so the quickstart's incremental build only checks the sources — npm test
 * built them from nothing on a fresh clone, with the same tsconfig): the quickstart
 * (set-up part) writes every address it chose into .env; then each command of the
 * README's "Other commands" table runs with nothing but that .env, and the demo SMS
 * gateway (`npm run sms:send`) gets the reply SMS from the running api and worker.
 * Postgres and Redis are the test run's (a database and key prefix of this run).
 */
const REPO = resolve(import.meta.dirname, '../..');
let dir: string;
let port: number;
const processes: ChildProcess[] = [];

function npm(args: string[], env: Record<string, string> = {}, timeout = 120_000) {
  const result = spawnSync('npm', ['run', '--silent', ...args], { cwd: dir, encoding: 'utf8', timeout, env: { ...cleanEnv(), ...env } });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}
/** The developer's shell, not the test runner's: no settings of this run leak into the commands. */
function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of ['PATH', 'HOME', 'LANG', 'TMPDIR', 'USER']) if (process.env[key]) env[key] = process.env[key]!;
  return env;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qf-quickstart-'));
  for (const file of execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: REPO, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(REPO, file), join(dir, file));
  }
  // Hard links (a real folder, as after npm ci): through a symbolic link TypeScript would see
  // the packages at other paths than its build record names, and build everything again.
  execFileSync('cp', ['-al', join(REPO, 'node_modules'), join(dir, 'node_modules')]);
  if (existsSync(join(REPO, 'dist', '.tsbuildinfo'))) cpSync(join(REPO, 'dist'), join(dir, 'dist'), { recursive: true });
  port = await freePort();
  const run = runId();
  // What a developer would have in .env before the first quickstart: where the servers are.
  writeFileSync(
    join(dir, '.env'),
    [
      `DATABASE_URL=${databaseUrl(`qf_t_${run}_quickstart`)}`,
      `REDIS_URL=${TEST_REDIS_URL}`,
      `QUEUE_PREFIX=qf-t-${run}-quickstart`,
      `PORT=${port}`,
      'SMS_GENERIC_URL=http://127.0.0.1:' + (await freePort()) + '/demo-gateway/outbound',
      'LOG_LEVEL=warn',
      '',
    ].join('\n'),
  );
}, 60_000);
afterAll(async () => {
  for (const child of processes) child.kill('SIGTERM');
  await Promise.all(processes.map((child) => new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done(null)))));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('README commands after npm run quickstart', () => {
  it('the quickstart writes every address and the demo SMS gateway into .env, and says so', () => {
    const { status, out } = npm(['quickstart', '--', '--setup-only'], {}, 300_000);
    expect({ status, out }).toEqual({ status: 0, out: expect.any(String) });
    const env = readFileSync(join(dir, '.env'), 'utf8');
    for (const key of [
      'DATABASE_URL',
      'REDIS_URL',
      'QF_MASTER_KEYS',
      'QF_HASH_KEY',
      'SMS_PROVIDER',
      'SMS_GENERIC_SECRET',
      'SMS_GENERIC_URL',
    ]) {
      expect(env).toMatch(new RegExp(`^${key}=.+`, 'm'));
    }
    expect(out).toMatch(/demo SMS gateway/);
  }, 300_000);

  it('runs each command of the README table with nothing but .env', async () => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Other commands'), readme.indexOf('## Configuration'));
    const listed = [...table.matchAll(/`npm run ([\w:]+)/g)].map((m) => m[1]!);
    writeFileSync(join(dir, 'roster.csv'), toCsv(rosterRows(5)));
    const runs: Record<string, { args: string[]; env?: Record<string, string> }> = {
      'migration:run': { args: ['migration:run'] },
      'audit:verify': { args: ['audit:verify'] },
      'audit:anchor': { args: ['audit:anchor'] },
      'admin:create': {
        args: ['admin:create', '--', '--username', 'readme-admin', '--roles', 'SUPERVISOR'],
        env: { QF_ADMIN_PASSWORD: 'Readme-Check-Pass-2026' },
      },
      'roster:import': { args: ['roster:import', '--', 'roster.csv'] },
      'keys:rotate': { args: ['keys:rotate'] },
      'record:verify': { args: ['record:verify', '--', '--public-key'] }, // records themselves: record-verify-command
      'sms:send': { args: [] }, // below, with the api running
    };
    // Evaluations and benchmarks need labelled data sets or minutes of load: their own tests
    // cover them (eval-commands.e2e-spec.ts runs the eval:* commands and fit:roles).
    const elsewhere = new Set(['eval:triage', 'eval:vetting', 'eval:linking', 'fit:roles', 'bench']);
    expect(listed.filter((c) => !runs[c] && !elsewhere.has(c))).toEqual([]);
    for (const command of listed.filter((c) => runs[c]?.args.length)) {
      const { status, out } = npm(runs[command]!.args, runs[command]!.env);
      expect([command, status, out.includes('    at ') ? `stack trace: ${out}` : 'no stack trace']).toEqual([command, 0, 'no stack trace']);
    }
    expect(npm(['audit:verify']).out).toMatch(/audit trail intact/);
    // Commands that change accounts or keys are in the audit trail, with who ran them.
    const client = new pg.Client({ connectionString: databaseUrl(`qf_t_${runId()}_quickstart`) });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT action, actor_kind, actor_name FROM audit_log WHERE action IN ('staff.create', 'keys.rotate') ORDER BY seq`,
      );
      expect(rows.map((r) => r.action)).toEqual(['staff.create', 'keys.rotate']);
      expect(rows.every((r) => r.actor_kind === 'SYSTEM' && String(r.actor_name).startsWith('cli:'))).toBe(true);
    } finally {
      await client.end();
    }
  }, 300_000);

  it('a missing key: one line per key naming the fix, exit 78, no stack trace', () => {
    const saved = readFileSync(join(dir, '.env'), 'utf8');
    writeFileSync(join(dir, '.env'), saved.replace(/^DATABASE_URL=.*$/m, '').replace(/^QF_HASH_KEY=.*$/m, 'QF_HASH_KEY=short'));
    try {
      const { status, out } = npm(['audit:verify']);
      expect({ status, out }).toEqual({ status: 78, out: expect.any(String) });
      const lines = out.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^configuration error: DATABASE_URL: .*fix: set DATABASE_URL=/);
      expect(lines[1]).toMatch(/^configuration error: QF_HASH_KEY: .*fix: set QF_HASH_KEY=/);
    } finally {
      writeFileSync(join(dir, '.env'), saved);
    }
  });

  it('npm run sms:send: an SMS tip reaches the demo and the reply SMS is printed', async () => {
    for (const entry of ['dist/main.js', 'dist/worker.js']) {
      const child = spawn('node', [entry], { cwd: dir, env: cleanEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
      processes.push(child);
    }
    for (let i = 0; i < 100; i += 1) {
      const ok = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 300));
    }
    const result = await new Promise<{ status: number | null; out: string }>((done) => {
      const child = spawn(
        'npm',
        ['run', '--silent', 'sms:send', '--', '13800000000', '举报：某县教育局在干部选拔中违规提拔亲属，请核查。'],
        { cwd: dir, env: { ...cleanEnv(), QF_SMS_WAIT_SECONDS: '60' } },
      );
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
      child.on('exit', (status) => done({ status, out }));
    });
    expect(result.out).toMatch(/reply SMS to \+?(86)?13800000000: .+/);
    expect(result.status).toBe(0);
  }, 120_000);

  it("with the quickstart's demo gateway running, every SMS the api sends is kept, and sms:send reads its reply there", async () => {
    const gateway = spawn('node', ['scripts/demo-gateway.mjs'], { cwd: dir, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    processes.push(gateway);
    let printed = '';
    gateway.stdout.on('data', (c: Buffer) => (printed += c.toString()));
    gateway.stderr.on('data', (c: Buffer) => (printed += c.toString()));
    for (let i = 0; i < 100 && !printed.includes('listening'); i += 1) await new Promise((r) => setTimeout(r, 100));
    expect(printed).toContain('listening');

    const result = await new Promise<{ status: number | null; out: string }>((done) => {
      const child = spawn('npm', ['run', '--silent', 'sms:send', '--', '13900000001', '反映某镇党委在选拔副镇长时搞暗箱操作，请查。'], {
        cwd: dir,
        env: { ...cleanEnv(), QF_SMS_WAIT_SECONDS: '60' },
      });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
      child.on('exit', (status) => done({ status, out }));
    });
    expect(result.out).toMatch(/reply SMS to \+?(86)?13900000001: .+/);
    expect(result.status).toBe(0);
    const kept = readFileSync(join(dir, '.qingfeng', 'sms-outbox.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { to: string; text: string });
    expect(kept.some((sms) => sms.to.endsWith('13900000001') && sms.text.length > 0)).toBe(true);
    expect(printed).toMatch(/SMS to \S*139\*{4}0001: /); // the gateway's own log masks the number
  }, 120_000);
});
