import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AppConfig } from '../../src/infra/config/app-config.js';
import { validTip } from '../support/fixtures.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

const REPORTER = { name: '李明华', phone: '13912345678', idNumber: '11010519491231002X' };

let ctx: TestContext;
let officer: string;
let otherOfficer: string;
let custodian: string;
let reportId: string;
let receiptCode: string;
let anonymousId: string;

const api = () => request(ctx.baseUrl);
const as = (token: string) => ({ Authorization: `Bearer ${token}` });

async function submit(body: Record<string, unknown>) {
  const res = await api().post('/api/v1/public/reports').send(validTip(body)).expect(201);
  const id = (await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [res.body.reportNumber])).rows[0].id as string;
  return { id, receiptCode: String(res.body.receiptCode).replaceAll(' ', '') };
}

beforeAll(async () => {
  ctx = await createTestContext();
  officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  otherOfficer = await ctx.staffToken(['SUPERVISOR']);
  custodian = await ctx.staffToken(['IDENTITY_CUSTODIAN']);
  ({ id: reportId, receiptCode } = await submit({ anonymous: false, reporter: REPORTER }));
  ({ id: anonymousId } = await submit({}));
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

const askFor = (token: string, id = reportId, reason = '核查需要与举报人当面核实细节，确认线索来源') =>
  api().post(`/api/v1/reports/${id}/identity-requests`).set(as(token)).send({ reason });

describe('reporter identity: sealed by default', () => {
  it('is in no staff view of the tip and not in the database in clear', async () => {
    const detail = await api().get(`/api/v1/reports/${reportId}`).set(as(officer)).expect(200);
    const list = await api().get('/api/v1/reports').set(as(officer)).expect(200);
    for (const text of [JSON.stringify(detail.body), JSON.stringify(list.body)]) {
      for (const secret of Object.values(REPORTER)) expect(text).not.toContain(secret);
    }
    const dump = (await ctx.db.query(`SELECT row_to_json(r)::text AS j FROM report r WHERE id = $1`, [reportId])).rows[0].j;
    for (const secret of Object.values(REPORTER)) expect(dump).not.toContain(secret);
  });
});

describe('reporter identity: request, custodian decision, time-limited view', () => {
  let requestId: string;

  it('needs a reason, and an anonymous tip has no identity to ask for', async () => {
    const short = await askFor(officer, reportId, '看看');
    expect(short.status).toBe(400);
    expect(short.body.message).toContain('理由');
    const anon = await askFor(officer, anonymousId);
    expect(anon.status).toBe(409);
    expect(anon.body.code).toBe('NO_IDENTITY');
    expect((await askFor(officer, randomUUID())).status).toBe(404);
  });

  it('a request waits for a custodian; the requester cannot see the identity yet', async () => {
    const res = await askFor(officer).expect(201);
    requestId = res.body.id;
    expect(res.body).toMatchObject({ status: 'PENDING', reportId, expiresAt: null });
    expect((await askFor(officer)).body.code).toBe('REQUEST_PENDING');
    const early = await api().get(`/api/v1/identity-requests/${requestId}/identity`).set(as(officer));
    expect(early.status).toBe(403);
    expect(early.body.code).toBe('NOT_APPROVED');
    expect(JSON.stringify(early.body)).not.toContain(REPORTER.name);
  });

  it('the requester cannot approve, not even holding the custodian role as well', async () => {
    expect((await api().post(`/api/v1/identity-requests/${requestId}/approve`).set(as(officer)).send({})).status).toBe(403);
    const both = await ctx.staffToken(['TRIAGE_OFFICER', 'IDENTITY_CUSTODIAN']);
    const own = (await askFor(both).expect(201)).body.id;
    const self = await api().post(`/api/v1/identity-requests/${own}/approve`).set(as(both)).send({});
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('SELF_APPROVAL');
    // Even bypassing the service, the database refuses a self-approval.
    const requester = (await ctx.db.query(`SELECT requester_id FROM identity_access_request WHERE id = $1`, [own])).rows[0].requester_id;
    await expect(
      ctx.db.query(
        `UPDATE identity_access_request SET status = 'APPROVED', decided_by = $2, decided_at = now(), expires_at = now() + interval '1 hour' WHERE id = $1`,
        [own, requester],
      ),
    ).rejects.toThrow(/check constraint/);
  });

  it('custodians see pending requests with their reasons, and approve', async () => {
    const pending = await api().get('/api/v1/identity-requests').set(as(custodian)).expect(200);
    expect(pending.body.map((r: { id: string }) => r.id)).toContain(requestId);
    const res = await api()
      .post(`/api/v1/identity-requests/${requestId}/approve`)
      .set(as(custodian))
      .send({ note: '同意，限本次核查使用' })
      .expect(200);
    expect(res.body.status).toBe('APPROVED');
    const hours = (Date.parse(res.body.expiresAt) - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(23);
    expect(hours).toBeLessThanOrEqual(24);
    expect((await api().post(`/api/v1/identity-requests/${requestId}/refuse`).set(as(custodian)).send({})).body.code).toBe(
      'ALREADY_DECIDED',
    );
  });

  it('only the requester sees the identity, and every view is in the audit trail', async () => {
    const stranger = await api().get(`/api/v1/identity-requests/${requestId}/identity`).set(as(otherOfficer));
    expect(stranger.status).toBe(404);
    const res = await api()
      .get(`/api/v1/identity-requests/${requestId}/identity`)
      .set(as(officer))
      .set('X-Request-Id', 'identity-view-001')
      .expect(200);
    expect(res.body).toMatchObject({ reportId, name: REPORTER.name, phone: REPORTER.phone, idNumber: REPORTER.idNumber });
    expect(res.headers['cache-control']).toBe('no-store');
    await api().get(`/api/v1/identity-requests/${requestId}/identity`).set(as(officer)).expect(200);
    const views = await ctx.db.query(`SELECT actor_name, target_id, details FROM audit_log WHERE action = 'identity.view' ORDER BY seq`);
    expect(views.rows).toHaveLength(2);
    expect(views.rows[0]).toMatchObject({ actor_name: 'staff1-triageofficer', target_id: reportId, details: { requestId } });
    const trail = (
      await ctx.db.query(`SELECT action FROM audit_log WHERE target_id = $1 AND action LIKE 'identity.%' ORDER BY seq`, [reportId])
    ).rows.map((r) => r.action);
    expect(trail).toEqual(expect.arrayContaining(['identity.request', 'identity.approve', 'identity.view']));
    // The trail records the view, never the identity itself.
    const all = (await ctx.db.query(`SELECT string_agg(row_to_json(a)::text, '') AS j FROM audit_log a`)).rows[0].j;
    for (const secret of Object.values(REPORTER)) expect(all).not.toContain(secret);
  });

  it('the window closes when the approval expires', async () => {
    await ctx.db.query(`UPDATE identity_access_request SET expires_at = now() - interval '1 second' WHERE id = $1`, [requestId]);
    const res = await api().get(`/api/v1/identity-requests/${requestId}/identity`).set(as(officer));
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('ACCESS_EXPIRED');
    expect(JSON.stringify(res.body)).not.toContain(REPORTER.phone);
  });

  it('a refused request shows nothing', async () => {
    const id = (await askFor(otherOfficer).expect(201)).body.id;
    await api().post(`/api/v1/identity-requests/${id}/refuse`).set(as(custodian)).send({ note: '理由不充分' }).expect(200);
    const res = await api().get(`/api/v1/identity-requests/${id}/identity`).set(as(otherOfficer));
    expect(res.status).toBe(403);
    const mine = await api().get('/api/v1/identity-requests/mine').set(as(otherOfficer)).expect(200);
    expect(mine.body[0]).toMatchObject({ id, status: 'REFUSED', decisionNote: '理由不充分' });
  });
});

describe('reporter identity: telling the reporter is configurable', () => {
  const notices = async () => {
    const res = await api().post('/api/v1/public/reports/lookup').send({ receiptCode }).expect(200);
    return JSON.stringify(res.body).includes('身份信息已向本件经办人员披露');
  };

  it('by default the reporter is not told', async () => {
    expect(await notices()).toBe(false);
  });

  it('with identityAccess.notifyReporter the reporter reads a notice with the receipt code', async () => {
    ctx.app.get(AppConfig).settings.security.identityAccess.notifyReporter = true;
    const id = (await askFor(officer).expect(201)).body.id;
    await api().post(`/api/v1/identity-requests/${id}/approve`).set(as(custodian)).send({}).expect(200);
    expect(await notices()).toBe(true);
  });
});
