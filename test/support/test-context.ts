import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import { validTip } from './fixtures.js';
import { generate as generateTotp } from 'otplib';
import { AuthService } from '../../src/auth/auth.service.js';
import { TotpVerifier } from '../../src/auth/totp.js';
import { CryptoService } from '../../src/infra/crypto/crypto.service.js';
import { createHttpApp } from '../../src/http-app.js';
import { loadAppConfig } from '../../src/infra/config/app-config.js';
import { JobRunner } from '../../src/infra/queue/job-runner.js';
import { WorkerModule } from '../../src/worker.module.js';
import { createTestEnvironment } from './test-database.js';

// The database, Redis prefix and folders of a spec file live in test-database.ts (the medium
// specs import it alone); re-exported for the specs that start processes themselves.
export { createTestDataSource, createTestEnvironment, type TestEnvironment } from './test-database.js';

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
