import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import { CadresService } from '../../src/cadres/cadres.service.js';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { addWorkingDays, buildCalendar, civilDate, type CalendarDays } from '../../src/infra/calendar/working-days.js';
import { AppConfig } from '../../src/infra/config/app-config.js';
import { workingDayOnOrBefore } from '../../src/triage/assess/deadlines.js';
import { VerificationService } from '../../src/verification/verification.service.js';
import { QueueService } from '../../src/infra/queue/queue.service.js';
import { Clock } from '../../src/infra/clock/clock.js';
import { DeadlineSweepJob } from '../../src/triage/deadlines/deadline.jobs.js';
import type { INestApplicationContext } from '@nestjs/common';
import { consolePage } from '../support/console-client.js';
import { createTestContext, submitTriaged, waitFor, type TestContext } from '../support/test-context.js';
import { PUBLICITY_ROSTER, shortestPeriod, startRunForBoth } from './publicity-fixture.js';

/**
 * Priority knows the appointment calendar (任前审查, 任前公示), against Postgres with a
 * worker: a tip about a candidate of a pending run is HIGH with a reason naming the run
 * and is to be disposed of within the run's opinion time; a run started or a notice
 * published after a tip was triaged raises it, its disposition brought before the notice
 * ends; a withdrawn notice makes no new tip urgent; the case page shows the run or notice,
 * with links, in Chinese.
 */
let ctx: TestContext;
let worker: INestApplicationContext;
let officer: string;
let calendar: CalendarDays;
let runId: string;
let candidates: { zhou: string; li: string };
let notice: { id: string; reference: string; startsOn: string; endsOn: string };
const tips = { li: '', zhou: '', ambiguous: '', afterWithdrawal: '' };

const api = () => request(ctx.baseUrl);
const staff = (r: request.Test) => r.set('Authorization', `Bearer ${officer}`);
const today = () => civilDate(new Date(), 'Asia/Shanghai');

const submit = (body: string, subject: { name: string; unit: string; post: string }) =>
  submitTriaged(ctx, { subjects: [subject], category: undefined, incidentTime: undefined, incidentPlace: undefined, body });

async function state(id: string) {
  const view = (await staff(api().get(`/api/v1/triage/cases/${id}`)).expect(200)).body;
  const raised = await ctx.db.query(`SELECT data FROM report_event WHERE report_id = $1 AND type = 'PRIORITY_RAISED' ORDER BY id`, [id]);
  return {
    level: view.triage.priorityLevel as string,
    score: view.triage.priority as number,
    reasons: view.triage.priorityReasons as string[],
    disposition: (view.deadlines as Array<{ kind: string; dueOn: string }>).find((d) => d.kind === 'DISPOSITION')!.dueOn,
    appointments: view.appointments as Array<{ candidateId: string; runId: string; notice: { id: string; reference: string } | null }>,
    raised: raised.rows.map((r) => r.data as { reasons: string[]; deadline: { before: string; after: string } | null }),
  };
}

const appointmentReasons = (reasons: string[]) => reasons.filter((r) => r.startsWith('任前'));

beforeAll(async () => {
  ctx = await createTestContext({ settings: { queues: { outboxRelayIntervalMs: 200, outboxRelayGraceMs: 0 } } });
  worker = await ctx.startWorker();
  officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  calendar = buildCalendar(ctx.app.get(AppConfig).calendar);
  await ctx.app.get(RosterImportService).import(Buffer.from(PUBLICITY_ROSTER));
}, 120_000);
afterAll(async () => {
  await ctx?.close();
});

describe('priority knows the appointment calendar', () => {
  jest.setTimeout(90_000);

  it('before any run, a tip about 李青 is not urgent', async () => {
    tips.li = await submit('测试区水务局李青科长上班时间经常不在岗，群众办事找不到人，工作作风漂浮。', {
      name: '李青',
      unit: '测试区水务局',
      post: '科长',
    });
    const s = await state(tips.li);
    expect(s.level).not.toBe('HIGH');
    expect(appointmentReasons(s.reasons)).toEqual([]);
    expect(s.appointments).toEqual([]);
  });

  it('a run started after triage raises the earlier tip: HIGH, the run named, disposed of within the opinion time', async () => {
    const before = await state(tips.li);
    const started = await startRunForBoth(ctx);
    runId = started.runId;
    candidates = { zhou: started.zhou, li: started.li };

    const raised = await waitFor(
      async () => {
        const s = await state(tips.li);
        return s.level === 'HIGH' ? s : null;
      },
      30_000,
      'the tip raised by the run',
    );
    expect(appointmentReasons(raised.reasons)).toEqual(['任前审查：李青为“2026年第一批”拟任人选，拟任测试区水务局副局长：+20']);
    expect(raised.score).toBe(before.score + 20);
    const within = addWorkingDays(today(), 5, calendar);
    expect(raised.disposition).toBe(within < before.disposition ? within : before.disposition);
    expect(raised.raised).toHaveLength(1);
    expect(raised.appointments).toEqual([expect.objectContaining({ candidateId: candidates.li, runId, notice: null })]);
  });

  it('a tip about a candidate of the pending run is HIGH at triage, naming the run', async () => {
    tips.zhou = await submit('测试区财政局副局长周明远平时工作不太认真，开会经常迟到，希望组织上关注一下。', {
      name: '周明远',
      unit: '测试区财政局',
      post: '副局长',
    });
    const s = await state(tips.zhou);
    expect(s.level).toBe('HIGH');
    expect(appointmentReasons(s.reasons)).toEqual(['任前审查：周明远为“2026年第一批”拟任人选，拟任测试区财政局局长：+20']);
    const receivedOn = civilDate(
      new Date((await ctx.db.query(`SELECT received_at FROM report WHERE id = $1`, [tips.zhou])).rows[0].received_at),
      'Asia/Shanghai',
    );
    expect(s.disposition).toBe(addWorkingDays(receivedOn, 5, calendar));
    // Triage counted it: the raise its own link queues finds nothing to add.
    expect(s.raised).toEqual([]);
  });

  it('a tip naming only “周明远” (two on the roster) waits for a person and is not urgent yet', async () => {
    tips.ambiguous = await submit('周明远这个人群众意见很大，经常在外面吃吃喝喝，请组织上好好查一查。', {
      name: '周明远',
      unit: '',
      post: '',
    });
    const view = (await staff(api().get(`/api/v1/triage/cases/${tips.ambiguous}`)).expect(200)).body;
    expect(view.subjects).toEqual([expect.objectContaining({ status: 'CANDIDATES', cadreId: null })]);
    const s = await state(tips.ambiguous);
    expect(s.level).not.toBe('HIGH');
    expect(appointmentReasons(s.reasons)).toEqual([]);
  });

  it('a notice published after triage names the notice on the open tips and brings their disposition before it ends', async () => {
    const verification = ctx.app.get(VerificationService);
    for (const id of Object.values(candidates)) {
      for (const r of await verification.requestsFor('VETTING_CANDIDATE', id)) {
        await verification.reply({ requestId: r.id, adverse: false, body: '未发现不良反映', agencyCode: r.agencyCode });
      }
    }
    // The answers re-evaluate the candidates (queued jobs); wait until they have.
    await waitFor(
      async () =>
        (
          await ctx.db.query(
            `SELECT 1 FROM vetting_candidate WHERE run_id = $1 AND evaluations > 0 AND NOT reasons @> '[{"code": "AGENCY_REPLY_MISSING"}]'`,
            [runId],
          )
        ).rowCount === 2,
      30_000,
      'the answers evaluated',
    );
    // Their open tips still block both (有情况反映、未审查核实的不上会). The verdict a notice is
    // published on may be older than a tip's link (the re-evaluation is a queued job): stand for
    // that one here, so that open tips exist when the notice goes out.
    await ctx.db.query(`UPDATE vetting_candidate SET verdict = 'PASS', reasons = '[]' WHERE run_id = $1`, [runId]);
    const period = shortestPeriod(ctx);
    const before = { li: await state(tips.li), zhou: await state(tips.zhou) };
    const res = await staff(api().post(`/api/v1/vetting/runs/${runId}/notices`)).send(period);
    expect(res.status).toBe(201);
    notice = { id: res.body.id, reference: res.body.reference, ...period };

    const lastDay = workingDayOnOrBefore(period.endsOn, calendar);
    for (const [key, name, post] of [
      ['li', '李青', '测试区水务局副局长'],
      ['zhou', '周明远', '测试区财政局局长'],
    ] as const) {
      const s = await waitFor(
        async () => {
          const now = await state(tips[key]);
          return appointmentReasons(now.reasons).length === 2 ? now : null;
        },
        30_000,
        `the notice named on ${name}'s tip`,
      );
      expect(appointmentReasons(s.reasons)[1]).toBe(
        `任前公示：${name}在公示 ${notice.reference}（${period.startsOn} 至 ${period.endsOn}）中，拟任${post}`,
      );
      expect(s.score).toBe(before[key].score); // the appointment counts once
      expect(s.disposition).toBe(lastDay < before[key].disposition ? lastDay : before[key].disposition);
      expect(s.appointments).toEqual([expect.objectContaining({ notice: expect.objectContaining({ id: notice.id }) })]);
    }
    // Not linked to the candidate (a namesake may be meant): not raised.
    expect(appointmentReasons((await state(tips.ambiguous)).reasons)).toEqual([]);
  });

  it('an earlier tip linked to the candidate by a person during the notice is raised: HIGH, the notice named, due by its end', async () => {
    const before = await state(tips.ambiguous);
    const view = (await staff(api().get(`/api/v1/triage/cases/${tips.ambiguous}`)).expect(200)).body;
    const zhouCadre = (await ctx.app.get(CadresService).findByPersonNo('P001'))!.id;
    await staff(api().post(`/api/v1/triage/cases/${tips.ambiguous}/subjects/${view.subjects[0].id}/confirm`))
      .send({ cadreId: zhouCadre })
      .expect(200);
    const s = await waitFor(
      async () => {
        const now = await state(tips.ambiguous);
        return now.level === 'HIGH' ? now : null;
      },
      30_000,
      'the confirmed tip raised',
    );
    expect(appointmentReasons(s.reasons)).toEqual([
      `任前公示：周明远在公示 ${notice.reference}（${notice.startsOn} 至 ${notice.endsOn}）中，拟任测试区财政局局长：+20`,
    ]);
    expect(s.score).toBe(before.score + 20);
    expect(s.disposition).toBe(workingDayOnOrBefore(notice.endsOn, calendar));
    expect(s.raised).toEqual([
      expect.objectContaining({ deadline: { kind: 'DISPOSITION', before: before.disposition, after: s.disposition } }),
    ]);
    // No job is queued for the new date: the deadline sweep reminds it on its new reminder day.
    const queue = ctx.app.get(QueueService).queue('triage');
    expect((await queue.getDelayed()).filter((job) => job.name === 'deadline-check')).toEqual([]);
    const { rows } = await ctx.db.query(
      `SELECT id, to_char(remind_on, 'YYYY-MM-DD') AS remind_on, reminded_at FROM report_deadline WHERE report_id = $1 AND kind = 'DISPOSITION'`,
      [tips.ambiguous],
    );
    expect(rows[0].remind_on <= s.disposition).toBe(true);
    const clock = worker.get(Clock);
    const now = clock.now.bind(clock);
    try {
      clock.now = () => new Date(`${rows[0].remind_on}T02:00:00Z`); // 10:00 in China on the reminder day
      await worker.get(DeadlineSweepJob).handle();
    } finally {
      clock.now = now;
    }
    const { rows: reminded } = await ctx.db.query(
      `SELECT data->>'dueOn' AS due_on FROM report_event WHERE report_id = $1 AND type = 'DEADLINE_REMINDER' AND data->>'deadlineId' = $2`,
      [tips.ambiguous, String(rows[0].id)],
    );
    expect(reminded).toEqual([{ due_on: s.disposition }]);
  });

  it('the case page shows the notice and the run it touches, with links, in Chinese', async () => {
    const res = await consolePage(ctx.baseUrl, officer, `/console/cases/${tips.ambiguous}`);
    expect(res.status).toBe(200);
    const html = res.text;
    expect(html).toContain('任前审查、任前公示');
    expect(html).toContain('有情况反映、未审查核实的不上会');
    expect(html).toContain('周明远（拟任测试区财政局局长）正在任前公示：');
    expect(html).toContain(
      `<a href="/console/vetting/runs/${runId}#n-${notice.id}">公示 ${notice.reference}（${notice.startsOn} 至 ${notice.endsOn}）</a>`,
    );
    expect(html).toContain(`<a href="/console/vetting/runs/${runId}#c-${candidates.zhou}">审查批次“2026年第一批”</a>`);
    expect(html).toContain('被反映干部进入任前审查或公示，提高优先级'); // the event in the history
    expect(html).not.toContain('PRIORITY_RAISED');
    // The links lead somewhere: the run page holds the notice and the candidate.
    const runPage = await consolePage(ctx.baseUrl, officer, `/console/vetting/runs/${runId}`);
    expect(runPage.status).toBe(200);
    expect(runPage.text).toContain(`id="n-${notice.id}"`);
    expect(runPage.text).toContain(`id="c-${candidates.zhou}"`);
  });

  it('after the notice is withdrawn, a new tip about the candidate is not urgent and no page shows the notice', async () => {
    const res = await staff(api().post(`/api/v1/vetting/notices/${notice.id}/withdraw`)).send({ reason: '公示日期有误，另行发布' });
    expect(res.status).toBe(200);
    tips.afterWithdrawal = await submit('听说水务局的李青科长家里最近装修房子，花了不少钱，请组织上了解一下情况。', {
      name: '李青',
      unit: '测试区水务局',
      post: '科长',
    });
    const s = await state(tips.afterWithdrawal);
    expect(s.level).not.toBe('HIGH');
    expect(appointmentReasons(s.reasons)).toEqual([]);
    expect(s.appointments).toEqual([]);
    // Raised before stays raised; the withdrawn notice is no longer shown.
    const earlier = await state(tips.li);
    expect(earlier.level).toBe('HIGH');
    expect(earlier.appointments).toEqual([]);
    const page = await consolePage(ctx.baseUrl, officer, `/console/cases/${tips.li}`);
    expect(page.text).not.toContain('任前审查、任前公示');
  });
});
