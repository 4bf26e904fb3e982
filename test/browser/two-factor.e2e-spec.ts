import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generate } from 'otplib';
import type { Browser } from 'playwright-core';
import { AccountService } from '../../src/auth/account.service.js';
import { AuthService } from '../../src/auth/auth.service.js';
import { accessibilityViolations, launchBrowser, screenshot } from '../support/browser.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/** A supervisor whose role requires two-factor login enrols from the console in Chromium. */
let ctx: TestContext;
let browser: Browser;
const PASSWORD = 'Supervisor-Enrol-2026!';
let enrolmentToken: string;

beforeAll(async () => {
  ctx = await createTestContext({ settings: { security: { trustProxy: 1, totpRequiredRoles: ['SUPERVISOR'] } } });
  browser = await launchBrowser();
  const chief = await ctx.app
    .get(AuthService)
    .createUser({ username: 'chief2', displayName: '科长乙', password: PASSWORD, roles: ['SUPERVISOR'] });
  enrolmentToken = (await ctx.app.get(AccountService).issueEnrolmentToken(chief.id, { actorKind: 'SYSTEM', actorName: 'test' })).token;
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('two-factor enrolment in Chromium', () => {
  it('shows a scannable QR code and the secret, takes the first code and opens the inbox', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${ctx.baseUrl}/console/login`);
    await page.getByLabel('用户名').fill('chief2');
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/console\/two-factor$/);
    await page.getByRole('button', { name: '开始设置' }).click();

    const qr = page.locator('figure.qr svg');
    const box = await qr.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(200); // large enough to scan from the screen
    const secret = (await page.locator('#totp-secret').innerText()).replaceAll(' ', '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect((await accessibilityViolations(page)).filter((v) => v.impact === 'critical' || v.impact === 'serious')).toEqual([]);
    await screenshot(page, 'two-factor', '1-secret');

    await page.getByLabel('绑定码').fill(enrolmentToken); // handed over by the administrator
    await page.getByLabel('身份验证器显示的 6 位动态码').fill(await generate({ secret }));
    await page.getByRole('button', { name: '确认启用' }).click();
    await page.waitForURL(/\/console$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('举报受理台');
    await page.getByRole('link', { name: '两步验证' }).click();
    await expect(page.locator('main').innerText()).resolves.toContain('两步验证已于');
    await screenshot(page, 'two-factor', '2-enabled');
    await context.close();
  });
});
