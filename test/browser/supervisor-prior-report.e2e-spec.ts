import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { AuthService } from '../../src/auth/auth.service.js';
import { CadreRecordsService } from '../../src/cadres/cadre-records.service.js';
import { CadresService } from '../../src/cadres/cadres.service.js';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { VerificationService } from '../../src/verification/verification.service.js';
import { VettingService } from '../../src/vetting/vetting.service.js';
import { accessibilityViolations, launchBrowser, logInToConsole, screenshot } from '../support/browser.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/** A supervisor records the 报备 of a candidate for 组织部副部长 on the run page, and the candidate passes. */
let ctx: TestContext;
let browser: Browser;
let runId: string;
const PASSWORD = 'Supervisor-Report-2026!';
const ROSTER = [
  '人员编号,姓名,性别,出生年月,民族,籍贯,入党时间,参加工作时间,学历,单位,职务,职级,任现职时间,身份',
  'PR0001,祝文涛,男,1981-03,汉族,本省,2004-06,2003-07,大学本科,示范区委组织部,干部科科长,一级主任科员,2021-03,公务员',
].join('\n');

beforeAll(async () => {
  ctx = await createTestContext();
  browser = await launchBrowser();
  await ctx.app.get(RosterImportService).import(Buffer.from(ROSTER), { fileName: 'roster.csv' });
  await ctx.app.get(AuthService).createUser({ username: 'chief2', displayName: '科长乙', password: PASSWORD, roles: ['SUPERVISOR'] });
  const cadreId = (await ctx.app.get(CadresService).findByPersonNo('PR0001'))!.id;
  const records = ctx.app.get(CadreRecordsService);
  await records.recordFileAudit({ cadreId, auditedOn: '2026-01-05' });
  await records.recordPersonalMatters({ cadreId, year: 2025, status: 'CONSISTENT', checkedOn: '2026-01-06', checkReason: 'PROMOTION' });
  const vetting = ctx.app.get(VettingService);
  const started = await vetting.startRun({
    title: '2026年第五批',
    slate: [{ cadreId, proposedPost: '示范区委组织部副部长' }],
    agencyCodes: ['DISCIPLINE'],
  });
  runId = started.runId;
  const candidateId = started.candidates[0]!.id;
  const verification = ctx.app.get(VerificationService);
  for (const r of await verification.requestsFor('VETTING_CANDIDATE', candidateId))
    await verification.reply({ requestId: r.id, adverse: false, body: '未发现不良反映', agencyCode: r.agencyCode });
  await vetting.evaluateCandidate(candidateId, { trigger: 'AGENCY_REPLIED' });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('报备 on the vetting run page in Chromium', () => {
  it('records 已报备 and the reply; a reply dated before the report is refused beside its field', async () => {
    const { context, page } = await logInToConsole(browser, ctx.baseUrl, 'chief2', PASSWORD);
    await page.waitForURL(/\/console/);
    await page.goto(`${ctx.baseUrl}/console/vetting/runs/${runId}`);
    const candidate = page.locator('section.candidate').first();
    expect(await candidate.textContent()).toContain('拟任组织部副部长须事先向上级组织部门报备，尚未报备');
    expect(await candidate.locator('.verdict').textContent()).toBe('待办结');

    await candidate.getByText('记录已报备').click();
    await candidate.getByLabel('报备日期').fill('2026-01-10');
    await candidate.getByLabel(/报备文号/).fill('示组干〔2026〕5号');
    await candidate.getByLabel(/报送单位/).fill('市委组织部');
    await candidate.getByRole('button', { name: '保存报备情况' }).click();
    await page.waitForURL(/#c-/);
    expect(await page.locator('.prior-report').textContent()).toContain('已于 2026-01-10 报市委组织部（示组干〔2026〕5号）');

    await page.getByText('记录上级回复').click();
    await page.getByLabel('回复日期').fill('2026-01-08');
    // The page's own date check (min) would stop the browser: the server's answer is what is tested.
    await page.locator('input[name="repliedOn"]').evaluate((input: HTMLInputElement) => input.removeAttribute('min'));
    await page.getByLabel('回复文号').fill('市组函〔2026〕21号');
    await page.getByLabel('回复意见').selectOption('AGREE');
    await page.getByRole('button', { name: '保存上级回复' }).click();
    const error = page.locator('.prior-report .field-error');
    expect(await error.textContent()).toBe('回复日期不能早于报备日期（2026-01-10）');
    expect(await page.getByLabel('回复文号').inputValue()).toBe('市组函〔2026〕21号');
    expect(await page.getByLabel('回复日期').getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
    await screenshot(page, 'supervisor', '7-prior-report-refused');
    const violations = await accessibilityViolations(page);
    expect(violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')).toEqual([]);

    await page.getByLabel('回复日期').fill('2026-01-20');
    await page.getByRole('button', { name: '保存上级回复' }).click();
    await page.waitForURL(/#c-/);
    const after = page.locator('section.candidate').first();
    expect(await after.locator('.verdict').textContent()).toBe('通过');
    expect(await after.textContent()).toContain('上级组织部门 2026-01-20 回复：同意（市组函〔2026〕21号）');
    expect(await page.locator('ol.history').textContent()).toContain('记录上级组织部门回复');
    await screenshot(page, 'supervisor', '8-prior-report-agreed');
    await context.close();
  });
});
