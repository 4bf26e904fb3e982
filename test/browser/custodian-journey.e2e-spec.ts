import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generate as generateTotp } from 'otplib';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { AuthService } from '../../src/auth/auth.service.js';
import { TotpVerifier } from '../../src/auth/totp.js';
import { CryptoService } from '../../src/infra/crypto/crypto.service.js';
import { validTip } from '../support/fixtures.js';
import { ConsoleSessions, expectNoSeriousViolations, launchBrowser, screenshot } from '../support/browser.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/**
 * Identity access in Chromium, without one API call: a handler asks to see a real-name
 * reporter's identity (a too-short reason comes back with what was typed), the custodian
 * finds it on their to-do list and approves it from the queue, and the handler views the
 * identity from "my requests". Every page is checked with axe.
 */
let ctx: TestContext;
let browser: Browser;
let caseId: string;
let secondCaseId: string;
let custodianSecret: string;
const PASSWORD = 'Custodian-Journey-2026!';
// Each person logs in once; a later step comes back to the console in the same tab.
const sessions = new ConsoleSessions();

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.startWorker();
  browser = await launchBrowser();
  const auth = ctx.app.get(AuthService);
  await auth.createUser({ username: 'officer4', displayName: '经办人丁', password: PASSWORD, roles: ['TRIAGE_OFFICER'] });
  const custodian = await auth.createUser({
    username: 'keeper1',
    displayName: '保管人戊',
    password: PASSWORD,
    roles: ['IDENTITY_CUSTODIAN'],
  });
  custodianSecret = ctx.app.get(TotpVerifier).newSecret();
  await ctx.db.query(`UPDATE staff_user SET totp_secret = $2, totp_enabled_at = now() WHERE id = $1`, [
    custodian.id,
    await ctx.app.get(CryptoService).encrypt(custodianSecret),
  ]);
  const submitted = await request(ctx.baseUrl)
    .post('/api/v1/public/reports')
    .send(validTip({ anonymous: false, reporter: { name: '李小红', phone: '13912345678' } }));
  caseId = await waitFor(
    async () =>
      (await ctx.db.query(`SELECT id FROM report WHERE number = $1 AND status = 'TRIAGED'`, [submitted.body.reportNumber])).rows[0]?.id,
    30_000,
    'triage',
  );
  const second = await request(ctx.baseUrl)
    .post('/api/v1/public/reports')
    .send(
      validTip({
        anonymous: false,
        reporter: { name: '王大成', phone: '13700001111' },
        body: '2026年4月，某局副局长王某某在干部考察前请考察组成员吃饭并送购物卡，多名同事知情。',
      }),
    );
  secondCaseId = await waitFor(
    async () =>
      (await ctx.db.query(`SELECT id FROM report WHERE number = $1 AND status = 'TRIAGED'`, [second.body.reportNumber])).rows[0]?.id,
    30_000,
    'triage',
  );
});
afterAll(async () => {
  await sessions.close();
  await browser?.close();
  await ctx?.close();
});

describe('identity access in the console', () => {
  it('handler asks, custodian approves, handler views', async () => {
    const officer = await sessions.logIn(browser, ctx.baseUrl, 'officer4', PASSWORD);
    await officer.page.waitForURL(/\/console$/);
    await officer.page.goto(`${ctx.baseUrl}/console/cases/${caseId}`);
    await officer.page.getByRole('link', { name: '申请查看举报人身份' }).click();
    await officer.page.getByLabel('理由').fill('需要联系');
    await officer.page.getByRole('button', { name: '提交申请' }).click();
    expect(await officer.page.textContent('.field-error')).toContain('至少 10 字');
    expect(await officer.page.inputValue('#reason')).toBe('需要联系');
    await screenshot(officer.page, 'custodian', '1-request-refused');
    await expectNoSeriousViolations(officer.page);
    await officer.page.getByLabel('理由').fill('需要联系实名举报人核实收受现金的具体时间和地点');
    await officer.page.getByRole('button', { name: '提交申请' }).click();
    await officer.page.waitForURL('**/console/identity/mine**');
    expect(await officer.page.textContent('main')).toContain('待审批');

    const keeper = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await keeper.newPage();
    await page.goto(`${ctx.baseUrl}/console/login`);
    await page.getByLabel('用户名').fill('keeper1');
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByLabel('动态验证码').fill(await generateTotp({ secret: custodianSecret }));
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/console/todo');
    expect(await page.textContent('main')).toContain('待审批的身份查看申请');
    await screenshot(page, 'custodian', '2-todo');
    await expectNoSeriousViolations(page);
    await page.getByRole('link', { name: '身份查看', exact: true }).click();
    expect(await page.textContent('main')).toContain('需要联系实名举报人核实');
    await screenshot(page, 'custodian', '3-queue');
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: '批准', exact: true }).click();
    expect(await page.textContent('.notice')).toContain('已批准');
    await keeper.close();

    await officer.page.goto(`${ctx.baseUrl}/console/identity/mine`);
    await officer.page.getByRole('link', { name: '查看身份' }).click();
    expect(await officer.page.textContent('main')).toContain('李小红');
    expect(await officer.page.textContent('main')).toContain('13912345678');
    await screenshot(officer.page, 'custodian', '4-identity');
    await expectNoSeriousViolations(officer.page);
    const { rows } = await ctx.db.query(`SELECT action FROM audit_log WHERE action LIKE 'identity.%' ORDER BY seq`);
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['identity.approve']));
  });

  it('custodian refuses a request with a note; an approval ends when its time is up', async () => {
    const officer = await sessions.logIn(browser, ctx.baseUrl, 'officer4', PASSWORD);
    await officer.page.waitForURL(/\/console$/);
    await officer.page.goto(`${ctx.baseUrl}/console/cases/${secondCaseId}`);
    await officer.page.getByRole('link', { name: '申请查看举报人身份' }).click();
    await officer.page.getByLabel('理由').fill('想了解举报人是否为本单位职工，以便判断线索来源');
    await officer.page.getByRole('button', { name: '提交申请' }).click();
    await officer.page.waitForURL('**/console/identity/mine**');

    const keeper = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await keeper.newPage();
    await page.goto(`${ctx.baseUrl}/console/login`);
    await page.getByLabel('用户名').fill('keeper1');
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByLabel('动态验证码').fill(await generateTotp({ secret: custodianSecret, epoch: Date.now() / 1000 + 30 }));
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/console/todo');
    await page.getByRole('link', { name: '身份查看', exact: true }).click();
    const card = page.locator('article.identity-request', { hasText: '判断线索来源' });
    await card.getByLabel('审批说明（可选）').fill('判断线索来源不属于必须查看身份的情形。');
    await card.getByRole('button', { name: '不批准' }).click();
    expect(await page.textContent('.notice')).toContain('已不批准该申请。');
    expect(await page.locator('table.inbox tr', { hasText: '未批准' }).count()).toBe(1);
    await screenshot(page, 'custodian', '5-refused');
    await expectNoSeriousViolations(page);
    await keeper.close();

    await officer.page.goto(`${ctx.baseUrl}/console/identity/mine`);
    const refused = officer.page.locator('tr', { hasText: '判断线索来源' });
    expect(await refused.textContent()).toContain('未批准');
    expect(await refused.getByRole('link', { name: '查看身份' }).count()).toBe(0);
    // The earlier approval's time runs out: the request reads 已过期 and offers no view.
    await ctx.db.query(`UPDATE identity_access_request SET expires_at = now() - interval '1 minute' WHERE status = 'APPROVED'`);
    await officer.page.reload();
    const expired = officer.page.locator('tr', { hasText: '需要联系实名举报人核实' });
    expect(await expired.textContent()).toContain('已过期');
    expect(await expired.getByRole('link', { name: '查看身份' }).count()).toBe(0);
    await screenshot(officer.page, 'custodian', '6-mine');
    await expectNoSeriousViolations(officer.page);
    await waitFor(
      async () => (await ctx.db.query(`SELECT 1 FROM audit_log WHERE action = 'identity.refuse'`)).rowCount,
      10_000,
      'the refusal in the audit log',
    );
  });
});
