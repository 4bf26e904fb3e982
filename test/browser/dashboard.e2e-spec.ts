import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { AuthService } from '../../src/auth/auth.service.js';
import { validTip } from '../support/fixtures.js';
import { accessibilityViolations, launchBrowser, screenshot } from '../support/browser.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/** A supervisor opens the dashboard (charts drawn by Chart.js from our origin, tables beneath) and the periodic report. */
let ctx: TestContext;
let browser: Browser;
const PASSWORD = 'Supervisor-Stats-2026!';

beforeAll(async () => {
  ctx = await createTestContext({ settings: { security: { trustProxy: 1 } } });
  await ctx.startWorker();
  browser = await launchBrowser();
  await ctx.app.get(AuthService).createUser({ username: 'chief1', displayName: '科长甲', password: PASSWORD, roles: ['SUPERVISOR'] });
  for (const [i, category] of ['OFFICE_BUYING', 'CANVASSING_BRIBERY', 'OFFICE_BUYING'].entries()) {
    const res = await request(ctx.baseUrl)
      .post('/api/v1/public/reports')
      .set('X-Forwarded-For', `192.0.2.${i + 1}`)
      .send(validTip({ category }));
    expect(res.status).toBe(201);
  }
  await waitFor(
    async () => (await ctx.db.query(`SELECT count(*)::int AS n FROM report WHERE triaged_at IS NOT NULL`)).rows[0].n === 3,
    30_000,
    'triage',
  );
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

const serious = (v: { impact: string | null }) => v.impact === 'critical' || v.impact === 'serious';

describe('statistics pages in Chromium', () => {
  it('draws the charts over accessible tables, and the report reads as text and tables', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const problems: string[] = [];
    // A CSP refusal is a console error; the browser's own favicon probe is not ours to check.
    page.on('console', (m) => m.type() === 'error' && /Content Security Policy|Refused/.test(m.text()) && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', (r) => r.status() === 404 && problems.push(`404 ${new URL(r.url()).pathname}`));
    await page.goto(`${ctx.baseUrl}/console/login`);
    await page.getByLabel('用户名').fill('chief1');
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/console$/);

    await page.getByRole('link', { name: '统计看板' }).click();
    await page.waitForURL(/\/console\/dashboard$/);
    await page.waitForSelector('figure.chart:not([hidden]) canvas#chart-series');
    // Chart.js has drawn: the canvas has a size and non-blank pixels.
    const drawn = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#chart-series')!;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink += 1;
      return { width: canvas.width, ink };
    });
    expect(drawn.width).toBeGreaterThan(100);
    expect(drawn.ink).toBeGreaterThan(500);
    // Five charts of the period's figures and the learning curve of category suggestions.
    expect(await page.locator('canvas[data-chart]').count()).toBe(6);
    expect(await page.textContent('#table-learning caption')).toBe('分类建议准确率（随人工确认累积）');
    const channelRow = page.locator('#table-by-channel tbody tr', { hasText: '网络' });
    expect(await channelRow.locator('td').first().textContent()).toBe('3');
    expect(await page.locator('dl.cards div', { hasText: '受理举报' }).locator('dd').textContent()).toBe('3');
    await screenshot(page, 'dashboard', '1-dashboard');
    expect((await accessibilityViolations(page)).filter(serious)).toEqual([]);

    // A period with a start after its end: a clear 400 page.
    await page.fill('#from', '2026-06-30');
    await page.fill('#to', '2026-06-01');
    const [bad] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: '查询' }).click()]);
    expect(bad?.status()).toBe(400);
    expect(await page.textContent('.errors')).toContain('起始日期（2026-06-30）不能晚于截止日期（2026-06-01）');

    await page.goto(`${ctx.baseUrl}/console/statistics`);
    expect(await page.textContent('.report-text')).toContain('共受理干部选拔任用方面的举报3件，其中网络举报3件');
    expect(await page.locator('table.stats caption').count()).toBe(13);
    await screenshot(page, 'dashboard', '2-report');
    expect((await accessibilityViolations(page)).filter(serious)).toEqual([]);
    const download = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 Excel（XLSX）' }).click()]);
    expect(download[0].suggestedFilename()).toMatch(/^统计报告-\d{4}-\d{2}-\d{2}至\d{4}-\d{2}-\d{2}\.xlsx$/);

    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});
