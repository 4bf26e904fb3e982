import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import request from 'supertest';
import { Clock } from '../../src/infra/clock/clock.js';
import { VerificationSweepJob } from '../../src/verification/verification.jobs.js';
import { stageInstant } from '../../src/verification/verification-deadlines.js';
import { PDF_MINIMAL, validTip } from '../support/fixtures.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/**
 * The agency loop on real Postgres, Redis and SMTP: a case asks two agencies, the
 * notice mail arrives, each liaison sees only their own request, replies (versions kept),
 * the case shows it; an unanswered one is reminded and escalated on time (clock moved).
 */
let ctx: TestContext;
let sink: SmtpSink;
let worker: INestApplicationContext;
let officer: string;
let supervisor: string;
let audit: string; // liaison of 审计局
let health: string; // liaison of 卫健委
let reportId: string;
const byAgency: Record<string, { id: string; number: string; dueOn: string }> = {};
const REPORTER = { name: '李小红', phone: '13912345678' };

/** Moves "now" of the api and the worker to the same instant. */
function setClock(apps: INestApplicationContext[], instant: number): void {
  for (const app of apps) app.get(Clock).now = () => new Date(instant);
}

beforeAll(async () => {
  sink = await SmtpSink.start();
  ctx = await createTestContext({
    env: { ...sink.env(), PUBLIC_BASE_URL: 'https://qingfeng.example.cn' },
    settings: { queues: { outboxRelayIntervalMs: 200, outboxRelayGraceMs: 0 }, verification: { escalationEmail: 'jiandu@org.example.cn' } },
  });
  worker = await ctx.startWorker();
  officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  supervisor = await ctx.staffToken(['SUPERVISOR']);
  audit = await ctx.staffToken(['AGENCY_LIAISON'], 'AUDIT');
  health = await ctx.staffToken(['AGENCY_LIAISON'], 'HEALTH');
}, 60_000);
afterAll(async () => {
  await ctx?.close();
  await sink?.close();
});

const as = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('agencies', () => {
  it('are seeded from config and edited by admins only', async () => {
    const admin = await ctx.staffToken(['ADMIN']);
    const list = await request(ctx.baseUrl).get('/api/v1/agencies').set(as(admin));
    expect(list.status).toBe(200);
    expect(list.body.map((a: { code: string }) => a.code)).toEqual(expect.arrayContaining(['DISCIPLINE', 'AUDIT', 'HEALTH']));
    for (const [code, mail, lead] of [
      ['AUDIT', 'shenji@agency.example.cn', 'shenji-lead@agency.example.cn'],
      ['HEALTH', 'weijian@agency.example.cn', null],
    ] as const) {
      const res = await request(ctx.baseUrl).patch(`/api/v1/agencies/${code}`).set(as(admin)).send({ noticeEmail: mail, leadEmail: lead });
      expect(res.status).toBe(200);
    }
    const added = await request(ctx.baseUrl)
      .post('/api/v1/agencies')
      .set(as(admin))
      .send({ code: 'TAX', name: '税务局', aliases: ['区税务局'] });
    expect(added.status).toBe(201);
    expect((await request(ctx.baseUrl).post('/api/v1/agencies').set(as(admin)).send({ code: 'TAX', name: '税务局' })).status).toBe(409);
    const bad = await request(ctx.baseUrl).patch('/api/v1/agencies/AUDIT').set(as(admin)).send({ noticeEmail: 'not-an-address' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/[\u4e00-\u9fa5]/);
    expect((await request(ctx.baseUrl).patch('/api/v1/agencies/AUDIT').set(as(officer)).send({ name: 'x' })).status).toBe(403);
  });
});

describe('a case asks agencies (初步核实)', () => {
  jest.setTimeout(60_000);

  it('refuses while the case is not under preliminary verification', async () => {
    const res = await request(ctx.baseUrl)
      .post('/api/v1/public/reports')
      .send(validTip({ anonymous: false, reporter: REPORTER }));
    expect(res.status).toBe(201);
    reportId = await waitFor(
      async () => {
        const { rows } = await ctx.db.query(`SELECT id FROM report WHERE number = $1 AND status = 'TRIAGED'`, [res.body.reportNumber]);
        return rows[0]?.id as string | undefined;
      },
      20_000,
      'triage',
    );
    const early = await request(ctx.baseUrl)
      .post(`/api/v1/reports/${reportId}/verification-requests`)
      .set(as(officer))
      .send({ agencyCodes: ['AUDIT'], question: '请核实该同志有关情况' });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('初步核实');
  });

  it('sends to each agency with the extract redacted, and the notice mail carries no tip content', async () => {
    const dispose = await request(ctx.baseUrl)
      .post(`/api/v1/triage/cases/${reportId}/disposition`)
      .set(as(officer))
      .send({ kind: 'PRELIMINARY_VERIFICATION' });
    expect(dispose.status).toBe(200);
    const unknown = await request(ctx.baseUrl)
      .post(`/api/v1/reports/${reportId}/verification-requests`)
      .set(as(officer))
      .send({ agencyCodes: ['NOPE'], question: '请核实该同志有关情况' });
    expect(unknown.status).toBe(400);
    const res = await request(ctx.baseUrl)
      .post(`/api/v1/reports/${reportId}/verification-requests`)
      .set(as(officer))
      .send({
        agencyCodes: ['AUDIT', 'HEALTH'],
        question: '请核实王某某2025年以来有无审计发现的问题',
        extract: `举报人${REPORTER.name}（电话${REPORTER.phone}）反映：王某某在办公室收受下属现金五万元。`,
      });
    expect(res.status).toBe(201);
    for (const r of res.body) byAgency[r.agencyCode] = r;
    expect(Object.keys(byAgency).sort()).toEqual(['AUDIT', 'HEALTH']);
    expect(byAgency['AUDIT']!.number).toMatch(/^HC\d{4}-\d{5}$/);

    const mail = await waitFor(async () => sink.messages.find((m) => m.to.includes('shenji@agency.example.cn')), 15_000, 'notice mail');
    expect(mail.subject).toContain(byAgency['AUDIT']!.number);
    expect(mail.text).toContain('https://qingfeng.example.cn/agency');
    const [y, m, d] = byAgency['AUDIT']!.dueOn.split('-');
    expect(mail.text).toContain(`${y}年${Number(m)}月${Number(d)}日`);
    for (const secret of [REPORTER.name, REPORTER.phone, '五万元', '审计发现的问题']) expect(mail.text).not.toContain(secret);
  });

  it('a liaison sees only their own agency’s request, without the reporter', async () => {
    const list = await request(ctx.baseUrl).get('/api/v1/agency/requests').set(as(audit));
    expect(list.status).toBe(200);
    expect(list.body.map((r: { id: string }) => r.id)).toEqual([byAgency['AUDIT']!.id]);
    const detail = await request(ctx.baseUrl).get(`/api/v1/agency/requests/${byAgency['AUDIT']!.id}`).set(as(audit));
    expect(detail.status).toBe(200);
    expect(detail.body.extract).toContain('王某某在办公室收受下属现金五万元');
    const text = JSON.stringify(detail.body);
    for (const secret of [REPORTER.name, REPORTER.phone, reportId]) expect(text).not.toContain(secret);
    expect(detail.body.state).toBe('READ');
  });

  it('another agency’s liaison gets 404 on every endpoint for it', async () => {
    const id = byAgency['AUDIT']!.id;
    // Staff attach a file for 审计局; 卫健委 must not reach it either.
    const upload = await request(ctx.baseUrl)
      .post(`/api/v1/verification-requests/${id}/attachments`)
      .set(as(officer))
      .attach('files', PDF_MINIMAL, '审计线索.pdf');
    expect(upload.status).toBe(201);
    const { rows } = await ctx.db.query(`SELECT id FROM verification_attachment WHERE request_id = $1`, [id]);
    const attachmentId = rows[0].id as string;
    expect((await request(ctx.baseUrl).get(`/api/v1/agency/requests/${id}/attachments/${attachmentId}`).set(as(audit))).status).toBe(200);

    expect((await request(ctx.baseUrl).get(`/api/v1/agency/requests/${id}`).set(as(health))).status).toBe(404);
    expect((await request(ctx.baseUrl).get(`/api/v1/agency/requests/${id}/attachments/${attachmentId}`).set(as(health))).status).toBe(404);
    expect(
      (
        await request(ctx.baseUrl)
          .post(`/api/v1/verification-requests/${id}/replies`)
          .set(as(health))
          .send({ result: 'NO_ADVERSE', body: '未发现问题' })
      ).status,
    ).toBe(404);
    const list = await request(ctx.baseUrl).get('/api/v1/agency/requests').set(as(health));
    expect(list.body.map((r: { id: string }) => r.id)).toEqual([byAgency['HEALTH']!.id]);
    // Nothing of the other agency leaks through the list either, and the read mark was not set by the refused view.
    expect(
      (await ctx.db.query(`SELECT read_at FROM verification_request WHERE id = $1`, [byAgency['HEALTH']!.id])).rows[0].read_at,
    ).toBeNull();
    // Staff routes are not open to liaisons.
    expect((await request(ctx.baseUrl).get(`/api/v1/reports/${reportId}/verification-requests`).set(as(audit))).status).toBe(403);
  });

  it('the agency replies (more time, then an answer, then a corrected version); the case shows every version', async () => {
    const id = byAgency['AUDIT']!.id;
    const bad = await request(ctx.baseUrl)
      .post(`/api/v1/verification-requests/${id}/replies`)
      .set(as(audit))
      .send({ result: 'MORE_TIME', body: '需调取档案' });
    expect(bad.status).toBe(400);
    const late = await request(ctx.baseUrl)
      .post(`/api/v1/verification-requests/${id}/replies`)
      .set(as(audit))
      .send({ result: 'MORE_TIME', body: '需调取档案', newDueOn: '2020-01-01' });
    expect(late.status).toBe(400);
    const newDue = new Date(Date.parse(`${byAgency['AUDIT']!.dueOn}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    const more = await request(ctx.baseUrl)
      .post(`/api/v1/verification-requests/${id}/replies`)
      .set(as(audit))
      .send({ result: 'MORE_TIME', body: '需调取档案', newDueOn: newDue });
    expect(more.status).toBe(201);
    expect(more.body).toEqual({ version: 1, status: 'OPEN', dueOn: newDue });
    const answer = await request(ctx.baseUrl)
      .post(`/api/v1/verification-requests/${id}/replies`)
      .set(as(audit))
      .send({ result: 'NO_ADVERSE', body: '经查，未发现审计问题' });
    expect(answer.body).toMatchObject({ version: 2, status: 'ANSWERED' });
    const fix = await request(ctx.baseUrl)
      .post(`/api/v1/verification-requests/${id}/replies`)
      .set(as(audit))
      .send({ result: 'ADVERSE', body: '更正：2025年审计发现违规报销' });
    expect(fix.body).toMatchObject({ version: 3, status: 'ANSWERED' });

    const onCase = await request(ctx.baseUrl).get(`/api/v1/reports/${reportId}/verification-requests`).set(as(officer));
    expect(onCase.status).toBe(200);
    const shown = onCase.body.find((r: { id: string }) => r.id === id);
    expect(shown.state).toBe('ANSWERED');
    expect(shown.replies.map((v: { version: number; result: string }) => `${v.version}:${v.result}`)).toEqual([
      '1:MORE_TIME',
      '2:NO_ADVERSE',
      '3:ADVERSE',
    ]);
    const events = (
      await ctx.db.query(
        `SELECT data->>'result' AS result FROM report_event WHERE report_id = $1 AND type = 'VERIFICATION_REPLIED' ORDER BY id`,
        [reportId],
      )
    ).rows;
    expect(events.map((e) => e.result)).toEqual(['MORE_TIME', 'NO_ADVERSE', 'ADVERSE']);
    const history = await request(ctx.baseUrl).get(`/api/v1/agency/requests/${id}`).set(as(audit));
    expect(history.body.replies).toHaveLength(3);
  });

  it('an unanswered request is reminded and escalated on time, by delayed jobs that outlive a worker restart', async () => {
    const { id, dueOn } = byAgency['HEALTH']!;
    const [row] = (await ctx.db.query(`SELECT to_char(remind_on, 'YYYY-MM-DD') AS remind_on FROM verification_request WHERE id = $1`, [id]))
      .rows;
    const remindAt = stageInstant('REMIND', row.remind_on, dueOn);
    const escalateAt = stageInstant('ESCALATE', row.remind_on, dueOn);
    const connection = new Redis(ctx.env['REDIS_URL']!, { maxRetriesPerRequest: null });
    const queue = new Queue('vetting', { connection, prefix: ctx.env['QUEUE_PREFIX'] });
    try {
      const remindJob = await waitFor(() => queue.getJob(`verification-remind:${id}:${dueOn}`), 10_000, 'reminder job');
      const escalateJob = await waitFor(() => queue.getJob(`verification-escalate:${id}:${dueOn}`), 10_000, 'escalation job');
      // Due at 09:00 on the reminder day and 09:00 the day after the due date.
      expect(remindJob.timestamp + remindJob.opts.delay!).toBeGreaterThanOrEqual(remindAt - 60_000);
      expect(remindJob.timestamp + remindJob.opts.delay!).toBeLessThanOrEqual(remindAt + 60_000);
      expect(await remindJob.getState()).toBe('delayed');

      // The worker goes away and a new one comes; the delayed jobs are still there.
      await worker.close();
      worker = await ctx.startWorker();

      // Run early, the escalation does nothing.
      await escalateJob.promote();
      await new Promise((r) => setTimeout(r, 1500));
      expect(sink.messages.filter((m) => m.subject.startsWith('督办'))).toHaveLength(0);

      setClock([ctx.app, worker], remindAt + 60_000);
      await remindJob.promote();
      const reminder = await waitFor(
        async () => sink.messages.find((m) => m.subject.startsWith('提醒') && m.to.includes('weijian@agency.example.cn')),
        15_000,
        'reminder mail',
      );
      expect(reminder.subject).toContain(byAgency['HEALTH']!.number);

      // The day after the due date: the sweep (backstop of the escalation job that ran early) escalates.
      setClock([ctx.app, worker], escalateAt + 60_000);
      await worker.get(VerificationSweepJob).handle();
      const escalations = await waitFor(
        async () => {
          const found = sink.messages.filter((m) => m.subject.startsWith('督办'));
          return found.length >= 1 ? found : null;
        },
        15_000,
        'escalation mail',
      );
      // 卫健委 has no lead liaison on file: the supervising staff mailbox gets it.
      expect(escalations.flatMap((m) => m.to)).toEqual(['jiandu@org.example.cn']);
      expect(escalations[0]!.subject).toContain(byAgency['HEALTH']!.number);
      await worker.get(VerificationSweepJob).handle(); // nothing twice
      await new Promise((r) => setTimeout(r, 1000));
      expect(sink.messages.filter((m) => m.subject.startsWith('督办'))).toHaveLength(1);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });

  it('staff see the overdue state, press it (督办, recorded) and the agencies’ figures', async () => {
    const { id } = byAgency['HEALTH']!;
    // The clock moved weeks ahead: earlier sessions have expired, so log in again.
    officer = await ctx.staffToken(['TRIAGE_OFFICER']);
    supervisor = await ctx.staffToken(['SUPERVISOR']);
    const overdue = await request(ctx.baseUrl).get('/api/v1/verification-requests?state=OVERDUE').set(as(officer));
    expect([overdue.status, overdue.body.message]).toEqual([200, undefined]);
    expect(overdue.body.map((r: { id: string }) => r.id)).toEqual([id]);
    expect(
      (await request(ctx.baseUrl).post(`/api/v1/verification-requests/${id}/press`).set(as(officer)).send({ note: '请尽快答复' })).status,
    ).toBe(403);
    const pressed = await request(ctx.baseUrl)
      .post(`/api/v1/verification-requests/${id}/press`)
      .set(as(supervisor))
      .send({ note: '请于三日内答复' });
    expect(pressed.status).toBe(201);
    expect(pressed.body.presses).toHaveLength(1);
    const notOverdue = await request(ctx.baseUrl)
      .post(`/api/v1/verification-requests/${byAgency['AUDIT']!.id}/press`)
      .set(as(supervisor))
      .send({ note: '请尽快答复' });
    expect(notOverdue.status).toBe(409);
    const audited = await ctx.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'verification.press' AND target_id = $1`, [
      id,
    ]);
    expect(audited.rows[0].n).toBe(1);

    const figures = await request(ctx.baseUrl).get('/api/v1/verification-figures').set(as(officer));
    const byCode = Object.fromEntries(figures.body.map((f: { agencyCode: string }) => [f.agencyCode, f]));
    expect(byCode['AUDIT']).toMatchObject({ requests: 1, answered: 1, onTimeRate: 1, medianDaysToAnswer: 0 });
    expect(byCode['HEALTH']).toMatchObject({ requests: 1, answered: 0, overdue: 1, onTimeRate: null });
  });
});
