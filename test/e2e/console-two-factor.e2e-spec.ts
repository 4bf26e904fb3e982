import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generate } from 'otplib';
import request from 'supertest';
import { AccountService } from '../../src/auth/account.service.js';
import { AuthService } from '../../src/auth/auth.service.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

const PASSWORD = 'Lantern-Orchard-Quiet-58';
let ctx: TestContext;
let ip = 0;
let enrolmentToken: string;

beforeAll(async () => {
  ctx = await createTestContext({ settings: { security: { trustProxy: 1, totpRequiredRoles: ['SUPERVISOR'] } } });
  const qian = await ctx.app
    .get(AuthService)
    .createUser({ username: 'supervisor-qian', displayName: '钱主任', password: PASSWORD, roles: ['SUPERVISOR'] });
  // The administrator's one-time token for the first enrolment.
  enrolmentToken = (await ctx.app.get(AccountService).issueEnrolmentToken(qian.id, { actorKind: 'SYSTEM', actorName: 'test' })).token;
});
afterAll(async () => {
  await ctx?.close();
});

/** A browser-like client: the session cookie, HTML accepted, forms posted from our own pages. */
function browser() {
  const agent = request.agent(ctx.baseUrl);
  const from = `198.51.100.${++ip}`;
  return {
    get: (path: string) => agent.get(path).set('Accept', 'text/html').set('X-Forwarded-For', from),
    post: (path: string, form: Record<string, string> = {}) =>
      agent.post(path).type('form').send(form).set('Accept', 'text/html').set('Origin', ctx.baseUrl).set('X-Forwarded-For', from),
  };
}

const secretOf = (html: string) => /id="totp-secret">([A-Z2-7 ]+)</.exec(html)?.[1]?.replaceAll(' ', '') ?? null;

describe('console two-factor enrolment (两步验证)', () => {
  it('takes a supervisor who must use TOTP from first login through enrolment to their pages, then asks for codes at login', async () => {
    const first = browser();
    const login = await first.post('/console/login', { username: 'supervisor-qian', password: PASSWORD });
    expect(login.status).toBe(303);
    expect(login.headers.location).toBe('/console/two-factor');

    // Until enrolled, every console page leads back to the enrolment page.
    const inbox = await first.get('/console');
    expect(inbox.status).toBe(303);
    expect(inbox.headers.location).toBe('/console/two-factor');

    const page = await first.get('/console/two-factor');
    expect(page.status).toBe(200);
    expect(page.text).toContain('您的角色要求启用两步验证');
    expect(page.text).toContain('action="/console/two-factor/setup"');

    const setup = await first.post('/console/two-factor/setup');
    expect(setup.status).toBe(200);
    expect(setup.headers['cache-control']).toBe('no-store');
    expect(setup.text).toMatch(/<svg[^>]*>/); // the QR code
    const secret = secretOf(setup.text);
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);

    // A wrong code: the form again with the reason, nothing enabled.
    expect(setup.text).toContain('name="enrolmentToken"');
    // Without the administrator's token the password's holder cannot bind an authenticator.
    const noToken = await first.post('/console/two-factor/confirm', { code: await generate({ secret: secret! }) });
    expect(noToken.status).toBe(403);
    expect(noToken.text).toContain('绑定码');
    const wrong = await first.post('/console/two-factor/confirm', { code: '000000', enrolmentToken });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('动态码错误');
    expect(wrong.text).toContain('action="/console/two-factor/confirm"');
    expect(
      (await ctx.db.query(`SELECT totp_enabled_at FROM staff_user WHERE username = 'supervisor-qian'`)).rows[0].totp_enabled_at,
    ).toBeNull();

    expect(wrong.text).toContain(enrolmentToken); // what was typed is kept
    const confirmed = await first.post('/console/two-factor/confirm', { code: await generate({ secret: secret! }), enrolmentToken });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.location).toBe('/console');
    // The same session now reaches the inbox, and the page shows two-factor as on.
    expect((await first.get('/console')).status).toBe(200);
    expect((await first.get('/console/two-factor')).text).toContain('两步验证已于');

    // A new login without a code is refused; with a fresh code it goes straight to the inbox.
    const second = browser();
    const noCode = await second.post('/console/login', { username: 'supervisor-qian', password: PASSWORD });
    expect(noCode.status).toBe(401);
    expect(noCode.text).toContain('动态码');
    const later = Math.floor(Date.now() / 30_000) * 30 + 30; // the next 30-second step: each code works once
    const withCode = await second.post('/console/login', {
      username: 'supervisor-qian',
      password: PASSWORD,
      totp: await generate({ secret: secret!, epoch: later }),
    });
    expect(withCode.status).toBe(303);
    expect(withCode.headers.location).toBe('/console');
  });

  it('refuses enrolment forms posted from another site', async () => {
    const agent = request.agent(ctx.baseUrl);
    await ctx.app
      .get(AuthService)
      .createUser({ username: 'supervisor-sun', displayName: '孙主任', password: PASSWORD, roles: ['SUPERVISOR'] });
    await agent
      .post('/console/login')
      .type('form')
      .send({ username: 'supervisor-sun', password: PASSWORD })
      .set('Origin', ctx.baseUrl)
      .set('X-Forwarded-For', `198.51.100.${++ip}`);
    const forged = await agent.post('/console/two-factor/setup').set('Accept', 'text/html').set('Origin', 'https://evil.example');
    expect(forged.status).toBe(403);
  });
});
