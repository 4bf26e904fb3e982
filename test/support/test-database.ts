import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { stringify as toYaml } from 'yaml';
import { runMigrations } from '../../src/cli/migrate.js';
import { loadAppConfig } from '../../src/infra/config/app-config.js';
import { sessionOptions } from '../../src/infra/database/database.module.js';
import { ADMIN_PG_URL, TEST_REDIS_URL, databaseUrl, runId, templateDatabase } from './test-env.js';

/*
 * A spec file's own database (cloned from the run's migrated template), Redis prefix and
 * folders, without the application: the medium specs import this module alone, so they do
 * not load (and Jest does not evaluate, once per file) the whole application's module graph.
 * test-context.ts builds the application on top of it.
 */

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
  // A worker started as a process by a test runs at the api's priority: on the test machine
  // the CPU's other tenants are jest and Chromium, not an api whose pages must come first, and
  // a worker yielding to them would only make the test slower (cpu-priority.spec covers it).
  writeFileSync(join(configDir, 'local.yaml'), toYaml({ scheduling: { nice: { api: 0, worker: 0 } }, ...options.settings }));
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl(name),
    // Below the default of 20 (two spec files at once, each with an api and a worker, share
    // the server's 100 connections), but not below one request's fan-out: the dashboard's
    // figures are seven parts at once, some of several queries, and with 5 connections, under
    // load, one query waited out the pool's 5 s connection timeout (statistics-tallies).
    DATABASE_POOL_SIZE: '10',
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
