import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { AuthService } from '../../src/auth/auth.service.js';
import { CadreRecordsService } from '../../src/cadres/cadre-records.service.js';
import { CadresService } from '../../src/cadres/cadres.service.js';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { addCalendarDays } from '../../src/infra/calendar/working-days.js';
import { Clock } from '../../src/infra/clock/clock.js';
import { VerificationService } from '../../src/verification/verification.service.js';
import { VettingService } from '../../src/vetting/vetting.service.js';
import { PUBLICITY_ROSTER, shortestPeriod } from '../e2e/publicity-fixture.js';
import { ConsoleSessions, expectNoSeriousViolations, launchBrowser, screenshot } from '../support/browser.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/**
 * The whole appointment mission in Chromium, without one API call: the supervisor picks the
 * slate from the roster by name (two namesakes told apart), chooses the agencies to consult,
 * reads the verdicts once they answer, publishes the 任前公示, withdraws it (published by
 * mistake) and publishes it again, records the appointment after the period, and assesses
 * the probation when it ends. The agencies' answers and the passing of days are the world's
 * part, done through the services and the clock. Each page is photographed and checked with axe.
 */
let ctx: TestContext;
let browser: Browser;
const PASSWORD = 'Supervisor-Appointment-2026!';
// Each person logs in once; a later step comes back to the console in the same tab.
const sessions = new ConsoleSessions();
const JOURNEY = 'supervisor-appointment';
const CONSULTED = ['纪委监委', '审计局'];
let runUrl = '';
let period: { startsOn: string; endsOn: string };

beforeAll(async () => {
  ctx = await createTestContext();
  browser = await launchBrowser();
  await ctx.app.get(RosterImportService).import(Buffer.from(PUBLICITY_ROSTER));
  const cadres = ctx.app.get(CadresService);
  const records = ctx.app.get(CadreRecordsService);
  for (const personNo of ['P001', 'P003']) {
    const cadreId = (await cadres.findByPersonNo(personNo))!.id;
    await records.recordFileAudit({ cadreId, auditedOn: '2026-01-05' });
    await records.recordPersonalMatters({ cadreId, year: 2025, status: 'CONSISTENT', checkedOn: '2026-01-06', checkReason: 'PROMOTION' });
  }
  // 李青 is under investigation: she cannot pass.
  const li = (await cadres.findByPersonNo('P003'))!.id;
  await records.setInvestigation({ cadreId: li, underInvestigation: true, since: '2026-01-20' });
  await ctx.app.get(AuthService).createUser({ username: 'chief3', displayName: '科长丙', password: PASSWORD, roles: ['SUPERVISOR'] });
  period = shortestPeriod(ctx);
}, 120_000);
afterAll(async () => {
  jest.restoreAllMocks();
  await sessions.close();
  await browser?.close();
  await ctx?.close();
});

async function logIn(): Promise<Page> {
  const { page } = await sessions.logIn(browser, ctx.baseUrl, 'chief3', PASSWORD);
  await page.waitForURL(/\/console/);
  return page;
}

/** Moves the api's clock to 10:00 on a day (China); sessions expire by it, so the supervisor logs in again. */
async function travelTo(day: string): Promise<void> {
  await sessions.close();
  jest.restoreAllMocks();
  jest.spyOn(ctx.app.get(Clock), 'now').mockImplementation(() => new Date(`${day}T10:00:00+08:00`));
}

const candidate = (page: Page, name: string) => page.locator('section.candidate', { hasText: name });

async function photographed(page: Page, step: string): Promise<void> {
  await screenshot(page, JOURNEY, step);
  await expectNoSeriousViolations(page);
}

describe('a supervisor’s appointment, from the slate to the probation, in Chromium', () => {
  jest.setTimeout(120_000);

  it('starts a run with candidates picked from the roster by name, consulting the agencies chosen', async () => {
    const page = await logIn();
    await page.getByRole('link', { name: '任前审查', exact: true }).click();
    await page.waitForURL('**/console/vetting');
    await photographed(page, '1-vetting');

    await page.getByLabel('批次名称').fill('2026年第五批科级干部');
    for (const box of await page.locator('fieldset', { hasText: '征求意见的成员单位' }).getByRole('checkbox').all()) {
      const name = await page.locator(`label[for="${await box.getAttribute('id')}"]`).textContent();
      if (CONSULTED.includes(name!)) await box.check();
      else await box.uncheck();
    }
    // Two people are called 周明远: the picker tells them apart by number and unit.
    await page.getByLabel('姓名或人员编号').fill('周明远');
    await page.getByRole('button', { name: '查找' }).click();
    await page.waitForURL(/q=/);
    expect(await page.locator('table.inbox tbody tr').count()).toBe(2);
    await photographed(page, '2-picker');
    await page.getByRole('button', { name: '加入 周明远（P001，测试区财政局）' }).click();
    await page.waitForURL(/add=P001/);
    // What was typed before the search is still there.
    expect(await page.inputValue('#title')).toBe('2026年第五批科级干部');
    expect(await page.getByLabel('政法委').isChecked()).toBe(false);
    const slate = page.getByLabel('拟任人选');
    expect(await slate.inputValue()).toBe('P001 ');
    await slate.fill(`${await slate.inputValue()}测试区财政局局长`);

    await page.getByLabel('姓名或人员编号').fill('李青');
    await page.getByRole('button', { name: '查找' }).click();
    await page.waitForURL(/q=%E6%9D%8E/);
    await page.getByRole('button', { name: '加入 李青（P003，测试区水务局）' }).click();
    await page.waitForURL(/add=P003/);
    expect(await slate.inputValue()).toBe('P001 测试区财政局局长\nP003 ');
    await slate.fill(`${await slate.inputValue()}测试区水务局副局长`);
    await photographed(page, '3-slate');

    await page.getByRole('button', { name: '发起审查' }).click();
    await page.waitForURL(/\/console\/vetting\/runs\/[0-9a-f-]{36}$/);
    runUrl = page.url();
    const main = (await page.textContent('main'))!;
    expect(main).toContain('周明远（P001）→ 测试区财政局局长');
    expect(main).toContain('李青（P003）→ 测试区水务局副局长');
    const consulted = (await page.locator('p.meta', { hasText: '征求意见的成员单位' }).textContent())!.split('：')[1]!.split('、');
    expect(consulted.sort()).toEqual([...CONSULTED].sort());
    expect(await candidate(page, '周明远').textContent()).toContain('待办结');
    await photographed(page, '4-run-started');
  });

  it('reads the verdicts once the agencies have answered', async () => {
    // The agencies' part: each consulted agency answers "nothing adverse".
    const runId = runUrl.split('/').pop()!;
    const { rows } = await ctx.db.query(`SELECT id FROM vetting_candidate WHERE run_id = $1`, [runId]);
    const verification = ctx.app.get(VerificationService);
    for (const { id } of rows) {
      const requests = await verification.requestsFor('VETTING_CANDIDATE', id);
      expect(requests.map((r) => r.agencyCode).sort()).toEqual(['AUDIT', 'DISCIPLINE']);
      for (const r of requests)
        await verification.reply({ requestId: r.id, adverse: false, body: '未发现不良反映', agencyCode: r.agencyCode });
      await ctx.app.get(VettingService).evaluateCandidate(id, { trigger: 'TEST' });
    }

    const page = await logIn();
    await page.goto(runUrl);
    const zhou = (await candidate(page, '周明远').textContent())!;
    expect(zhou).toContain('通过');
    expect(zhou).toContain('各项审查均已通过。');
    const li = (await candidate(page, '李青').textContent())!;
    expect(li).toContain('不得上会');
    expect(li).toMatch(/阻止：.*立案/);
    await photographed(page, '5-verdicts');
  });

  it('publishes the 任前公示, withdraws it with the reason, and publishes it again', async () => {
    const page = await logIn();
    await page.goto(runUrl);
    const publicity = page.locator('form', { has: page.getByRole('button', { name: '发布任前公示' }) });
    expect(await publicity.getByRole('checkbox').count()).toBe(1); // only the candidate who passed
    await page.getByLabel('公示开始日期').fill(period.startsOn);
    await page.getByLabel('公示结束日期').fill(period.endsOn);
    await page.getByRole('button', { name: '发布任前公示' }).click();
    await page.waitForURL(/#publicity$/);
    const first = page.locator('ul.notices li').first();
    expect(await first.textContent()).toContain(`${period.startsOn} 至 ${period.endsOn}）：周明远，公示中`);
    expect(await page.textContent('main')).toContain('没有可以公示的人选');
    await photographed(page, '6-published');

    // Published before the 部务会 had decided: withdrawn. Too short a reason is answered at the field.
    await first.getByText('撤销公示').click();
    await first.getByLabel('撤销理由（如误发、人选退出）').fill('误');
    await first.getByRole('button', { name: '撤销该公示' }).click();
    const refused = page.locator('ul.notices li').first();
    expect(await refused.locator('.field-error').textContent()).toContain('至少 2 字');
    expect(await refused.getByLabel('撤销理由（如误发、人选退出）').inputValue()).toBe('误');
    await photographed(page, '7-withdraw-refused');
    await refused.getByLabel('撤销理由（如误发、人选退出）').fill('部务会尚未研究，公示发布有误');
    await refused.getByRole('button', { name: '撤销该公示' }).click();
    await page.waitForURL(/#publicity$/);
    expect(await page.locator('ul.notices li').first().textContent()).toContain('已撤销（原因：部务会尚未研究，公示发布有误）');
    expect(await page.locator('ol.history').textContent()).toContain('撤销任前公示');
    await photographed(page, '8-withdrawn');

    await page.getByLabel('公示开始日期').fill(period.startsOn);
    await page.getByLabel('公示结束日期').fill(period.endsOn);
    await page.getByRole('button', { name: '发布任前公示' }).click();
    await page.waitForURL(/#publicity$/);
    const notices = page.locator('ul.notices li');
    expect(await notices.count()).toBe(2);
    expect(await notices.first().textContent()).toContain('公示中');
    expect(await notices.nth(1).textContent()).toContain('已撤销');
    const standing = /公示 (GS-\d{4}-\d{4})/.exec((await notices.first().textContent())!)![1]!;
    const withdrawn = /公示 (GS-\d{4}-\d{4})/.exec((await notices.nth(1).textContent())!)![1]!;
    await photographed(page, '9-published-again');

    // The public site shows the standing notice only.
    await page.goto(`${ctx.baseUrl}/notices`);
    const site = (await page.textContent('main'))!;
    expect(site).toContain(standing);
    expect(site).not.toContain(withdrawn);
    await photographed(page, '10-public-notices');
  });

  it('records the appointment of the candidate who passed, once the period is over', async () => {
    const after = addCalendarDays(period.endsOn, 1);
    await travelTo(after);
    const page = await logIn();
    await page.getByRole('link', { name: '任前审查', exact: true }).click();
    await page.getByRole('link', { name: '2026年第五批科级干部' }).click();
    await page.waitForURL(runUrl);
    const zhou = candidate(page, '周明远');
    await zhou.getByText('记录任用决定').click();
    await zhou.getByLabel('任用决定', { exact: true }).selectOption('APPOINT');
    await zhou.getByLabel('任职日期').fill(after);
    await zhou.getByLabel('说明', { exact: true }).fill('经区委常委会研究决定');
    await zhou.getByRole('button', { name: '保存任用决定' }).click();
    await page.waitForURL(/#c-[0-9a-f-]{36}$/);
    expect(await candidate(page, '周明远').textContent()).toContain(`任用决定：任用（${after}）`);
    expect(await page.locator('ol.history').textContent()).toContain('试用期开始');
    await photographed(page, '11-appointed');
  });

  it('assesses the probation when it ends', async () => {
    const { rows } = await ctx.db.query(`SELECT to_char(ends_on, 'YYYY-MM-DD') AS ends_on FROM probation`);
    expect(rows).toHaveLength(1);
    const endsOn = rows[0].ends_on as string;
    await travelTo(endsOn);
    const page = await logIn();
    await page.getByRole('link', { name: '任前审查', exact: true }).click();
    await page.getByRole('link', { name: '试用期', exact: true }).click();
    await page.waitForURL('**/console/vetting/probations');
    expect(await page.locator('table.inbox').textContent()).toContain('到期待考核');
    await photographed(page, '12-probations');

    const form = page.locator('section.candidate', { hasText: '周明远' });
    await form.getByLabel('称职', { exact: true }).check();
    await form.getByLabel('考核日期').fill(endsOn);
    await form.getByLabel(/^说明/).fill('试用期内表现良好，考核称职，正式任职');
    await form.getByRole('button', { name: '保存考核结果' }).click();
    await page.waitForURL(/#p-[0-9a-f-]{36}$/);
    const row = page.locator('table.inbox tr', { hasText: '周明远' });
    expect(await row.textContent()).toContain(`称职（${endsOn}）`);
    await photographed(page, '13-assessed');

    await page.goto(runUrl);
    expect(await page.locator('ol.history').textContent()).toContain('试用期考核');
  });
});
