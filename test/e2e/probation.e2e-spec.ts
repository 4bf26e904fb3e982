import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { addCalendarDays } from '../../src/infra/calendar/working-days.js';
import { Clock } from '../../src/infra/clock/clock.js';
import { QueueService } from '../../src/infra/queue/queue.service.js';
import { morningOf } from '../../src/vetting/probation/probation-rules.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';
import { passingRun, shortestPeriod } from './publicity-fixture.js';

let ctx: TestContext;
let worker: INestApplicationContext;
let run: Awaited<ReturnType<typeof passingRun>>;
let period: { startsOn: string; endsOn: string };

beforeAll(async () => {
  // The sweep is slowed down so that only the delayed job can send the reminder here.
  ctx = await createTestContext({
    settings: { queues: { outboxRelayIntervalMs: 200, outboxRelayGraceMs: 0 }, vetting: { sweepSeconds: 3600 } },
  });
  run = await passingRun(ctx);
  period = shortestPeriod(ctx);
  const officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  const res = await request(ctx.baseUrl)
    .post(`/api/v1/vetting/runs/${run.runId}/notices`)
    .set('Authorization', `Bearer ${officer}`)
    .send(period);
  expect(res.status).toBe(201);
  worker = await ctx.startWorker();
}, 60_000);
afterAll(async () => {
  jest.restoreAllMocks();
  await ctx?.close();
});

/** Sets "now" for the api or the worker (sessions follow the same clock: a fresh token each time). */
const at = (app: INestApplicationContext, date: string) =>
  jest.spyOn(app.get(Clock), 'now').mockImplementation(() => new Date(`${date}T10:00:00+08:00`));

describe('试用期 (probation)', () => {
  jest.setTimeout(60_000);
  const appointedOn = () => addCalendarDays(period.endsOn, 3);
  let probationId: string;
  let endsOn: string;

  it('starts with the appointment to a promoted post: one year, and a delayed reminder for its last day', async () => {
    const now = addCalendarDays(period.endsOn, 1);
    at(ctx.app, now);
    const token = await ctx.staffToken(['SUPERVISOR']);
    const res = await request(ctx.baseUrl)
      .post(`/api/v1/vetting/candidates/${run.zhou}/outcome`)
      .set('Authorization', `Bearer ${token}`)
      .send({ decision: 'APPOINT', appointedOn: appointedOn() });
    expect(res.status).toBe(201);
    // An elected post has no probation.
    const elected = await request(ctx.baseUrl)
      .post(`/api/v1/vetting/candidates/${run.li}/outcome`)
      .set('Authorization', `Bearer ${token}`)
      .send({ decision: 'APPOINT', elected: true });
    expect(elected.status).toBe(201);

    const list = await request(ctx.baseUrl).get('/api/v1/vetting/probations').set('Authorization', `Bearer ${token}`);
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
    const [p] = list.body;
    const [y, m, d] = appointedOn().split('-').map(Number) as [number, number, number];
    endsOn = `${y + 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, new Date(Date.UTC(y + 1, m, 0)).getUTCDate())).padStart(2, '0')}`;
    expect(p).toMatchObject({
      candidateId: run.zhou,
      name: '周明远',
      post: '测试区财政局局长',
      startsOn: appointedOn(),
      endsOn,
      remindedAt: null,
      result: null,
    });
    probationId = p.id;

    const job = await ctx.app.get(QueueService).queue('vetting').getJob(`probation:${probationId}:ends`);
    expect(job).toBeTruthy();
    expect(job!.opts.delay).toBe(morningOf(endsOn) - new Date(`${now}T10:00:00+08:00`).getTime());
    expect(await job!.getState()).toBe('delayed');
  });

  it('refuses an assessment before the end', async () => {
    at(ctx.app, addCalendarDays(endsOn, -1));
    const token = await ctx.staffToken(['SUPERVISOR']);
    const res = await request(ctx.baseUrl)
      .post(`/api/v1/vetting/probations/${probationId}/assessment`)
      .set('Authorization', `Bearer ${token}`)
      .send({ result: 'COMPETENT', assessedOn: addCalendarDays(endsOn, -1) });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('PROBATION_NOT_OVER');
  });

  it('the delayed job fires on the last day and reminds once', async () => {
    const job = (await ctx.app.get(QueueService).queue('vetting').getJob(`probation:${probationId}:ends`))!;
    at(worker, endsOn);
    await job.promote(); // the year has passed for the worker's clock: run the delayed job now
    const reminded = await waitFor(
      async () => {
        const { rows } = await ctx.db.query(`SELECT reminded_at FROM probation WHERE id = $1`, [probationId]);
        return rows[0].reminded_at ? rows[0] : null;
      },
      15_000,
      'probation reminder',
    );
    expect(reminded.reminded_at).toBeInstanceOf(Date);
    const steps = await ctx.db.query(`SELECT data FROM vetting_step WHERE candidate_id = $1 AND step = 'PROBATION_DUE'`, [run.zhou]);
    expect(steps.rows).toHaveLength(1);
    expect(steps.rows[0].data.message).toBe(`周明远（测试区财政局局长）试用期于 ${endsOn} 届满，请组织考核`);
  });

  it('records the assessment once', async () => {
    at(ctx.app, endsOn);
    const token = await ctx.staffToken(['SUPERVISOR']);
    const due = await request(ctx.baseUrl).get('/api/v1/vetting/probations?due=true').set('Authorization', `Bearer ${token}`);
    expect(due.body.map((p: { id: string }) => p.id)).toEqual([probationId]);
    const url = `/api/v1/vetting/probations/${probationId}/assessment`;
    const unfit = await request(ctx.baseUrl)
      .post(url)
      .set('Authorization', `Bearer ${token}`)
      .send({ result: 'NOT_COMPETENT', assessedOn: endsOn });
    expect(unfit.status).toBe(400);
    const ok = await request(ctx.baseUrl)
      .post(url)
      .set('Authorization', `Bearer ${token}`)
      .send({ result: 'COMPETENT', assessedOn: endsOn, note: '考核称职，正式任职' });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ result: 'COMPETENT', assessedOn: endsOn });
    const again = await request(ctx.baseUrl)
      .post(url)
      .set('Authorization', `Bearer ${token}`)
      .send({ result: 'COMPETENT', assessedOn: endsOn });
    expect(again.status).toBe(409);
    const steps = await ctx.db.query(`SELECT step FROM vetting_step WHERE candidate_id = $1 AND step LIKE 'PROBATION%' ORDER BY id`, [
      run.zhou,
    ]);
    expect(steps.rows.map((r) => r.step)).toEqual(['PROBATION_STARTED', 'PROBATION_DUE', 'PROBATION_ASSESSED']);
  });
});
