import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import request from 'supertest';
import { createHttpApp } from '../../src/http-app.js';
import { CryptoService } from '../../src/infra/crypto/crypto.service.js';
import { sealedKeyId } from '../../src/infra/crypto/envelope.js';
import { rotateMasterKey } from '../../src/infra/crypto/rotate-master-key.js';
import { validTip } from '../support/fixtures.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

const OLD = `old:${randomBytes(32).toString('base64')}`;
const NEW = `new:${randomBytes(32).toString('base64')}`;
const keyMap = (...specs: string[]) => new Map(specs.map((s) => [s.split(':')[0]!, Buffer.from(s.split(':')[1]!, 'base64')]));

let ctx: TestContext;
const started: NestFastifyApplication[] = [];

/** Starts another api process on the same database with other keys, as a redeploy would. */
async function startApi(masterKeys: string, active?: string): Promise<NestFastifyApplication> {
  const saved = { ...process.env };
  Object.assign(process.env, ctx.env, { QF_MASTER_KEYS: masterKeys });
  if (active) process.env['QF_ACTIVE_MASTER_KEY'] = active;
  else delete process.env['QF_ACTIVE_MASTER_KEY'];
  try {
    const app = await createHttpApp();
    await app.listen(0, '127.0.0.1');
    started.push(app);
    return app;
  } finally {
    process.env = saved;
  }
}

/** Every sealed value in the database (bytea columns holding envelope-encrypted data). */
async function sealedValues(): Promise<Array<{ where: string; value: Buffer }>> {
  const { rows: columns } = await ctx.db.query(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type = 'bytea'
        AND table_name NOT IN ('data_key', 'audit_log', 'idempotency_record') AND column_name NOT LIKE '%hash%'`,
  );
  const out: Array<{ where: string; value: Buffer }> = [];
  for (const { table_name, column_name } of columns) {
    const { rows } = await ctx.db.query(`SELECT "${column_name}" AS v FROM "${table_name}" WHERE "${column_name}" IS NOT NULL`);
    for (const { v } of rows) out.push({ where: `${table_name}.${column_name}`, value: v });
  }
  return out;
}

let client = 0;
async function submitRealName(baseUrl: string, name: string) {
  return request(baseUrl)
    .post('/api/v1/public/reports')
    .set('X-Forwarded-For', `203.0.113.${++client}`)
    .send(validTip({ anonymous: false, reporter: { name, phone: '13800138000' } }));
}

beforeAll(async () => {
  ctx = await createTestContext({ env: { QF_MASTER_KEYS: OLD }, settings: { security: { trustProxy: 1 } } });
}, 60_000);
afterAll(async () => {
  for (const app of started) await app.close();
  await ctx?.close();
});

describe('master key rotation (npm run keys:rotate)', () => {
  it('re-wraps data keys while the system runs; afterwards everything decrypts with the new key alone', async () => {
    // Data sealed under the old master key: reporter identities and a TOTP secret.
    for (const name of ['周一', '吴二']) expect((await submitRealName(ctx.baseUrl, name)).status).toBe(201);
    await ctx.staffToken(['ADMIN']);
    const before = await sealedValues();
    expect(before.map((s) => s.where)).toEqual(expect.arrayContaining(['report.reporter_identity', 'staff_user.totp_secret']));

    // Step 1 of the procedure: processes restarted knowing both keys, the new one active.
    const both = await startApi(`${OLD},${NEW}`, 'new');
    // Step 2: rotation, while both generations of api keep taking tips.
    const db = new pg.Client({ connectionString: ctx.env['DATABASE_URL'] });
    await db.connect();
    const [report, ...answers] = await Promise.all([
      rotateMasterKey(db, keyMap(OLD, NEW), 'new'),
      submitRealName(ctx.baseUrl, '郑三'),
      submitRealName(await both.getUrl(), '王四'),
      submitRealName(ctx.baseUrl, '冯五'),
    ]);
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(report.rewrapped.length).toBeGreaterThan(0);
    expect((await rotateMasterKey(db, keyMap(OLD, NEW), 'new')).rewrapped).toEqual([]); // idempotent
    await db.end();
    const { rows: keys } = await ctx.db.query(`SELECT DISTINCT master_key_id FROM data_key`);
    expect(keys).toEqual([{ master_key_id: 'new' }]);

    // Step 3: the old key removed from the environment; every sealed field still opens.
    const onlyNew = await startApi(NEW);
    const crypto = onlyNew.get(CryptoService);
    const sealed = await sealedValues();
    expect(sealed.length).toBeGreaterThanOrEqual(before.length + 3);
    for (const { where, value } of sealed) {
      sealedKeyId(value);
      await expect(crypto.decrypt(value)).resolves.toEqual(expect.any(String));
      expect(where).toBeTruthy();
    }
    const identities = await Promise.all(
      (await ctx.db.query(`SELECT reporter_identity FROM report WHERE reporter_identity IS NOT NULL`)).rows.map(
        async (r) => (await crypto.decryptJson<{ name: string }>(r.reporter_identity)).name,
      ),
    );
    expect(identities.sort()).toEqual(['冯五', '吴二', '周一', '王四', '郑三'].sort());
    // New data is sealed under the new key too.
    const fresh = await submitRealName(await onlyNew.getUrl(), '陈六');
    expect(fresh.status).toBe(201);
    const { rows: newest } = await ctx.db.query(
      `SELECT k.master_key_id FROM report r JOIN data_key k ON k.id = get_byte(r.reporter_identity, 4) + 256 * get_byte(r.reporter_identity, 3) WHERE r.number = $1`,
      [fresh.body.reportNumber],
    );
    expect(newest).toEqual([{ master_key_id: 'new' }]);
  });

  it('refuses to run without the old key, so nothing is left unreadable', async () => {
    await ctx.db.query(`INSERT INTO data_key (master_key_id, wrapped_key) VALUES ('lost', '\\x00')`);
    const db = new pg.Client({ connectionString: ctx.env['DATABASE_URL'] });
    await db.connect();
    try {
      await expect(rotateMasterKey(db, keyMap(NEW), 'new')).rejects.toThrow(/lost/);
    } finally {
      await db.end();
    }
  });
});
