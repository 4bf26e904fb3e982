import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import request from 'supertest';
import { CadreRecordsService } from '../../src/cadres/cadre-records.service.js';
import { CadresService } from '../../src/cadres/cadres.service.js';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { UnitsService } from '../../src/cadres/units.service.js';
import { civilDate } from '../../src/infra/calendar/working-days.js';
import { addDays } from '../../src/statistics/period.js';
import { VerificationService } from '../../src/verification/verification.service.js';
import { VettingService } from '../../src/vetting/vetting.service.js';
import { validTip } from '../support/fixtures.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/**
 * A run's whole slate is written and evaluated in a few statements. Each candidate must
 * come out exactly as if evaluated alone: own facts, own requests, own quota, and the
 * record of steps in slate order.
 */
const ROSTER = [
  '人员编号,姓名,性别,出生年月,民族,籍贯,入党时间,参加工作时间,学历,单位,职务,职级,任现职时间,身份',
  'B001,严立群,男,1978.04,汉族,本省,2000.06,1999.08,大学本科,批次区财政局,副局长,副科,2021.03,公务员',
  'B002,柯文静,女,1981.02,汉族,本省,2003.06,2002.08,大学本科,批次区财政局,科长,四级主任科员,2020.05,公务员',
  'B003,鲁海涛,男,1976.09,汉族,本省,1998.06,1997.08,大学本科,批次区水务局,副局长,副科,2019.03,公务员',
  'B004,单志宏,男,1980.12,汉族,本省,2004.06,2003.08,大学本科,批次区水务局,局长,正科,2018.07,公务员',
  'B005,温若岚,女,1983.05,汉族,本省,2006.06,2005.08,大学本科,批次区水务局,副局长,副科,2022.01,公务员',
].join('\n');

let ctx: TestContext;
let worker: INestApplicationContext;
let sink: SmtpSink;
const MAILBOXES = { DISCIPLINE: 'jiwei@agency.example.cn', AUDIT: 'shenji@agency.example.cn' } as const;
let officer: string;
const ids: Record<string, string> = {};
let unitId: string;
const today = civilDate(new Date(), 'Asia/Shanghai');

const start = (slate: object[], title = '批次测试') =>
  request(ctx.baseUrl).post('/api/v1/vetting/runs').set('Authorization', `Bearer ${officer}`).send({ title, slate });

beforeAll(async () => {
  sink = await SmtpSink.start();
  ctx = await createTestContext({ env: sink.env(), settings: { queues: { outboxRelayIntervalMs: 200, outboxRelayGraceMs: 0 } } });
  officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  const admin = await ctx.staffToken(['ADMIN']);
  for (const [code, mail] of Object.entries(MAILBOXES)) {
    const res = await request(ctx.baseUrl)
      .patch(`/api/v1/agencies/${code}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ noticeEmail: mail });
    expect(res.status).toBe(200);
  }
  await ctx.app.get(RosterImportService).import(Buffer.from(ROSTER));
  const cadres = ctx.app.get(CadresService);
  for (const no of ['B001', 'B002', 'B003', 'B004', 'B005']) ids[no] = (await cadres.findByPersonNo(no))!.id;
  unitId = (await cadres.getById(ids['B001']!)).unitId;
  const records = ctx.app.get(CadreRecordsService);
  for (const no of ['B001', 'B002', 'B003', 'B004']) {
    await records.recordFileAudit({ cadreId: ids[no]!, auditedOn: addDays(today, -30) });
    await records.recordPersonalMatters({
      cadreId: ids[no]!,
      year: Number(today.slice(0, 4)) - 1,
      status: 'CONSISTENT',
      checkedOn: addDays(today, -20),
      checkReason: 'PROMOTION',
    });
  }
  // B002: a sanction in its influence period. B003: an open tip about them. B001 and B002 proposed to a full quota.
  await records.recordSanction({ cadreId: ids['B002']!, kind: 'PARTY_WARNING', effectiveOn: addDays(today, -60) });
  const tip = await request(ctx.baseUrl)
    .post('/api/v1/public/reports')
    .send(validTip({ subjects: [{ name: '鲁海涛' }] }));
  const { rows } = await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [tip.body.reportNumber]);
  await records.linkReport({ reportId: rows[0].id, cadreId: ids['B003']!, source: 'STAFF' });
  await ctx.app.get(UnitsService).setQuota(unitId, '正科', 0);
});
afterAll(async () => {
  await ctx?.close();
  await sink?.close();
});

describe('a vetting run of several candidates', () => {
  it('evaluates each on its own facts, asks every agency about each, and records the steps in slate order', async () => {
    const slate = [
      { cadreId: ids['B001'], proposedPost: '批次区财政局局长', unitId, level: '正科' },
      { cadreId: ids['B002'], proposedPost: '批次区财政局副局长' },
      { cadreId: ids['B003'], proposedPost: '批次区水务局局长' },
      { cadreId: ids['B004'], proposedPost: '批次区水务局局长（留任）', promotion: false },
    ];
    const res = await start(slate);
    expect(res.status).toBe(201);
    const candidates: Array<{ id: string; cadreId: string; verdict: string; reasons: Array<{ code: string; effect: string }> }> =
      res.body.candidates;
    expect(candidates.map((c) => c.cadreId)).toEqual(slate.map((s) => s.cadreId));
    const blocking = candidates.map((c) => c.reasons.filter((r) => r.effect === 'BLOCK').map((r) => r.code));
    expect(blocking).toEqual([['OVER_QUOTA'], ['SANCTION_IN_EFFECT'], ['OPEN_REPORT_UNVERIFIED'], []]);
    expect(candidates.map((c) => c.verdict)).toEqual(['BLOCK', 'BLOCK', 'BLOCK', 'PENDING']);

    const agencies = ctx.app.get(VerificationService).agencies.length;
    for (const c of candidates) {
      const { rows } = await ctx.db.query(
        `SELECT count(*)::int AS n, count(DISTINCT agency_code)::int AS agencies FROM verification_request WHERE subject_id = $1`,
        [c.id],
      );
      expect(rows[0]).toEqual({ n: agencies, agencies });
      expect(c.reasons.filter((r) => r.code === 'AGENCY_REPLY_MISSING')).toHaveLength(agencies);
    }

    const run = await request(ctx.baseUrl).get(`/api/v1/vetting/runs/${res.body.runId}`).set('Authorization', `Bearer ${officer}`);
    const steps: Array<{ step: string; candidateId: string | null }> = run.body.steps;
    expect(steps.map((s) => s.step)).toEqual([
      'RUN_STARTED',
      ...candidates.flatMap(() => ['CANDIDATE_PROPOSED', 'OPINIONS_REQUESTED']),
      ...candidates.map(() => 'EVALUATED'),
    ]);
    expect(steps.filter((s) => s.step === 'CANDIDATE_PROPOSED').map((s) => s.candidateId)).toEqual(candidates.map((c) => c.id));

    // Evaluated alone, each comes out the same, so nothing new is recorded.
    const vetting = ctx.app.get(VettingService);
    for (const c of candidates) {
      const alone = await vetting.evaluateCandidate(c.id, { trigger: 'TEST' });
      expect({ verdict: alone.verdict, reasons: alone.reasons }).toEqual({ verdict: c.verdict, reasons: c.reasons });
    }
    const again = await request(ctx.baseUrl).get(`/api/v1/vetting/runs/${res.body.runId}`).set('Authorization', `Bearer ${officer}`);
    expect(again.body.steps).toHaveLength(steps.length);
  });

  it('schedules the reminder and escalation of every request it sent, each a delayed job', async () => {
    worker = await ctx.startWorker();
    const { rows } = await ctx.db.query<{ id: string; due_on: string }>(
      `SELECT id, to_char(due_on, 'YYYY-MM-DD') AS due_on FROM verification_request WHERE subject_kind = 'VETTING_CANDIDATE' AND status = 'OPEN'`,
    );
    expect(rows.length).toBe(4 * ctx.app.get(VerificationService).agencies.length);
    const connection = new Redis(ctx.env['REDIS_URL']!, { maxRetriesPerRequest: null });
    const queue = new Queue('vetting', { connection, prefix: ctx.env['QUEUE_PREFIX'] });
    try {
      const ids = rows.flatMap((r) => [`verification-remind:${r.id}:${r.due_on}`, `verification-escalate:${r.id}:${r.due_on}`]);
      const jobs = await waitFor(
        async () => {
          const found = await Promise.all(ids.map((id) => queue.getJob(id)));
          return found.every(Boolean) && found;
        },
        20_000,
        'every request’s reminder and escalation',
      );
      expect(await Promise.all(jobs.map((j) => j!.getState()))).toEqual(ids.map(() => 'delayed'));
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });

  it('tells each member agency with a mailbox of its requests in one email, not one a request', async () => {
    const { rows } = await ctx.db.query<{ agency_code: string; number: string; notice_message_id: string | null }>(
      `SELECT agency_code, number, notice_message_id FROM verification_request
        WHERE subject_kind = 'VETTING_CANDIDATE' AND agency_code = ANY($1) ORDER BY number`,
      [Object.keys(MAILBOXES)],
    );
    for (const [code, mail] of Object.entries(MAILBOXES)) {
      const theirs = rows.filter((r) => r.agency_code === code);
      expect(theirs).toHaveLength(4); // one a candidate of the run
      expect(new Set(theirs.map((r) => r.notice_message_id)).size).toBe(1); // all named by one message
      expect(theirs[0]!.notice_message_id).not.toBeNull();
      const mails = await waitFor(
        async () => {
          const found = sink.messages.filter((m) => m.to.includes(mail));
          return found.length > 0 && found;
        },
        20_000,
        `the notice to ${code}`,
      );
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toMatch(/^征求意见 4 件：请于.+前答复$/);
      for (const { number } of theirs) expect(mails[0]!.text).toContain(number);
      expect(mails[0]!.text).not.toMatch(/严立群|柯文静|鲁海涛|单志宏/); // no candidate's name leaves by email
    }
  });

  it('raises every open tip about a candidate triaged before the run, in one job', async () => {
    expect(worker).toBeDefined(); // started by the test before
    const records = ctx.app.get(CadreRecordsService);
    const tipIds: string[] = [];
    for (const body of ['批次区水务局副局长温若岚经常迟到早退，工作作风漂浮。', '反映批次区水务局温若岚副局长在单位食堂违规宴请。']) {
      const tip = await request(ctx.baseUrl)
        .post('/api/v1/public/reports')
        .send(validTip({ body, subjects: [{ name: '温若岚', unit: '批次区水务局' }] }));
      expect(tip.status).toBe(201);
      const { rows } = await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [tip.body.reportNumber]);
      tipIds.push(rows[0].id);
    }
    await waitFor(
      async () => (await ctx.db.query(`SELECT 1 FROM report WHERE id = ANY($1) AND triaged_at IS NOT NULL`, [tipIds])).rowCount === 2,
      20_000,
      'both tips triaged',
    );
    for (const id of tipIds) await records.linkReport({ reportId: id, cadreId: ids['B005']!, source: 'STAFF' });
    const before = (await ctx.db.query(`SELECT id, priority FROM report WHERE id = ANY($1)`, [tipIds])).rows;

    const res = await start([{ cadreId: ids['B005'], proposedPost: '批次区水务局局长' }], '单人批次');
    expect(res.status).toBe(201);
    const raised = await waitFor(
      async () => {
        const { rows } = await ctx.db.query<{
          report_id: string;
          data: { after: { level: string }; appointments: Array<{ runId: string }> };
        }>(`SELECT report_id, data FROM report_event WHERE report_id = ANY($1) AND type = 'PRIORITY_RAISED'`, [tipIds]);
        return rows.length === 2 && rows;
      },
      20_000,
      'both tips raised',
    );
    expect(raised.map((r) => [r.data.after.level, r.data.appointments.map((a) => a.runId)])).toEqual([
      ['HIGH', [res.body.runId]],
      ['HIGH', [res.body.runId]],
    ]);
    const after = (
      await ctx.db.query<{ id: string; priority: number; priority_level: string; reasons: string[] }>(
        `SELECT r.id, r.priority, r.priority_level, t.priority_reasons AS reasons FROM report r JOIN report_triage t ON t.report_id = r.id WHERE r.id = ANY($1)`,
        [tipIds],
      )
    ).rows;
    for (const row of after) {
      expect(row.priority_level).toBe('HIGH');
      expect(row.priority).toBeGreaterThan(before.find((b) => b.id === row.id).priority);
      expect(row.reasons.some((r) => r.includes('温若岚') && r.includes('单人批次'))).toBe(true);
    }
  });

  it('finds each candidate’s facts and quota however the slate spells the ids', async () => {
    const res = await start([
      { cadreId: ids['B001']!.toUpperCase(), proposedPost: '批次区财政局局长', unitId: unitId.toUpperCase(), level: '正科' },
      { cadreId: ids['B002']!.toUpperCase(), proposedPost: '批次区财政局副局长' },
    ]);
    expect(res.status).toBe(201);
    const candidates: Array<{ cadreId: string; reasons: Array<{ code: string; effect: string }> }> = res.body.candidates;
    expect(candidates.map((c) => c.cadreId)).toEqual([ids['B001'], ids['B002']]);
    expect(candidates.map((c) => c.reasons.filter((r) => r.effect === 'BLOCK').map((r) => r.code))).toEqual([
      ['OVER_QUOTA'],
      ['SANCTION_IN_EFFECT'],
    ]);
  });

  it('refuses an unknown or repeated cadre before writing anything', async () => {
    const before = (await ctx.db.query(`SELECT count(*)::int AS n FROM vetting_run`)).rows[0].n;
    const unknown = await start([
      { cadreId: ids['B001'], proposedPost: '局长' },
      { cadreId: '00000000-0000-4000-8000-000000000000', proposedPost: '局长' },
    ]);
    expect(unknown.status).toBe(404);
    const repeated = await start([
      { cadreId: ids['B001'], proposedPost: '局长' },
      { cadreId: ids['B001']!.toUpperCase(), proposedPost: '副局长' },
    ]);
    expect(repeated.status).toBe(400);
    expect(JSON.stringify(repeated.body)).toMatch(/严立群（B001）在名单中重复/);
    expect((await ctx.db.query(`SELECT count(*)::int AS n FROM vetting_run`)).rows[0].n).toBe(before);
  });
});
