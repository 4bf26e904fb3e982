import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generate } from 'otplib';
import request from 'supertest';
import { AuthService } from '../../src/auth/auth.service.js';
import { routeInventory } from '../../src/auth/route-inventory.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

const PASSWORD = 'Correct-Horse-Battery-9';
let ctx: TestContext;
let admin: string;
let ip = 0;

const api = () => request(ctx.baseUrl);
const as = (token: string) => ({ Authorization: `Bearer ${token}` });
/** Each login from its own address, so the per-address login limit stays out of the way. */
const login = (username: string, password = PASSWORD, totp?: string) =>
  api()
    .post('/api/v1/auth/login')
    .set('X-Forwarded-For', `198.51.100.${++ip}`)
    .send({ username, password, ...(totp ? { totp } : {}) });

async function account(username: string, roles: string[]): Promise<string> {
  const user = await ctx.app.get(AuthService).createUser({ username, displayName: username, password: PASSWORD, roles });
  return user.id;
}

beforeAll(async () => {
  ctx = await createTestContext({
    settings: {
      security: {
        trustProxy: 1,
        totpRequiredRoles: ['ADMIN', 'AUDITOR'],
        login: { backoffAfterFailures: 2, backoffMaxSeconds: 1, lockAfterFailures: 3, lockMinutes: 30 },
      },
    },
  });
  admin = await ctx.staffToken(['ADMIN']);
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

describe('two-factor login (TOTP)', () => {
  it('a role that requires TOTP can do nothing but enrol until it has, then logs in with codes used once', async () => {
    const zhaoId = await account('auditor-zhao', ['AUDITOR']);
    const first = await login('auditor-zhao').expect(200);
    expect(first.body.totpSetupRequired).toBe(true);
    const limited = first.body.token as string;
    const blocked = await api().get('/api/v1/audit').set(as(limited));
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('TOTP_SETUP_REQUIRED');

    const setup = await api().post('/api/v1/auth/totp/setup').set(as(limited)).expect(200);
    expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    const secret = setup.body.secret as string;
    // The password alone does not bind an authenticator to a privileged account (review finding 8).
    const withoutToken = await api()
      .post('/api/v1/auth/totp/confirm')
      .set(as(limited))
      .send({ code: await generate({ secret }) });
    expect(withoutToken.status).toBe(403);
    expect(withoutToken.body.code).toBe('ENROLMENT_TOKEN_REQUIRED');
    expect(
      (
        await api()
          .post('/api/v1/auth/totp/confirm')
          .set(as(limited))
          .send({ code: await generate({ secret }), enrolmentToken: 'AAAA-BBBB-CCCC' })
      ).status,
    ).toBe(403);
    const issued = await api().post(`/api/v1/staff/${zhaoId}/enrolment-token`).set(as(admin)).expect(201);
    expect(issued.body.token).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(JSON.stringify((await ctx.db.query(`SELECT * FROM staff_user WHERE username = 'auditor-zhao'`)).rows[0])).not.toContain(
      issued.body.token.replaceAll('-', ''),
    );
    expect(
      (await api().post('/api/v1/auth/totp/confirm').set(as(limited)).send({ code: '000000', enrolmentToken: issued.body.token })).status,
    ).toBe(400);
    await api()
      .post('/api/v1/auth/totp/confirm')
      .set(as(limited))
      .send({ code: await generate({ secret }), enrolmentToken: issued.body.token })
      .expect(204);
    await api().get('/api/v1/audit').set(as(limited)).expect(200);
    expect(
      (await ctx.db.query(`SELECT enrol_token_hash FROM staff_user WHERE username = 'auditor-zhao'`)).rows[0].enrol_token_hash,
    ).toBeNull(); // used once
    // The secret is stored sealed, never in clear.
    const stored = (await ctx.db.query(`SELECT totp_secret FROM staff_user WHERE username = 'auditor-zhao'`)).rows[0].totp_secret as Buffer;
    expect(stored.toString('latin1')).not.toContain(secret);
    expect((await api().post('/api/v1/auth/totp/setup').set(as(limited))).body.code).toBe('TOTP_ALREADY_ENABLED');

    const noCode = await login('auditor-zhao');
    expect(noCode.status).toBe(401);
    expect(noCode.body.code).toBe('TOTP_REQUIRED');
    expect((await login('auditor-zhao', PASSWORD, '123456')).body.code).toMatch(/TOTP_INVALID/);
    const next = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }); // the next step, not used yet
    const ok = await login('auditor-zhao', PASSWORD, next).expect(200);
    expect(ok.body.totpSetupRequired).toBe(false);
    const replay = await login('auditor-zhao', PASSWORD, next);
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('TOTP_INVALID');
  });

  it('a role without the requirement logs in with the password alone', async () => {
    await account('officer-qian', ['TRIAGE_OFFICER']);
    const res = await login('officer-qian').expect(200);
    expect(res.body.totpSetupRequired).toBe(false);
    await api().get('/api/v1/reports').set(as(res.body.token)).expect(200);
  });

  it('an admin resets a lost authenticator: sessions end, the account enrols again', async () => {
    const id = await account('auditor-sun', ['AUDITOR']);
    const limited = (await login('auditor-sun').expect(200)).body.token;
    const { secret } = (await api().post('/api/v1/auth/totp/setup').set(as(limited)).expect(200)).body;
    const { token } = (await api().post(`/api/v1/staff/${id}/enrolment-token`).set(as(admin)).expect(201)).body;
    await api()
      .post('/api/v1/auth/totp/confirm')
      .set(as(limited))
      .send({ code: await generate({ secret }), enrolmentToken: token })
      .expect(204);
    // An auditor's account: one administrator only asks; a second one approves (review finding 8).
    const asked = await api().post(`/api/v1/staff/${id}/totp/reset`).set(as(admin)).expect(200);
    expect(asked.body).toMatchObject({ pendingApproval: true, requestId: expect.any(String) });
    expect((await api().get('/api/v1/auth/me').set(as(limited))).status).toBe(200); // nothing reset yet
    const self = await api().post(`/api/v1/staff/reset-requests/${asked.body.requestId}/approve`).set(as(admin));
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('SECOND_ADMIN_REQUIRED');
    const secondAdmin = await ctx.staffToken(['ADMIN']);
    await api().post(`/api/v1/staff/reset-requests/${asked.body.requestId}/approve`).set(as(secondAdmin)).expect(200);
    expect((await api().get('/api/v1/auth/me').set(as(limited))).status).toBe(401);
    expect((await login('auditor-sun').expect(200)).body.totpSetupRequired).toBe(true);
  });
});

describe('failed logins: back-off, lockout, admin reset', () => {
  it('backs off after repeated failures (even for the right password), then locks', async () => {
    const id = await account('officer-li', ['TRIAGE_OFFICER']);
    expect((await login('officer-li', 'Wrong-Password-001')).status).toBe(401);
    expect((await login('officer-li', 'Wrong-Password-002')).status).toBe(401);
    const waiting = await login('officer-li');
    expect(waiting.status).toBe(429);
    expect(waiting.body.code).toBe('LOGIN_BACKOFF');
    expect(Number(waiting.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await login('officer-li', 'Wrong-Password-003')).status).toBe(401);
    await new Promise((r) => setTimeout(r, 1100));
    const locked = await login('officer-li');
    expect(locked.status).toBe(423);
    expect(locked.body.code).toBe('ACCOUNT_LOCKED');

    // Only an administrator resets a password; the policy applies; the lock goes with it.
    const weak = await api().post(`/api/v1/staff/${id}/password`).set(as(admin)).send({ password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('WEAK_PASSWORD');
    await api().post(`/api/v1/staff/${id}/password`).set(as(admin)).send({ password: 'New-Strong-Pass-2026' }).expect(200);
    expect((await login('officer-li')).status).toBe(401);
    await login('officer-li', 'New-Strong-Pass-2026').expect(200);
    const trail = await ctx.db.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY seq`, [id]);
    expect(trail.rows.map((r) => r.action)).toContain('staff.password.reset');
  });

  it('no one can reset a password without an administrator: there is no public reset route', () => {
    const open = routeInventory(ctx.app).filter((r) => r.isPublic && /password|reset|forgot/i.test(r.path));
    expect(open).toEqual([]);
  });

  it('does not reveal whether a username exists', async () => {
    const unknown = await login('no-such-user', 'Wrong-Password-001');
    await account('officer-zhou', ['TRIAGE_OFFICER']);
    const known = await login('officer-zhou', 'Wrong-Password-001');
    expect([unknown.status, unknown.body.code, unknown.body.message]).toEqual([known.status, known.body.code, known.body.message]);
  });
});

describe('sessions: expiry and revocation', () => {
  it('a session idle too long ends, and so does one past its absolute expiry', async () => {
    await account('officer-wu', ['TRIAGE_OFFICER']);
    const idle = (await login('officer-wu').expect(200)).body.token;
    const old = (await login('officer-wu').expect(200)).body.token;
    await api().get('/api/v1/auth/me').set(as(idle)).expect(200);
    await ctx.db.query(
      `UPDATE staff_session SET last_seen_at = now() - interval '61 minutes' WHERE id = (SELECT s.id FROM staff_session s JOIN staff_user u ON u.id = s.user_id WHERE u.username = 'officer-wu' ORDER BY s.created_at LIMIT 1)`,
    );
    expect((await api().get('/api/v1/auth/me').set(as(idle))).status).toBe(401);
    const reasons = await ctx.db.query(
      `SELECT revoked_reason FROM staff_session s JOIN staff_user u ON u.id = s.user_id WHERE u.username = 'officer-wu' AND revoked_at IS NOT NULL`,
    );
    expect(reasons.rows).toEqual([{ revoked_reason: 'idle' }]);
    await ctx.db.query(
      `UPDATE staff_session s SET expires_at = now() - interval '1 second' FROM staff_user u WHERE u.id = s.user_id AND u.username = 'officer-wu'`,
    );
    expect((await api().get('/api/v1/auth/me').set(as(old))).status).toBe(401);
  });

  it('logout everywhere ends every session of the caller', async () => {
    await account('officer-zheng', ['TRIAGE_OFFICER']);
    const a = (await login('officer-zheng').expect(200)).body.token;
    const b = (await login('officer-zheng').expect(200)).body.token;
    const res = await api().post('/api/v1/auth/logout-all').set(as(a)).expect(200);
    expect(res.body.revokedSessions).toBe(2);
    for (const token of [a, b]) expect((await api().get('/api/v1/auth/me').set(as(token))).status).toBe(401);
  });

  it("an administrator revokes another account's sessions", async () => {
    const id = await account('officer-wang', ['SUPERVISOR']);
    const token = (await login('officer-wang').expect(200)).body.token;
    const list = await api().get('/api/v1/staff').set(as(admin)).expect(200);
    expect(list.body.find((u: { id: string }) => u.id === id)).toMatchObject({ liveSessions: 1, totpEnabled: false });
    expect(JSON.stringify(list.body)).not.toMatch(/password|secret/i);
    await api().post(`/api/v1/staff/${id}/sessions/revoke`).set(as(admin)).expect(200);
    expect((await api().get('/api/v1/auth/me').set(as(token))).status).toBe(401);
  });
});
