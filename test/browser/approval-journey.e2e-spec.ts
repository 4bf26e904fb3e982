import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { AuthService } from '../../src/auth/auth.service.js';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { validTip } from '../support/fixtures.js';
import { ConsoleSessions, expectNoSeriousViolations, launchBrowser, screenshot } from '../support/browser.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/**
 * A case from finding to 办结 in Chromium, through the one case workflow: the officer records
 * the finding and concludes, which becomes a proposal ("待审批", not "已保存"); the officer
 * cannot approve it; a supervisor sees who proposed it and approves; the case is 已办结 and a
 * supervisor can reopen it with a reason. Every page is checked with axe.
 */
let ctx: TestContext;
let browser: Browser;
let caseId: string;
let caseNumber: string;
let receiptCode: string;
const PASSWORD = 'Approval-Journey-2026!';
// Each person logs in once; a later step comes back to the console in the same tab.
const sessions = new ConsoleSessions();

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.startWorker();
  browser = await launchBrowser();
  const auth = ctx.app.get(AuthService);
  await auth.createUser({ username: 'officer2', displayName: '经办人乙', password: PASSWORD, roles: ['TRIAGE_OFFICER'] });
  await auth.createUser({ username: 'chief1', displayName: '科长丙', password: PASSWORD, roles: ['SUPERVISOR'] });
  await ctx.app
    .get(RosterImportService)
    .import(
      Buffer.from(
        [
          '人员编号,姓名,性别,出生年月,民族,籍贯,入党时间,参加工作时间,学历,单位,职务,职级,任现职时间,身份',
          'A001,王建国,男,1975.06,汉族,本省,1997.06,1996.08,大学本科,示范区某局,副局长,副科,2020.03,公务员',
        ].join('\n'),
      ),
    );
  const submitted = await request(ctx.baseUrl).post('/api/v1/public/reports').send(validTip());
  expect(submitted.status).toBe(201);
  caseNumber = submitted.body.reportNumber;
  receiptCode = submitted.body.receiptCode;
  caseId = await waitFor(
    async () => (await ctx.db.query(`SELECT id FROM report WHERE number = $1 AND status = 'TRIAGED'`, [caseNumber])).rows[0]?.id,
    30_000,
    'triage',
  );
});
afterAll(async () => {
  await sessions.close();
  await browser?.close();
  await ctx?.close();
});

describe('approval of a conclusion in the console', () => {
  it('officer concludes (a proposal), supervisor approves, then reopens', async () => {
    const officer = await sessions.logIn(browser, ctx.baseUrl, 'officer2', PASSWORD);
    const page = officer.page;
    await page.waitForURL(/\/console$/);
    await page.goto(`${ctx.baseUrl}/console/cases/${caseId}`);
    await page.selectOption('#kind', 'PRELIMINARY_VERIFICATION');
    await page.locator('form[action$="/disposition"] button').click();
    await page.waitForSelector('.notice');
    expect(await page.textContent('.handling')).toContain('初步核实');

    await page.selectOption('#finding', 'UNSUBSTANTIATED');
    await page.getByLabel('告知举报人的办理结果').fill('经核实，反映的问题不属实。');
    await page.locator('form[action$="/finding"] button').click();
    await page.waitForSelector('.notice');
    expect(await page.textContent('.handling')).toContain('不属实');

    await page.getByLabel('办结说明').fill('核查完毕，拟予办结。');
    await page.locator('form[action$="/close"] button').click();
    await page.waitForSelector('.notice');
    expect(await page.textContent('.notice')).toContain('等待科长（分管领导）审批');
    expect(await page.textContent('.pending')).toContain('待审批：办结');
    expect(await page.locator('form[action$="/decision"]').count()).toBe(0); // a handler has no approval control
    await screenshot(page, 'approval', '1-officer-pending');
    await expectNoSeriousViolations(page);

    const chief = await sessions.logIn(browser, ctx.baseUrl, 'chief1', PASSWORD, { path: `/console/cases/${caseId}` });
    const p = chief.page;
    await p.waitForURL(/\/console$/);
    await p.goto(`${ctx.baseUrl}/console/cases/${caseId}`);
    expect(await p.textContent('.pending')).toContain('经办人乙');
    await screenshot(p, 'approval', '2-supervisor-pending');
    await expectNoSeriousViolations(p);
    await p.getByLabel('审批意见').fill('同意办结。');
    await p.getByRole('button', { name: '批准', exact: true }).click();
    await p.waitForSelector('.notice');
    expect(await p.textContent('.notice')).toContain('已批准');
    expect(await p.textContent('h1')).toContain('已办结');
    expect(await p.textContent('.history')).toContain('领导批准');
    // Who approved, with the comment, beside the outcome and in the history.
    expect(await p.textContent('.handling')).toMatch(/科长丙 于 .+ 批准：同意办结。/);
    expect(await p.textContent('.history')).toContain('领导批准（科长丙）：同意办结。');
    await screenshot(p, 'approval', '3-closed');

    // The reporter, anonymous, reads the conclusion with the receipt code on the public site.
    const reporter = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })).newPage();
    await reporter.goto(`${ctx.baseUrl}/follow-up`);
    await reporter.getByLabel('查询码').fill(receiptCode);
    await reporter.getByRole('button', { name: '查询' }).click();
    await reporter.waitForSelector('.facts');
    expect(await reporter.textContent('.facts')).toContain('已办结');
    expect(await reporter.textContent('main')).toContain('经核实，反映的问题不属实。');
    await screenshot(reporter, 'approval', '3a-reporter-sees-conclusion');
    await reporter.context().close();

    await p.getByLabel('重新办理的理由').fill('举报人补充了新的事实。');
    await p.getByRole('button', { name: '重新办理' }).click();
    await p.waitForSelector('.notice');
    expect(await p.textContent('h1')).toContain('办理中');
    expect(await p.textContent('.history')).toContain('重新办理');
    await expectNoSeriousViolations(p);

    // Reopened, the officer proposes 办结 again; this time the chief refuses it with a reason.
    const again = await sessions.logIn(browser, ctx.baseUrl, 'officer2', PASSWORD);
    await again.page.waitForURL(/\/console$/);
    await again.page.goto(`${ctx.baseUrl}/console/cases/${caseId}`);
    await again.page.selectOption('#finding', 'UNSUBSTANTIATED');
    await again.page.getByLabel('告知举报人的办理结果').fill('经再次核实，反映的问题不属实。');
    await again.page.locator('form[action$="/finding"] button').click();
    await again.page.waitForSelector('.notice');
    await again.page.locator('form[action$="/close"] button').click();
    await again.page.waitForSelector('.pending');
    const chiefAgain = await sessions.logIn(browser, ctx.baseUrl, 'chief1', PASSWORD);
    await chiefAgain.page.waitForURL(/\/console$/);
    await chiefAgain.page.goto(`${ctx.baseUrl}/console/cases/${caseId}`);
    await chiefAgain.page.getByLabel('审批意见').fill('补充的新事实尚未核清，请继续核实。');
    await chiefAgain.page.getByRole('button', { name: '不批准', exact: true }).click();
    await chiefAgain.page.waitForSelector('.notice');
    expect(await chiefAgain.page.textContent('.notice')).toContain('已不批准，事项退回经办人。');
    expect(await chiefAgain.page.textContent('h1')).toContain('办理中');
    expect(await chiefAgain.page.locator('.pending').count()).toBe(0);
    expect(await chiefAgain.page.textContent('.history')).toContain('领导不批准');
    await screenshot(chiefAgain.page, 'approval', '4-refused');
    await expectNoSeriousViolations(chiefAgain.page);

    const { rows } = await ctx.db.query(`SELECT type FROM report_event WHERE report_id = $1 ORDER BY id`, [caseId]);
    expect(rows.map((r) => r.type)).toEqual(
      expect.arrayContaining(['CLOSE_PROPOSED', 'DECISION_APPROVED', 'CLOSED', 'REOPENED', 'DECISION_REJECTED']),
    );
  });

  it('officer assigns the case, confirms its subject by person number and merges a repeat, all in the browser', async () => {
    const repeat = await request(ctx.baseUrl)
      .post('/api/v1/public/reports')
      .send(validTip({ body: '再次反映：2026年3月，某局副局长王某某在办公室收受下属现金五万元，承诺年底提拔。' }));
    const repeatId = await waitFor(
      async () =>
        (await ctx.db.query(`SELECT id FROM report WHERE number = $1 AND status = 'TRIAGED'`, [repeat.body.reportNumber])).rows[0]?.id,
      30_000,
      'triage',
    );
    const { page } = await sessions.logIn(browser, ctx.baseUrl, 'officer2', PASSWORD);
    await page.waitForURL(/\/console$/);
    await page.goto(`${ctx.baseUrl}/console/cases/${repeatId}`);
    await page.selectOption('#assignee', { label: '经办人乙' });
    await page.locator('form[action$="/assign"] button').click();
    await page.waitForSelector('.notice');
    expect(await page.inputValue('#assignee')).not.toBe('');

    expect(await page.locator('form.subject-form').count()).toBeGreaterThan(0);
    await page.locator('form.subject-form input[name=personNo]').first().fill('A001');
    await page.locator('form.subject-form').first().getByRole('button', { name: '确认关联' }).click();
    await page.waitForSelector('.notice');
    expect(await page.textContent('.notice')).toContain('已更新关联干部');
    const { rows } = await ctx.db.query(
      `SELECT c.person_no FROM cadre_report_link l JOIN cadre c ON c.id = l.cadre_id WHERE l.report_id = $1`,
      [repeatId],
    );
    expect(rows.map((r) => r.person_no)).toContain('A001');

    await page.getByLabel('前案的举报编号').fill('QF-0000-NOPE');
    await page.getByRole('button', { name: '合并', exact: true }).click();
    expect(await page.textContent('body')).toContain('不存在');
    await page.goto(`${ctx.baseUrl}/console/cases/${repeatId}`);
    // The earlier case is found by the tail of its number and chosen from the matches.
    await page.getByLabel('查找前案（举报编号或被反映人姓名）').fill(caseNumber.slice(-6));
    await page.locator('#merge').getByRole('button', { name: '查找' }).click();
    await page.getByLabel(new RegExp(`${caseNumber}（`)).check();
    await screenshot(page, 'approval', '4-merge-search');
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: '合并', exact: true }).click();
    await page.waitForSelector('.notice');
    expect(await page.textContent('h1')).toContain('已合并');
    await screenshot(page, 'approval', '4-merged');
    await expectNoSeriousViolations(page);
  });
});
