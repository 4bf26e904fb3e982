import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import { CadreRecordsService } from '../../src/cadres/cadre-records.service.js';
import { CadresService } from '../../src/cadres/cadres.service.js';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { VerificationService } from '../../src/verification/verification.service.js';
import { VettingService } from '../../src/vetting/vetting.service.js';
import { consoleForm, consolePage } from '../support/console-client.js';
import { createTestContext, type TestContext } from '../support/test-context.js';
import { shortestPeriod } from './publicity-fixture.js';

/**
 * 报备: a candidate for 组织部副部长 (a post the seed names) is held with PRIOR_REPORT_REPLY_MISSING
 * until the higher organization department's reply is recorded, and passes after it; a reply
 * that disagrees blocks. Recorded by staff through the API and the console, each step in the
 * run's record and the audit chain.
 */
const ROSTER = [
  '人员编号,姓名,性别,出生年月,民族,籍贯,入党时间,参加工作时间,学历,单位,职务,职级,任现职时间,身份',
  'R001,韩立新,男,1982.05,汉族,本省,2005.06,2004.08,大学本科,测试区委组织部,干部科科长,一级主任科员,2021.03,公务员',
  'R002,黎晓春,女,1984.09,汉族,本省,2007.06,2006.08,大学本科,测试区水务局,科长,四级主任科员,2022.05,公务员',
].join('\n');

let ctx: TestContext;
let token: string;
let runId: string;
let heldId: string;
let plainId: string;

const api = () => request(ctx.baseUrl);
const codes = (c: { reasons: Array<{ code: string }> }) => c.reasons.map((r) => r.code);
const candidate = async (id: string) => (await api().get(`/api/v1/vetting/candidates/${id}`).set('Authorization', `Bearer ${token}`)).body;
const sent = (id: string, body: object) =>
  api().post(`/api/v1/vetting/candidates/${id}/prior-report`).set('Authorization', `Bearer ${token}`).send(body);
const replied = (id: string, body: object) =>
  api().post(`/api/v1/vetting/candidates/${id}/prior-report/reply`).set('Authorization', `Bearer ${token}`).send(body);

beforeAll(async () => {
  ctx = await createTestContext();
  token = await ctx.staffToken(['SUPERVISOR']);
  await ctx.app.get(RosterImportService).import(Buffer.from(ROSTER));
  const cadres = ctx.app.get(CadresService);
  const records = ctx.app.get(CadreRecordsService);
  const ids = await Promise.all(['R001', 'R002'].map(async (p) => (await cadres.findByPersonNo(p))!.id));
  for (const id of ids) {
    await records.recordFileAudit({ cadreId: id, auditedOn: '2026-01-05' });
    await records.recordPersonalMatters({
      cadreId: id,
      year: 2025,
      status: 'CONSISTENT',
      checkedOn: '2026-01-06',
      checkReason: 'PROMOTION',
    });
  }
  const res = await api()
    .post('/api/v1/vetting/runs')
    .set('Authorization', `Bearer ${token}`)
    .send({
      title: '2026年第三批',
      slate: [
        { cadreId: ids[0], proposedPost: '测试区委组织部副部长' },
        { cadreId: ids[1], proposedPost: '测试区水务局副局长' },
      ],
      agencyCodes: ['DISCIPLINE'],
    });
  expect(res.status).toBe(201);
  runId = res.body.runId;
  [heldId, plainId] = res.body.candidates.map((c: { id: string }) => c.id);
  // The discipline body answers for both (as the worker's job would, run here in-process).
  const verification = ctx.app.get(VerificationService);
  for (const id of [heldId, plainId]) {
    for (const r of await verification.requestsFor('VETTING_CANDIDATE', id))
      await verification.reply({ requestId: r.id, adverse: false, body: '未发现不良反映', agencyCode: r.agencyCode });
    await ctx.app.get(VettingService).evaluateCandidate(id, { trigger: 'AGENCY_REPLIED' });
  }
}, 120_000);
afterAll(async () => {
  await ctx?.close();
});

describe('报备 of a candidate for 组织部副部长', () => {
  jest.setTimeout(60_000);

  it('holds the candidate with the reason while no reply is recorded; the other candidate passes', async () => {
    const held = await candidate(heldId);
    expect(held.verdict).toBe('PENDING');
    expect(codes(held)).toEqual(['PRIOR_REPORT_REPLY_MISSING']);
    expect(held.reasons[0].message).toBe('拟任组织部副部长须事先向上级组织部门报备，尚未报备');
    expect(held.reasons[0].evidence).toEqual({
      type: 'PRIOR_REPORT',
      candidateId: heldId,
      post: '组织部副部长',
      sentOn: null,
      repliedOn: null,
    });
    expect((await candidate(plainId)).verdict).toBe('PASS');
    const view = await api().get(`/api/v1/vetting/candidates/${heldId}/prior-report`).set('Authorization', `Bearer ${token}`);
    expect(view.body).toEqual({ candidateId: heldId, required: true, post: '组织部副部长', sent: null, reply: null });
  });

  it('cannot be published (任前公示) while held', async () => {
    const res = await api()
      .post(`/api/v1/vetting/runs/${runId}/notices`)
      .set('Authorization', `Bearer ${token}`)
      .send({ ...shortestPeriod(ctx), candidateIds: [heldId] });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('VETTING_NOT_PASSED');
  });

  it('refuses a reply before the report, a future date, missing fields, and a post that needs none', async () => {
    const early = await replied(heldId, { repliedOn: '2026-01-20', reference: '市组函〔2026〕8号', result: 'AGREE' });
    expect([early.status, early.body.code]).toEqual([409, 'PRIOR_REPORT_NOT_SENT']);
    const future = await sent(heldId, { sentOn: '2999-01-01', reference: '区组干〔2026〕3号', sentTo: '市委组织部' });
    expect([future.status, future.body.code]).toEqual([400, 'DATE_IN_FUTURE']);
    expect(future.body.details).toEqual([{ field: 'sentOn', message: expect.stringContaining('报备日期不能晚于今天') }]);
    const missing = await sent(heldId, { sentOn: '2026-01-10' });
    expect(missing.status).toBe(400);
    expect(missing.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['reference', 'sentTo']);
    const plain = await sent(plainId, { sentOn: '2026-01-10', reference: '区组干〔2026〕3号', sentTo: '市委组织部' });
    expect([plain.status, plain.body.code]).toEqual([409, 'PRIOR_REPORT_NOT_REQUIRED']);
    expect((await ctx.db.query(`SELECT count(*)::int AS n FROM vetting_prior_report`)).rows[0].n).toBe(0);
  });

  it('records the report sent upward: still held, the reason says so', async () => {
    const res = await sent(heldId, { sentOn: '2026-01-10', reference: '区组干〔2026〕3号', sentTo: '市委组织部' });
    expect(res.status).toBe(201);
    expect(res.body.priorReport.sent).toEqual({ on: '2026-01-10', reference: '区组干〔2026〕3号', to: '市委组织部' });
    expect(res.body.candidate.verdict).toBe('PENDING');
    expect(res.body.candidate.reasons[0].message).toBe(
      '拟任组织部副部长须经上级组织部门同意：已于 2026-01-10 报备市委组织部（区组干〔2026〕3号），尚未回复',
    );
    const before = await replied(heldId, { repliedOn: '2026-01-09', reference: '市组函〔2026〕8号', result: 'AGREE' });
    expect([before.status, before.body.code, before.body.details?.[0]?.field]).toEqual([400, 'REPLY_BEFORE_REPORT', 'repliedOn']);
  });

  it('passes once the reply agrees; a reply that disagrees blocks; the report stands once answered', async () => {
    const agreed = await replied(heldId, { repliedOn: '2026-01-20', reference: '市组函〔2026〕8号', result: 'AGREE' });
    expect(agreed.status).toBe(201);
    expect(agreed.body.candidate.verdict).toBe('PASS');
    expect(agreed.body.candidate.reasons).toEqual([]);
    expect((await candidate(heldId)).verdict).toBe('PASS');

    const refused = await replied(heldId, {
      repliedOn: '2026-01-21',
      reference: '市组函〔2026〕9号',
      result: 'DISAGREE',
      note: '任职年限不足',
    });
    expect(refused.body.candidate.verdict).toBe('BLOCK');
    expect(codes(refused.body.candidate)).toEqual(['PRIOR_REPORT_DISAGREED']);
    expect(refused.body.candidate.reasons[0].message).toBe('上级组织部门 2026-01-21 回复不同意（市组函〔2026〕9号）：任职年限不足');

    const again = await replied(heldId, { repliedOn: '2026-01-22', reference: '市组函〔2026〕10号', result: 'AGREE' });
    expect(again.body.candidate.verdict).toBe('PASS');
    const late = await sent(heldId, { sentOn: '2026-01-11', reference: '区组干〔2026〕4号', sentTo: '市委组织部' });
    expect([late.status, late.body.code]).toEqual([409, 'PRIOR_REPORT_REPLIED']);
  });

  it('keeps every step in the run’s record and the audit chain', async () => {
    const steps = await ctx.db.query(
      `SELECT step, data->>'result' AS result FROM vetting_step WHERE candidate_id = $1 AND step LIKE 'PRIOR_REPORT_%' ORDER BY id`,
      [heldId],
    );
    expect(steps.rows).toEqual([
      { step: 'PRIOR_REPORT_SENT', result: null },
      { step: 'PRIOR_REPORT_REPLIED', result: 'AGREE' },
      { step: 'PRIOR_REPORT_REPLIED', result: 'DISAGREE' },
      { step: 'PRIOR_REPORT_REPLIED', result: 'AGREE' },
    ]);
    const audit = await ctx.db.query(
      `SELECT action, outcome FROM audit_log WHERE target_id = $1 AND action LIKE 'POST %prior-report%' AND outcome = 'OK' ORDER BY seq`,
      [heldId],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'POST /api/v1/vetting/candidates/:id/prior-report',
      'POST /api/v1/vetting/candidates/:id/prior-report/reply',
      'POST /api/v1/vetting/candidates/:id/prior-report/reply',
      'POST /api/v1/vetting/candidates/:id/prior-report/reply',
    ]);
  });
});

describe('报备 on the run page', () => {
  it('shows what was recorded, and a refused form keeps what was typed with the error beside the field', async () => {
    const page = await consolePage(ctx.baseUrl, token, `/console/vetting/runs/${runId}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('报备（拟任组织部副部长');
    expect(page.text).toContain('已于 2026-01-10 报市委组织部（区组干〔2026〕3号）');
    expect(page.text).toContain('上级组织部门 2026-01-22 回复：同意（市组函〔2026〕10号）');
    expect(page.text).not.toContain(`/console/vetting/candidates/${plainId}/prior-report`);

    const bad = await consoleForm(ctx.baseUrl, token, `/console/vetting/candidates/${heldId}/prior-report/reply`, {
      repliedOn: '2026-01-05',
      reference: '市组函〔2026〕11号',
      result: 'AGREE',
      note: '经研究同意',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(
      new RegExp(`<p class="field-error" role="alert" id="prr-repliedOn-${heldId}-error">回复日期不能早于报备日期（2026-01-10）</p>`),
    );
    expect(bad.text).toContain('value="市组函〔2026〕11号"');
    expect(bad.text).toContain('经研究同意</textarea>');

    const ok = await consoleForm(ctx.baseUrl, token, `/console/vetting/candidates/${heldId}/prior-report/reply`, {
      repliedOn: '2026-01-23',
      reference: '市组函〔2026〕12号',
      result: 'AGREE',
    });
    expect(ok.status).toBe(303);
    expect(ok.headers['location']).toBe(`/console/vetting/runs/${runId}#c-${heldId}`);
    expect((await candidate(heldId)).verdict).toBe('PASS');
  });
});
