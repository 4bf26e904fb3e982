import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { AuthService } from '../../src/auth/auth.service.js';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { accessibilityViolations, launchBrowser, logInToConsole, screenshot } from '../support/browser.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/** A supervisor runs a vetting slate on the console and downloads the candidate's 任前审查表. */
let ctx: TestContext;
let browser: Browser;
const PASSWORD = 'Supervisor-Vetting-2026!';
const ROSTER = [
  '人员编号,姓名,性别,出生年月,民族,籍贯,入党时间,参加工作时间,学历,单位,职务,职级,任现职时间,身份',
  'VT0001,岳明远,男,1980-05,汉族,本省,2003-06,2002-07,大学本科,示范区财政局,副局长,副科,2021-03,公务员',
  'VT0002,祁雪梅,女,1983-09,汉族,本省,2006-05,2005-08,硕士研究生,示范区教育局,副局长,副科,2022-01,公务员',
].join('\n');

beforeAll(async () => {
  ctx = await createTestContext();
  browser = await launchBrowser();
  await ctx.app.get(RosterImportService).import(Buffer.from(ROSTER), { fileName: 'roster.csv' });
  await ctx.app.get(AuthService).createUser({ username: 'chief1', displayName: '科长甲', password: PASSWORD, roles: ['SUPERVISOR'] });
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

/** The supervisor, logged in to the console in a fresh browser context. */
async function logIn() {
  const session = await logInToConsole(browser, ctx.baseUrl, 'chief1', PASSWORD);
  await session.page.waitForURL(/\/console/);
  return session;
}

describe('supervisor vetting journey in Chromium', () => {
  it('starts a run for a slate, reads the verdicts with reasons, and downloads the sheet', async () => {
    const { context, page } = await logIn();
    await page.getByRole('link', { name: '任前审查' }).click();
    await page.waitForURL('**/console/vetting');

    // A typo in the slate is answered on the page, with what was typed kept.
    await page.getByLabel('批次名称').fill('2026年第四批科级干部');
    await page.getByLabel('拟任人选').fill('VT0001 示范区财政局局长\nVT9999 示范区教育局局长');
    await page.getByRole('button', { name: '发起审查' }).click();
    expect(await page.textContent('.errors')).toContain('VT9999 不在干部名册中');
    expect(await page.inputValue('#slate')).toContain('VT0001');

    await page.getByLabel('拟任人选').fill('VT0001 示范区财政局局长\nVT0002 示范区教育局局长');
    await screenshot(page, 'supervisor', '1-slate');
    await page.getByRole('button', { name: '发起审查' }).click();
    await page.waitForURL(/\/console\/vetting\/runs\//);
    const text = (await page.textContent('main'))!;
    expect(text).toContain('岳明远（VT0001）');
    expect(text).toContain('祁雪梅（VT0002）');
    // Nothing is answered yet and no file audit is recorded: nobody passes.
    expect(text).not.toMatch(/>\s*通过\s*</);
    expect(text).toContain('全程记实');
    await screenshot(page, 'supervisor', '2-run');
    const violations = await accessibilityViolations(page);
    expect(violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('section.candidate')
        .first()
        .getByRole('link', { name: /任前审查表/ })
        .click(),
    ]);
    const path = await download.path();
    const zip = await JSZip.loadAsync(readFileSync(path));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    expect(documentXml).toContain('任前审查表');
    expect(documentXml).toMatch(/岳明远|祁雪梅/);

    const { rows } = await ctx.db.query(`SELECT count(*)::int AS n FROM verification_request WHERE kind = 'OPINION'`);
    expect(rows[0].n).toBeGreaterThan(0); // opinions were asked of the member agencies
    await context.close();
  });

  it('imports a roster file on the console: refused whole with a bad row, applied when told to skip it', async () => {
    const file = join(tmpdir(), `qf-roster-${process.pid}.csv`);
    writeFileSync(
      file,
      [
        ROSTER.split('\n')[0],
        'VT0101,蒲晓峰,男,1979-02,汉族,本省,2001-06,2000-07,大学本科,示范区审计局,副局长,副科,2020-05,公务员',
        'VT0102,殷若兰,女,1986-13,汉族,本省,2008-05,2007-08,大学本科,示范区审计局,副局长,副科,2023-02,公务员',
      ].join('\n'),
    );
    const { context, page } = await logIn();
    await page.getByRole('link', { name: '干部名册' }).click();
    await page.setInputFiles('#file', file);
    await page.getByRole('button', { name: '导入' }).click();
    expect(await page.textContent('main')).toContain('整个文件未导入');
    expect(await page.textContent('main')).toContain('第3行（VT0102）');
    await screenshot(page, 'supervisor', '3-roster-refused');
    expect((await ctx.db.query(`SELECT count(*)::int AS n FROM cadre WHERE person_no = 'VT0101'`)).rows[0].n).toBe(0);

    await page.setInputFiles('#file', file);
    await page.getByLabel(/跳过错误行/).check();
    await page.getByRole('button', { name: '导入' }).click();
    expect(await page.textContent('main')).toContain('新增 1 人');
    expect(await page.textContent('main')).toContain('已跳过');
    rmSync(file, { force: true });
    await page.getByLabel('姓名或人员编号').fill('蒲晓峰');
    await page.getByRole('button', { name: '查询' }).click();
    expect(await page.textContent('table.inbox')).toContain('示范区审计局');
    await screenshot(page, 'supervisor', '4-roster');
    await context.close();
  });

  it('schedules a joint meeting whose agenda comes from the open vetting, and records a decision', async () => {
    const { context, page } = await logIn();
    await page.getByRole('link', { name: '联席会议' }).click();
    await page.getByLabel('会议名称').fill('第四季度干部监督联席会议');
    await page.getByLabel('会议日期').fill('2026-12-08');
    await page.getByLabel('地点').fill('区委组织部三楼会议室');
    await page.getByLabel('召集人').fill('常务副部长');
    await page.getByRole('button', { name: '安排会议' }).click(); // no agency invited yet
    expect(await page.textContent('.errors')).toContain('成员单位');
    expect(await page.inputValue('#place')).toBe('区委组织部三楼会议室');
    await page.getByLabel('纪委监委').check();
    await page.getByLabel('审计局').check();
    await page.getByRole('button', { name: '安排会议' }).click();
    await page.waitForURL(/\/console\/meetings\/[0-9a-f-]{36}/);
    const agenda = (await page.textContent('main'))!;
    expect(agenda).toMatch(/岳明远|祁雪梅/); // the open vetting candidates were proposed
    await screenshot(page, 'supervisor', '5-meeting');
    const first = page.locator('section.candidate').first();
    await first.getByLabel('决定内容').fill('按程序推进，待成员单位意见齐备后上会。');
    await first.getByRole('button', { name: '记录决定' }).click();
    // A candidate whose check blocks: the page names the reasons and asks to confirm (有情况反映、未审查核实的不上会).
    const confirm = page.getByRole('button', { name: '确认仍按程序推进' });
    if ((await confirm.count()) > 0) {
      expect(await page.textContent('main')).toContain('该人选任前审查结论为“不得上会”');
      await screenshot(page, 'supervisor', '5b-confirm-against-block');
      await confirm.click();
      await page.waitForURL(/\/console\/meetings\/[0-9a-f-]{36}/);
      expect(await page.textContent('main')).toContain('经确认仍按程序推进');
    }
    await page.waitForSelector('section.candidate p strong');
    expect(await page.locator('section.candidate').first().textContent()).toContain('会议决定：按程序推进');
    const violations = await accessibilityViolations(page);
    expect(violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')).toEqual([]);
    await screenshot(page, 'supervisor', '6-decided');
    await context.close();
  });
});
