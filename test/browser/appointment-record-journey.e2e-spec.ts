import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AuthService } from '../../src/auth/auth.service.js';
import { CadreRecordsService } from '../../src/cadres/cadre-records.service.js';
import { CadresService } from '../../src/cadres/cadres.service.js';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { addCalendarDays } from '../../src/infra/calendar/working-days.js';
import { Clock } from '../../src/infra/clock/clock.js';
import { AppConfig } from '../../src/infra/config/app-config.js';
import { VerificationService } from '../../src/verification/verification.service.js';
import { VettingService } from '../../src/vetting/vetting.service.js';
import { PUBLICITY_ROSTER, shortestPeriod } from '../e2e/publicity-fixture.js';
import { ConsoleSessions, expectNoSeriousViolations, launchBrowser, screenshot } from '../support/browser.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/**
 * 全程记实 in Chromium: the supervisor records 动议, 民主推荐 (a vote count refused at its field
 * first) and 考察 on the appointment's record page, sees 征求意见 filled in from the discipline
 * body's answer, records 讨论决定, publishes the 任前公示, records the appointment and assesses
 * the probation on the existing pages, downloads the 记实表 as Word and PDF, and the real
 * `npm run record:verify` accepts each file and refuses a copy with one byte changed. The
 * agency's answer and the passing of days are the world's part (services and the clock).
 */
let ctx: TestContext;
let browser: Browser;
let runId: string;
let candidateId: string;
let recordUrl: string;
let period: { startsOn: string; endsOn: string };
const PASSWORD = 'Record-Journey-2026!';
// Each person logs in once; a later step comes back to the console in the same tab.
const sessions = new ConsoleSessions();
const JOURNEY = 'appointment-record';
const REPO = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'qf-record-journey-'));
const downloaded: Record<'docx' | 'pdf', string> = { docx: join(dir, 'record.docx'), pdf: join(dir, 'record.pdf') };

beforeAll(async () => {
  ctx = await createTestContext();
  browser = await launchBrowser();
  await ctx.app.get(RosterImportService).import(Buffer.from(PUBLICITY_ROSTER));
  const cadreId = (await ctx.app.get(CadresService).findByPersonNo('P001'))!.id;
  const records = ctx.app.get(CadreRecordsService);
  await records.recordFileAudit({ cadreId, auditedOn: '2026-01-05' });
  await records.recordPersonalMatters({ cadreId, year: 2025, status: 'CONSISTENT', checkedOn: '2026-01-06', checkReason: 'PROMOTION' });
  await ctx.app.get(AuthService).createUser({ username: 'chief5', displayName: '科长戊', password: PASSWORD, roles: ['SUPERVISOR'] });
  // The run was started on the vetting page (the supervisor-appointment journey walks that page).
  const run = await ctx.app.get(VettingService).startRun({
    title: '2026年第六批科级干部',
    slate: [{ cadreId, proposedPost: '测试区财政局局长' }],
    agencyCodes: ['DISCIPLINE'],
  });
  runId = run.runId;
  candidateId = run.candidates[0]!.id;
  period = shortestPeriod(ctx);
}, 120_000);
afterAll(async () => {
  jest.restoreAllMocks();
  await sessions.close();
  await browser?.close();
  await ctx?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function logIn(): Promise<Page> {
  const { page } = await sessions.logIn(browser, ctx.baseUrl, 'chief5', PASSWORD);
  await page.waitForURL(/\/console/);
  return page;
}

/** Moves the api's clock to 10:00 on a day (China); sessions expire by it, so the supervisor logs in again. */
async function travelTo(day: string): Promise<void> {
  await sessions.close();
  jest.restoreAllMocks();
  jest.spyOn(ctx.app.get(Clock), 'now').mockImplementation(() => new Date(`${day}T10:00:00+08:00`));
}

async function photographed(page: Page, step: string): Promise<void> {
  await screenshot(page, JOURNEY, step);
  await expectNoSeriousViolations(page);
}

const step = (page: Page, kind: string) => page.locator(`#step-${kind}`);
const day = (n: number) => addCalendarDays(period.startsOn, -n);

/** The real command, as an auditor runs it: no database, the deployment's key from its configuration. */
function recordVerify(file: string): { status: number | null; out: string } {
  const result = spawnSync('npm', ['run', '--silent', 'record:verify', '--', file], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 90_000,
    env: { PATH: process.env['PATH']!, HOME: process.env['HOME']!, QF_HASH_KEY: ctx.app.get(AppConfig).hashKey.toString('base64') },
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('an appointment’s 全程记实, from 动议 to 试用期, in Chromium', () => {
  jest.setTimeout(180_000);

  it('records 动议, 民主推荐 and 考察 from the record page reached from the run', async () => {
    const page = await logIn();
    await page.goto(`${ctx.baseUrl}/console/vetting/runs/${runId}`);
    await page.getByRole('link', { name: '全程记实' }).click();
    await page.waitForURL(`**/console/vetting/candidates/${candidateId}/record`);
    recordUrl = page.url();
    expect(await step(page, 'RECOMMENDATION').textContent()).toContain('须先记录“动议”');
    await photographed(page, '1-empty');

    const motion = step(page, 'MOTION');
    await motion.getByLabel('动议日期').fill(day(30));
    await motion.getByLabel('动议主体').selectOption('ORGANIZATION_DEPARTMENT');
    expect(await motion.getByLabel('拟任职务').inputValue()).toBe('测试区财政局局长');
    await motion.getByLabel('动议理由').fill('财政局局长出缺，根据班子结构提出动议');
    await motion.getByLabel('会议或文件').fill('区委组织部部务会议纪要（第15次）');
    await motion.getByLabel(/须经全委会票决/).check();
    await motion.getByRole('button', { name: '保存动议' }).click();
    await page.waitForURL(/#step-MOTION$/);
    expect(await step(page, 'MOTION').textContent()).toContain('区委组织部');

    // A vote count above the people present is refused at its field, what was typed kept.
    const rec = step(page, 'RECOMMENDATION');
    await rec.getByLabel('推荐日期').fill(day(20));
    for (const [label, value] of [
      ['会议推荐应到人数', '40'],
      ['会议推荐实到人数', '38'],
      ['会议推荐得票', '39'],
      ['谈话调研人数', '22'],
      ['谈话中推荐该同志的人数', '17'],
      ['群众推荐人数', '5'],
      ['单位党组织推荐数', '1'],
      ['领导干部署名推荐人数', '3'],
    ] as const)
      await rec.getByLabel(label, { exact: true }).fill(value);
    await rec.getByRole('button', { name: '保存民主推荐' }).click();
    const refused = step(page, 'RECOMMENDATION');
    expect(await refused.locator('#RECOMMENDATION-meetingVotes-error').textContent()).toBe('推荐票数（39）不能多于实到人数（38）');
    expect(await refused.getByLabel('群众推荐人数').inputValue()).toBe('5');
    await photographed(page, '2-recommendation-refused');
    await refused.getByLabel('会议推荐得票', { exact: true }).fill('33');
    await refused.getByRole('button', { name: '保存民主推荐' }).click();
    await page.waitForURL(/#step-RECOMMENDATION$/);
    expect(await step(page, 'RECOMMENDATION').textContent()).toContain('群众推荐 5 人；单位党组织推荐 1 个；领导干部署名推荐 3 人');

    const ins = step(page, 'INSPECTION');
    await ins.getByLabel('考察开始日期').fill(day(15));
    await ins.getByLabel('考察结束日期').fill(day(10));
    await ins.getByLabel(/考察组成员/).fill('王考察\n陈组员');
    await ins.getByLabel('纪检监督员').fill('赵纪检');
    await ins.getByLabel('个别谈话人数').fill('26');
    await ins.getByLabel('考察结论').fill('政治素质好，工作实绩突出，群众公认度高');
    await ins.getByRole('button', { name: '保存考察' }).click();
    await page.waitForURL(/#step-INSPECTION$/);
    const inspected = (await step(page, 'INSPECTION').textContent())!;
    expect(inspected).toContain('王考察、陈组员');
    expect(inspected).toContain('记录人：科长戊');
    // 讨论决定 waits: the discipline body has not answered (有情况反映、未审查核实的不上会).
    expect(await step(page, 'DECISION').textContent()).toContain('有情况反映、未审查核实的不上会');
    expect(await step(page, 'OPINIONS').textContent()).toContain('尚未答复');
    await photographed(page, '3-inspected');
  });

  it('sees 征求意见 from the agency’s answer, and records 讨论决定 by 全委会 ballot', async () => {
    // The agency's part: the discipline body answers "nothing adverse".
    const verification = ctx.app.get(VerificationService);
    for (const r of await verification.requestsFor('VETTING_CANDIDATE', candidateId))
      await verification.reply({ requestId: r.id, adverse: false, body: '未发现该同志有违纪违法问题', agencyCode: r.agencyCode });
    await ctx.app.get(VettingService).evaluateCandidate(candidateId, { trigger: 'TEST' });

    const page = await logIn();
    await page.goto(recordUrl);
    const opinions = (await step(page, 'OPINIONS').textContent())!;
    expect(opinions).toContain('纪委监委');
    expect(opinions).toContain('无不良反映。未发现该同志有违纪违法问题');
    const decision = step(page, 'DECISION');
    await decision.getByLabel('会议日期').fill(day(0));
    await decision.getByLabel('会议', { exact: true }).selectOption('PLENARY');
    for (const [label, value] of [
      ['应到会成员', '31'],
      ['到会成员', '29'],
      ['同意票', '28'],
      ['不同意票', '0'],
      ['弃权票', '1'],
    ] as const)
      await decision.getByLabel(label, { exact: true }).fill(value);
    await decision.getByLabel('以票决方式表决').check();
    await decision.getByRole('button', { name: '保存讨论决定' }).click();
    await page.waitForURL(/#step-DECISION$/);
    const decided = (await step(page, 'DECISION').textContent())!;
    expect(decided).toContain('区委全委会');
    expect(decided).toContain('同意 28 票，不同意 0 票，弃权 1 票');
    expect(decided).toContain('通过');
    await photographed(page, '4-decided');
  });

  it('publishes the 任前公示, records the appointment and assesses the probation on their pages', async () => {
    let page = await logIn();
    await page.goto(`${ctx.baseUrl}/console/vetting/runs/${runId}`);
    await page.getByLabel('公示开始日期').fill(period.startsOn);
    await page.getByLabel('公示结束日期').fill(period.endsOn);
    await page.getByRole('button', { name: '发布任前公示' }).click();
    await page.waitForURL(/#publicity$/);

    const after = addCalendarDays(period.endsOn, 1);
    await travelTo(after);
    page = await logIn();
    await page.goto(`${ctx.baseUrl}/console/vetting/runs/${runId}`);
    const zhou = page.locator('section.candidate', { hasText: '周明远' });
    await zhou.getByText('记录任用决定').click();
    await zhou.getByLabel('任用决定', { exact: true }).selectOption('APPOINT');
    await zhou.getByLabel('任职日期').fill(after);
    await zhou.getByLabel('说明', { exact: true }).fill('经区委全委会票决通过');
    await zhou.getByRole('button', { name: '保存任用决定' }).click();
    await page.waitForURL(/#c-[0-9a-f-]{36}$/);

    const { rows } = await ctx.db.query(`SELECT to_char(ends_on, 'YYYY-MM-DD') AS ends_on FROM probation WHERE candidate_id = $1`, [
      candidateId,
    ]);
    const endsOn = rows[0].ends_on as string;
    await travelTo(endsOn);
    page = await logIn();
    await page.goto(`${ctx.baseUrl}/console/vetting/probations`);
    const form = page.locator('section.candidate', { hasText: '周明远' });
    await form.getByLabel('称职', { exact: true }).check();
    await form.getByLabel('考核日期').fill(endsOn);
    await form.getByLabel(/^说明/).fill('试用期内表现良好，考核称职，正式任职');
    await form.getByRole('button', { name: '保存考核结果' }).click();
    await page.waitForURL(/#p-[0-9a-f-]{36}$/);

    await page.goto(recordUrl);
    for (const kind of ['MOTION', 'RECOMMENDATION', 'INSPECTION', 'OPINIONS', 'DECISION', 'PUBLICITY', 'APPOINTMENT', 'PROBATION'])
      expect(await step(page, kind).locator('h2 small').textContent()).not.toBe('尚未进行');
    expect(await step(page, 'PUBLICITY').textContent()).toContain(`${period.startsOn} 至 ${period.endsOn}`);
    expect(await step(page, 'PUBLICITY').textContent()).toContain('公示期间未收到反映');
    expect(await step(page, 'APPOINTMENT').textContent()).toContain(after);
    expect(await step(page, 'PROBATION').textContent()).toContain('称职');
    await photographed(page, '5-complete');
  });

  it('downloads the 记实表 as Word and PDF; record:verify accepts each and refuses a copy with one byte changed', async () => {
    const page = await logIn();
    await page.goto(recordUrl);
    for (const [kind, name] of [
      ['docx', '下载记实表（Word）'],
      ['pdf', '下载记实表（PDF）'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
      expect(download.suggestedFilename()).toBe(`干部选拔任用全程记实表-周明远-P001.${kind}`);
      await download.saveAs(downloaded[kind]);
    }

    for (const kind of ['docx', 'pdf'] as const) {
      const good = recordVerify(downloaded[kind]);
      expect({ kind, status: good.status }).toEqual({ kind, status: 0 });
      expect(good.out).toContain(`记录真实完整：《干部选拔任用全程记实表》，记录号 ${candidateId}`);
      const bytes = readFileSync(downloaded[kind]);
      bytes[Math.floor(bytes.length / 2)]! ^= 0x20;
      const altered = join(dir, `altered.${kind}`);
      writeFileSync(altered, bytes);
      const bad = recordVerify(altered);
      expect({ kind, status: bad.status }).toEqual({ kind, status: 2 });
      expect(bad.out).toContain('记录未通过核验');
    }
  });
});
