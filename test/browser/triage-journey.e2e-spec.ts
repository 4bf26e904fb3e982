import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { AuthService } from '../../src/auth/auth.service.js';
import { validTip } from '../support/fixtures.js';
import { accessibilityViolations, launchBrowser, screenshot } from '../support/browser.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/** A triage officer logs in to the console, opens a triaged tip, disposes it and writes to the reporter. */
let ctx: TestContext;
let browser: Browser;
const PASSWORD = 'Triage-Officer-2026!';

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.startWorker();
  browser = await launchBrowser();
  await ctx.app
    .get(AuthService)
    .createUser({ username: 'officer1', displayName: '经办人甲', password: PASSWORD, roles: ['TRIAGE_OFFICER'] });
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('triage officer journey in Chromium', () => {
  it('logs in, finds the tip in the inbox, disposes it and messages the reporter', async () => {
    const submitted = await request(ctx.baseUrl).post('/api/v1/public/reports').send(validTip());
    expect(submitted.status).toBe(201);
    await waitFor(
      async () =>
        (await ctx.db.query(`SELECT 1 FROM report WHERE number = $1 AND triaged_at IS NOT NULL`, [submitted.body.reportNumber])).rowCount,
      15_000,
      'triage',
    );

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${ctx.baseUrl}/console`);
    await page.waitForURL('**/console/login');
    await screenshot(page, 'triage', '1-login');
    await page.getByLabel('用户名').fill('officer1');
    await page.getByLabel('密码', { exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    expect(await page.textContent('.errors')).toContain('用户名或密码错误');
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/console$/);
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'qf_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    await screenshot(page, 'triage', '2-inbox');

    await page.getByRole('link', { name: submitted.body.reportNumber }).click();
    await page.waitForSelector('blockquote.tip');
    expect(await page.textContent('blockquote.tip')).toContain('收受下属现金');
    await screenshot(page, 'triage', '3-case');
    const violations = await accessibilityViolations(page);
    expect(violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')).toEqual([]);

    await page.selectOption('#kind', 'PRELIMINARY_VERIFICATION');
    await page.getByLabel('理由').fill('线索具体，可查。');
    await page.locator('form[action$="/disposition"] button').click();
    await page.waitForSelector('.notice');
    await page.getByLabel('给举报人发消息').fill('请补充送钱的具体日期。');
    await page.locator('form[action$="/message"] button').click();
    await page.waitForSelector('.notice');
    expect(await page.textContent('.messages')).toContain('请补充送钱的具体日期。');
    await screenshot(page, 'triage', '4-disposed');

    const { rows } = await ctx.db.query(
      `SELECT e.type FROM report_event e JOIN report r ON r.id = e.report_id WHERE r.number = $1 ORDER BY e.id`,
      [submitted.body.reportNumber],
    );
    const types = rows.map((r) => r.type);
    expect(types).toContain('STAFF_MESSAGE');
    expect(types.some((t: string) => /DISPOS/.test(t))).toBe(true);

    // The reporter sees the question with the receipt code.
    const lookup = await request(ctx.baseUrl).post('/api/v1/public/reports/lookup').send({ receiptCode: submitted.body.receiptCode });
    expect(lookup.body.messages.map((m: { body: string }) => m.body)).toContain('请补充送钱的具体日期。');

    // Logging out ends the session: the console sends the browser back to the login page.
    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForURL('**/console/login');
    await page.goto(`${ctx.baseUrl}/console`);
    await page.waitForURL('**/console/login');
    await context.close();
  });
});
