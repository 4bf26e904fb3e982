import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { AuthService } from '../../src/auth/auth.service.js';
import { wavRecording } from '../support/audio-fixture.js';
import { accessibilityViolations, launchBrowser, logInToConsole, screenshot } from '../support/browser.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/** An intake operator records a hotline call with its recording; a triage officer finds it in the inbox. */
let ctx: TestContext;
let browser: Browser;
const PASSWORD = 'Hotline-Operator-2026!';

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.startWorker();
  browser = await launchBrowser();
  const auth = ctx.app.get(AuthService);
  await auth.createUser({ username: 'jieting1', displayName: '接听员甲', password: PASSWORD, roles: ['INTAKE_OPERATOR'] });
  await auth.createUser({ username: 'officer4', displayName: '经办人丁', password: PASSWORD, roles: ['TRIAGE_OFFICER'] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

const logIn = (username: string) => logInToConsole(browser, ctx.baseUrl, username, PASSWORD);

describe('hotline operator journey in Chromium', () => {
  let reportNumber = '';

  it('an operator records a call with its recording and reads the receipt code out', async () => {
    const { context, page } = await logIn('jieting1');
    await page.waitForURL('**/console/hotline'); // operators land on the call form
    await screenshot(page, 'operator', '1-form');
    expect((await accessibilityViolations(page)).filter((v) => v.impact === 'critical' || v.impact === 'serious')).toEqual([]);

    await page.fill('#callerNumber', '13812345678');
    await page.fill('#startedAt', '2026-03-05T09:30');
    await page.getByLabel('通话时长（分钟）*').fill('6.5');
    await page
      .getByLabel('通话记录 *')
      .fill('来电人反映：示范区某局副局长王某某2026年3月在办公室收受下属现金五万元，承诺年底提拔，单位多人知晓。');
    await page.fill('#subject1_name', '王某某');
    await page.fill('#subject1_unit', '示范区某局');
    await page.fill('#subject1_post', '副局长');
    await page.getByLabel('需要', { exact: true }).check();
    await page.setInputFiles('#recording', { name: '来电录音.wav', mimeType: 'audio/wav', buffer: wavRecording() });
    // Corrections asked for but not written down: the form comes back saying so, with the transcript kept.
    await page.getByLabel('来电人要求更正（已在通话记录中改正）').check();
    await page.getByRole('button', { name: '保存来电记录' }).click();
    await page.waitForSelector('.errors');
    expect(await page.textContent('.errors')).toContain('更正');
    expect(await page.inputValue('#transcript')).toContain('收受下属现金五万元');
    await screenshot(page, 'operator', '2-form-error');

    await page.getByLabel('已将记录读给来电人，来电人确认无误').check();
    await page.setInputFiles('#recording', { name: '来电录音.wav', mimeType: 'audio/wav', buffer: wavRecording() });
    await page.getByRole('button', { name: '保存来电记录' }).click();
    await page.waitForSelector('.receipt');
    reportNumber = (await page.textContent('.receipt strong'))!.trim();
    expect(reportNumber).toMatch(/^QF-\d{4}-\d+$/);
    expect(await page.textContent('.receipt .code')).toMatch(/\S{4}/);
    expect(await page.textContent('.receipt')).toContain('录音已保存');
    await screenshot(page, 'operator', '3-saved');

    const { rows } = await ctx.db.query(
      `SELECT r.channel, h.duration_seconds, h.callback_wanted, h.read_back_confirmed, h.recording_attachment_id IS NOT NULL AS recorded
         FROM report r JOIN hotline_call h ON h.report_id = r.id WHERE r.number = $1`,
      [reportNumber],
    );
    expect(rows).toEqual([{ channel: 'HOTLINE', duration_seconds: 390, callback_wanted: true, read_back_confirmed: true, recorded: true }]);
    await context.close();
  });

  it('a triage officer finds the call in the inbox with its recording', async () => {
    const { context, page } = await logIn('officer4');
    await page.waitForURL(/\/console$/);
    await page.selectOption('#channel', 'HOTLINE');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.getByRole('link', { name: reportNumber }).click();
    await page.waitForSelector('blockquote.tip');
    expect(await page.textContent('blockquote.tip')).toContain('收受下属现金五万元');
    expect(await page.textContent('main')).toContain('来电录音.wav');
    await screenshot(page, 'operator', '4-officer-finds-call');
    await context.close();
  });
});
