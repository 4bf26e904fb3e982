import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { AuthService } from '../../src/auth/auth.service.js';
import { textOf } from '../../src/infra/text/text-of.js';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { accessibilityViolations, launchBrowser, logInToConsole, screenshot } from '../support/browser.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/**
 * A supervisor audits a cadre's personnel file (档案专项审核) on the console: two records of
 * the birth date disagree, the determination names the earliest self-filled one and a doubt
 * opens; the vetting of the cadre is blocked by it; completing the audit is refused until
 * the doubt is resolved; then the audit completes and the worksheet downloads as Word and Excel.
 */
let ctx: TestContext;
let browser: Browser;
let cadreId = '';
const PASSWORD = 'File-Audit-Journey-2026!';
const ROSTER = [
  '人员编号,姓名,性别,出生年月,民族,籍贯,入党时间,参加工作时间,学历,单位,职务,职级,任现职时间,身份',
  'FA0001,龚振华,男,1970-05,汉族,本省,1995-07,1990-07,大学本科,示范区财政局,副局长,副科,2021-03,公务员',
].join('\n');
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.startWorker();
  browser = await launchBrowser();
  await ctx.app.get(RosterImportService).import(Buffer.from(ROSTER), { fileName: 'roster.csv' });
  await ctx.app.get(AuthService).createUser({ username: 'chief9', displayName: '科长庚', password: PASSWORD, roles: ['SUPERVISOR'] });
  cadreId = (await ctx.db.query(`SELECT id FROM cadre WHERE person_no = 'FA0001'`)).rows[0].id;
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

async function addEntry(page: Page, values: { fact: string; source: string; documentDate: string; self: boolean; statedDate: string }) {
  await page.selectOption('#fact', values.fact);
  await page.selectOption('#source', values.source);
  await page.fill('#documentDate', values.documentDate);
  await page.check(`input[name="filledBySelf"][value="${values.self ? 'self' : 'org'}"]`);
  await page.fill('#statedDate', values.statedDate);
  await page.getByRole('button', { name: '录入', exact: true }).click();
}

async function seriousViolations(page: Page) {
  return (await accessibilityViolations(page)).filter((v) => v.impact === 'critical' || v.impact === 'serious');
}

describe('file audit journey in Chromium', () => {
  it('audits a file with a birth-date conflict, sees vetting blocked, resolves it, completes and downloads the worksheet', async () => {
    const { context, page } = await logInToConsole(browser, ctx.baseUrl, 'chief9', PASSWORD);
    await page.waitForURL(/\/console/);
    await page.goto(`${ctx.baseUrl}/console/cadres/${cadreId}`);
    await page.getByRole('link', { name: '档案专项审核（三龄二历一身份）' }).click();
    await page.waitForURL(`**/console/cadres/${cadreId}/file`);
    expect(await page.textContent('main')).toContain('档案审核尚未完成');

    // A date written the wrong way: the error beside the field, what was typed kept.
    await addEntry(page, { fact: 'BIRTH', source: 'CADRE_RESUME', documentDate: '1990-07-01', self: true, statedDate: '1968/05' });
    expect(await page.textContent('#err-statedDate')).toContain('日期格式应为 YYYY-MM 或 YYYY-MM-DD');
    expect(await page.inputValue('#statedDate')).toBe('1968/05');
    expect(await page.inputValue('#documentDate')).toBe('1990-07-01');
    await screenshot(page, 'file-audit', '1-field-error');

    await page.fill('#statedDate', '1968-05');
    await page.getByRole('button', { name: '录入', exact: true }).click();
    await page.waitForURL(/\/file#entries$/);
    expect(await page.textContent('#doubts')).toBeTruthy();
    expect(await page.textContent('main')).toContain('没有存疑事项');

    // A later form the cadre filled in makes them younger: the earliest self-filled date stands, a doubt opens.
    await addEntry(page, { fact: 'BIRTH', source: 'CADRE_REGISTRATION', documentDate: '2010-01-01', self: true, statedDate: '1970-05' });
    await addEntry(page, {
      fact: 'WORK_START',
      source: 'RECRUITMENT_APPROVAL',
      documentDate: '1990-06-20',
      self: false,
      statedDate: '1990-07',
    });
    const birthRow = (await page.textContent('#determination-table tr[data-fact="BIRTH"]'))!;
    expect(birthRow).toContain('1968-05');
    expect(birthRow).toContain('以本人最早填写的《干部履历表》（1990-07-01）所载 1968-05 为准（组通字〔2006〕41号）');
    expect(await page.textContent('#determination-table tr[data-fact="WORK_START"]')).toContain('以参加工作时形成的《招工/录用审批表》');
    const doubts = (await page.textContent('ul.doubts'))!;
    expect(doubts).toContain('出生日期记载不一致');
    expect(doubts).toContain('待查明');
    expect(await page.textContent('#open-doubts')).toContain('有 1 项存疑事项未查明');
    await screenshot(page, 'file-audit', '2-doubt');
    expect(await seriousViolations(page)).toEqual([]);

    // The cadre page flags it, and vetting the cadre is blocked by it (档案必审).
    await page.goto(`${ctx.baseUrl}/console/cadres/${cadreId}`);
    expect(await page.textContent('#file-doubts')).toContain('出生日期记载不一致');
    await page.getByRole('link', { name: '任前审查' }).first().click();
    await page.waitForURL('**/console/vetting');
    await page.getByLabel('批次名称').fill('2026年第五批科级干部');
    await page.getByLabel('拟任人选').fill('FA0001 示范区财政局局长');
    await page.getByRole('button', { name: '发起审查' }).click();
    await page.waitForURL(/\/console\/vetting\/runs\//);
    const runUrl = page.url();
    expect(await page.textContent('main')).toContain('档案存疑未查明：出生日期记载不一致');
    await screenshot(page, 'file-audit', '3-vetting-blocked');

    // Completing the audit with the doubt open is refused, with the reason on the page.
    await page.goto(`${ctx.baseUrl}/console/cadres/${cadreId}/file`);
    await page.fill('#auditedOn', daysAgo(1));
    await page.getByRole('button', { name: '完成审核' }).click();
    expect(await page.textContent('#err-complete')).toContain('尚有 1 项存疑事项未查明，不能完成审核');
    expect(await page.inputValue('#auditedOn')).toBe(daysAgo(1));

    // Resolved with what was found, then completed.
    const doubt = page.locator('ul.doubts li[data-status="OPEN"]').first();
    await doubt
      .getByLabel('查核情况和处理意见')
      .fill('经查阅原始档案，1990年干部履历表为本人最早填写，认定出生日期为1968年5月；2010年干部登记表填写有误。');
    await doubt.getByRole('button', { name: '查明' }).click();
    await page.waitForURL(/\/file#doubts$/);
    expect(await page.textContent('ul.doubts')).toContain('已查明');
    expect(await page.textContent('ul.doubts')).toContain('认定出生日期为1968年5月');
    await page.fill('#auditedOn', daysAgo(1));
    await page.getByRole('button', { name: '完成审核' }).click();
    await page.waitForURL(/\/file#complete$/);
    expect(await page.textContent('main')).toContain(`档案审核已于 ${daysAgo(1)} 完成`);
    expect(await page.textContent('main')).toContain(`完成审核时确认的认定（${daysAgo(1)}）`);
    await screenshot(page, 'file-audit', '4-completed');
    expect(await seriousViolations(page)).toEqual([]);
    // The roster takes the determined birth month.
    expect((await ctx.db.query(`SELECT birth_month FROM cadre WHERE id = $1`, [cadreId])).rows[0].birth_month).toBe('1968-05');

    // The candidacy is re-evaluated (the worker's job): the file no longer holds it back.
    await waitFor(
      async () => {
        const { rows } = await ctx.db.query(`SELECT reasons FROM vetting_candidate WHERE cadre_id = $1`, [cadreId]);
        const codes = (rows[0]?.reasons ?? []).map((r: { code: string }) => r.code);
        return rows.length > 0 && !codes.includes('FILE_DOUBT_OPEN') && !codes.includes('FILE_NOT_AUDITED');
      },
      30_000,
      'the candidacy re-evaluated',
    );
    await page.goto(runUrl);
    expect(await page.textContent('main')).not.toContain('档案存疑未查明');

    // The worksheet, as Word and as Excel, with the cadre and the determination inside.
    await page.goto(`${ctx.baseUrl}/console/cadres/${cadreId}/file`);
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '专项审核认定表（Word）' }).click()]);
    expect(docx.suggestedFilename()).toBe('干部人事档案专项审核认定表-龚振华-FA0001.docx');
    const documentXml = await (await JSZip.loadAsync(readFileSync(await docx.path()))).file('word/document.xml')!.async('string');
    expect(documentXml).toContain('干部人事档案专项审核认定表');
    expect(documentXml).toContain('龚振华');
    expect(documentXml).toContain('认定出生日期为1968年5月');
    expect(documentXml).toContain('复核人（签名）');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '专项审核认定表（Excel）' }).click()]);
    const book = new ExcelJS.Workbook();
    const data = readFileSync(await xlsx.path());
    await book.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
    const sheet = book.getWorksheet('专项审核认定表')!;
    const cells: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(textOf(cell.value))));
    expect(cells.join('\n')).toContain('姓名：龚振华');
    expect(cells).toContain('出生日期');
    expect(cells.join('\n')).toContain('1968-05');
    await context.close();

    // Every change is in the audit chain.
    const { rows } = await ctx.db.query(`SELECT action FROM audit_log WHERE action LIKE 'cadre.file.%' ORDER BY seq`);
    expect(rows.map((r: { action: string }) => r.action)).toEqual([
      'cadre.file.entry.add',
      'cadre.file.entry.add',
      'cadre.file.entry.add',
      'cadre.file.doubt.resolve',
      'cadre.file.audit.complete',
    ]);
  });
});
