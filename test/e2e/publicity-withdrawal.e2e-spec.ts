import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import { asBytes, docxText } from '../support/downloads.js';
import { addCalendarDays } from '../../src/infra/calendar/working-days.js';
import { Clock } from '../../src/infra/clock/clock.js';
import { PublicityTipsService } from '../../src/vetting/publicity/publicity-tips.service.js';
import { createTestContext, type TestContext } from '../support/test-context.js';
import { passingRun, shortestPeriod } from './publicity-fixture.js';

/**
 * 撤销 a 任前公示 before its period ends: the reason is required, the notice leaves the public
 * site and stops taking tips, the run's record and the audit trail keep the withdrawal, the
 * candidates can be published again, and a notice is withdrawn once and never after its end.
 */
let ctx: TestContext;
let supervisor: string;
let cookie: string;
let run: Awaited<ReturnType<typeof passingRun>>;
let period: { startsOn: string; endsOn: string };
let first: string;
let second: string;

const BODY = '2026年3月，该同志在单位年终考核中授意下属为其拉票，并承诺提拔后给予照顾，多名同事可以证明。';

beforeAll(async () => {
  ctx = await createTestContext();
  supervisor = await ctx.staffToken(['SUPERVISOR']);
  cookie = `qf_session=${supervisor}`;
  run = await passingRun(ctx);
  period = shortestPeriod(ctx);
}, 120_000);
afterAll(async () => {
  jest.restoreAllMocks();
  await ctx?.close();
});

const api = () => request(ctx.baseUrl);
const staff = (r: request.Test) => r.set('Authorization', `Bearer ${supervisor}`);
const withdraw = (id: string, body: object) => staff(api().post(`/api/v1/vetting/notices/${id}/withdraw`)).send(body);
const post = (path: string, form: Record<string, string>) =>
  api().post(path).set('Cookie', cookie).set('Origin', ctx.baseUrl).type('form').send(form);

describe('withdrawing a 任前公示 (撤销)', () => {
  jest.setTimeout(60_000);

  it('needs a reason, named in the answer; an unknown notice is 404', async () => {
    const published = await staff(api().post(`/api/v1/vetting/runs/${run.runId}/notices`)).send(period);
    expect(published.status).toBe(201);
    first = published.body.id;
    expect(published.body).toMatchObject({ open: true, withdrawnAt: null, withdrawalReason: null });

    for (const body of [{}, { reason: '' }, { reason: '   ' }]) {
      const res = await withdraw(first, body);
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'reason', message: expect.stringMatching(/撤销理由/) })]);
    }
    expect((await withdraw('00000000-0000-4000-8000-000000000000', { reason: '误发' })).status).toBe(404);
    expect((await withdraw('not-a-notice', { reason: '误发' })).status).toBe(404);
    expect((await api().get('/notices')).text).toContain(`/notices/${first}`);
  });

  it('takes the notice off the public site and out of the tip form, and records the step and the audit row', async () => {
    const res = await withdraw(first, { reason: '公示对象信息有误，发布有误' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: first, open: false, withdrawalReason: '公示对象信息有误，发布有误' });
    expect(res.body.withdrawnAt).toEqual(expect.any(String));

    expect((await api().get('/notices')).text).not.toContain(`/notices/${first}`);
    expect((await api().get(`/notices/${first}`)).status).toBe(404);
    const form = await api().get(`/report?notice=${first}&candidate=${run.zhou}`);
    expect(form.status).toBe(200);
    expect(form.text).not.toContain(`value="${first}"`);

    const record = await staff(api().get(`/api/v1/vetting/runs/${run.runId}`));
    const steps = record.body.steps as Array<{ step: string; data: Record<string, unknown> }>;
    expect(steps.filter((s) => s.step === 'PUBLICITY_WITHDRAWN')).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({ noticeId: first, reason: '公示对象信息有误，发布有误', candidateIds: [run.zhou, run.li] }),
      }),
    ]);
    const { rows } = await ctx.db.query(`SELECT outcome, status FROM audit_log WHERE action = $1 AND target_id = $2 ORDER BY seq`, [
      'POST /api/v1/vetting/notices/:id/withdraw',
      first,
    ]);
    expect(rows.map((r) => `${r.outcome}:${r.status ?? ''}`)).toContain('OK:200');

    // The 任前审查表 of a candidate on the notice keeps the withdrawal with its reason.
    const sheet = await asBytes(staff(api().get(`/api/v1/vetting/candidates/${run.zhou}/sheet.docx`)));
    expect(sheet.status).toBe(200);
    const text = await docxText(sheet.body as Buffer);
    expect(text).toMatch(/公示编号 \S+ 已撤销，理由：公示对象信息有误，发布有误；尚未重新公示/);
    expect(text).toMatch(/发布任前公示（公示编号 [^，]+，\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}）/);
    expect(text).toMatch(/撤销任前公示（公示编号 [^）]+），理由：公示对象信息有误，发布有误/);
  });

  it('refuses a second withdrawal with 409 in Chinese', async () => {
    const again = await withdraw(first, { reason: '再次撤销' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ALREADY_WITHDRAWN');
    expect(again.body.message).toMatch(/已于 \d{4}-\d{2}-\d{2} 撤销，不能重复撤销/);
  });

  it('no longer links a tip received after the withdrawal, even one citing the notice', async () => {
    const tip = await api()
      .post('/api/v1/public/reports')
      .set('X-Forwarded-For', '198.51.100.9')
      .send({ subjects: [{ name: '李青' }], body: BODY, anonymous: true, noticeId: first, noticeCandidateId: run.li });
    expect(tip.status).toBe(201);
    await ctx.app.get(PublicityTipsService).sweep();
    const { rows } = await ctx.db.query(
      `SELECT l.candidate_id FROM publicity_report_link l JOIN report r ON r.id = l.report_id WHERE r.number = $1`,
      [tip.body.reportNumber],
    );
    expect(rows).toEqual([]);
  });

  it('lets the candidates be published again; the console withdraws with the reason kept on a refusal', async () => {
    const again = await staff(api().post(`/api/v1/vetting/runs/${run.runId}/notices`)).send({ ...period, candidateIds: [run.zhou] });
    expect(again.status).toBe(201);
    second = again.body.id;
    expect(again.body.reference).not.toBe((await staff(api().get(`/api/v1/vetting/notices/${first}`))).body.reference);
    expect((await api().get('/notices')).text).toContain(`/notices/${second}`);

    const short = await post(`/console/vetting/notices/${second}/withdraw`, { reason: '误' });
    expect(short.status).toBe(400);
    expect(short.text).toContain('至少 2 字');
    expect(short.text).toMatch(new RegExp(`<textarea id="wr-${second}"[^>]*>误</textarea>`));
    const view = await api().get(`/console/vetting/runs/${run.runId}`).set('Cookie', cookie);
    expect(view.text).toContain('已撤销（原因：公示对象信息有误，发布有误）');
    expect(view.text).toContain(`action="/console/vetting/notices/${second}/withdraw"`);
    expect(view.text).not.toContain(`action="/console/vetting/notices/${first}/withdraw"`);

    const third = await staff(api().post(`/api/v1/vetting/runs/${run.runId}/notices`)).send({ ...period, candidateIds: [run.li] });
    expect(third.status).toBe(201);
    const done = await post(`/console/vetting/notices/${third.body.id}/withdraw`, { reason: '李青本人申请退出' });
    expect(done.status).toBe(303);
    expect(done.headers['location']).toBe(`/console/vetting/runs/${run.runId}#publicity`);
    expect((await api().get(`/console/vetting/runs/${run.runId}`).set('Cookie', cookie)).text).toContain(
      '已撤销（原因：李青本人申请退出）',
    );
  });

  it('refuses to withdraw a notice whose period has ended', async () => {
    const after = addCalendarDays(period.endsOn, 1);
    jest.spyOn(ctx.app.get(Clock), 'now').mockImplementation(() => new Date(`${after}T10:00:00+08:00`));
    supervisor = await ctx.staffToken(['SUPERVISOR']); // sessions expire by the same clock
    const ended = await withdraw(second, { reason: '人选退出' });
    expect(ended.status).toBe(409);
    expect(ended.body.code).toBe('PUBLICITY_ENDED');
    expect(ended.body.message).toContain(`已于 ${period.endsOn} 期满结束，不能撤销`);
    // The appointment rests on the standing notice, not the withdrawn one.
    const appointed = await staff(api().post(`/api/v1/vetting/candidates/${run.zhou}/outcome`)).send({ decision: 'APPOINT' });
    expect(appointed.status).toBe(201);
    const unpublished = await staff(api().post(`/api/v1/vetting/candidates/${run.li}/outcome`)).send({ decision: 'APPOINT' });
    expect(unpublished.status).toBe(409);
    expect(unpublished.body.code).toBe('NOT_PUBLISHED');
  });
});
