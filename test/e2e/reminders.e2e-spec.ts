import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { Clock } from '../../src/infra/clock/clock.js';
import { ReminderMailService } from '../../src/reminders/reminder-mail.service.js';
import { QueueService } from '../../src/infra/queue/queue.service.js';
import { DeadlineCheckJob, DeadlineSweepJob } from '../../src/triage/deadlines/deadline.jobs.js';
import { validTip } from '../support/fixtures.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/**
 * Reminders that reach people, over real SMTP from the real worker: the daily to-do digest,
 * sent once per person and day from the configured hour, and the escalation (督办) of an
 * overdue case deadline to the supervisors by email. No tip content in either. Case
 * deadlines are found due by the hourly sweep, not by a delayed job each.
 */
const AUTH = { user: 'qingfeng', pass: 'smtp-secret-2' };
let sink: SmtpSink;
let ctx: TestContext;
let worker: INestApplicationContext;
let tip: string;
let tipNumber: string;
// A Monday at 09:00 China time, a working day after the digest hour.
const MONDAY_MORNING = new Date('2026-12-07T01:00:00Z');

beforeAll(async () => {
  sink = await SmtpSink.start(AUTH);
  ctx = await createTestContext({ env: { ...sink.env(AUTH), PUBLIC_BASE_URL: 'https://qingfeng.example.cn' } });
  worker = await ctx.startWorker();
  const officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  await ctx.staffToken(['SUPERVISOR']);
  await ctx.db.query(`UPDATE staff_user SET email = 'chief@org.example.cn' WHERE 'SUPERVISOR' = ANY(roles)`);
  await ctx.db.query(`UPDATE staff_user SET email = 'officer@org.example.cn' WHERE 'TRIAGE_OFFICER' = ANY(roles)`);
  const res = await request(ctx.baseUrl).post('/api/v1/public/reports').send(validTip());
  tipNumber = res.body.reportNumber;
  tip = await waitFor(
    async () => (await ctx.db.query(`SELECT id FROM report WHERE number = $1 AND status = 'TRIAGED'`, [tipNumber])).rows[0]?.id,
    30_000,
    'triage',
  );
  const proposed = await request(ctx.baseUrl)
    .post(`/api/v1/triage/cases/${tip}/disposition`)
    .set('Authorization', `Bearer ${officer}`)
    .send({ kind: 'TRANSFER', target: '纪委监委' });
  expect(proposed.body).toMatchObject({ pendingApproval: true });
});
afterAll(async () => {
  await ctx?.close();
  await sink?.close();
});

const mailsTo = (address: string) => sink.messages.filter((m) => m.to.includes(address));

describe('the daily to-do digest', () => {
  it('is not sent before the digest hour, then once a day to each person with something to do', async () => {
    const mail = worker.get(ReminderMailService);
    const clock = worker.get(Clock);
    clock.now = () => new Date('2026-12-06T23:00:00Z'); // Monday 07:00 in China: too early
    expect(await mail.sendDigests()).toBe(0);
    clock.now = () => MONDAY_MORNING;
    expect(await mail.sendDigests()).toBe(1); // the supervisor: a proposal to approve; the officer has nothing due
    expect(await mail.sendDigests()).toBe(0); // once a day, however often the job runs
    const digest = await waitFor(
      async () => mailsTo('chief@org.example.cn').find((m) => m.subject.startsWith('每日待办')),
      30_000,
      'digest mail',
    );
    expect(digest.text).toContain('待我审批');
    expect(digest.text).toContain(tipNumber);
    expect(digest.text).not.toContain('五万元'); // no tip content
    expect(mailsTo('officer@org.example.cn')).toHaveLength(0);
  });

  it('is not sent on a rest day', async () => {
    const clock = worker.get(Clock);
    clock.now = () => new Date('2026-12-13T02:00:00Z'); // Sunday
    expect(await worker.get(ReminderMailService).sendDigests()).toBe(0);
  });
});

describe('escalation of an overdue case deadline (督办)', () => {
  it('emails the supervisors once when the deadline has passed', async () => {
    await ctx.db.query(
      `UPDATE report_deadline SET due_on = DATE '2026-12-01', remind_on = DATE '2026-11-27' WHERE report_id = $1 AND kind = 'DISPOSITION'`,
      [tip],
    );
    const { rows } = await ctx.db.query(`SELECT id FROM report_deadline WHERE report_id = $1 AND kind = 'DISPOSITION'`, [tip]);
    worker.get(Clock).now = () => MONDAY_MORNING;
    const job = worker.get(DeadlineCheckJob);
    await job.handle({ deadlineId: rows[0].id, stage: 'ESCALATE' });
    await job.handle({ deadlineId: rows[0].id, stage: 'ESCALATE' }); // a retried job acts once
    const mail = await waitFor(
      async () => mailsTo('chief@org.example.cn').find((m) => m.subject.startsWith('督办')),
      30_000,
      'escalation mail',
    );
    expect(mail.subject).toBe(`督办：举报 ${tipNumber} 的处置时限已过`);
    expect(mail.text).not.toContain('五万元');
    expect(mailsTo('chief@org.example.cn').filter((m) => m.subject.startsWith('督办'))).toHaveLength(1);
    const { rows: events } = await ctx.db.query(`SELECT type FROM report_event WHERE report_id = $1 AND type = 'DEADLINE_ESCALATED'`, [
      tip,
    ]);
    expect(events).toHaveLength(1);
  });
});

describe('the deadline sweep', () => {
  it("queued no job for the tip's deadlines: the sweep finds them", async () => {
    const delayed = await ctx.app.get(QueueService).queue('triage').getDelayed();
    expect(delayed.filter((job) => job.name === 'deadline-check')).toEqual([]);
    const { rows } = await ctx.db.query(`SELECT count(*)::int AS n FROM report_deadline WHERE report_id = $1 AND met_at IS NULL`, [tip]);
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it('reminds every open deadline whose day has come and escalates the overdue one, once', async () => {
    // Every open deadline of the tip to be reminded from Monday, but one reminded from 27 November and overdue since 3 December.
    await ctx.db.query(
      `UPDATE report_deadline SET remind_on = DATE '2026-12-07', due_on = DATE '2026-12-18', reminded_at = NULL, escalated_at = NULL
        WHERE report_id = $1 AND met_at IS NULL`,
      [tip],
    );
    const { rows: open } = await ctx.db.query(`SELECT id, kind FROM report_deadline WHERE report_id = $1 AND met_at IS NULL ORDER BY id`, [
      tip,
    ]);
    const overdue = open[0];
    await ctx.db.query(`UPDATE report_deadline SET remind_on = DATE '2026-11-27', due_on = DATE '2026-12-02' WHERE id = $1`, [overdue.id]);
    const escalationsBefore = mailsTo('chief@org.example.cn').filter((m) => m.subject.startsWith('督办')).length;
    const events = async () =>
      (
        await ctx.db.query(
          `SELECT type, data->>'deadlineId' AS deadline FROM report_event
            WHERE report_id = $1 AND type IN ('DEADLINE_REMINDER', 'DEADLINE_ESCALATED') AND (data->>'dueOn')::date >= DATE '2026-12-02'
            ORDER BY type, deadline`,
          [tip],
        )
      ).rows;

    worker.get(Clock).now = () => new Date('2026-12-06T15:30:00Z'); // Sunday 23:30 in China: the others' day has not come
    const sweep = worker.get(DeadlineSweepJob);
    await sweep.handle();
    expect(await events()).toEqual([
      { type: 'DEADLINE_ESCALATED', deadline: String(overdue.id) },
      { type: 'DEADLINE_REMINDER', deadline: String(overdue.id) },
    ]);

    worker.get(Clock).now = () => MONDAY_MORNING;
    await sweep.handle();
    await sweep.handle(); // a second sweep finds nothing left to do
    const expected = [
      { type: 'DEADLINE_ESCALATED', deadline: String(overdue.id) },
      ...open.map((d: { id: string }) => ({ type: 'DEADLINE_REMINDER', deadline: String(d.id) })),
    ].sort((a, b) => (a.type + a.deadline < b.type + b.deadline ? -1 : 1));
    expect(await events()).toEqual(expected);
    await waitFor(
      async () => mailsTo('chief@org.example.cn').filter((m) => m.subject.startsWith('督办')).length === escalationsBefore + 1,
      30_000,
      'the escalation mail',
    );
  });
});
