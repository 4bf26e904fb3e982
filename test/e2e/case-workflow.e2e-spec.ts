import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import request from 'supertest';
import { CadreRecordsService } from '../../src/cadres/cadre-records.service.js';
import { CadresService } from '../../src/cadres/cadres.service.js';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { AppConfig } from '../../src/infra/config/app-config.js';
import { validTip } from '../support/fixtures.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/**
 * The one case workflow, from every entry point that can change a case: the inbox, a joint
 * meeting's decision, the cadre record, verification requests and the agency portal. The first tests are the review's findings 1 and
 * 2 (a case closed without approval through a meeting; a finding on an open tip through the
 * cadre record); the property test then drives random sequences of actions by random roles
 * and checks after each step that every change of state has its event, its audit row in the
 * same transaction, and a second person's approval where the transition table demands one.
 */
let ctx: TestContext;
const tokens: Record<string, string> = {};
let cadreId: string;
let meetingNoQuorum: string;
let meetingQuorum: string;

const api = () => request(ctx.baseUrl);
const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

async function triagedTip(
  body = '2026年3月，某局副局长王某某在干部调整前多次宴请考察组成员，要求在民主推荐中为其拉票，并许诺事后给予好处。',
): Promise<string> {
  const res = await api().post('/api/v1/public/reports').send(validTip({ body }));
  expect(res.status).toBe(201);
  const id = await waitFor(
    async () => {
      const { rows } = await ctx.db.query(`SELECT id FROM report WHERE number = $1 AND status = 'TRIAGED'`, [res.body.reportNumber]);
      return rows[0]?.id as string | undefined;
    },
    30_000,
    'triage',
  );
  await ctx.app.get(CadreRecordsService).linkReport({ reportId: id, cadreId, source: 'STAFF' });
  return id;
}

async function schedule(agencies: string[], attending: string[]): Promise<string> {
  const res = await api()
    .post('/api/v1/meetings')
    .set(as('officerA'))
    .send({ heldOn: '2026-12-10', place: '组织部第一会议室', convener: '组织部', invitedAgencies: agencies });
  expect(res.status).toBe(201);
  if (attending.length) {
    const entries = attending.map((agencyCode) => ({ agencyCode, status: 'PRESENT', attendee: '出席人' }));
    expect((await api().put(`/api/v1/meetings/${res.body.id}/attendance`).set(as('officerA')).send({ entries })).status).toBe(200);
  }
  return res.body.id as string;
}

beforeAll(async () => {
  ctx = await createTestContext({
    settings: { intake: { submissionsPerClientPerDay: 1000 }, queues: { outboxRelayIntervalMs: 200, outboxRelayGraceMs: 0 } },
  });
  await ctx.startWorker();
  for (const [who, role] of [
    ['officerA', 'TRIAGE_OFFICER'],
    ['officerB', 'TRIAGE_OFFICER'],
    ['supervisorA', 'SUPERVISOR'],
    ['supervisorB', 'SUPERVISOR'],
  ] as const) {
    tokens[who] = await ctx.staffToken([role]);
  }
  tokens['liaison'] = await ctx.staffToken(['AGENCY_LIAISON'], 'AUDIT');
  // The one cadre the tips are about, through the real roster import.
  await ctx.app
    .get(RosterImportService)
    .import(
      Buffer.from(
        [
          '人员编号,姓名,性别,出生年月,民族,籍贯,入党时间,参加工作时间,学历,单位,职务,职级,任现职时间,身份',
          'W001,王建华,男,1976.03,汉族,本省,1998.06,1997.08,大学本科,测试区发改局,副局长,副科,2020.03,公务员',
        ].join('\n'),
      ),
    );
  cadreId = (await ctx.app.get(CadresService).findByPersonNo('W001'))!.id;
  const agencies = ctx.app.get(AppConfig).agencies.map((a) => a.code);
  meetingNoQuorum = await schedule(agencies, agencies.slice(0, 1));
  meetingQuorum = await schedule(agencies, agencies);
}, 120_000);

afterAll(() => ctx?.close());

async function state(reportId: string) {
  const { rows } = await ctx.db.query(`SELECT status, disposition_pending AS pending FROM report WHERE id = $1`, [reportId]);
  return rows[0] as { status: string; pending: { proposedBy: string } | null };
}

describe('finding 1: a joint meeting cannot close a case around the approval', () => {
  it('a handler’s closing decision at a meeting without quorum stays a proposal', async () => {
    const tip = await triagedTip();
    const disposed = await api()
      .post(`/api/v1/triage/cases/${tip}/disposition`)
      .set(as('officerA'))
      .send({ kind: 'CLOSED_NO_ACTION', reason: '反映问题不具体' });
    expect(disposed.body).toMatchObject({ pendingApproval: true });
    const added = await api().post(`/api/v1/meetings/${meetingNoQuorum}/items`).set(as('officerA')).send({ reportId: tip });
    expect(added.status).toBe(201);
    const item = added.body.items.find((i: { target: { id: string } | null }) => i.target?.id === tip);
    const decided = await api()
      .post(`/api/v1/meetings/${meetingNoQuorum}/items/${item.id}/decision`)
      .set(as('officerA'))
      .send({ kind: 'CLOSE', note: '予以了结' });
    expect(decided.status).toBe(409);
    expect(decided.body.code).toBe('DECISION_PENDING');
    expect((await state(tip)).status).toBe('TRIAGED');
  });

  it('a handler’s transfer at a meeting without quorum waits for a supervisor; a meeting with quorum decides', async () => {
    const tip = await triagedTip();
    const add = async (meeting: string) => {
      const res = await api().post(`/api/v1/meetings/${meeting}/items`).set(as('officerA')).send({ reportId: tip });
      return res.body.items.find((i: { target: { id: string } | null; decision: unknown }) => i.target?.id === tip && !i.decision)
        .id as string;
    };
    const first = await api()
      .post(`/api/v1/meetings/${meetingNoQuorum}/items/${await add(meetingNoQuorum)}/decision`)
      .set(as('officerA'))
      .send({ kind: 'TRANSFER', target: '纪委监委' });
    expect(first.status).toBe(200);
    expect((await state(tip)).status).toBe('TRIAGED');
    const self = await api().post(`/api/v1/triage/cases/${tip}/decision`).set(as('officerA')).send({ approve: true });
    expect(self.status).toBe(403);
    const refused = await api()
      .post(`/api/v1/triage/cases/${tip}/decision`)
      .set(as('supervisorA'))
      .send({ approve: false, comment: '提交联席会议集体研究' });
    expect(refused.body).toMatchObject({ approved: false, status: 'TRIAGED' });
    const collective = await api()
      .post(`/api/v1/meetings/${meetingQuorum}/items/${await add(meetingQuorum)}/decision`)
      .set(as('officerA'))
      .send({ kind: 'TRANSFER', target: '纪委监委' });
    expect(collective.status).toBe(200);
    expect((await state(tip)).status).toBe('TRANSFERRED');
    const { rows } = await ctx.db.query(`SELECT data FROM report_event WHERE report_id = $1 AND type = 'DISPOSED'`, [tip]);
    expect(rows[0].data.collectiveDecision.attendance.length).toBe(ctx.app.get(AppConfig).agencies.length);
  });
});

describe('finding 2: a finding on an open tip cannot clear it through the cadre record', () => {
  it('refuses the cadre route and the database refuses the row', async () => {
    const tip = await triagedTip();
    await api().post(`/api/v1/triage/cases/${tip}/disposition`).set(as('officerA')).send({ kind: 'PRELIMINARY_VERIFICATION' });
    const res = await api()
      .post(`/api/v1/cadres/${cadreId}/findings`)
      .set(as('officerA'))
      .send({ reportId: tip, outcome: 'UNSUBSTANTIATED', concludedOn: '2026-12-01' });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('案件页面记录并办结');
    await expect(
      ctx.db.query(
        `INSERT INTO cadre_finding (cadre_id, report_id, outcome, concluded_on) VALUES ($1, $2, 'UNSUBSTANTIATED', '2026-12-01')`,
        [cadreId, tip],
      ),
    ).rejects.toThrow(/only be recorded when its case is concluded/);
    const facts = await ctx.app.get(CadresService).vettingFactsMany([cadreId]);
    expect(facts.get(cadreId)!.openReports.map((r) => r.reportId)).toContain(tip);
  });

  it('a status change without its case event does not commit', async () => {
    const tip = await triagedTip();
    await expect(ctx.db.query(`UPDATE report SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [tip])).rejects.toThrow(
      /without a case event/,
    );
    expect((await state(tip)).status).toBe('TRIAGED');
  });
});

describe('the reporter is told by SMS, with no tip content', () => {
  it('a real-name reporter gets 受理 at the first disposition and 已办结 at the conclusion', async () => {
    const res = await api()
      .post('/api/v1/public/reports')
      .send(validTip({ anonymous: false, reporter: { name: '李小红', phone: '13912345678' } }));
    const tip = await waitFor(
      async () =>
        (await ctx.db.query(`SELECT id FROM report WHERE number = $1 AND status = 'TRIAGED'`, [res.body.reportNumber])).rows[0]?.id as
          string | undefined,
      30_000,
      'triage',
    );
    const act = (who: string, action: string, body: object) => api().post(`/api/v1/triage/cases/${tip}/${action}`).set(as(who)).send(body);
    expect((await act('officerA', 'disposition', { kind: 'PRELIMINARY_VERIFICATION' })).status).toBe(200);
    await act('officerA', 'finding', { finding: 'PARTLY', outcomeForReporter: '经核实，反映的问题部分属实，已作处理。' });
    await act('officerA', 'close', {});
    expect((await act('supervisorA', 'decision', { approve: true })).body).toMatchObject({ status: 'CLOSED' });
    const { rows } = await ctx.db.query(
      `SELECT channel, template, content FROM outbound_message WHERE report_id = $1 ORDER BY created_at`,
      [tip],
    );
    expect(rows.map((r) => [r.channel, r.template])).toEqual([
      ['SMS', 'reporter-acknowledgement'],
      ['SMS', 'status-change'],
    ]);
    const { CryptoService } = await import('../../src/infra/crypto/crypto.service.js');
    for (const row of rows) {
      const sealed = await ctx.app.get(CryptoService).decryptJson<{ to: string; text: string }>(row.content);
      expect(sealed.to).toBe('13912345678');
      expect(sealed.text).not.toContain('五万元');
      expect(sealed.text).not.toContain('部分属实');
    }
  });

  it('an anonymous web reporter gets nothing (they follow up with the receipt code)', async () => {
    const tip = await triagedTip();
    await api().post(`/api/v1/triage/cases/${tip}/disposition`).set(as('supervisorA')).send({ kind: 'NOT_ACCEPTED', reason: '属诉讼事项' });
    const { rows } = await ctx.db.query(`SELECT 1 FROM outbound_message WHERE report_id = $1`, [tip]);
    expect(rows).toEqual([]);
  });
});

type Who = 'officerA' | 'officerB' | 'supervisorA' | 'supervisorB' | 'liaison';
type Action =
  | { via: 'INBOX'; who: Who; act: 'disposition'; body: { kind: string; target?: string; reason?: string } }
  | { via: 'INBOX'; who: Who; act: 'finding' | 'close' | 'decision' | 'reopen' | 'merge'; body: Record<string, unknown> }
  | { via: 'MEETING'; who: Who; quorum: boolean; body: Record<string, unknown> }
  | { via: 'CADRE_RECORD'; who: Who }
  | { via: 'VERIFICATION'; who: Who }
  | { via: 'PORTAL'; result: 'NO_ADVERSE' | 'ADVERSE' };

const who = fc.constantFrom<Who>('officerA', 'officerB', 'supervisorA', 'supervisorB', 'liaison');
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    via: fc.constant('INBOX' as const),
    who,
    act: fc.constant('disposition' as const),
    body: fc.constantFrom(
      { kind: 'PRELIMINARY_VERIFICATION' },
      { kind: 'TALK_INQUIRY' },
      { kind: 'CLOSED_NO_ACTION', reason: '不具体' },
      { kind: 'TRANSFER', target: '纪委监委' },
      { kind: 'NOT_ACCEPTED', reason: '属诉讼事项' },
    ),
  }),
  fc.record({
    via: fc.constant('INBOX' as const),
    who,
    act: fc.constant('finding' as const),
    body: fc.constant({ finding: 'UNSUBSTANTIATED', outcomeForReporter: '经核实不属实' }),
  }),
  fc.record({ via: fc.constant('INBOX' as const), who, act: fc.constant('close' as const), body: fc.constant({}) }),
  fc.record({
    via: fc.constant('INBOX' as const),
    who,
    act: fc.constant('decision' as const),
    body: fc.boolean().map((approve) => ({ approve })),
  }),
  fc.record({
    via: fc.constant('INBOX' as const),
    who,
    act: fc.constant('reopen' as const),
    body: fc.constant({ reason: '出现新的事实' }),
  }),
  fc.record({ via: fc.constant('INBOX' as const), who, act: fc.constant('merge' as const), body: fc.constant({}) }),
  fc.record({
    via: fc.constant('MEETING' as const),
    who,
    quorum: fc.boolean(),
    body: fc.constantFrom(
      { kind: 'CLOSE', note: '予以了结' },
      { kind: 'TRANSFER', target: '纪委监委' },
      { kind: 'VERIFY_FURTHER', agencyCodes: ['AUDIT'], dueOn: '2026-12-31', question: '请核实有关情况' },
      { kind: 'PROCEED' },
    ),
  }),
  fc.record({ via: fc.constant('CADRE_RECORD' as const), who }),
  fc.record({ via: fc.constant('VERIFICATION' as const), who }),
  fc.record({ via: fc.constant('PORTAL' as const), result: fc.constantFrom('NO_ADVERSE' as const, 'ADVERSE' as const) }),
);

async function perform(a: Action, tip: string, other: string): Promise<number> {
  if (a.via === 'INBOX') {
    const body = a.act === 'merge' ? { intoReportId: other } : a.body;
    return (await api().post(`/api/v1/triage/cases/${tip}/${a.act}`).set(as(a.who)).send(body)).status;
  }
  if (a.via === 'VERIFICATION') {
    const body = { agencyCodes: ['AUDIT'], question: '请核实该同志有关情况', workingDays: 5 };
    return (await api().post(`/api/v1/reports/${tip}/verification-requests`).set(as(a.who)).send(body)).status;
  }
  if (a.via === 'PORTAL') {
    // The agency portal answers the newest open request about this tip (if there is one).
    const { rows } = await ctx.db.query(
      `SELECT id FROM verification_request WHERE subject_id = $1 AND status = 'OPEN' ORDER BY created_at DESC LIMIT 1`,
      [tip],
    );
    if (!rows[0]) return 404;
    const body = { result: a.result, body: a.result === 'ADVERSE' ? '经查，该同志存在反映的问题。' : '经查，未发现相关问题。' };
    return (await api().post(`/api/v1/verification-requests/${rows[0].id}/replies`).set(as('liaison')).send(body)).status;
  }
  if (a.via === 'CADRE_RECORD') {
    return (
      await api()
        .post(`/api/v1/cadres/${cadreId}/findings`)
        .set(as(a.who))
        .send({ reportId: tip, outcome: 'UNSUBSTANTIATED', concludedOn: '2026-12-01' })
    ).status;
  }
  const meeting = a.quorum ? meetingQuorum : meetingNoQuorum;
  const added = await api().post(`/api/v1/meetings/${meeting}/items`).set(as(a.who)).send({ reportId: tip });
  if (added.status !== 201) return added.status;
  const item = (added.body.items as Array<{ id: string; target: { id: string } | null; decision: unknown }>).find(
    (i) => i.target?.id === tip && !i.decision,
  );
  if (!item) return 409; // already on this meeting's agenda and decided: nothing to decide
  return (await api().post(`/api/v1/meetings/${meeting}/items/${item.id}/decision`).set(as(a.who)).send(a.body)).status;
}

let stateChanges = 0;
const STATE_EVENTS = ['DISPOSED', 'CLOSED', 'MERGED', 'REOPENED'];
const APPROVAL_NEEDED: Record<string, (e: { type: string; data: { after?: { disposition?: string } } }) => boolean> = {
  CLOSED: () => true, // conclusion (办结) and 予以了结 both need a second person (config/triage.yaml)
  TRANSFERRED: () => true,
  NOT_ACCEPTED: () => true,
};

/** After a step: every new event that changed state has its audit row in its transaction, and its approval where due. */
async function checkStep(
  tip: string,
  before: { status: string; pending: { proposedBy: string } | null },
  lastEvent: number,
  httpStatus: number,
): Promise<number> {
  expect(httpStatus).toBeLessThan(500);
  const after = await state(tip);
  const { rows: events } = await ctx.db.query(
    `SELECT e.id, e.type, e.actor_id, e.data, e.xmin::text AS tx, u.roles
       FROM report_event e LEFT JOIN staff_user u ON u.id = e.actor_id WHERE e.report_id = $1 AND e.id > $2 ORDER BY e.id`,
    [tip, lastEvent],
  );
  if (httpStatus >= 400) {
    expect(after).toEqual(before); // a refused action changes nothing
  }
  if (after.status !== before.status) {
    stateChanges += 1;
    const change = events.find((e) => STATE_EVENTS.includes(e.type) && (e.data.after?.status ?? 'MERGED') === after.status);
    expect(change).toBeDefined();
    const { rows: audit } = await ctx.db.query(
      `SELECT 1 FROM audit_log WHERE target_type = 'reports' AND target_id = $1 AND xmin::text = $2`,
      [tip, change.tx],
    );
    expect(audit.length).toBeGreaterThan(0);
    if (APPROVAL_NEEDED[after.status]?.(change)) {
      const bySupervisor = (change.roles as string[]).includes('SUPERVISOR');
      const approved = events.find(
        (e) => e.type === 'DECISION_APPROVED' && e.tx === change.tx && (e.roles as string[]).includes('SUPERVISOR'),
      );
      const collective = Boolean(change.data.collectiveDecision);
      expect(bySupervisor || collective || Boolean(approved)).toBe(true);
      if (approved && !bySupervisor) expect(approved.actor_id).not.toBe(before.pending?.proposedBy);
    }
  }
  for (const e of events.filter(
    (x) =>
      x.actor_id &&
      [...STATE_EVENTS, 'DISPOSITION_PROPOSED', 'CLOSE_PROPOSED', 'DECISION_APPROVED', 'DECISION_REJECTED', 'FINDING_RECORDED'].includes(
        x.type,
      ),
  )) {
    const { rows: audit } = await ctx.db.query(`SELECT action FROM audit_log WHERE target_id = $1 AND xmin::text = $2 AND action = $3`, [
      tip,
      e.tx,
      `case.${e.type.toLowerCase()}`,
    ]);
    expect(audit).toHaveLength(1);
  }
  return events.length ? Number(events.at(-1)!.id) : lastEvent;
}

describe('every entry point, every role: the workflow’s guarantees hold after each step', () => {
  it('random sequences of case actions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 3, maxLength: 8 }), async (actions) => {
        const tip = await triagedTip();
        const other = await triagedTip('2026年5月，某镇党委书记李某某在换届前授意下属为其亲属拉票，多名干部可以作证，影响很坏。');
        let lastEvent = Number(
          (await ctx.db.query(`SELECT coalesce(max(id), 0) AS id FROM report_event WHERE report_id = $1`, [tip])).rows[0].id,
        );
        for (const a of actions) {
          const before = await state(tip);
          const status = await perform(a, tip, other);
          lastEvent = await checkStep(tip, before, lastEvent, status);
        }
      }),
      // A fixed seed keeps CI reproducible; QF_PROPERTY_SEED explores other sequences locally.
      { numRuns: 15, endOnFailure: true, seed: Number(process.env['QF_PROPERTY_SEED'] ?? 20261205) },
    );
    // Not vacuous: the random sequences did change cases, through approvals and refusals alike.
    expect(stateChanges).toBeGreaterThan(5);
  }, 300_000);
});
