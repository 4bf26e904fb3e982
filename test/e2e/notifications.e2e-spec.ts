import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import { NotificationsService } from '../../src/notifications/notifications.service.js';
import { QueueService } from '../../src/infra/queue/queue.service.js';
import { validTip } from '../support/fixtures.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/** Messages out: real SMTP to a real smtp-server, sent by the real worker through the queue. */
const AUTH = { user: 'qingfeng', pass: 'smtp-secret-1' };
jest.setTimeout(60_000);
let sink: SmtpSink;
let ctx: TestContext;
let notifications: NotificationsService;

beforeAll(async () => {
  sink = await SmtpSink.start(AUTH);
  ctx = await createTestContext({
    env: { ...sink.env(AUTH), PUBLIC_BASE_URL: 'https://qingfeng.example.cn' },
    settings: { queues: { retries: { 'send-notification': { attempts: 3, backoffMs: 200 } } } },
  });
  await ctx.startWorker();
  notifications = ctx.app.get(NotificationsService);
});
afterAll(async () => {
  await ctx?.close();
  await sink?.close();
});

const messageRow = async (id: string) => (await ctx.db.query(`SELECT * FROM outbound_message WHERE id = $1`, [id])).rows[0];
const settled = (id: string) =>
  waitFor(
    async () => {
      const row = await messageRow(id);
      return ['SENT', 'FAILED', 'SUPPRESSED'].includes(row?.status) ? row : null;
    },
    20_000,
    `message ${id} to settle`,
  );

async function realNameReport(): Promise<{ id: string; number: string }> {
  const reporter = { name: '赵建国', phone: '13700001111' };
  const res = await request(ctx.baseUrl)
    .post('/api/v1/public/reports')
    .send(validTip({ anonymous: false, reporter }));
  expect(res.status).toBe(201);
  const { rows } = await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [res.body.reportNumber]);
  return { id: rows[0].id, number: res.body.reportNumber };
}

describe('email over SMTP', () => {
  it('delivers a verification request to an agency with the right content, once', async () => {
    const before = sink.messages.length;
    const { id } = await notifications.send({
      channel: 'EMAIL',
      to: 'liaison@audit.example.cn',
      template: {
        name: 'verification-request',
        agencyName: '审计局',
        requestNumber: 'HC-2026-0007',
        matter: '请核实张某某同志任某局局长期间经济责任审计结论。',
        dueDate: '2026-04-10',
      },
      context: { verificationRequestId: 'HC-2026-0007' },
    });
    const row = await settled(id);
    expect(row).toMatchObject({ status: 'SENT', attempts: 1, channel: 'EMAIL', template: 'verification-request' });
    expect(sink.messages.length).toBe(before + 1);
    const mail = sink.messages.at(-1)!;
    expect(mail.to).toEqual(['liaison@audit.example.cn']);
    expect(mail.from).toBe('noreply@qingfeng.test');
    expect(mail.subject).toBe('核查请求 HC-2026-0007：请于2026年4月10日前答复');
    expect(mail.text).toContain('审计局：');
    expect(mail.text).toContain('请核实张某某同志任某局局长期间经济责任审计结论。');
    expect(mail.text).toContain('https://qingfeng.example.cn/agency');
    expect(mail.text).toContain('中共示范区委组织部');
    expect(mail.headers['message-id']).toBe(`<${id}@qingfeng.example.cn>`);
    // The content is sealed at rest: neither address nor text is readable in the table.
    const dump = JSON.stringify(row);
    expect(dump).not.toContain('liaison@audit.example.cn');
    expect(dump).not.toContain('经济责任');

    // A duplicated job (the queue or the relay adding it again) sends nothing more.
    await ctx.app
      .get(QueueService)
      .queue('notifications')
      .add('send-notification', { messageId: id }, { jobId: `again-${id}` });
    await new Promise((r) => setTimeout(r, 1500));
    expect(sink.messages.length).toBe(before + 1);
    expect((await messageRow(id)).attempts).toBe(1);
  });

  it('tells a real-name reporter the tip is accepted without their identity or the tip text', async () => {
    const report = await realNameReport();
    const { id } = await notifications.send({
      channel: 'EMAIL',
      to: 'reporter@example.cn',
      reportId: report.id,
      template: { name: 'reporter-acknowledgement', reportNumber: report.number, receivedOn: '2026-03-05' },
    });
    expect((await settled(id)).status).toBe('SENT');
    const mail = sink.messages.at(-1)!;
    expect(mail.subject).toBe(`举报受理告知（${report.number}）`);
    expect(mail.text).toContain(`您于2026年3月5日提交的举报（编号 ${report.number}）已受理`);
    expect(mail.text).toContain('https://qingfeng.example.cn/follow-up');
    for (const secret of ['赵建国', '13700001111', '王某某', '五万元']) expect(mail.raw).not.toContain(secret);
  });

  it('retries a server that says "try later" and sends exactly once when it recovers', async () => {
    const before = sink.messages.length;
    const start = sink.attempts;
    sink.refuse = (attempt) => (attempt - start <= 2 ? { code: 451, message: 'Greylisted, try again later' } : null);
    const { id } = await notifications.send({
      channel: 'EMAIL',
      to: 'office@discipline.example.cn',
      template: { name: 'reminder', agencyName: '纪委监委', requestNumber: 'HC-2026-0008', dueDate: '2026-04-12' },
    });
    const row = await settled(id);
    sink.refuse = () => null;
    expect(row).toMatchObject({ status: 'SENT', attempts: 3 });
    expect(sink.attempts - start).toBe(3);
    expect(sink.messages.length).toBe(before + 1);
    expect(sink.messages.at(-1)!.subject).toBe('提醒：核查请求 HC-2026-0008 将于2026年4月12日到期');
  });

  it('records a failure on the report, shown to staff, when the server keeps refusing', async () => {
    const report = await realNameReport();
    const before = sink.messages.length;
    const start = sink.attempts;
    sink.refuse = () => ({ code: 451, message: 'Mailbox temporarily unavailable for reporter@example.cn' });
    const { id } = await notifications.send({
      channel: 'EMAIL',
      to: 'reporter@example.cn',
      reportId: report.id,
      template: { name: 'status-change', reportNumber: report.number, statusLabel: '办理中' },
    });
    const row = await settled(id);
    sink.refuse = () => null;
    expect(row).toMatchObject({ status: 'FAILED', attempts: 3 });
    expect(sink.attempts - start).toBe(3); // tried three times, with back-off
    expect(sink.messages.length).toBe(before);
    expect(row.last_error).toContain('451');
    expect(row.last_error).not.toContain('reporter@example.cn');

    const token = await ctx.staffToken(['TRIAGE_OFFICER']);
    const detail = await request(ctx.baseUrl).get(`/api/v1/reports/${report.id}`).set('Authorization', `Bearer ${token}`);
    expect(detail.status).toBe(200);
    const failure = detail.body.events.find((e: { type: string }) => e.type === 'NOTIFICATION_FAILED');
    expect(failure).toMatchObject({
      actorKind: 'SYSTEM',
      data: { messageId: id, channel: 'EMAIL', template: 'status-change', attempts: 3, permanent: false },
    });
    const list = await request(ctx.baseUrl).get(`/api/v1/reports/${report.id}/notifications`).set('Authorization', `Bearer ${token}`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual([
      expect.objectContaining({ id, channel: 'EMAIL', template: 'status-change', status: 'FAILED', attempts: 3 }),
    ]);
    expect(JSON.stringify(list.body)).not.toContain('reporter@example.cn');
  });

  it('does not retry a permanent refusal (5xx) and records it at once', async () => {
    const report = await realNameReport();
    const start = sink.attempts;
    sink.refuse = () => ({ code: 550, message: 'No such user here' });
    const { id } = await notifications.send({
      channel: 'EMAIL',
      to: 'nobody@example.cn',
      reportId: report.id,
      template: { name: 'handler-question', reportNumber: report.number },
    });
    const row = await settled(id);
    sink.refuse = () => null;
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(sink.attempts - start).toBe(1);
    const events = await ctx.db.query(`SELECT data FROM report_event WHERE report_id = $1 AND type = 'NOTIFICATION_FAILED'`, [report.id]);
    expect(events.rows).toHaveLength(1);
    expect(events.rows[0].data).toMatchObject({ permanent: true });
  });

  it('takes over a send left by a worker that died mid-send, and leaves a fresh claim alone', async () => {
    const { id } = await notifications.send({
      channel: 'EMAIL',
      to: 'office@court.example.cn',
      template: { name: 'reminder', agencyName: '人民法院', requestNumber: 'HC-2026-0009', dueDate: '2026-04-20' },
    });
    expect((await settled(id)).status).toBe('SENT');
    const queue = ctx.app.get(QueueService).queue('notifications');
    const copies = () => sink.messages.filter((m) => m.headers['message-id'] === `<${id}@qingfeng.example.cn>`).length;

    // A fresh claim (another worker is sending right now): nothing is sent, a later look is scheduled.
    await ctx.db.query(`UPDATE outbound_message SET status = 'SENDING', claimed_at = now() WHERE id = $1`, [id]);
    await queue.add('send-notification', { messageId: id }, { jobId: `fresh-${id}` });
    // Waited for, not slept on: under load the job may take more than a second or two to run.
    await waitFor(
      async () => (await queue.getDelayed()).some((job) => job.id?.startsWith(`notification:${id}:recheck-`)),
      20_000,
      'the later look scheduled',
    );
    expect(copies()).toBe(1);

    // A claim gone stale (the worker died before recording the result): the message is sent, not lost.
    await ctx.db.query(`UPDATE outbound_message SET claimed_at = now() - interval '1 hour' WHERE id = $1`, [id]);
    await queue.add('send-notification', { messageId: id }, { jobId: `stale-${id}` });
    await waitFor(async () => copies() === 2, 10_000, 'the stale send taken over');
    expect((await messageRow(id)).status).toBe('SENT');
  });

  it('refuses a malformed address with a clear message', async () => {
    await expect(notifications.send({ channel: 'EMAIL', to: 'not-an-address', template: { name: 'sms-help' } })).rejects.toMatchObject({
      status: 400,
      code: 'INVALID_EMAIL',
    });
  });
});
