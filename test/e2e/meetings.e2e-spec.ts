import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import { asBytes, docxText } from '../support/downloads.js';
import { CadreRecordsService } from '../../src/cadres/cadre-records.service.js';
import { addCalendarDays, addWorkingDays, buildCalendar, civilDate, isWorkingDay } from '../../src/infra/calendar/working-days.js';
import { Clock } from '../../src/infra/clock/clock.js';
import { AppConfig } from '../../src/infra/config/app-config.js';
import { VettingService } from '../../src/vetting/vetting.service.js';
import { validTip } from '../support/fixtures.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';
import { passingRun } from './publicity-fixture.js';

/**
 * A joint meeting on the real database: the agenda is proposed from real open items (a
 * case whose agencies all answered, a case whose closure awaits approval, an overdue
 * request, a blocked vetting candidate), edited, attendance and opinions recorded, and
 * the decisions create their follow-ups on the cases; the minutes download as a DOCX.
 */
let ctx: TestContext;
let officer: string;
let supervisor: string;
let auditLiaison: string;
let answered: string; // case A: real-name, AUDIT answered
let pendingClose: string; // case B: finding recorded, closure proposed
let overdueCase: string; // case C: HEALTH asked, never answers
let overdueRequestId: string;
let blockedCandidate: string;
let today: string; // the meeting's "today": two weeks on, so C's request is overdue
let meetingId: string;

const as = (token: string) => ({ Authorization: `Bearer ${token}` });
const api = () => request(ctx.baseUrl);

async function triagedTip(body: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await api()
    .post('/api/v1/public/reports')
    .send(validTip({ body, ...overrides }));
  expect(res.status).toBe(201);
  return waitFor(
    async () => {
      const { rows } = await ctx.db.query(`SELECT id FROM report WHERE number = $1 AND status = 'TRIAGED'`, [res.body.reportNumber]);
      return rows[0]?.id as string | undefined;
    },
    30_000,
    'triage',
  );
}

async function caseAction(id: string, action: string, body: object, token = officer) {
  const res = await api().post(`/api/v1/triage/cases/${id}/${action}`).set(as(token)).send(body);
  expect(res.status).toBe(200);
  return res.body;
}

async function ask(id: string, agency: string, workingDays: number): Promise<{ id: string; number: string; dueOn: string }> {
  const res = await api()
    .post(`/api/v1/reports/${id}/verification-requests`)
    .set(as(officer))
    .send({ agencyCodes: [agency], question: '请核实该同志有关情况', workingDays });
  expect(res.status).toBe(201);
  return res.body[0];
}

beforeAll(async () => {
  ctx = await createTestContext({ settings: { queues: { outboxRelayIntervalMs: 200, outboxRelayGraceMs: 0 } } });
  await ctx.startWorker();
  officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  supervisor = await ctx.staffToken(['SUPERVISOR']);
  auditLiaison = await ctx.staffToken(['AGENCY_LIAISON'], 'AUDIT');

  answered = await triagedTip('2026年1月，某局副局长王某某在干部调整前多次宴请考察组成员，要求在民主推荐中为其拉票，并许诺事后给予好处。', {
    anonymous: false,
    reporter: { name: '李小红', phone: '13912345678' },
  });
  pendingClose = await triagedTip('2025年底，某街道办主任张某某违规突击提拔三名科员，程序不全，未经集体讨论，群众意见很大。');
  overdueCase = await triagedTip('某中心主任刘某某隐瞒其配偶在企业持股的情况，个人有关事项报告中未如实填报，群众多有议论。');

  for (const id of [answered, pendingClose, overdueCase]) await caseAction(id, 'disposition', { kind: 'PRELIMINARY_VERIFICATION' });
  const toAudit = await ask(answered, 'AUDIT', 15);
  const reply = await api()
    .post(`/api/v1/verification-requests/${toAudit.id}/replies`)
    .set(as(auditLiaison))
    .send({ result: 'NO_ADVERSE', body: '经查，未发现审计方面问题。' });
  expect(reply.status).toBeLessThan(300);
  overdueRequestId = (await ask(overdueCase, 'HEALTH', 1)).id;
  await caseAction(pendingClose, 'finding', { finding: 'UNSUBSTANTIATED', outcomeForReporter: '经核实，反映问题不属实' });
  expect(await caseAction(pendingClose, 'close', {})).toMatchObject({ pendingApproval: true });

  const run = await passingRun(ctx);
  await ctx.app.get(CadreRecordsService).setInvestigation({ cadreId: run.liCadre, underInvestigation: true, since: '2026-01-20' });
  expect((await ctx.app.get(VettingService).evaluateCandidate(run.li, { trigger: 'TEST' })).verdict).toBe('BLOCK');
  blockedCandidate = run.li;

  // Two weeks on: HEALTH's one-working-day request is overdue.
  const later = Date.now() + 14 * 86_400_000;
  ctx.app.get(Clock).now = () => new Date(later);
  today = civilDate(new Date(later), 'Asia/Shanghai');
  // Sessions are judged by the same clock: sign in again in the moved time.
  officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  supervisor = await ctx.staffToken(['SUPERVISOR']);
  auditLiaison = await ctx.staffToken(['AGENCY_LIAISON'], 'AUDIT');
}, 180_000);
afterAll(async () => {
  await ctx?.close();
});

const item = (kind: string, subjectId: string) => {
  return async () => {
    const res = await api().get(`/api/v1/meetings/${meetingId}`).set(as(officer));
    return (res.body.items as Array<{ id: string; kind: string; subjectId: string | null }>).find(
      (i) => i.kind === kind && i.subjectId === subjectId,
    )!;
  };
};

describe('a joint meeting', () => {
  jest.setTimeout(60_000);

  it('is scheduled with its agenda proposed from the open items', async () => {
    const res = await api()
      .post('/api/v1/meetings')
      .set(as(officer))
      .send({
        heldOn: today,
        place: '区委组织部第一会议室',
        convener: '组织部副部长 陈立',
        invitedAgencies: ['DISCIPLINE', 'AUDIT', 'HEALTH'],
      });
    expect(res.status).toBe(201);
    meetingId = res.body.id;
    expect(res.body.number).toMatch(/^LX\d{4}-\d{3}$/);
    const agenda = res.body.items as Array<{
      kind: string;
      subjectId: string;
      title: string;
      reasons: string[];
      allowedDecisions: string[];
    }>;
    expect(agenda.map((i) => [i.kind, i.subjectId])).toEqual([
      ['CASE', answered], // real-name first
      ['CASE', pendingClose],
      ['OVERDUE_REQUEST', overdueRequestId],
      ['VETTING_CANDIDATE', blockedCandidate],
    ]);
    expect(agenda[0]!.title).toContain('（实名）');
    expect(agenda[0]!.reasons).toEqual(['成员单位已全部答复（审计局），待研究处理意见']);
    expect(agenda[1]!.reasons).toEqual(['拟办结，待审批']);
    expect(agenda[2]!.reasons[0]).toMatch(/^卫健委的请求 HC\d{4}-\d{5} 已逾期/);
    expect(agenda[3]!.title).toContain('李青');
    expect(agenda[3]!.reasons[0]).toBe('审查结论：不得提拔');
    expect(agenda[3]!.allowedDecisions).toEqual(['PROCEED', 'VERIFY_FURTHER']);

    // Items on this undecided agenda are not proposed for another meeting.
    const other = await api()
      .post('/api/v1/meetings')
      .set(as(supervisor))
      .send({ heldOn: today, place: '第二会议室', convener: '陈立', invitedAgencies: ['AUDIT'] });
    expect(other.status).toBe(201);
    expect(other.body.items).toEqual([]);
  });

  it('has its agenda edited: a free item added, moved first, another removed', async () => {
    const added = await api().post(`/api/v1/meetings/${meetingId}/items`).set(as(officer)).send({ title: '通报上季度干部监督工作情况' });
    expect(added.status).toBe(201);
    const extra = await api().post(`/api/v1/meetings/${meetingId}/items`).set(as(officer)).send({ title: '临时动议' });
    const ids = (extra.body.items as Array<{ id: string; title: string }>).map((i) => i.id);
    const removed = await api()
      .delete(`/api/v1/meetings/${meetingId}/items/${ids.at(-1)}`)
      .set(as(officer));
    expect(removed.status).toBe(200);
    const free = ids.at(-2)!;
    const order = [free, ...ids.slice(0, -2)];
    const reordered = await api().put(`/api/v1/meetings/${meetingId}/agenda/order`).set(as(officer)).send({ itemIds: order });
    expect(reordered.status).toBe(200);
    expect(reordered.body.items.map((i: { id: string; position: number }) => [i.id, i.position])).toEqual(
      order.map((id, n) => [id, n + 1]),
    );
    const partial = await api()
      .put(`/api/v1/meetings/${meetingId}/agenda/order`)
      .set(as(officer))
      .send({ itemIds: order.slice(1) });
    expect(partial.status).toBe(422);
    expect(partial.body.message).toContain('全部 5 个议题');
    const both = await api().post(`/api/v1/meetings/${meetingId}/items`).set(as(officer)).send({ title: 'x', reportId: answered });
    expect(both.status).toBe(400);
    expect(both.body.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('records attendance per agency and each agency’s opinion', async () => {
    const res = await api()
      .put(`/api/v1/meetings/${meetingId}/attendance`)
      .set(as(officer))
      .send({
        entries: [
          { agencyCode: 'DISCIPLINE', status: 'PRESENT', attendee: '王强' },
          { agencyCode: 'AUDIT', status: 'REPRESENTED', attendee: '赵敏', note: '副局长委托' },
          { agencyCode: 'HEALTH', status: 'ABSENT', note: '公务外出' },
        ],
      });
    expect(res.status).toBe(200);
    expect(
      res.body.attendance.map((a: { agencyName: string; statusLabel: string; attendee: string | null }) => [
        a.agencyName,
        a.statusLabel,
        a.attendee,
      ]),
    ).toEqual([
      ['纪委监委', '出席', '王强'],
      ['审计局', '委托出席', '赵敏'],
      ['卫健委', '缺席', null],
    ]);
    const stranger = await api()
      .put(`/api/v1/meetings/${meetingId}/attendance`)
      .set(as(officer))
      .send({ entries: [{ agencyCode: 'COURT', status: 'PRESENT', attendee: '某某' }] });
    expect(stranger.status).toBe(422);
    expect(stranger.body.message).toContain('未被邀请');
    const noName = await api()
      .put(`/api/v1/meetings/${meetingId}/attendance`)
      .set(as(officer))
      .send({ entries: [{ agencyCode: 'AUDIT', status: 'PRESENT' }] });
    expect(noName.status).toBe(400);

    const a = await item('CASE', answered)();
    const opinions = await api()
      .put(`/api/v1/meetings/${meetingId}/items/${a.id}/opinions`)
      .set(as(officer))
      .send({
        opinions: [
          { agencyCode: 'DISCIPLINE', opinion: '建议请审计局进一步核实资金往来' },
          { agencyCode: 'AUDIT', opinion: '同意进一步核实' },
        ],
      });
    expect(opinions.status).toBe(200);
    const minutes = await api()
      .patch(`/api/v1/meetings/${meetingId}`)
      .set(as(officer))
      .send({ minutes: '会议听取了干部监督科关于近期信访举报办理情况的汇报。' });
    expect(minutes.status).toBe(200);
  });

  it('VERIFY_FURTHER creates the request to the agency with the due date, on the case', async () => {
    const a = await item('CASE', answered)();
    let sunday = addCalendarDays(today, 10);
    while (new Date(`${sunday}T00:00:00Z`).getUTCDay() !== 0) sunday = addCalendarDays(sunday, 1);
    const onSunday = await api()
      .post(`/api/v1/meetings/${meetingId}/items/${a.id}/decision`)
      .set(as(officer))
      .send({ kind: 'VERIFY_FURTHER', agencyCodes: ['AUDIT'], dueOn: sunday, question: '请核实王某某宴请考察组的资金来源' });
    expect(onSunday.status).toBe(400);
    expect(onSunday.body.message).toContain('不是工作日');

    const calendar = buildCalendar(ctx.app.get(AppConfig).calendar);
    const dueOn = addWorkingDays(today, 10, calendar);
    expect(isWorkingDay(dueOn, calendar)).toBe(true);
    const res = await api()
      .post(`/api/v1/meetings/${meetingId}/items/${a.id}/decision`)
      .set(as(officer))
      .send({
        kind: 'VERIFY_FURTHER',
        agencyCodes: ['AUDIT'],
        dueOn,
        question: '请核实王某某宴请考察组的资金来源（举报人李小红）',
        note: '重点核实资金往来',
      });
    expect(res.status).toBe(200);
    const decided = res.body.items.find((i: { id: string }) => i.id === a.id);
    expect(decided.decision).toMatchObject({
      kind: 'VERIFY_FURTHER',
      label: '进一步核实',
      dueOn,
      agencies: [{ code: 'AUDIT', name: '审计局' }],
    });
    const requestId = decided.decision.requests[0].id as string;

    const { rows } = await ctx.db.query(
      `SELECT agency_code, to_char(due_on, 'YYYY-MM-DD') AS due_on, kind, round, origin, question, status FROM verification_request WHERE id = $1`,
      [requestId],
    );
    expect(rows[0]).toMatchObject({
      agency_code: 'AUDIT',
      due_on: dueOn,
      kind: 'VERIFICATION',
      round: 2,
      status: 'OPEN',
      origin: { from: 'MEETING', meetingId },
    });
    expect(rows[0].question).not.toContain('李小红'); // the reporter's name never goes to the agency

    const view = await api().get(`/api/v1/triage/cases/${answered}`).set(as(officer));
    const events = view.body.events as Array<{ type: string; data: Record<string, unknown> }>;
    expect(events.find((e) => e.type === 'MEETING_DECISION')!.data).toMatchObject({
      meetingId,
      decision: 'VERIFY_FURTHER',
      dueOn,
      requests: [{ id: requestId, agencyCode: 'AUDIT' }],
    });
    expect(events.filter((e) => e.type === 'VERIFICATION_REQUESTED').at(-1)!.data).toMatchObject({ meetingId });
    const onCase = await api().get(`/api/v1/reports/${answered}/verification-requests`).set(as(officer));
    expect(onCase.body.map((r: { id: string }) => r.id)).toContain(requestId);
    // The liaison of the agency asked finds it in the portal's list.
    const portal = await api().get('/api/v1/agency/requests').set(as(auditLiaison));
    expect(portal.body.map((r: { id: string }) => r.id)).toContain(requestId);

    const again = await api().post(`/api/v1/meetings/${meetingId}/items/${a.id}/decision`).set(as(officer)).send({ kind: 'PROCEED' });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('已作出决定');
  });

  it('CLOSE closes the case, superseding the pending closure, on the case', async () => {
    const b = await item('CASE', pendingClose)();
    const res = await api()
      .post(`/api/v1/meetings/${meetingId}/items/${b.id}/decision`)
      .set(as(supervisor))
      .send({ kind: 'CLOSE', note: '经会议研究，反映问题不属实，予以了结' });
    expect(res.status).toBe(200);
    const view = await api().get(`/api/v1/triage/cases/${pendingClose}`).set(as(officer));
    expect(view.body.status).toBe('CLOSED');
    expect(view.body.handling.pendingDisposition).toBeNull();
    const events = view.body.events as Array<{ type: string; data: Record<string, unknown> }>;
    expect(events.find((e) => e.type === 'MEETING_DECISION')!.data).toMatchObject({
      meetingId,
      decision: 'CLOSE',
      supersededPending: 'CLOSE',
      note: '经会议研究，反映问题不属实，予以了结',
    });
    expect(events.at(-1)!.type === 'CLOSED' || events.at(-2)!.type === 'CLOSED').toBe(true);
    expect(events.find((e) => e.type === 'CLOSED')!.data).toMatchObject({ meetingId });
  });

  it('refuses decisions that do not fit the item', async () => {
    const v = await item('VETTING_CANDIDATE', blockedCandidate)();
    const transfer = await api()
      .post(`/api/v1/meetings/${meetingId}/items/${v.id}/decision`)
      .set(as(officer))
      .send({ kind: 'TRANSFER', target: '纪委监委' });
    expect(transfer.status).toBe(422);
    expect(transfer.body.message).toContain('按程序推进、进一步核实');
    const noDate = await api()
      .post(`/api/v1/meetings/${meetingId}/items/${v.id}/decision`)
      .set(as(officer))
      .send({ kind: 'VERIFY_FURTHER', agencyCodes: ['DISCIPLINE'] });
    expect(noDate.status).toBe(400);
    expect(noDate.body.message).toMatch(/[\u4e00-\u9fa5]/);
    const o = await item('OVERDUE_REQUEST', overdueRequestId)();
    const proceed = await api()
      .post(`/api/v1/meetings/${meetingId}/items/${o.id}/decision`)
      .set(as(officer))
      .send({ kind: 'TRANSFER', target: '卫健委', note: '转卫健委核查处理' });
    expect(proceed.status).toBe(200);
    // Recorded by a handler at a meeting without a quorum, the transfer is a proposal: a supervisor approves it.
    expect(proceed.body.items.find((i: { id: string }) => i.id === o.id).decision).toMatchObject({
      kind: 'TRANSFER',
      pendingApproval: true,
    });
    const waiting = await api().get(`/api/v1/triage/cases/${overdueCase}`).set(as(officer));
    expect(waiting.body.status).toBe('IN_HANDLING');
    expect(await caseAction(overdueCase, 'decision', { approve: true }, supervisor)).toMatchObject({
      status: 'TRANSFERRED',
      approved: true,
    });
    const view = await api().get(`/api/v1/triage/cases/${overdueCase}`).set(as(officer));
    expect(view.body.status).toBe('TRANSFERRED');
    expect(view.body.handling.dispositionDetail).toMatchObject({ target: 'HEALTH', meetingId });
  });

  it('exports the minutes as a DOCX in Chinese', async () => {
    const res = await asBytes(api().get(`/api/v1/meetings/${meetingId}/minutes.docx`).set(as(officer)));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const text = await docxText(res.body as Buffer);
    const [y, m, d] = today.split('-');
    for (const line of [
      `干部监督工作联席会议（${today}）纪要`,
      `会议时间：${y}年${Number(m)}月${Number(d)}日`,
      '会议地点：区委组织部第一会议室',
      '召集人：组织部副部长 陈立',
      '纪委监委：出席，王强',
      '审计局：委托出席，赵敏（副局长委托）',
      '卫健委：缺席（公务外出）',
      '会议听取了干部监督科关于近期信访举报办理情况的汇报。',
      '议题1：通报上季度干部监督工作情况（其他事项）',
      '纪委监委意见：建议请审计局进一步核实资金往来',
      '会议决定：进一步核实；由审计局于',
      '会议决定：予以了结；经会议研究，反映问题不属实，予以了结',
      '会议决定：转办；转卫健委办理；转卫健委核查处理',
    ]) {
      expect(text).toContain(line);
    }
  });

  it('is refused to a liaison and to roles without the permission', async () => {
    // Back to the real time: two-factor codes of the roles that need them are made from it.
    ctx.app.get(Clock).now = () => new Date();
    officer = await ctx.staffToken(['TRIAGE_OFFICER']);
    auditLiaison = await ctx.staffToken(['AGENCY_LIAISON'], 'AUDIT');
    for (const role of ['AGENCY_LIAISON', 'AUDITOR', 'INTAKE_OPERATOR', 'ADMIN']) {
      const token = role === 'AGENCY_LIAISON' ? auditLiaison : await ctx.staffToken([role]);
      expect((await api().get(`/api/v1/meetings/${meetingId}`).set(as(token))).status).toBe(403);
      expect((await api().get(`/api/v1/meetings/${meetingId}/minutes.docx`).set(as(token))).status).toBe(403);
      expect(
        (
          await api()
            .post('/api/v1/meetings')
            .set(as(token))
            .send({ heldOn: today, place: 'x', convener: 'y', invitedAgencies: ['AUDIT'] })
        ).status,
      ).toBe(403);
    }
    expect((await api().get(`/api/v1/meetings/${meetingId}`)).status).toBe(401);
    const missing = await api().get('/api/v1/meetings/00000000-0000-4000-8000-000000000000').set(as(officer));
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe('联席会议不存在');
    expect((await api().get('/api/v1/meetings/not-a-uuid').set(as(officer))).status).toBe(404);
  });
});
