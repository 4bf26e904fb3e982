import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import { addCalendarDays } from '../../src/infra/calendar/working-days.js';
import { Clock } from '../../src/infra/clock/clock.js';
import { concludeCase } from '../support/case-workflow.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';
import { passingRun, shortestPeriod } from './publicity-fixture.js';

const BODY = '2026年3月，该同志在单位年终考核中授意下属为其拉票，并承诺提拔后给予照顾，多名同事可以证明。';

let ctx: TestContext;
let officer: string;
let run: Awaited<ReturnType<typeof passingRun>>;
let period: { startsOn: string; endsOn: string };
let noticeId: string;

beforeAll(async () => {
  ctx = await createTestContext({
    settings: { queues: { outboxRelayIntervalMs: 200, outboxRelayGraceMs: 0 }, vetting: { sweepSeconds: 1 } },
  });
  officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  run = await passingRun(ctx);
  period = shortestPeriod(ctx);
  await ctx.startWorker();
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

const api = () => request(ctx.baseUrl);
const staff = (r: request.Test) => r.set('Authorization', `Bearer ${officer}`);
const candidate = async (id: string) => (await staff(api().get(`/api/v1/vetting/candidates/${id}`))).body;
const linksOf = async (reportNumber: string) =>
  (
    await ctx.db.query(
      `SELECT l.candidate_id, l.basis FROM publicity_report_link l JOIN report r ON r.id = l.report_id WHERE r.number = $1`,
      [reportNumber],
    )
  ).rows;
const examined = async (reportNumber: string) =>
  (await ctx.db.query(`SELECT 1 FROM publicity_report_check k JOIN report r ON r.id = k.report_id WHERE r.number = $1`, [reportNumber]))
    .rowCount === 1;

describe('任前公示 (publicity)', () => {
  jest.setTimeout(60_000);

  it('refuses a period shorter than 5 working days, in Chinese, naming the earliest end', async () => {
    const endsOn = addCalendarDays(period.endsOn, -1);
    const res = await staff(api().post(`/api/v1/vetting/runs/${run.runId}/notices`)).send({ startsOn: period.startsOn, endsOn });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('PUBLICITY_TOO_SHORT');
    expect(res.body.message).toContain(`最早可到 ${period.endsOn} 结束`);
    const past = await staff(api().post(`/api/v1/vetting/runs/${run.runId}/notices`)).send({
      startsOn: '2020-01-06',
      endsOn: '2020-01-10',
    });
    expect(past.status).toBe(400);
    expect(past.body.code).toBe('PUBLICITY_STARTS_IN_PAST');
    const bad = await staff(api().post(`/api/v1/vetting/runs/${run.runId}/notices`)).send({
      startsOn: '2026-02-30',
      endsOn: period.endsOn,
    });
    expect(bad.status).toBe(400);
  });

  it('publishes the notice and shows it on the public site with the names, posts, period and how to report', async () => {
    const res = await staff(api().post(`/api/v1/vetting/runs/${run.runId}/notices`)).send(period);
    expect(res.status).toBe(201);
    noticeId = res.body.id;
    expect(res.body.reference).toMatch(/^GS-\d{4}-0001$/);
    expect(res.body.workingDays).toBe(5);
    expect(res.body.candidates.map((c: { name: string }) => c.name)).toEqual(['周明远', '李青']);

    const again = await staff(api().post(`/api/v1/vetting/runs/${run.runId}/notices`)).send({ ...period, candidateIds: [run.li] });
    expect(again.status).toBe(409);

    const list = await api().get('/notices');
    expect(list.status).toBe(200);
    expect(list.text).toContain(`/notices/${noticeId}`);
    const page = await api().get(`/notices/${noticeId}`);
    expect(page.status).toBe(200);
    for (const text of [
      '周明远',
      '测试区财政局副局长',
      '测试区财政局局长',
      '李青',
      '测试区水务局副局长',
      `${period.startsOn} 至 ${period.endsOn}`,
      '12380',
    ]) {
      expect(page.text).toContain(text);
    }
    expect(page.text).toContain(`/report?notice=${noticeId}&amp;candidate=${run.zhou}`);
    expect((await api().get('/notices/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('a tip sent from the notice (the prefilled public form) is linked to the candidate and reopens the PASS', async () => {
    const form = await api().get(`/report?notice=${noticeId}&candidate=${run.zhou}`);
    expect(form.status).toBe(200);
    expect(form.text).toContain(`name="noticeId" value="${noticeId}"`);
    expect(form.text).toContain(`name="noticeCandidateId" value="${run.zhou}"`);
    expect(form.text).toMatch(/name="subject1_name"[^>]*value="周明远"/);
    const token = /name="formToken" value="([^"]+)"/.exec(form.text)![1]!;
    const fields: Record<string, string> = {
      formToken: token,
      noticeId,
      noticeCandidateId: run.zhou,
      subject1_name: '周明远',
      body: BODY,
      identity: 'anonymous',
      acknowledge: 'yes',
    };
    let post = api().post('/report').set('X-Forwarded-For', '198.51.100.7');
    for (const [k, v] of Object.entries(fields)) post = post.field(k, v);
    const res = await post;
    expect(res.status).toBe(201);
    const number = /QF-\d{4}-\d{6}/.exec(res.text)![0];

    await waitFor(async () => (await linksOf(number)).length > 0, 15_000, 'tip linked by the sweep');
    expect(await linksOf(number)).toEqual([{ candidate_id: run.zhou, basis: 'CITED' }]);
    const blocked = await waitFor(
      async () => {
        const c = await candidate(run.zhou);
        return c.verdict === 'BLOCK' ? c : null;
      },
      15_000,
      'PASS reopened to BLOCK',
    );
    expect(blocked.reasons).toEqual([
      expect.objectContaining({ code: 'OPEN_REPORT_UNVERIFIED', evidence: expect.objectContaining({ number }) }),
    ]);
    expect((await candidate(run.li)).verdict).toBe('PASS');
  });

  it('a tip naming a candidate unique on the roster is linked; one naming a name shared with a namesake, without unit or post, is not', async () => {
    const send = async (subjects: object[]) => {
      const res = await api()
        .post('/api/v1/public/reports')
        .set('X-Forwarded-For', '198.51.100.8')
        .send({ subjects, body: BODY, anonymous: true });
      expect(res.status).toBe(201);
      return res.body.reportNumber as string;
    };
    const aboutLi = await send([{ name: '李青' }]);
    const ambiguous = await send([{ name: '周明远', unit: '测试区水务局' }]);
    await waitFor(async () => (await examined(aboutLi)) && (await examined(ambiguous)), 15_000, 'both tips examined');
    expect(await linksOf(aboutLi)).toEqual([{ candidate_id: run.li, basis: 'NAMED' }]);
    expect(await linksOf(ambiguous)).toEqual([]);
    await waitFor(async () => (await candidate(run.li)).verdict === 'BLOCK', 15_000, 'Li reopened');
  });

  it('records the outcomes: none before the period ends; suspension at most 3 months; appointment only after a PASS', async () => {
    const early = await staff(api().post(`/api/v1/vetting/candidates/${run.li}/outcome`)).send({ decision: 'APPOINT' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('PUBLICITY_NOT_OVER');

    const noNote = await staff(api().post(`/api/v1/vetting/candidates/${run.li}/outcome`)).send({ decision: 'DO_NOT_APPOINT' });
    expect(noNote.status).toBe(400);
    const today = period.startsOn;
    const tooLong = await staff(api().post(`/api/v1/vetting/candidates/${run.li}/outcome`)).send({
      decision: 'SUSPEND',
      note: '反映问题正在核实',
      suspendedUntil: addCalendarDays(today, 100),
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.code).toBe('SUSPENSION_TOO_LONG');
    expect(tooLong.body.message).toMatch(/暂缓任用不超过 3 个月/);

    const suspended = await staff(api().post(`/api/v1/vetting/candidates/${run.li}/outcome`)).send({
      decision: 'SUSPEND',
      note: '反映问题正在核实',
      suspendedUntil: addCalendarDays(today, 60),
    });
    expect(suspended.status).toBe(201);
    expect(suspended.body).toMatchObject({ decision: 'SUSPEND', suspendedUntil: addCalendarDays(today, 60), verdict: 'BLOCK' });

    // After the period: the tip about 周明远 verified as unfounded, he passes again and is appointed.
    const clock = jest
      .spyOn(ctx.app.get(Clock), 'now')
      .mockImplementation(() => new Date(`${addCalendarDays(period.endsOn, 1)}T10:00:00+08:00`));
    try {
      officer = await ctx.staffToken(['TRIAGE_OFFICER']); // sessions expire by the same clock
      const blockedAppoint = await staff(api().post(`/api/v1/vetting/candidates/${run.zhou}/outcome`)).send({ decision: 'APPOINT' });
      expect(blockedAppoint.status).toBe(409);
      expect(blockedAppoint.body.code).toBe('VETTING_NOT_PASSED');
      const [tip] = (await ctx.db.query(`SELECT report_id FROM publicity_report_link WHERE candidate_id = $1`, [run.zhou])).rows;
      await concludeCase(
        ctx,
        tip.report_id,
        { officer, supervisor: await ctx.staffToken(['SUPERVISOR']) },
        { finding: 'UNSUBSTANTIATED', outcomeForReporter: '经核查不属实' },
      );
      await waitFor(async () => (await candidate(run.zhou)).verdict === 'PASS', 15_000, 'PASS again');
      const appointed = await staff(api().post(`/api/v1/vetting/candidates/${run.zhou}/outcome`)).send({
        decision: 'APPOINT_WITH_REMINDER',
        note: '对反映的工作作风问题进行提醒',
      });
      expect(appointed.status).toBe(201);
      expect(appointed.body).toMatchObject({ decision: 'APPOINT_WITH_REMINDER', decisionNote: '对反映的工作作风问题进行提醒' });
      const twice = await staff(api().post(`/api/v1/vetting/candidates/${run.zhou}/outcome`)).send({
        decision: 'DO_NOT_APPOINT',
        note: '改变主意',
      });
      expect(twice.status).toBe(409);
      // The suspended candidate gets a final decision later.
      const refused = await staff(api().post(`/api/v1/vetting/candidates/${run.li}/outcome`)).send({
        decision: 'DO_NOT_APPOINT',
        note: '反映问题经核实属实',
      });
      expect(refused.status).toBe(201);
      expect(refused.body).toMatchObject({ decision: 'DO_NOT_APPOINT', suspendedUntil: null });
    } finally {
      clock.mockRestore();
    }
  });

  it('keeps every step in the run record (全程记实)', async () => {
    const res = await staff(api().get(`/api/v1/vetting/runs/${run.runId}`));
    const steps = res.body.steps as Array<{ step: string; candidateId: string | null; data: Record<string, unknown> }>;
    const of = (id: string) =>
      steps
        .filter((s) => s.candidateId === id)
        .map((s) => (s.step === 'OUTCOME_RECORDED' ? `OUTCOME:${s.data['decision'] as string}` : s.step));
    expect(steps.filter((s) => s.step === 'PUBLICITY_PUBLISHED')).toHaveLength(1);
    expect(of(run.zhou)).toEqual(expect.arrayContaining(['PUBLICITY_TIP_LINKED', 'OUTCOME:APPOINT_WITH_REMINDER', 'PROBATION_STARTED']));
    expect(of(run.li).filter((s) => s.startsWith('OUTCOME'))).toEqual(['OUTCOME:SUSPEND', 'OUTCOME:DO_NOT_APPOINT']);
    expect(of(run.li)).not.toContain('PROBATION_STARTED');
  });
});
