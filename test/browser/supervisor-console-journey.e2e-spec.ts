import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { AuthService } from '../../src/auth/auth.service.js';
import { CadreRecordsService } from '../../src/cadres/cadre-records.service.js';
import { VettingService } from '../../src/vetting/vetting.service.js';
import { ConsoleSessions, expectNoSeriousViolations, launchBrowser, screenshot } from '../support/browser.js';
import { PDF_MINIMAL, PNG_1PX, validTip } from '../support/fixtures.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';
import { passingRun, shortestPeriod } from '../e2e/publicity-fixture.js';

/**
 * A supervisor's day in the console, in Chromium, without one API call: publish the 任前公示
 * for the candidate who passed, hold the joint meeting (attendance, an agency's opinion, a
 * decision against a blocking check after confirming it), record a sanction on a cadre's
 * record, and open a reporter's photo on the case. axe finds no serious violation and every
 * page is photographed.
 */
let ctx: TestContext;
let browser: Browser;
let run: Awaited<ReturnType<typeof passingRun>>;
let reportId: string;
let reportNumber: string;
const PASSWORD = 'Supervisor-Console-2026!';
// The supervisor logs in once; each step comes back to the console in the same tab.
const sessions = new ConsoleSessions();

beforeAll(async () => {
  ctx = await createTestContext();
  browser = await launchBrowser();
  run = await passingRun(ctx);
  await ctx.app.get(CadreRecordsService).setInvestigation({ cadreId: run.liCadre, underInvestigation: true, since: '2026-01-20' });
  expect((await ctx.app.get(VettingService).evaluateCandidate(run.li, { trigger: 'TEST' })).verdict).toBe('BLOCK');
  await ctx.app.get(AuthService).createUser({ username: 'chief2', displayName: '科长乙', password: PASSWORD, roles: ['SUPERVISOR'] });
  const tip = await request(ctx.baseUrl)
    .post('/api/v1/public/reports')
    .field('json', JSON.stringify(validTip()))
    .attach('files', PNG_1PX, '现场照片.png')
    .attach('files', PDF_MINIMAL, '转账记录.pdf');
  expect(tip.status).toBe(201);
  reportNumber = tip.body.reportNumber;
  reportId = (await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [reportNumber])).rows[0].id;
}, 120_000);
afterAll(async () => {
  await sessions.close();
  await browser?.close();
  await ctx?.close();
});

async function logIn(): Promise<Page> {
  const { page } = await sessions.logIn(browser, ctx.baseUrl, 'chief2', PASSWORD);
  await page.waitForURL(/\/console/);
  return page;
}

describe('a supervisor’s console day in Chromium', () => {
  it('publishes the 任前公示 for the candidate who passed', async () => {
    const page = await logIn();
    await page.goto(`${ctx.baseUrl}/console/vetting/runs/${run.runId}`);
    const period = shortestPeriod(ctx);
    await page.getByLabel('公示开始日期').fill(period.startsOn);
    await page.getByLabel('公示结束日期').fill(period.endsOn);
    await page.getByRole('button', { name: '发布任前公示' }).click();
    await page.waitForURL(/#publicity$/);
    expect(await page.textContent('main')).toContain(`${period.startsOn} 至 ${period.endsOn}`);
    await screenshot(page, 'supervisor-console', '1-notice-published');
    await expectNoSeriousViolations(page);
  });

  it('holds the meeting: attendance, an opinion, and a decision confirmed against a blocking check', async () => {
    const page = await logIn();
    await page.getByRole('link', { name: '联席会议' }).click();
    await screenshot(page, 'supervisor-console', '1a-meetings');
    await expectNoSeriousViolations(page);
    await page.getByLabel('会议日期').fill('2026-12-10');
    await page.getByLabel('地点').fill('区委组织部三楼会议室');
    await page.getByLabel('召集人').fill('常务副部长');
    await page.getByLabel('纪委监委').check();
    await page.getByLabel('审计局').check();
    await page.getByRole('button', { name: '安排会议' }).click();
    await page.waitForURL(/\/console\/meetings\/[0-9a-f-]{36}/);

    await page.getByLabel('纪委监委 出席', { exact: true }).selectOption('PRESENT');
    await page.getByLabel('纪委监委 出席人', { exact: true }).fill('赵纪检');
    await page.getByLabel('审计局 出席', { exact: true }).selectOption('ABSENT');
    await page.getByRole('button', { name: '保存出席情况' }).click();
    await page.waitForURL(/#attendance$/);
    expect(await page.inputValue('input[name="attendee-DISCIPLINE"]')).toBe('赵纪检');

    // A tip goes on the agenda by its number; a wrong number is refused with what was typed kept.
    await page.locator('#add-number').fill('QF-2026-999999');
    await page.locator('form:has(#add-number) button').click();
    expect(await page.locator('.field-error').textContent()).toContain('QF-2026-999999');
    expect(await page.inputValue('#add-number')).toBe('QF-2026-999999');
    await page.locator('#add-number').fill(reportNumber);
    await page.locator('form:has(#add-number) button').click();
    await page.waitForURL(/\/console\/meetings\/[0-9a-f-]{36}/);
    expect(await page.textContent('main')).toContain(reportNumber);
    // A candidate from the open vetting, and an item of its own.
    const zhou = await page.locator('#add-candidate option', { hasText: '周明远' }).getAttribute('value');
    await page.locator('#add-candidate').selectOption(zhou);
    await page.locator('form:has(#add-candidate) button').click();
    await page.waitForURL(/\/console\/meetings\/[0-9a-f-]{36}/);
    expect(await page.locator('section.candidate', { hasText: '周明远' }).count()).toBe(1);
    await page.locator('#add-title').fill('通报2026年干部监督工作情况');
    await page.locator('#add-note').fill('由干部监督科汇报');
    await page.locator('form:has(#add-title) button').click();
    await page.waitForURL(/\/console\/meetings\/[0-9a-f-]{36}/);
    expect(await page.textContent('main')).toContain('通报2026年干部监督工作情况');

    const item = page.locator('section.candidate', { hasText: '李青' });
    await item.getByText('成员单位意见').first().click();
    await item.getByLabel('纪委监委意见').fill('该同志正在接受组织调查，建议暂缓');
    await item.getByRole('button', { name: '保存意见' }).click();
    expect(await page.locator('section.candidate', { hasText: '李青' }).textContent()).toContain(
      '纪委监委：该同志正在接受组织调查，建议暂缓',
    );

    await page.locator('section.candidate', { hasText: '李青' }).getByRole('button', { name: '记录决定' }).click();
    expect(await page.textContent('main')).toContain('该人选任前审查结论为“不得上会”');
    await screenshot(page, 'supervisor-console', '2-confirm-against-block');
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: '确认仍按程序推进' }).click();
    await page.waitForURL(/#item-/);
    expect(await page.locator('section.candidate', { hasText: '李青' }).textContent()).toContain('经确认仍按程序推进');
    await screenshot(page, 'supervisor-console', '3-meeting');
    await expectNoSeriousViolations(page);
  });

  it('records a sanction on a cadre’s record, found from the roster', async () => {
    const page = await logIn();
    await page.getByRole('link', { name: '干部名册' }).click();
    await screenshot(page, 'supervisor-console', '3a-roster');
    await expectNoSeriousViolations(page);
    await page.getByRole('link', { name: '李青' }).click();
    await page.waitForURL(/\/console\/cadres\/[0-9a-f-]{36}/);
    expect(await page.textContent('main')).toContain('正在接受组织调查');
    await page.getByText('记录处分或组织处理').click();
    await page.getByLabel('类别').selectOption('GOV_DEMERIT');
    await page.getByLabel('生效日期').fill('2026-03-01');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#sanctions$/);
    expect(await page.textContent('table.inbox')).toContain('记过');
    await screenshot(page, 'supervisor-console', '4-cadre-record');
    await expectNoSeriousViolations(page);
  });

  it('keeps the units: a post quota shown over (超职数), a refused entry kept, a former name', async () => {
    const page = await logIn();
    await page.getByRole('link', { name: '干部名册' }).click();
    await page.getByRole('link', { name: '单位与职数' }).click();
    await page.waitForURL(/\/console\/units$/);
    const quota = page.locator('form[action="/console/units/quotas"]');
    await quota.getByLabel('单位').selectOption({ label: '测试区水务局' });
    await quota.getByLabel('职级或职务').fill('四级主任科员');
    await quota.getByLabel('核定职数').fill('一名');
    await quota.getByRole('button', { name: '保存' }).click();
    expect(await quota.locator('.field-error').textContent()).toBeTruthy();
    expect(await quota.getByLabel('职级或职务').inputValue()).toBe('四级主任科员'); // what was typed is kept
    await quota.getByLabel('核定职数').fill('1');
    await quota.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/console\/units/);
    const row = page.locator('tr', { hasText: '四级主任科员' });
    expect(await row.textContent()).toMatch(/测试区水务局\s*四级主任科员\s*1\s*2\s*超 1 名/);
    await page.getByRole('link', { name: '只看超职数' }).click();
    expect(await page.locator('tbody tr', { hasText: '超 1 名' }).count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: '全部' }).click();

    const names = page.locator('form[action="/console/units/names"]');
    await names.getByLabel('单位').selectOption({ label: '测试区水务局' });
    await names.getByLabel('名称').fill('测试区水利局');
    await names.getByLabel('类别').selectOption({ label: '曾用名（机构改革前名称）' });
    await names.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/console\/units/);
    expect(await page.locator('tr', { hasText: '测试区水利局' }).textContent()).toContain('测试区水利局（曾用名）');
    await screenshot(page, 'supervisor-console', '4a-units');
    await expectNoSeriousViolations(page);
  });

  it('keeps the rest of the record: investigation, file audit, personal matters, a relative, the year’s draw', async () => {
    const page = await logIn();
    await page.getByRole('link', { name: '干部名册' }).click();
    await page.getByRole('link', { name: '李青' }).click();
    await page.waitForURL(/\/console\/cadres\/[0-9a-f-]{36}/);
    const form = (summary: string) => page.locator('details', { has: page.getByText(summary, { exact: true }) });

    await page.getByText('记录组织调查情况', { exact: true }).click();
    await form('记录组织调查情况').getByLabel('否（调查已结束或未立案）').check();
    await form('记录组织调查情况').getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#investigation$/);
    expect(await page.textContent('main')).not.toContain('正在接受组织调查（');

    await page.getByText('记录档案专审', { exact: true }).click();
    await form('记录档案专审').getByLabel('专审完成日期').fill('2026-02-10');
    await form('记录档案专审').getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#file-audit$/);
    expect(await page.textContent('dl.facts')).toContain('2026-02-10');

    // Refused without the date of the check: the typed detail stays, the error is beside the form.
    await page.getByText('记录个人有关事项报告查核', { exact: true }).click();
    const pm = form('记录个人有关事项报告查核');
    await pm.getByLabel('年度').fill('2025');
    await pm.getByLabel('查核结果').selectOption({ label: '漏报' });
    await pm.getByLabel('情况说明').fill('漏报房产一处');
    await pm.getByRole('button', { name: '保存' }).click();
    expect(await pm.locator('.field-error').textContent()).toContain('查核结果须写明查核日期');
    expect(await pm.getByLabel('情况说明').inputValue()).toBe('漏报房产一处');
    await pm.getByLabel('查核日期').fill('2026-03-20');
    await pm.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#personal-matters$/);
    expect(await page.textContent('main')).toContain('2025 年度：漏报');

    await page.getByText('记录亲属关系', { exact: true }).click();
    await form('记录亲属关系').getByLabel('亲属的人员编号').fill('P002');
    await form('记录亲属关系').getByLabel('亲属是本人的').selectOption({ label: '配偶' });
    await form('记录亲属关系').getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#relations$/);
    expect(await page.textContent('main')).toContain('本人的配偶：周明远');
    await screenshot(page, 'supervisor-console', '4b-cadre-record-forms');
    await expectNoSeriousViolations(page);
    // … and removes it again, recorded by mistake.
    await page.getByRole('button', { name: '删除 周明远' }).click();
    await page.waitForURL(/#relations$/);
    expect(await page.textContent('main')).not.toContain('本人的配偶：周明远');

    // A finding from another source (巡察), the post history and the vetting history on the record.
    await page.getByText('记录其他来源的核查结论', { exact: true }).click();
    const finding = form('记录其他来源的核查结论');
    await finding.getByLabel('来源（如巡察、审计）').fill('2026年区委第二轮巡察');
    await finding.getByLabel('结论', { exact: true }).selectOption({ index: 1 });
    await finding.getByLabel('结论日期').fill('2026-04-15');
    await finding.getByLabel('摘要').fill('巡察发现其分管领域干部调整程序不规范，已责令整改。');
    await finding.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#findings$/);
    expect(await page.textContent('main')).toContain('巡察发现其分管领域干部调整程序不规范');
    const main = (await page.textContent('main')) ?? '';
    expect(main).toMatch(/任职经历[\s\S]*测试区水务局/);
    expect(main).toMatch(/任前审查记录[\s\S]*2026年第一批/);
    await screenshot(page, 'supervisor-console', '4c-cadre-record-history');

    await page.getByRole('link', { name: '干部名册' }).first().click();
    await page.getByRole('link', { name: '个人有关事项报告随机抽查' }).click();
    await page.getByLabel('抽查年度').fill('2026');
    await page.getByRole('button', { name: '随机抽取' }).click();
    await page.waitForURL(/#year-2026$/);
    await page.getByRole('link', { name: '按种子复核' }).click();
    expect(await page.textContent('main')).toContain('结果与记录一致');
    await screenshot(page, 'supervisor-console', '4c-personal-matters-draw');
    await expectNoSeriousViolations(page);
  });

  it('opens the reporter’s photo on the case, in the page, and downloads their PDF', async () => {
    const page = await logIn();
    await page.goto(`${ctx.baseUrl}/console/cases/${reportId}`);
    const image = page.locator('ul.evidence img');
    await image.waitFor();
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await screenshot(page, 'supervisor-console', '5-evidence');
    await expectNoSeriousViolations(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /转账记录\.pdf/ }).click()]);
    expect(download.suggestedFilename()).toBe('转账记录.pdf');
    await waitFor(
      async () =>
        (await ctx.db.query(`SELECT 1 FROM audit_log WHERE action LIKE 'GET %attachments%' AND target_id = $1`, [reportId])).rowCount,
      10_000,
      'the evidence download in the audit log',
    );
    await page.goto(`${ctx.baseUrl}/console/vetting/probations`);
    expect(await page.textContent('h1')).toContain('试用期考核');
    await expectNoSeriousViolations(page);
  });
});
