import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { AuthService } from '../../src/auth/auth.service.js';
import { PDF_MINIMAL, validTip } from '../support/fixtures.js';
import { accessibilityViolations, ConsoleSessions, expectNoSeriousViolations, launchBrowser, screenshot } from '../support/browser.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/**
 * A member agency's liaison answers a verification request in the agency portal: the
 * request is made through the real API (a case disposed to 初步核实 asks 审计局), the
 * liaison of 审计局 sees only it and replies with an attachment; the liaison of 卫健委
 * sees nothing and gets 404 on its address; the case page shows the reply to staff.
 */
let ctx: TestContext;
let browser: Browser;
let requestId: string;
let reportId: string;
const PASSWORD = 'Liaison-Portal-2026!';
// Each person logs in once; a later step comes back to the console in the same tab.
const sessions = new ConsoleSessions();

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.startWorker();
  browser = await launchBrowser();
  const auth = ctx.app.get(AuthService);
  await auth.createUser({
    username: 'shenji',
    displayName: '审计局联络员',
    password: PASSWORD,
    roles: ['AGENCY_LIAISON'],
    agencyCode: 'AUDIT',
  });
  await auth.createUser({
    username: 'weijian',
    displayName: '卫健委联络员',
    password: PASSWORD,
    roles: ['AGENCY_LIAISON'],
    agencyCode: 'HEALTH',
  });
  await auth.createUser({ username: 'officer2', displayName: '经办人乙', password: PASSWORD, roles: ['TRIAGE_OFFICER'] });

  const officer = { Authorization: `Bearer ${await ctx.staffToken(['TRIAGE_OFFICER'])}` };
  const submitted = await request(ctx.baseUrl).post('/api/v1/public/reports').send(validTip());
  expect(submitted.status).toBe(201);
  reportId = await waitFor(
    async () => {
      const { rows } = await ctx.db.query(`SELECT id FROM report WHERE number = $1 AND status = 'TRIAGED'`, [submitted.body.reportNumber]);
      return rows[0]?.id as string | undefined;
    },
    20_000,
    'triage',
  );
  expect(
    (
      await request(ctx.baseUrl)
        .post(`/api/v1/triage/cases/${reportId}/disposition`)
        .set(officer)
        .send({ kind: 'PRELIMINARY_VERIFICATION' })
    ).status,
  ).toBe(200);
  const sent = await request(ctx.baseUrl)
    .post(`/api/v1/reports/${reportId}/verification-requests`)
    .set(officer)
    .send({
      agencyCodes: ['AUDIT'],
      question: '请核实王某某2025年以来有无审计发现的问题',
      extract: '反映：王某某在办公室收受下属现金五万元。',
    });
  expect(sent.status).toBe(201);
  requestId = sent.body[0].id;
}, 90_000);
afterAll(async () => {
  await sessions.close();
  await browser?.close();
  await ctx?.close();
});

const logIn = (username: string, path = '/agency') => sessions.logIn(browser, ctx.baseUrl, username, PASSWORD, { path });

const serious = (violations: Awaited<ReturnType<typeof accessibilityViolations>>) =>
  violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');

describe('agency liaison journey in Chromium', () => {
  it('the officer attaches the audit lead to the request from the case page', async () => {
    const { page } = await logIn('officer2', `/console/cases/${reportId}`);
    await page.waitForURL(/\/console$/);
    await page.goto(`${ctx.baseUrl}/console/cases/${reportId}`);
    const item = page.locator(`#request-${requestId}`);
    // Sent without a file: refused beside the request's form.
    await item.locator('form.attach-form').evaluate((form: HTMLFormElement) => {
      form.noValidate = true;
    });
    await item.getByRole('button', { name: '附上', exact: true }).click();
    expect(await page.locator(`#attach-${requestId}-error`).textContent()).toContain('请选择要附上的文件');
    await page
      .locator(`#request-${requestId} input[type=file]`)
      .setInputFiles({ name: '审计线索.pdf', mimeType: 'application/pdf', buffer: PDF_MINIMAL });
    await page.locator(`#request-${requestId}`).getByRole('button', { name: '附上', exact: true }).click();
    await page.waitForURL(/done=attached/);
    expect(await page.textContent('.notice')).toContain('材料已附上');
    expect(await page.locator(`#request-${requestId}`).textContent()).toContain('审计线索.pdf');
    await screenshot(page, 'liaison', '0-officer-attached');
    await expectNoSeriousViolations(page);
  });

  it('the liaison of 审计局 sees only their request and answers it with an attachment', async () => {
    const { page } = await logIn('shenji');
    await page.waitForURL(/\/agency$/); // liaisons land on the portal
    await screenshot(page, 'liaison', '1-requests');
    expect(await page.locator('table.inbox tbody tr').count()).toBe(1);
    expect(serious(await accessibilityViolations(page))).toEqual([]);

    await page.locator('table.inbox tbody a').click();
    await page.waitForURL(`**/agency/requests/${requestId}`);
    expect(await page.textContent('main')).toContain('有无审计发现的问题');
    expect(await page.textContent('main')).toContain('收受下属现金五万元');
    await screenshot(page, 'liaison', '2-request');
    expect(serious(await accessibilityViolations(page))).toEqual([]);
    // The staff's file downloads from the portal.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /审计线索\.pdf/ }).click()]);
    expect(download.suggestedFilename()).toBe('审计线索.pdf');

    // More time without a date: the form comes back with the reason and what was typed.
    await page.getByLabel('需延期答复（请填写新的答复日期）').check();
    await page.getByLabel('答复意见 *').fill('相关审计档案在市局调阅，需延期。');
    await page.getByRole('button', { name: '提交答复' }).click();
    await page.waitForSelector('.errors');
    expect(await page.textContent('.errors')).toContain('新的答复日期');
    expect(await page.inputValue('#body')).toBe('相关审计档案在市局调阅，需延期。');
    await screenshot(page, 'liaison', '3-reply-error');

    await page.getByLabel('有不良反映').check();
    await page.getByLabel('答复意见 *').fill('经查，王某某2024年分管项目审计发现违规发放补贴12万元，已责令整改。');
    await page.setInputFiles('#files', { name: '审计报告摘录.pdf', mimeType: 'application/pdf', buffer: PDF_MINIMAL });
    await page.getByRole('button', { name: '提交答复' }).click();
    await page.waitForSelector('.notice');
    expect(await page.textContent('.messages')).toContain('违规发放补贴12万元');
    expect(await page.textContent('.messages')).toContain('审计报告摘录.pdf');
    expect(await page.textContent('h1')).toContain('已答复');
    await screenshot(page, 'liaison', '4-replied');

    const { rows } = await ctx.db.query(
      `SELECT v.result, count(a.id)::int AS files FROM verification_reply v LEFT JOIN verification_attachment a ON a.reply_id = v.id WHERE v.request_id = $1 GROUP BY v.result`,
      [requestId],
    );
    expect(rows).toEqual([{ result: 'ADVERSE', files: 1 }]);
  });

  it('the liaison of 卫健委 sees nothing of it, and its address answers 404', async () => {
    const { page } = await logIn('weijian');
    await page.waitForURL(/\/agency$/);
    expect(await page.textContent('main')).toContain('目前没有发给本单位的请求');
    await screenshot(page, 'liaison', '5-other-agency-empty');
    const response = await page.goto(`${ctx.baseUrl}/agency/requests/${requestId}`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('main')).not.toContain('审计');
    await screenshot(page, 'liaison', '6-other-agency-404');
  });

  it('staff see the reply on the case page', async () => {
    const { page } = await logIn('officer2', `/console/cases/${reportId}`);
    await page.waitForURL(/\/console$/);
    await page.goto(`${ctx.baseUrl}/console/cases/${reportId}`);
    const section = page.locator('section.verification');
    expect(await section.textContent()).toContain('违规发放补贴12万元');
    expect(await section.textContent()).toContain('有不良反映');
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'liaison', '7-case-shows-reply');
    await expectNoSeriousViolations(page);
    // The agency's document opens for the handler (a download, checked and audited).
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: '审计报告摘录.pdf' }).click()]);
    expect(download.suggestedFilename()).toBe('审计报告摘录.pdf');
    // The audit row is written once the response has gone: wait for it rather than race it.
    await waitFor(
      async () =>
        (
          await ctx.db.query(
            `SELECT 1 FROM audit_log WHERE action LIKE 'GET /api/v1/verification-requests/:id/attachments/%' AND outcome = 'OK'`,
          )
        ).rowCount,
      10_000,
      'the download in the audit log',
    );
  });
});
