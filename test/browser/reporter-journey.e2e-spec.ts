import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { PNG_1PX } from '../support/fixtures.js';
import { accessibilityViolations, launchBrowser, phoneContext, screenshot } from '../support/browser.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/** A reporter on a phone: reads the home page, submits a tip with a photo, follows up with the code. */
let ctx: TestContext;
let browser: Browser;

beforeAll(async () => {
  ctx = await createTestContext();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('reporter journey in Chromium (360 px phone)', () => {
  it('submits a tip with an attachment and follows up with the receipt code', async () => {
    const photo = join(tmpdir(), `qf-evidence-${process.pid}.png`);
    writeFileSync(photo, PNG_1PX);
    const context = await phoneContext(browser);
    const page = await context.newPage();

    await page.goto(`${ctx.baseUrl}/`);
    expect(await page.textContent('h1')).toContain('举报平台');
    await screenshot(page, 'reporter', '1-home');

    await page.getByRole('link', { name: '我要举报' }).first().click();
    await page.waitForURL('**/report');
    await page.getByLabel('姓名').first().fill('孙某某');
    await page.getByLabel('单位').first().fill('某区教育局');
    await page.getByLabel('职务').first().fill('副局长');
    await page
      .getByLabel('举报正文 *')
      .fill('2026年5月，某区教育局副局长孙某某在校长选拔前收受候选人送的现金三万元，该候选人随后被任命为校长。');
    await page.getByLabel('发生时间').fill('2026年5月');
    await page.setInputFiles('#files', photo);
    await page.getByLabel(/我已知晓/).check();
    await screenshot(page, 'reporter', '2-form-filled');
    await page.getByRole('button', { name: '提交举报' }).click();
    await page.waitForSelector('.receipt');
    rmSync(photo, { force: true });
    const code = (await page.textContent('.receipt .code'))!.trim();
    expect(code.replaceAll(' ', '')).toMatch(/^\d{16}$/);
    expect(await page.textContent('body')).toContain('只显示这一次');
    await screenshot(page, 'reporter', '3-receipt');

    await page.getByRole('link', { name: '去查询办理情况' }).click();
    await page.getByLabel('查询码').fill(code);
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForSelector('.facts');
    expect(await page.textContent('.facts')).toContain('已受理');
    await screenshot(page, 'reporter', '4-status');

    await page.getByLabel('内容').fill('补充：送钱时间是5月12日晚上。');
    await page.getByRole('button', { name: '提交补充' }).click();
    await page.waitForSelector('.notice');
    expect(await page.textContent('.messages')).toContain('5月12日');
    await screenshot(page, 'reporter', '5-replied');

    const { rows } = await ctx.db.query(
      `SELECT r.channel, (SELECT count(*) FROM attachment a WHERE a.report_id = r.id) AS files FROM report r WHERE r.body LIKE '%孙某某%'`,
    );
    expect(rows).toEqual([{ channel: 'WEB', files: '1' }]);
    await context.close();
  });

  it('fits a 360 px screen without sideways scrolling', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    for (const path of ['/', '/report', '/follow-up']) {
      await page.goto(`${ctx.baseUrl}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
    }
    await context.close();
  });

  it('public pages pass the axe-core WCAG 2 AA check', async () => {
    const context = await browser.newContext({ bypassCSP: true, locale: 'zh-CN' });
    const page = await context.newPage();
    for (const path of ['/', '/report', '/follow-up']) {
      await page.goto(`${ctx.baseUrl}${path}`);
      const violations = await accessibilityViolations(page);
      expect({ path, violations }).toEqual({ path, violations: [] });
    }
    await context.close();
  });

  it('the form can be completed with the keyboard alone', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${ctx.baseUrl}/report`);
    await page.keyboard.press('Tab'); // skip link first
    const first = await page.evaluate(() => document.activeElement?.textContent);
    expect(first).toContain('跳到正文');
    await page.keyboard.press('Enter');
    // Tabbing reaches the submit button.
    let reached = false;
    for (let i = 0; i < 40 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent?.includes('提交举报') ?? false);
    }
    expect(reached).toBe(true);
    await context.close();
  });
});
