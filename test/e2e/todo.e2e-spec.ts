import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { CadreRecordsService } from '../../src/cadres/cadre-records.service.js';
import { CadresService } from '../../src/cadres/cadres.service.js';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { DataSource } from 'typeorm';
import { TodoService } from '../../src/reminders/todo.service.js';
import { ProbationService } from '../../src/vetting/probation/probation.service.js';
import { VettingService } from '../../src/vetting/vetting.service.js';
import { passingRun } from './publicity-fixture.js';
import { validTip } from '../support/fixtures.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/**
 * 待办: each role's console home lists what waits for it, on the real database: a proposal
 * for a supervisor other than the proposer, cases due for the handler, identity requests for
 * the custodian; a tip the person must not see (回避) appears in none of it.
 */
let ctx: TestContext;
let officer: string;
let supervisor: string;
let custodian: string;
let auditor: string;
let tip: string;
let tipNumber: string;

const api = () => request(ctx.baseUrl);
const page = async (token: string) => {
  const res = await api().get('/console/todo').set('Cookie', `qf_session=${token}`);
  expect(res.status).toBe(200);
  return res.text;
};

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.startWorker();
  officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  supervisor = await ctx.staffToken(['SUPERVISOR']);
  custodian = await ctx.staffToken(['IDENTITY_CUSTODIAN']);
  auditor = await ctx.staffToken(['AUDITOR']);
  const res = await api()
    .post('/api/v1/public/reports')
    .send(validTip({ anonymous: false, reporter: { name: '李小红', phone: '13912345678' } }));
  tipNumber = res.body.reportNumber;
  tip = await waitFor(
    async () => (await ctx.db.query(`SELECT id FROM report WHERE number = $1 AND status = 'TRIAGED'`, [tipNumber])).rows[0]?.id,
    30_000,
    'triage',
  );
});
afterAll(() => ctx?.close());

describe('the to-do list (待办)', () => {
  it('shows a supervisor the proposal to approve, and not its proposer', async () => {
    const proposed = await api()
      .post(`/api/v1/triage/cases/${tip}/disposition`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ kind: 'NOT_ACCEPTED', reason: '属于诉讼事项' });
    expect(proposed.body).toMatchObject({ pendingApproval: true });
    const html = await page(supervisor);
    expect(html).toContain('待我审批');
    expect(html).toContain(tipNumber);
    expect(html).toContain('提请不予受理');
    expect(await page(officer)).not.toContain('待我审批');
    // The inbox, the handlers' home, heads with the same to-dos and their counts.
    const home = await api().get('/console').set('Cookie', `qf_session=${supervisor}`);
    expect(home.text).toMatch(/<nav class="todo-strip"[^>]*>[\s\S]*<a href="\/console\/todo#todo-approvals" class="">待我审批 1 件<\/a>/);
    const officerHome = await api().get('/console').set('Cookie', `qf_session=${officer}`);
    expect(officerHome.text).toContain('<nav class="todo-strip"');
    expect(officerHome.text).not.toContain('todo-approvals');
  });

  it('shows the handler cases due within three working days, overdue ones marked', async () => {
    await ctx.db.query(`UPDATE report_deadline SET due_on = current_date - 1 WHERE report_id = $1 AND kind = 'DISPOSITION'`, [tip]);
    const html = await page(officer);
    expect(html).toContain(tipNumber);
    expect(html).toMatch(/处置时限 \d{4}-\d{2}-\d{2}（尚未指定经办人）（已逾期）/);
    const home = await api().get('/console').set('Cookie', `qf_session=${officer}`);
    expect(home.text).toMatch(/<a href="\/console\/todo#todo-caseDeadlines" class="overdue">[^<]+ \d+ 件（已逾期）<\/a>/);
  });

  it('shows the custodian an identity request, and the requester nothing to approve', async () => {
    await api().post(`/api/v1/triage/cases/${tip}/decision`).set('Authorization', `Bearer ${supervisor}`).send({ approve: false });
    const asked = await api()
      .post(`/api/v1/reports/${tip}/identity-requests`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ reason: '需要联系实名举报人核实反映问题的具体经过' });
    expect(asked.status).toBe(201);
    const html = await page(custodian);
    expect(html).toContain('待审批的身份查看申请');
    expect(html).not.toContain(tipNumber); // the custodian is not told which tip
    expect(await page(auditor)).toContain('没有需要在此处理的待办事项');
  });

  it('leaves out a tip the staff member must not see (回避)', async () => {
    await ctx.app
      .get(RosterImportService)
      .import(
        Buffer.from(
          [
            '人员编号,姓名,性别,出生年月,民族,籍贯,入党时间,参加工作时间,学历,单位,职务,职级,任现职时间,身份',
            'Z001,王某某,男,1975.06,汉族,本省,1997.06,1996.08,大学本科,示范区某局,副局长,副科,2020.03,公务员',
          ].join('\n'),
        ),
      );
    const cadre = (await ctx.app.get(CadresService).findByPersonNo('Z001'))!;
    await ctx.app.get(CadreRecordsService).linkReport({ reportId: tip, cadreId: cadre.id, source: 'STAFF' });
    const list = await ctx.app
      .get(TodoService)
      .forStaff({ userId: '00000000-0000-0000-0000-000000000001', roles: ['SUPERVISOR'], cadreId: cadre.id });
    const numbers = [...(list.approvals ?? []), ...(list.caseDeadlines ?? [])].map((i) => i.title);
    expect(numbers).not.toContain(tipNumber);
    const unrelated = await ctx.app
      .get(TodoService)
      .forStaff({ userId: '00000000-0000-0000-0000-000000000001', roles: ['SUPERVISOR'], cadreId: null });
    expect(unrelated.caseDeadlines!.map((i) => i.title)).toContain(tipNumber);
  });

  it('shows the supervisor agency answers overdue and probations due, each with its page', async () => {
    const run = await passingRun(ctx);
    // A second run asks the audit office, which lets its date pass unanswered.
    await ctx.app.get(VettingService).startRun({
      title: '2026年第二批',
      slate: [{ cadreId: run.zhouCadre, proposedPost: '测试区财政局局长' }],
      agencyCodes: ['AUDIT'],
    });
    const { rows } = await ctx.db.query(
      `UPDATE verification_request SET sent_on = current_date - 20, due_on = current_date - 2
        WHERE id = (SELECT id FROM verification_request WHERE status = 'OPEN' AND agency_code = 'AUDIT' LIMIT 1) RETURNING number`,
    );
    const overdueNumber = rows[0].number as string;
    // 李青 was appointed a year ago: the probation has ended and waits for its assessment.
    await ctx.app
      .get(DataSource)
      .transaction((m) =>
        ctx.app
          .get(ProbationService)
          .start(m, { runId: run.runId, candidateId: run.li, cadreId: run.liCadre, post: '测试区水务局副局长', appointedOn: '2025-06-01' }),
      );
    const html = await page(supervisor);
    expect(html).toContain('成员单位逾期未答复的核查请求');
    expect(html).toMatch(
      new RegExp(`<a href="/console/verification\\?state=OVERDUE">${overdueNumber}</a> — [^<]+逾期未答复（期限 \\d{4}-\\d{2}-\\d{2}）`),
    );
    expect(html).toContain('试用期届满待考核');
    expect(html).toMatch(/李青（测试区水务局副局长）<\/a> — 试用期 \d{4}-\d{2}-\d{2} 届满，需进行考核/);
    const home = await api().get('/console').set('Cookie', `qf_session=${supervisor}`);
    expect(home.text).toContain('href="/console/todo#todo-agencyAnswers"');
    expect(home.text).toContain('href="/console/todo#todo-probations"');
  });
});
