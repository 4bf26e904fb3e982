import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { generate as generateTotp } from 'otplib';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { AuthService } from '../../src/auth/auth.service.js';
import { TotpVerifier } from '../../src/auth/totp.js';
import { CryptoService } from '../../src/infra/crypto/crypto.service.js';
import { validTip } from '../support/fixtures.js';
import { accessibilityViolations, launchBrowser, screenshot } from '../support/browser.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/**
 * The auditor's whole job in Chromium: log in with two-factor, read the audit log with every
 * action in Chinese (no raw code), filter it to case changes, check the chain, export CSV.
 */
let ctx: TestContext;
let browser: Browser;
let secret: string;
const PASSWORD = 'Auditor-Journey-2026!';

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.startWorker();
  browser = await launchBrowser();
  const auditor = await ctx.app
    .get(AuthService)
    .createUser({ username: 'auditor1', displayName: '审计员己', password: PASSWORD, roles: ['AUDITOR'] });
  secret = ctx.app.get(TotpVerifier).newSecret();
  await ctx.db.query(`UPDATE staff_user SET totp_secret = $2, totp_enabled_at = now() WHERE id = $1`, [
    auditor.id,
    await ctx.app.get(CryptoService).encrypt(secret),
  ]);
  // Something to audit: a tip disposed by an officer.
  const officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  const tip = await request(ctx.baseUrl).post('/api/v1/public/reports').send(validTip());
  const id = await waitFor(
    async () => (await ctx.db.query(`SELECT id FROM report WHERE number = $1 AND status = 'TRIAGED'`, [tip.body.reportNumber])).rows[0]?.id,
    30_000,
    'triage',
  );
  await request(ctx.baseUrl)
    .post(`/api/v1/triage/cases/${id}/disposition`)
    .set('Authorization', `Bearer ${officer}`)
    .send({ kind: 'PRELIMINARY_VERIFICATION' });
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('auditor journey in Chromium', () => {
  it('reads, filters, verifies and exports the audit log', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${ctx.baseUrl}/console/login`);
    await page.getByLabel('用户名').fill('auditor1');
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByLabel('动态验证码').fill(await generateTotp({ secret }));
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/console/todo');
    await page.getByRole('link', { name: '审计日志', exact: true }).click();
    const text = (await page.textContent('main'))!;
    expect(text).toContain('案件处置');
    expect(text).not.toMatch(/\b(OK|DENIED|FAILED|STAFF|SYSTEM)\b|case\.|GET \/|POST \//);
    await screenshot(page, 'auditor', '1-log');
    expect((await accessibilityViolations(page)).filter((v) => v.impact === 'critical' || v.impact === 'serious')).toEqual([]);

    await page.selectOption('#action', 'case.');
    await page.getByRole('button', { name: '筛选' }).click();
    const rows = await page.locator('table.inbox tbody tr').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => /案件处置|提出处置|审批|办结|核查结论|合并|重新办理/.test(r))).toBe(true);

    await page.getByRole('link', { name: '核验日志链完整性' }).click();
    expect(await page.textContent('.notice')).toContain('日志链完整');
    await screenshot(page, 'auditor', '2-verify');
    expect((await accessibilityViolations(page)).filter((v) => v.impact === 'critical' || v.impact === 'serious')).toEqual([]);

    await page.goBack();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '导出 CSV（按当前筛选）' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toContain('序号,时间,操作人,操作');
    expect(csv).toContain('案件处置');
    await context.close();
  });
});
