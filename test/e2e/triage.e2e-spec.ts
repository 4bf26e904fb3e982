import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { DeadlineCheckJob } from '../../src/triage/deadlines/deadline.jobs.js';
import { CategoryModelService } from '../../src/triage/category-model.service.js';
import { TriageReportJob } from '../../src/triage/triage-report.job.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/** The year before today's in the district's zone (Asia/Shanghai, UTC+8): what a tip received today calls 去年. */
const LAST_YEAR = new Date(Date.now() + 8 * 3600_000).getUTCFullYear() - 1;

/** An invented district: two cadres share a name in different units; one unit was renamed in the reform. */
const ROSTER = [
  '人员编号,姓名,性别,出生年月,民族,籍贯,入党时间,参加工作时间,学历,单位,职务,职级,任现职时间,身份',
  'E001,宋建明,男,1975-03,汉族,本省,1998-07,1996-08,大学本科,区自然资源局,局长,正科,2020-01,公务员',
  'E002,韩小燕,女,1980-05,汉族,本省,2003-06,2002-08,大学本科,区自然资源局,副局长,副科,2021-03,公务员',
  'E003,宋建明,男,1979-11,汉族,本省,2001-07,2000-08,大专,河口镇,副镇长,副科,2022-05,公务员',
  'E004,蔡志远,男,1972-09,汉族,本省,1995-07,1993-08,大学本科,区应急管理局,局长,正科,2019-06,公务员',
  // Two 鲁 deputies of one unit: one appointed last year (as of the day the test runs), one long ago.
  `E005,鲁志华,男,1982-04,汉族,本省,2006-07,2005-08,大学本科,区审计局,副局长,副科,${LAST_YEAR}-04,公务员`,
  'E006,鲁国平,男,1978-02,汉族,本省,2001-07,2000-08,大学本科,区审计局,副局长,副科,2015-06,公务员',
].join('\n');

let ctx: TestContext;
let worker: INestApplicationContext;
let officer: string;
let supervisor: string;
let client = 0;

const submit = (body: string, extra: Record<string, unknown> = {}) =>
  request(ctx.baseUrl)
    .post('/api/v1/public/reports')
    .set('X-Forwarded-For', `192.0.2.${++client}`)
    .send({ subjects: [{ note: '见正文' }], body, anonymous: true, ...extra });

async function triaged(reportNumber: string): Promise<{ id: string; status: string; category: string | null }> {
  return waitFor(
    async () => {
      const { rows } = await ctx.db.query(`SELECT id, status, category, triaged_at FROM report WHERE number = $1`, [reportNumber]);
      return rows[0]?.triaged_at ? rows[0] : null;
    },
    15_000,
    `triage of ${reportNumber}`,
  );
}

const events = async (reportId: string, type: string) =>
  Number((await ctx.db.query(`SELECT count(*) FROM report_event WHERE report_id = $1 AND type = $2`, [reportId, type])).rows[0].count);

beforeAll(async () => {
  ctx = await createTestContext({
    settings: { security: { trustProxy: 1 }, queues: { outboxRelayIntervalMs: 200, outboxRelayGraceMs: 0 } },
  });
  // The district's own triage values: a model from three confirmations (tests need few),
  // without the shipped starter examples (test/e2e/starter-model.e2e-spec.ts has those).
  writeFileSync(join(ctx.env['QF_CONFIG_DIR']!, 'triage.local.yaml'), 'model:\n  minExamples: 3\n  starterExamples: false\n');
  await ctx.app.get(RosterImportService).import(Buffer.from(ROSTER), { fileName: 'roster.csv' });
  worker = await ctx.startWorker();
  officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  supervisor = await ctx.staffToken(['SUPERVISOR']);
});
afterAll(async () => {
  await ctx?.close();
});

describe('triage: a tip reaches the inbox ready for a person', () => {
  let firstId: string;

  it('categorizes, links the subject under an old unit name, and sets working-day deadlines', async () => {
    const res = await submit('2026年3月，原国土局的韩副局长在办公室收受下属现金五万元，承诺年底提拔其为科长，单位多人知晓。');
    expect(res.status).toBe(201);
    const report = await triaged(res.body.reportNumber);
    firstId = report.id;
    expect(report).toMatchObject({ status: 'TRIAGED', category: 'OFFICE_BUYING' });

    const inbox = await request(ctx.baseUrl).get('/api/v1/triage/inbox?category=OFFICE_BUYING').set('Authorization', `Bearer ${officer}`);
    expect(inbox.status).toBe(200);
    const item = inbox.body.items.find((i: { id: string }) => i.id === firstId);
    expect(item).toMatchObject({
      category: 'OFFICE_BUYING',
      specific: true,
      overdue: false,
      subjects: [{ status: 'LINKED', name: '韩小燕', unit: '区自然资源局' }],
    });
    expect(item.nextDue.kind).toBe('ACCEPTANCE_NOTICE');

    const view = await request(ctx.baseUrl).get(`/api/v1/triage/cases/${firstId}`).set('Authorization', `Bearer ${officer}`);
    expect(view.status).toBe(200);
    expect(view.body.triage.categories[0]).toMatchObject({ code: 'OFFICE_BUYING' });
    expect(view.body.triage.categories[0].matched.length).toBeGreaterThan(0);
    expect(view.body.subjects[0].candidates[0].reasons.join('；')).toContain('机构改革前名称');
    expect(view.body.deadlines.map((d: { kind: string }) => d.kind).sort()).toEqual(['ACCEPTANCE_NOTICE', 'CONCLUSION', 'DISPOSITION']);
    expect(view.body.events.map((e: { type: string }) => e.type)).toEqual(['RECEIVED', 'TRIAGED']);
    // A subject linked with confidence counts on the cadre's record at once (vetting, 回避).
    const links = await ctx.db.query(
      `SELECT c.name, l.source FROM cadre_report_link l JOIN cadre c ON c.id = l.cadre_id WHERE l.report_id = $1`,
      [firstId],
    );
    expect(links.rows).toEqual([{ name: '韩小燕', source: 'TRIAGE' }]);
  });

  it('registers a retelling as a likely repeat, linked to the first tip and kept', async () => {
    const res = await submit('自然资源局韩小燕副局长收了下属五万块现金，答应年底提拔他当科长，局里很多人都知道这件事。');
    const report = await triaged(res.body.reportNumber);
    const { rows } = await ctx.db.query(`SELECT repeat_of FROM report WHERE id = $1`, [report.id]);
    expect(rows[0].repeat_of).toBe(firstId);
    expect(report.status).toBe('TRIAGED');
    const view = await request(ctx.baseUrl).get(`/api/v1/triage/cases/${report.id}`).set('Authorization', `Bearer ${officer}`);
    expect(view.body.repeats.earlier[0]).toMatchObject({ reportId: firstId });
  });

  it('links repeats triaged at the same moment by parallel jobs: one first tip, the rest repeats of it', async () => {
    const body = '2026年5月，某街道办事处在换届前一周突击提拔了六名干部，其中两人不符合任职年限，群众议论很大。';
    const numbers = (await Promise.all(Array.from({ length: 6 }, () => submit(body)))).map((r) => r.body.reportNumber as string);
    const reports = await Promise.all(numbers.map((n) => triaged(n)));
    const { rows } = await ctx.db.query(`SELECT id, repeat_of FROM report WHERE id = ANY($1)`, [reports.map((r) => r.id)]);
    const roots = rows.filter((r) => r.repeat_of === null);
    expect(roots).toHaveLength(1);
    expect(rows.filter((r) => r.repeat_of === roots[0].id)).toHaveLength(5);
  });

  it('holds homonyms for a person to choose, and records the choice as an event with before and after', async () => {
    const res = await submit('宋建明到处托关系跑官要官，想当一把手，说不提拔就不干了。');
    const report = await triaged(res.body.reportNumber);
    const view = await request(ctx.baseUrl).get(`/api/v1/triage/cases/${report.id}`).set('Authorization', `Bearer ${officer}`);
    const subject = view.body.subjects[0];
    expect(subject.status).toBe('CANDIDATES');
    expect(subject.candidates.map((c: { personNo: string }) => c.personNo).sort()).toEqual(['E001', 'E003']);
    const chosen = subject.candidates.find((c: { personNo: string }) => c.personNo === 'E003');
    const res2 = await request(ctx.baseUrl)
      .post(`/api/v1/triage/cases/${report.id}/subjects/${subject.id}/confirm`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ cadreId: chosen.personId });
    expect(res2.status).toBe(200);
    const { rows } = await ctx.db.query(
      `SELECT actor_kind, actor_id, data FROM report_event WHERE report_id = $1 AND type = 'SUBJECT_CONFIRMED'`,
      [report.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].actor_kind).toBe('STAFF');
    expect(rows[0].data).toMatchObject({
      before: { status: 'CANDIDATES', cadreId: null },
      after: { status: 'CONFIRMED', personNo: 'E003' },
    });
    // Confirmed, the tip now counts on that cadre's record (and not on the namesake's).
    const links = await ctx.db.query(
      `SELECT c.person_no FROM cadre_report_link l JOIN cadre c ON c.id = l.cadre_id WHERE l.report_id = $1`,
      [report.id],
    );
    expect(links.rows.map((r) => r.person_no)).toEqual(['E003']);
  });

  it('is retry-safe: the triage job and a deadline reminder run twice act once', async () => {
    const counts = async () => ({
      triaged: await events(firstId, 'TRIAGED'),
      subjects: Number((await ctx.db.query(`SELECT count(*) FROM report_subject WHERE report_id = $1`, [firstId])).rows[0].count),
      deadlines: Number((await ctx.db.query(`SELECT count(*) FROM report_deadline WHERE report_id = $1`, [firstId])).rows[0].count),
    });
    const before = await counts();
    await worker.get(TriageReportJob).handle({ reportId: firstId });
    await worker.get(TriageReportJob).handle({ reportId: firstId });
    expect(await counts()).toEqual(before);
    expect(before).toEqual({ triaged: 1, subjects: 1, deadlines: 3 });

    const { rows } = await ctx.db.query(
      `UPDATE report_deadline SET remind_on = current_date - 1, due_on = current_date - 1 WHERE report_id = $1 AND kind = 'DISPOSITION' RETURNING id::text`,
      [firstId],
    );
    const job = worker.get(DeadlineCheckJob);
    for (let i = 0; i < 2; i += 1) {
      await job.handle({ deadlineId: rows[0].id, stage: 'REMIND' });
      await job.handle({ deadlineId: rows[0].id, stage: 'ESCALATE' });
    }
    expect(await events(firstId, 'DEADLINE_REMINDER')).toBe(1);
    expect(await events(firstId, 'DEADLINE_ESCALATED')).toBe(1);
    const overdue = await request(ctx.baseUrl).get('/api/v1/triage/inbox?overdue=true').set('Authorization', `Bearer ${officer}`);
    expect(overdue.body.items.map((i: { id: string }) => i.id)).toEqual([firstId]);
  });

  it('turns confirmations and corrections into training data for a versioned model', async () => {
    const ids: string[] = (await ctx.db.query(`SELECT id FROM report WHERE triaged_at IS NOT NULL ORDER BY received_at`)).rows.map(
      (r) => r.id,
    );
    const corrections: Array<[string, string]> = [
      [ids[0]!, 'OFFICE_BUYING'],
      [ids[1]!, 'OFFICE_BUYING'],
      [ids[2]!, 'OTHER_ORG_DISCIPLINE'],
    ];
    for (const [id, category] of corrections) {
      const res = await request(ctx.baseUrl)
        .post(`/api/v1/triage/cases/${id}/category`)
        .set('Authorization', `Bearer ${officer}`)
        .send({ category });
      expect(res.status).toBe(200);
    }
    expect(await events(ids[2]!, 'CATEGORY_CORRECTED')).toBe(1);
    expect(await events(ids[0]!, 'CATEGORY_CONFIRMED')).toBe(1);
    const models = worker.get(CategoryModelService);
    const trained = await models.retrain();
    expect(trained).toMatchObject({ examples: 3 });
    expect(await models.retrain()).toBeNull(); // nothing new: no second version
    const res = await submit('有人反映某单位干部长期借调在外，拒不服从组织安排，人事纪律松弛。');
    const report = await triaged(res.body.reportNumber);
    const { rows } = await ctx.db.query(`SELECT model_version FROM report_triage WHERE report_id = $1`, [report.id]);
    expect(rows[0].model_version).toBe(trained!.version);
  });
});

describe('triage: staff actions', () => {
  it('puts a not-accepted disposition to a supervisor, and every step is an event', async () => {
    const res = await submit('我家和邻居因为宅基地有纠纷，打了两年官司，法院判决后对方不执行，请组织部帮忙。');
    const report = await triaged(res.body.reportNumber);
    expect(report.category).toBe('OUT_OF_SCOPE');
    const proposed = await request(ctx.baseUrl)
      .post(`/api/v1/triage/cases/${report.id}/disposition`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ kind: 'NOT_ACCEPTED', reason: '属于诉讼事项，不属于受理范围' });
    expect(proposed.body).toMatchObject({ pendingApproval: true, status: 'TRIAGED' });
    const decided = await request(ctx.baseUrl)
      .post(`/api/v1/triage/cases/${report.id}/decision`)
      .set('Authorization', `Bearer ${supervisor}`)
      .send({ approve: true });
    expect(decided.body).toMatchObject({ status: 'NOT_ACCEPTED', approved: true });
    const types = (await ctx.db.query(`SELECT type FROM report_event WHERE report_id = $1 ORDER BY id`, [report.id])).rows.map(
      (r) => r.type,
    );
    expect(types).toEqual(['RECEIVED', 'TRIAGED', 'DISPOSITION_PROPOSED', 'DECISION_APPROVED', 'DISPOSED']);
    const officerDecides = await request(ctx.baseUrl)
      .post(`/api/v1/triage/cases/${report.id}/decision`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ approve: true });
    expect(officerDecides.status).toBe(403);
  });

  it('handles a case through verification to closing, with notes and assignment', async () => {
    const res = await submit('应急管理局蔡志远局长2026年5月以来在某矿业公司兼职担任顾问，每月领取报酬八千元。');
    const report = await triaged(res.body.reportNumber);
    const me = (await ctx.db.query(`SELECT id FROM staff_user WHERE 'TRIAGE_OFFICER' = ANY(roles)`)).rows[0].id;
    const call = (path: string, body: object, token = officer) =>
      request(ctx.baseUrl).post(`/api/v1/triage/cases/${report.id}/${path}`).set('Authorization', `Bearer ${token}`).send(body);
    expect((await call('assign', { assigneeId: me })).status).toBe(200);
    const mine = await request(ctx.baseUrl).get('/api/v1/triage/inbox?assignee=me&sort=due').set('Authorization', `Bearer ${officer}`);
    expect(mine.body.items.map((i: { id: string }) => i.id)).toContain(report.id);
    expect((await call('finding', { finding: 'SUBSTANTIATED', outcomeForReporter: '经核实，反映问题属实' })).status).toBe(409);
    expect((await call('disposition', { kind: 'PRELIMINARY_VERIFICATION' })).body).toMatchObject({ status: 'IN_HANDLING' });
    expect((await call('notes', { body: '已与审计局沟通' })).status).toBe(201);
    const message = await request(ctx.baseUrl)
      .post(`/api/v1/reports/${report.id}/messages`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ body: '您反映的问题已受理。' });
    expect(message.status).toBe(201);
    const acceptance = await ctx.db.query(`SELECT met_at FROM report_deadline WHERE report_id = $1 AND kind = 'ACCEPTANCE_NOTICE'`, [
      report.id,
    ]);
    expect(acceptance.rows[0].met_at).not.toBeNull();
    const notes = await request(ctx.baseUrl).get(`/api/v1/triage/cases/${report.id}`).set('Authorization', `Bearer ${officer}`);
    expect(notes.body.notes.map((n: { body: string }) => n.body)).toEqual(['已与审计局沟通']);
    expect((await call('finding', { finding: 'SUBSTANTIATED', outcomeForReporter: '经核实，反映问题属实，已依规处理' })).status).toBe(200);
    expect((await call('close', {})).body).toMatchObject({ pendingApproval: true });
    expect((await call('decision', { approve: true }, supervisor)).body).toMatchObject({ status: 'CLOSED' });
    const { rows } = await ctx.db.query(`SELECT count(*) FILTER (WHERE met_at IS NULL) AS open FROM report_deadline WHERE report_id = $1`, [
      report.id,
    ]);
    expect(rows[0].open).toBe('0');
    const lookup = await ctx.db.query(`SELECT outcome_for_reporter FROM report WHERE id = $1`, [report.id]);
    expect(lookup.rows[0].outcome_for_reporter).toContain('属实');
  });

  it('answers bad input with a 4xx and a Chinese message', async () => {
    const get = (q: string) => request(ctx.baseUrl).get(`/api/v1/triage/inbox?${q}`).set('Authorization', `Bearer ${officer}`);
    const bad = await get('priority=URGENT');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/优先级/);
    expect((await get('pageSize=1000')).status).toBe(400);
    const unknown = await request(ctx.baseUrl).get('/api/v1/triage/cases/not-a-uuid').set('Authorization', `Bearer ${officer}`);
    expect(unknown.status).toBe(404);
    const some = (await ctx.db.query(`SELECT id FROM report LIMIT 1`)).rows[0].id;
    const wrong = await request(ctx.baseUrl)
      .post(`/api/v1/triage/cases/${some}/category`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ category: 'NOPE' });
    expect(wrong.status).toBe(422);
    expect(JSON.stringify(wrong.body)).toMatch(/未知的问题类别/);
    const transfer = await request(ctx.baseUrl)
      .post(`/api/v1/triage/cases/${some}/disposition`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ kind: 'TRANSFER' });
    expect(transfer.status).toBe(400);
    expect(JSON.stringify(transfer.body)).toMatch(/转办请填写转办单位/);
    const anonymous = await request(ctx.baseUrl).get('/api/v1/triage/inbox');
    expect(anonymous.status).toBe(401);
  });
});

describe('triage: the day a tip came in', () => {
  it('reads 去年 in the text from the day the tip was received, against the roster 任现职时间', async () => {
    const res = await submit('审计局去年提的鲁副局长收了被审计单位的购物卡，还让对方报销了私人费用。');
    const report = await triaged(res.body.reportNumber);
    const view = await request(ctx.baseUrl).get(`/api/v1/triage/cases/${report.id}`).set('Authorization', `Bearer ${officer}`);
    expect(view.body.subjects[0]).toMatchObject({ status: 'LINKED', candidates: [{ personNo: 'E005' }, { personNo: 'E006' }] });
    expect(view.body.subjects[0].candidates[0].reasons.join('；')).toContain(`任职时间相符：去年（${LAST_YEAR}年） ≈ ${LAST_YEAR}-04`);
  });
});
