import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { AuthService } from '../../src/auth/auth.service.js';
import { Clock } from '../../src/infra/clock/clock.js';
import { validTip } from '../support/fixtures.js';
import { accessibilityViolations, launchBrowser, logInToConsole, screenshot } from '../support/browser.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/**
 * A triage officer disposes a case to 初步核实 and asks two agencies from the case page;
 * the requests list shows them with each agency's figures; once they are overdue a
 * supervisor records 督办 from the list.
 */
let ctx: TestContext;
let browser: Browser;
let reportId: string;
let reportNumber: string;
const PASSWORD = 'Verification-Page-2026!';

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.startWorker();
  browser = await launchBrowser();
  const auth = ctx.app.get(AuthService);
  await auth.createUser({ username: 'officer3', displayName: '经办人丙', password: PASSWORD, roles: ['TRIAGE_OFFICER'] });
  await auth.createUser({ username: 'chief1', displayName: '科长甲', password: PASSWORD, roles: ['SUPERVISOR'] });
  const submitted = await request(ctx.baseUrl).post('/api/v1/public/reports').send(validTip());
  expect(submitted.status).toBe(201);
  reportNumber = submitted.body.reportNumber;
  reportId = await waitFor(
    async () => {
      const { rows } = await ctx.db.query(`SELECT id FROM report WHERE number = $1 AND status = 'TRIAGED'`, [reportNumber]);
      return rows[0]?.id as string | undefined;
    },
    20_000,
    'triage',
  );
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

async function logIn(username: string) {
  const session = await logInToConsole(browser, ctx.baseUrl, username, PASSWORD);
  await session.page.waitForURL(/\/console$/);
  return session;
}

const serious = (violations: Awaited<ReturnType<typeof accessibilityViolations>>) =>
  violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');

describe('verification tracking in Chromium', () => {
  it('an officer disposes the case to 初步核实 and asks two agencies from the case page', async () => {
    const { context, page } = await logIn('officer3');
    await page.goto(`${ctx.baseUrl}/console/cases/${reportId}`);
    expect(await page.textContent('section.verification')).toContain('处置为“初步核实”且正在办理后');
    await page.selectOption('#kind', 'PRELIMINARY_VERIFICATION');
    await page.getByLabel('理由').fill('线索具体，请审计局、卫健委协助核实。');
    await page.locator('form[action$="/disposition"] button').click();
    await page.waitForSelector('form[action$="/verification-requests"]');

    // No agency chosen and a weekend date: the form comes back saying both, with the question kept.
    await page.getByLabel('需核查的问题 *').fill('请核实王某某2025年以来有无审计发现的问题及计生政策执行情况');
    await page.getByLabel('举报材料摘录（可选）').fill('反映：王某某在办公室收受下属现金五万元。');
    const saturday = await page.evaluate(() => {
      const d = new Date(Date.now() + 8 * 86_400_000);
      d.setUTCDate(d.getUTCDate() + ((6 - d.getUTCDay() + 7) % 7));
      return d.toISOString().slice(0, 10);
    });
    await page.fill('#vr-due', saturday);
    await page.getByRole('button', { name: '发出核查请求' }).click();
    await page.waitForSelector('section.verification .errors');
    const errors = await page.textContent('section.verification .errors');
    expect(errors).toContain('成员单位');
    expect(errors).toContain('工作日');
    expect(await page.inputValue('#vr-question')).toContain('计生政策执行情况');
    await page.locator('section.verification').scrollIntoViewIfNeeded();
    await screenshot(page, 'verification', '1-form-error');

    await page.getByLabel('审计局').check();
    await page.getByLabel('卫健委').check();
    const defaultDue = (await page.textContent('#vr-due-hint'))!.match(/\d{4}-\d{2}-\d{2}/)![0];
    await page.fill('#vr-due', defaultDue);
    await page.getByRole('button', { name: '发出核查请求' }).click();
    await page.waitForSelector('.notice');
    expect(await page.textContent('.notice')).toContain('已向 2 个成员单位发出核查请求');
    const section = await page.textContent('section.verification');
    for (const words of ['审计局', '卫健委', '已发送', defaultDue]) expect(section).toContain(words);
    await page.locator('section.verification').scrollIntoViewIfNeeded();
    await screenshot(page, 'verification', '2-case-requests');
    expect(serious(await accessibilityViolations(page))).toEqual([]);

    const { rows } = await ctx.db.query(
      `SELECT agency_code, to_char(due_on, 'YYYY-MM-DD') AS due_on, extract FROM verification_request WHERE subject_id = $1 ORDER BY agency_code`,
      [reportId],
    );
    expect(rows.map((r) => [r.agency_code, r.due_on])).toEqual([
      ['AUDIT', defaultDue],
      ['HEALTH', defaultDue],
    ]);

    await page.getByRole('link', { name: '核查请求' }).click();
    await page.waitForURL('**/console/verification');
    expect(await page.locator('table.inbox').first().locator('tbody tr').count()).toBe(2);
    await screenshot(page, 'verification', '3-list');
    expect(serious(await accessibilityViolations(page))).toEqual([]);
    await page.selectOption('#agency', 'AUDIT');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL('**/console/verification?*agency=AUDIT*');
    expect(await page.locator('table.inbox').first().locator('tbody tr').count()).toBe(1);
    await context.close();
  });

  it('a supervisor presses (督办) an overdue request from the list', async () => {
    const later = Date.now() + 40 * 86_400_000;
    const clock = ctx.app.get(Clock);
    const realNow = clock.now.bind(clock);
    clock.now = () => new Date(later);
    try {
      const { context, page } = await logIn('chief1');
      await page.goto(`${ctx.baseUrl}/console/verification?state=OVERDUE`);
      expect(await page.locator('table.inbox').first().locator('tbody tr.overdue').count()).toBe(2);
      const firstNote = page.locator('form.press input[name=note]').first();
      await firstNote.fill('请于三日内答复。');
      await page.locator('form.press button').first().click();
      await page.waitForSelector('.notice');
      expect(await page.textContent('main')).toContain('督办 1');
      await screenshot(page, 'verification', '4-pressed');
      const { rows } = await ctx.db.query(`SELECT note FROM verification_press`);
      expect(rows).toEqual([{ note: '请于三日内答复。' }]);
      await context.close();
    } finally {
      clock.now = realNow;
    }
  });
});
