import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { validTip } from './fixtures.js';
import { stringify as toYaml } from 'yaml';
import { generate as generateTotp } from 'otplib';
import { AuthService } from '../../src/auth/auth.service.js';
import { TotpVerifier } from '../../src/auth/totp.js';
import { CryptoService } from '../../src/infra/crypto/crypto.service.js';
import { runMigrations } from '../../src/cli/migrate.js';
import { createHttpApp } from '../../src/http-app.js';
import { loadAppConfig } from '../../src/infra/config/app-config.js';
import { sessionOptions } from '../../src/infra/database/database.module.js';
import { JobRunner } from '../../src/infra/queue/job-runner.js';
import { WorkerModule } from '../../src/worker.module.js';
import { ADMIN_PG_URL, TEST_REDIS_URL, databaseUrl, runId, templateDatabase } from './test-env.js';

let counter = 0;

/** Migrates this run's template database once, whichever spec file comes first. */
async function ensureTemplate(admin: pg.Client, run: string): Promise<void> {
  const template = templateDatabase(run);
  await admin.query(`SELECT pg_advisory_lock(hashtext($1))`, [template]);
  try {
    const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [template]);
    if (rowCount) return;
    await admin.query(`CREATE DATABASE ${template}_wip`);
    await runMigrations(databaseUrl(`${template}_wip`), () => undefined);
    // Renamed only when complete, so a half-migrated template is never cloned.
    await admin.query(`ALTER DATABASE ${template}_wip RENAME TO ${template}`);
  } finally {
    await admin.query(`SELECT pg_advisory_unlock(hashtext($1))`, [template]);
  }
}

export interface TestContext {
  baseUrl: string;
  app: NestFastifyApplication;
  db: pg.Pool;
  env: Record<string, string>;
  storageDir: string;
  /** Starts a worker process's modules in this process (same env). */
  startWorker(overrides?: Record<string, string>): Promise<INestApplicationContext>;
  /** Creates a staff account and logs in; returns the bearer token. */
  staffToken(roles: string[], agencyCode?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestEnvironment {
  env: Record<string, string>;
  storageDir: string;
  configDir: string;
  /** Removes the storage and config folders (the database goes with the run's teardown). */
  cleanUp: () => void;
}

/**
 * A fresh database cloned from the migrated template, its own Redis prefix, storage
 * folder and settings folder: everything a process of the application needs to run.
 */
export async function createTestEnvironment(
  options: { env?: Record<string, string>; settings?: Record<string, unknown> } = {},
): Promise<TestEnvironment> {
  const run = runId();
  counter += 1;
  // Unique across the run: jest replaces worker processes (workerIdleMemoryLimit), so the
  // worker id and this counter repeat; the process id and 48 random bits do not.
  const name = `qf_t_${run}_${process.pid}_${counter}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_PG_URL });
  await admin.connect();
  try {
    await ensureTemplate(admin, run);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateDatabase(run)}`);
  } finally {
    await admin.end();
  }

  const storageDir = mkdtempSync(join(tmpdir(), 'qf-test-storage-'));
  // The shipped config, plus this test's overrides as local.yaml (the deployment mechanism).
  const configDir = mkdtempSync(join(tmpdir(), 'qf-test-config-'));
  cpSync(join(process.cwd(), 'config'), configDir, { recursive: true });
  rmSync(join(configDir, 'local.yaml'), { force: true });
  if (options.settings) writeFileSync(join(configDir, 'local.yaml'), toYaml(options.settings));
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl(name),
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: `qf-t-${run}-${name.slice(`qf_t_${run}_`.length)}`,
    QF_STORAGE_DIR: storageDir,
    QF_CONFIG_DIR: configDir,
    QF_MASTER_KEYS: `test1:${randomBytes(32).toString('base64')}`,
    QF_HASH_KEY: randomBytes(32).toString('base64'),
    ...options.env,
  };
  return {
    env,
    storageDir,
    configDir,
    cleanUp() {
      rmSync(storageDir, { recursive: true, force: true });
      rmSync(configDir, { recursive: true, force: true });
    },
  };
}

/** The real api in this process on a free port, with the worker modules on demand. */
export async function createTestContext(
  options: { env?: Record<string, string>; settings?: Record<string, unknown> } = {},
): Promise<TestContext> {
  const { env, storageDir, cleanUp } = await createTestEnvironment(options);
  Object.assign(process.env, env);
  const app = await createHttpApp(loadAppConfig(process.env));
  await app.listen(0, '127.0.0.1');
  const baseUrl = await app.getUrl();
  const db = new pg.Pool({ connectionString: env['DATABASE_URL'], max: 3 });
  const workers: INestApplicationContext[] = [];
  let staffCounter = 0;

  return {
    baseUrl: baseUrl.replace('[::1]', '127.0.0.1'),
    app,
    db,
    env,
    storageDir,
    async startWorker(workerOverrides = {}) {
      Object.assign(process.env, env, workerOverrides);
      const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
      await worker.init();
      workers.push(worker);
      Object.assign(process.env, env);
      return worker;
    },
    async staffToken(roles, agencyCode) {
      staffCounter += 1;
      const auth = app.get(AuthService);
      const username = `staff${staffCounter}-${roles.join('-').toLowerCase().replaceAll('_', '')}`.slice(0, 64); // usernames are at most 64 characters
      const password = 'Correct-Horse-Battery-9';
      const user = await auth.createUser({ username, displayName: `测试${staffCounter}`, password, roles, agencyCode: agencyCode ?? null });
      // Roles that must use two-factor login get an enrolled authenticator, as a real account would.
      let totp: string | undefined;
      if (auth.totpRequired(roles)) {
        const secret = app.get(TotpVerifier).newSecret();
        await db.query(`UPDATE staff_user SET totp_secret = $2, totp_enabled_at = now() WHERE id = $1`, [
          user.id,
          await app.get(CryptoService).encrypt(secret),
        ]);
        totp = await generateTotp({ secret });
      }
      const { token } = await auth.login(username, password, { ip: '127.0.0.1', userAgent: 'jest' }, totp);
      return token;
    },
    async close() {
      for (const worker of workers) await worker.close();
      await app.close();
      await db.end();
      cleanUp();
    },
  };
}

export function relayOnce(worker: INestApplicationContext): Promise<number> {
  return worker.get(JobRunner).relayOnce();
}

/** Polls until `check` returns a truthy value or the time runs out. */
export async function waitFor<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A tip through the public web form (validTip with `overrides`), and its report id once the
 * worker has triaged it (the context must have started its worker).
 */
export async function submitTriaged(ctx: TestContext, overrides: Record<string, unknown>): Promise<string> {
  const tip = await request(ctx.baseUrl).post('/api/v1/public/reports').send(validTip(overrides));
  if (tip.status !== 201) throw new Error(`tip refused (${tip.status}): ${JSON.stringify(tip.body)}`);
  const id = (await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [tip.body.reportNumber])).rows[0].id as string;
  await waitFor(
    async () => (await ctx.db.query(`SELECT 1 FROM report WHERE id = $1 AND triaged_at IS NOT NULL`, [id])).rowCount,
    30_000,
    'triage',
  );
  return id;
}

/**
 * A migrated database of its own and a TypeORM DataSource on it, without the application:
 * for medium tests of one module's repository (dropped with the run's teardown, or by `close`).
 */
export async function createTestDataSource(): Promise<{ dataSource: DataSource; db: pg.Pool; close: () => Promise<void> }> {
  const { env, cleanUp } = await createTestEnvironment();
  // Sessions in the district's time zone, as the application's pool opens them.
  const timeZone = loadAppConfig(env).timeZone;
  const dataSource = new DataSource({ type: 'postgres', url: env['DATABASE_URL'], extra: { max: 3, options: sessionOptions(timeZone) } });
  await dataSource.initialize();
  const db = new pg.Pool({ connectionString: env['DATABASE_URL'], max: 2 });
  return {
    dataSource,
    db,
    async close() {
      await db.end();
      await dataSource.destroy();
      cleanUp();
    },
  };
}
