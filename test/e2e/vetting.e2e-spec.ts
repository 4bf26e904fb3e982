import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import { CadreRecordsService } from '../../src/cadres/cadre-records.service.js';
import { CadresService } from '../../src/cadres/cadres.service.js';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { concludeCase } from '../support/case-workflow.js';
import { validTip } from '../support/fixtures.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/** Two namesakes in different units; the candidate is the one in 测试区财政局. */
const ROSTER = [
  '人员编号,姓名,性别,出生年月,民族,籍贯,入党时间,参加工作时间,学历,单位,职务,职级,任现职时间,身份',
  'V001,周明远,男,1978.04,汉族,本省,2000.06,1999.08,大学本科,测试区财政局,副局长,副科,2021.03,公务员',
  'V002,周明远,男,1983.11,汉族,本省,2006.06,2005.08,大学本科,测试区水务局,科长,四级主任科员,2022.05,公务员',
].join('\n');

let ctx: TestContext;
let officer: string;
let candidateId: string;
let namesakeId: string;

beforeAll(async () => {
  ctx = await createTestContext({ settings: { queues: { outboxRelayIntervalMs: 200, outboxRelayGraceMs: 0 } } });
  officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  await ctx.app.get(RosterImportService).import(Buffer.from(ROSTER));
  const cadres = ctx.app.get(CadresService);
  candidateId = (await cadres.findByPersonNo('V001'))!.id;
  namesakeId = (await cadres.findByPersonNo('V002'))!.id;
  const records = ctx.app.get(CadreRecordsService);
  await records.recordFileAudit({ cadreId: candidateId, auditedOn: '2026-01-05' });
  await records.recordPersonalMatters({
    cadreId: candidateId,
    year: 2026,
    status: 'CONSISTENT',
    checkedOn: '2026-01-06',
    checkReason: 'PROMOTION',
  });
});
afterAll(async () => {
  await ctx?.close();
});

const submitTip = async () => {
  const res = await request(ctx.baseUrl)
    .post('/api/v1/public/reports')
    .send(validTip({ subjects: [{ name: '周明远' }] }));
  expect(res.status).toBe(201);
  return (await ctx.db.query(`SELECT id, number FROM report WHERE number = $1`, [res.body.reportNumber])).rows[0] as {
    id: string;
    number: string;
  };
};
const candidate = async (id: string) =>
  (await request(ctx.baseUrl).get(`/api/v1/vetting/candidates/${id}`).set('Authorization', `Bearer ${officer}`)).body;

describe('vetting run', () => {
  jest.setTimeout(60_000);
  let vettingId: string;
  let runId: string;

  it('asks the chosen agencies (and always the discipline body) with the working-day deadline, and waits for them', async () => {
    const res = await request(ctx.baseUrl)
      .post('/api/v1/vetting/runs')
      .set('Authorization', `Bearer ${officer}`)
      .send({ title: '测试批次', slate: [{ cadreId: candidateId, proposedPost: '测试区财政局局长' }], agencyCodes: ['AUDIT'] });
    expect(res.status).toBe(201);
    runId = res.body.runId;
    vettingId = res.body.candidates[0].id;
    expect(res.body.candidates[0].verdict).toBe('PENDING');
    expect(res.body.candidates[0].reasons.map((r: { code: string }) => r.code)).toEqual(['AGENCY_REPLY_MISSING', 'AGENCY_REPLY_MISSING']);
    const { rows } = await ctx.db.query(
      `SELECT agency_code, kind, sent_on, due_on FROM verification_request WHERE subject_id = $1 ORDER BY agency_code`,
      [vettingId],
    );
    expect(rows.map((r) => r.agency_code)).toEqual(['AUDIT', 'DISCIPLINE']);
    expect(rows[0].kind).toBe('OPINION');
  });

  it('a namesake’s tip does not block; the answers arrive and the worker turns the verdict to PASS', async () => {
    await ctx.startWorker();
    const tip = await submitTip();
    await ctx.app.get(CadreRecordsService).linkReport({ reportId: tip.id, cadreId: namesakeId, source: 'TRIAGE' });
    const liaisonA = await ctx.staffToken(['AGENCY_LIAISON'], 'AUDIT');
    const liaisonD = await ctx.staffToken(['AGENCY_LIAISON'], 'DISCIPLINE');
    const { rows } = await ctx.db.query(`SELECT id, agency_code FROM verification_request WHERE subject_id = $1`, [vettingId]);
    const byAgency = Object.fromEntries(rows.map((r) => [r.agency_code, r.id]));
    // An agency cannot answer another agency's request.
    const wrong = await request(ctx.baseUrl)
      .post(`/api/v1/verification-requests/${byAgency['DISCIPLINE']}/replies`)
      .set('Authorization', `Bearer ${liaisonA}`)
      .send({ adverse: false, body: '无不良反映' });
    expect(wrong.status).toBe(404);
    for (const [token, code] of [
      [liaisonA, 'AUDIT'],
      [liaisonD, 'DISCIPLINE'],
    ] as const) {
      const res = await request(ctx.baseUrl)
        .post(`/api/v1/verification-requests/${byAgency[code]}/replies`)
        .set('Authorization', `Bearer ${token}`)
        .send({ adverse: false, body: '未发现不良反映' });
      expect(res.status).toBe(201);
    }
    const passed = await waitFor(
      async () => {
        const c = await candidate(vettingId);
        return c.verdict === 'PASS' ? c : null;
      },
      15_000,
      'verdict PASS',
    );
    expect(passed.reasons).toEqual([]);
  });

  it('a new tip linked to the candidate reopens the PASS, pointing at the tip', async () => {
    const tip = await submitTip();
    await ctx.app.get(CadreRecordsService).linkReport({ reportId: tip.id, cadreId: candidateId, source: 'TRIAGE' });
    const blocked = await waitFor(
      async () => {
        const c = await candidate(vettingId);
        return c.verdict === 'BLOCK' ? c : null;
      },
      15_000,
      'verdict BLOCK',
    );
    expect(blocked.reasons).toEqual([
      expect.objectContaining({ code: 'OPEN_REPORT_UNVERIFIED', evidence: { type: 'REPORT', reportId: tip.id, number: tip.number } }),
    ]);

    // A finding written on the cadre record alone does not clear a tip still in handling.
    const sideways = await request(ctx.baseUrl)
      .post(`/api/v1/cadres/${candidateId}/findings`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ reportId: tip.id, outcome: 'UNSUBSTANTIATED', concludedOn: '2026-02-01', summary: '经核查不属实' });
    expect(sideways.status).toBe(400);
    expect(sideways.body.message).toContain('案件页面记录并办结');

    // Verified as unfounded and the case concluded (with approval): the candidate passes again.
    await concludeCase(
      ctx,
      tip.id,
      { officer, supervisor: await ctx.staffToken(['SUPERVISOR']) },
      { finding: 'UNSUBSTANTIATED', outcomeForReporter: '经核查不属实' },
    );
    const { rows: findings } = await ctx.db.query(`SELECT outcome, source FROM cadre_finding WHERE cadre_id = $1 AND report_id = $2`, [
      candidateId,
      tip.id,
    ]);
    expect(findings).toEqual([{ outcome: 'UNSUBSTANTIATED', source: 'CASE' }]);
    await waitFor(async () => (await candidate(vettingId)).verdict === 'PASS', 15_000, 'PASS again');
  });

  it('records every step of the run (全程记实)', async () => {
    const res = await request(ctx.baseUrl).get(`/api/v1/vetting/runs/${runId}`).set('Authorization', `Bearer ${officer}`);
    expect(res.status).toBe(200);
    const steps = res.body.steps.map((s: { step: string; data: { verdict?: string } }) =>
      s.step === 'EVALUATED' ? `EVALUATED:${s.data.verdict}` : s.step,
    );
    expect(steps).toEqual([
      'RUN_STARTED',
      'CANDIDATE_PROPOSED',
      'OPINIONS_REQUESTED',
      'EVALUATED:PENDING',
      expect.stringMatching(/EVALUATED:(PENDING|PASS)/),
      ...steps.slice(5),
    ]);
    expect(steps.slice(-3)).toEqual(['EVALUATED:PASS', 'EVALUATED:BLOCK', 'EVALUATED:PASS']);
  });

  it('refuses bad input with a 4xx in Chinese', async () => {
    const res = await request(ctx.baseUrl)
      .post('/api/v1/vetting/runs')
      .set('Authorization', `Bearer ${officer}`)
      .send({ title: 'x', slate: [] });
    expect(res.status).toBe(400);
    const unknown = await request(ctx.baseUrl).get('/api/v1/vetting/candidates/not-a-uuid').set('Authorization', `Bearer ${officer}`);
    expect(unknown.status).toBe(404);
  });
});
