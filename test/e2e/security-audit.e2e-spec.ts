import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import request from 'supertest';
import { describeVerdict, verifyAuditTrail } from '../../src/cli/audit-verify.js';
import { validTip } from '../support/fixtures.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

let ctx: TestContext;
let officer: string;
let auditor: string;
let reportId: string;
const hashKey = () => Buffer.from(ctx.env['QF_HASH_KEY']!, 'base64');

beforeAll(async () => {
  ctx = await createTestContext({ settings: { security: { trustProxy: 1 } } });
  officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  auditor = await ctx.staffToken(['AUDITOR']);
  const tip = await request(ctx.baseUrl).post('/api/v1/public/reports').set('X-Forwarded-For', '198.51.100.9').send(validTip()).expect(201);
  reportId = (await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [tip.body.reportNumber])).rows[0].id;
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

const rowsFor = async (requestId: string) =>
  (await ctx.db.query(`SELECT * FROM audit_log WHERE request_id = $1 ORDER BY seq`, [requestId])).rows;

describe('audit trail: what is recorded', () => {
  it('records a staff read of a tip: who, what, when, from where, which request', async () => {
    await request(ctx.baseUrl)
      .get(`/api/v1/reports/${reportId}`)
      .set('Authorization', `Bearer ${officer}`)
      .set('X-Forwarded-For', '192.0.2.77')
      .set('X-Request-Id', 'audit-read-0001')
      .expect(200);
    const [row] = await rowsFor('audit-read-0001');
    expect(row).toMatchObject({
      actor_kind: 'STAFF',
      actor_name: 'staff1-triageofficer',
      action: 'GET /api/v1/reports/:id',
      target_type: 'reports',
      target_id: reportId,
      outcome: 'OK',
      status: 200,
      ip: '192.0.2.77',
    });
    expect(Date.now() - new Date(row.at).getTime()).toBeLessThan(60_000);
  });

  it('records a refusal, and the public submitting a tip leaves no audit row about the reporter', async () => {
    const operator = await ctx.staffToken(['INTAKE_OPERATOR']);
    await request(ctx.baseUrl)
      .get('/api/v1/reports')
      .set('Authorization', `Bearer ${operator}`)
      .set('X-Request-Id', 'audit-denied-01')
      .expect(403);
    expect(await rowsFor('audit-denied-01')).toMatchObject([{ outcome: 'DENIED', status: 403, action: 'GET /api/v1/reports' }]);
    await request(ctx.baseUrl).post('/api/v1/public/reports').set('X-Request-Id', 'audit-public-01').send(validTip()).expect(201);
    expect(await rowsFor('audit-public-01')).toEqual([]);
  });

  it('records failed and successful logins', async () => {
    await request(ctx.baseUrl)
      .post('/api/v1/auth/login')
      .set('X-Request-Id', 'audit-login-bad')
      .send({ username: 'nobody', password: 'wrong-password-1' })
      .expect(401);
    expect(await rowsFor('audit-login-bad')).toMatchObject([
      { action: 'auth.login', outcome: 'DENIED', actor_kind: 'ANONYMOUS', actor_name: 'nobody' },
    ]);
  });
});

describe('audit trail: append-only', () => {
  it.each([
    ['UPDATE', `UPDATE audit_log SET actor_name = 'x' WHERE seq = 1`],
    ['DELETE', `DELETE FROM audit_log WHERE seq = 1`],
    ['TRUNCATE', `TRUNCATE audit_log`],
  ])('refuses %s even from the table owner', async (_, sql) => {
    await expect(ctx.db.query(sql)).rejects.toThrow(/append-only/);
  });
});

describe('audit trail: auditors', () => {
  it('an auditor reads the trail, filtered, newest first', async () => {
    const res = await request(ctx.baseUrl)
      .get('/api/v1/audit')
      .query({ targetId: reportId, limit: 5 })
      .set('Authorization', `Bearer ${auditor}`)
      .expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((i: { targetId: string }) => i.targetId === reportId)).toBe(true);
    const seqs = res.body.items.map((i: { seq: number }) => i.seq);
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
  });

  it('an auditor exports the trail as CSV that a spreadsheet will not execute', async () => {
    await request(ctx.baseUrl).post('/api/v1/auth/login').send({ username: '=HYPERLINK("http://evil")', password: 'x' }).expect(401);
    const res = await request(ctx.baseUrl)
      .get('/api/v1/audit/export.csv')
      .set('Authorization', `Bearer ${auditor}`)
      .buffer(true)
      .expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('attachment');
    const text = res.text;
    expect(text.split('\r\n')[0]).toContain('seq,at,actorKind');
    expect(text).toContain(`"'=hyperlink(""http://evil"")"`);
    expect(text).not.toMatch(/(^|,)=hyperlink/im);
  });

  it('reading the trail is itself recorded', async () => {
    await request(ctx.baseUrl)
      .get('/api/v1/audit')
      .set('Authorization', `Bearer ${auditor}`)
      .set('X-Request-Id', 'audit-self-0001')
      .expect(200);
    expect(await rowsFor('audit-self-0001')).toMatchObject([
      { action: 'GET /api/v1/audit', actor_name: expect.stringContaining('auditor') },
    ]);
  });
});

describe('audit trail: tamper evidence', () => {
  it('verifies an untouched chain, then names the first row changed by hand', async () => {
    const intact = await verifyAuditTrail(ctx.env['DATABASE_URL']!, hashKey());
    expect(intact.ok).toBe(true);
    const res = await request(ctx.baseUrl).get('/api/v1/audit/verify').set('Authorization', `Bearer ${auditor}`).expect(200);
    expect(res.body.ok).toBe(true);

    const { rows } = await ctx.db.query(`SELECT seq FROM audit_log ORDER BY seq`);
    expect(rows.length).toBeGreaterThan(5);
    const victim = Number(rows[3].seq);
    // A superuser can switch the trigger off; the chain still shows what was done.
    await ctx.db.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
    await ctx.db.query(`UPDATE audit_log SET actor_name = 'someone-else' WHERE seq = $1`, [victim]);
    await ctx.db.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);

    const broken = await verifyAuditTrail(ctx.env['DATABASE_URL']!, hashKey());
    expect(broken).toMatchObject({ ok: false, brokenSeq: victim });
    expect(describeVerdict(broken)).toContain(`BROKEN at row seq ${victim}`);
    const api = await request(ctx.baseUrl).get('/api/v1/audit/verify').set('Authorization', `Bearer ${auditor}`).expect(200);
    expect(api.body).toMatchObject({ ok: false, brokenSeq: victim });
  });
});

describe('audit trail: rows cut from the end (review finding 7)', () => {
  it('a chain cut after an anchor fails verification, against the database anchor and an exported one', async () => {
    const { AuditService } = await import('../../src/audit/audit.service.js');
    // A fresh, intact chain: rewrite-test rows above are left out by using a new context.
    const fresh = await (await import('../support/test-context.js')).createTestContext();
    try {
      const officerToken = await fresh.staffToken(['TRIAGE_OFFICER']);
      for (let i = 0; i < 3; i++)
        await request(fresh.baseUrl).get('/api/v1/triage/inbox').set('Authorization', `Bearer ${officerToken}`).expect(200);
      const anchor = await fresh.app.get(AuditService).anchor('CLI');
      expect(anchor).not.toBeNull();
      const file = join(mkdtempSync(join(tmpdir(), 'qf-anchor-')), 'anchor.json');
      writeFileSync(file, JSON.stringify(anchor));
      const key = Buffer.from(fresh.env['QF_HASH_KEY']!, 'base64');
      expect((await verifyAuditTrail(fresh.env['DATABASE_URL']!, key, [file])).ok).toBe(true);

      // Someone with database rights deletes the newest rows: the shorter chain still links up…
      await fresh.db.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
      await fresh.db.query(`DELETE FROM audit_log WHERE seq >= $1 - 1`, [anchor!.seq]);
      await fresh.db.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
      // …but not to the anchor.
      const cut = await verifyAuditTrail(fresh.env['DATABASE_URL']!, key);
      expect(cut).toMatchObject({ ok: false, brokenSeq: anchor!.seq - 1 });
      expect(describeVerdict(cut)).toMatch(/末尾记录被删除/);
      // And deleting the anchors too does not help against the exported file.
      await fresh.db.query(`DELETE FROM audit_anchor`);
      expect((await verifyAuditTrail(fresh.env['DATABASE_URL']!, key, [file])).ok).toBe(false);
      rmSync(dirname(file), { recursive: true, force: true });
      expect((await verifyAuditTrail(fresh.env['DATABASE_URL']!, key)).ok).toBe(true); // what the database alone can no longer show
    } finally {
      await fresh.close();
    }
  });

  it('names the ids a request body touched, not only the path and query', async () => {
    const res = await request(ctx.baseUrl)
      .post('/api/v1/meetings')
      .set('Authorization', `Bearer ${officer}`)
      .send({ heldOn: '2026-12-20', place: '会议室', convener: '组织部', invitedAgencies: ['DISCIPLINE'] });
    expect(res.status).toBe(201);
    const item = await request(ctx.baseUrl)
      .post(`/api/v1/meetings/${res.body.id}/items`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ reportId });
    expect(item.status).toBe(201);
    const { rows } = await ctx.db.query(
      `SELECT details FROM audit_log WHERE action = 'POST /api/v1/meetings/:id/items' ORDER BY seq DESC LIMIT 1`,
    );
    expect(rows[0].details.bodyIds).toEqual([reportId]);
    const found = await request(ctx.baseUrl)
      .get(`/api/v1/audit?targetId=${reportId}`)
      .set('Authorization', `Bearer ${auditor}`)
      .expect(200);
    expect(found.body.items.map((i: { action: string }) => i.action)).toContain('POST /api/v1/meetings/:id/items');
  });
});

describe('audit trail: a change is recorded before it runs (review finding 7)', () => {
  it('a change whose result cannot be recorded after it committed is still in the trail', async () => {
    const { AuditService } = await import('../../src/audit/audit.service.js');
    const audit = ctx.app.get(AuditService);
    const original = audit.record.bind(audit);
    // The process "dies" between the change's commit and the record of its result.
    const spy = jest.spyOn(audit, 'record').mockImplementation(async (entry, manager) => {
      if (entry.outcome === 'OK' && entry.action === 'POST /api/v1/meetings') throw new Error('crash after commit');
      return original(entry, manager);
    });
    try {
      const res = await request(ctx.baseUrl)
        .post('/api/v1/meetings')
        .set('Authorization', `Bearer ${officer}`)
        .send({ heldOn: '2026-12-21', place: '第二会议室', convener: '组织部', invitedAgencies: ['AUDIT'] });
      expect(res.status).toBe(500);
      const requestId = res.body.requestId as string;
      const { rows: meetings } = await ctx.db.query(`SELECT count(*)::int AS n FROM joint_meeting WHERE place = '第二会议室'`);
      expect(meetings[0].n).toBe(1); // the change committed
      const rows = await rowsFor(requestId);
      expect(rows.map((r) => r.outcome)).toContain('STARTED'); // and the trail has it
      expect(rows[0]).toMatchObject({ action: 'POST /api/v1/meetings', actor_kind: 'STAFF' });
    } finally {
      spy.mockRestore();
    }
  });
});
