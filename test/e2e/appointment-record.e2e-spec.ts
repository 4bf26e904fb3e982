import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { AuditService } from '../../src/audit/audit.service.js';
import { SignedRecords, verifyRecordFile } from '../../src/infra/documents/signed-record.js';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { addCalendarDays, civilDate } from '../../src/infra/calendar/working-days.js';
import { VerificationService } from '../../src/verification/verification.service.js';
import { VettingService } from '../../src/vetting/vetting.service.js';
import { consoleForm, consolePage } from '../support/console-client.js';
import { createTestContext, type TestContext } from '../support/test-context.js';
import { PUBLICITY_ROSTER, startRunForBoth } from './publicity-fixture.js';

/**
 * 全程记实 through the API: the steps in order (409 out of order), 讨论决定 refused while the
 * verdict is not PASS (有情况反映、未审查核实的不上会), the decision's quorum and 票决, corrections
 * as new versions, and every recorded step an event of the audit chain in its transaction.
 */
let ctx: TestContext;
let token: string;
let run: Awaited<ReturnType<typeof startRunForBoth>>;
const today = civilDate(new Date(), 'Asia/Shanghai');
const day = (n: number) => addCalendarDays(today, -n);

const motion = (ballotRequired: boolean) => ({
  occurredOn: day(40),
  proposedBy: 'ORGANIZATION_DEPARTMENT',
  posts: '测试区财政局局长',
  reason: '局长职位空缺，按职数配备',
  basis: '区委组织部部务会（2026年第12次）',
  ballotRequired,
});
const recommendation = {
  occurredOn: day(30),
  meetingExpected: 40,
  meetingPresent: 38,
  meetingVotes: 31,
  talkPeople: 22,
  talkMentions: 17,
  massNominations: 5,
  partyOrganizationNominations: 1,
  signedLeaderNominations: 3,
};
const inspection = {
  startsOn: day(25),
  endsOn: day(20),
  team: ['王考察', '陈组员'],
  supervisor: '赵纪检',
  talks: 26,
  conclusion: '政治素质好，工作实绩突出，群众公认度高',
};
const decision = {
  occurredOn: day(10),
  body: 'PLENARY',
  membersExpected: 31,
  membersPresent: 28,
  votesFor: 27,
  votesAgainst: 1,
  abstentions: 0,
  ballot: true,
};

const post = (candidateId: string, step: string, body: object) =>
  request(ctx.baseUrl).post(`/api/v1/vetting/candidates/${candidateId}/record/${step}`).set('Authorization', `Bearer ${token}`).send(body);

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.app.get(RosterImportService).import(Buffer.from(PUBLICITY_ROSTER));
  run = await startRunForBoth(ctx);
  // The discipline body answers for 周明远 only: he passes, 李青 waits for its answer.
  const verification = ctx.app.get(VerificationService);
  for (const r of await verification.requestsFor('VETTING_CANDIDATE', run.zhou))
    await verification.reply({ requestId: r.id, adverse: false, body: '未发现不良反映', agencyCode: r.agencyCode });
  expect((await ctx.app.get(VettingService).evaluateCandidate(run.zhou, { trigger: 'TEST' })).verdict).toBe('PASS');
  token = await ctx.staffToken(['SUPERVISOR']);
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

describe('全程记实 (API)', () => {
  it('refuses a step whose step before is missing, with 409 and what to record first', async () => {
    const res = await post(run.zhou, 'recommendation', recommendation);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('STEP_OUT_OF_ORDER');
    expect(res.body.message).toBe('须先记录“动议”，才能记录“民主推荐”');
    const decided = await post(run.zhou, 'decision', decision);
    expect(decided.status).toBe(409);
  });

  it('refuses figures that do not add up at their field, and dates before the step before', async () => {
    expect((await post(run.zhou, 'motion', motion(true))).status).toBe(200);
    const votes = await post(run.zhou, 'recommendation', { ...recommendation, meetingVotes: 39 });
    expect(votes.status).toBe(400);
    expect(votes.body.details).toEqual([{ field: 'meetingVotes', message: '推荐票数（39）不能多于实到人数（38）' }]);
    const early = await post(run.zhou, 'recommendation', { ...recommendation, occurredOn: day(41) });
    expect(early.status).toBe(400);
    expect(early.body.code).toBe('STEP_BEFORE_PREVIOUS');
    expect(early.body.details[0].field).toBe('occurredOn');
    const future = await post(run.zhou, 'recommendation', { ...recommendation, occurredOn: addCalendarDays(today, 2) });
    expect(future.status).toBe(400);
    expect(future.body.code).toBe('DATE_IN_FUTURE');
  });

  it('records the steps in order; the record shows them with who recorded them, and the agencies’ opinions', async () => {
    expect((await post(run.zhou, 'recommendation', recommendation)).status).toBe(200);
    const res = await post(run.zhou, 'inspection', inspection);
    expect(res.status).toBe(200);
    expect(res.body.steps.map((s: { kind: string }) => s.kind)).toEqual([
      'MOTION',
      'RECOMMENDATION',
      'INSPECTION',
      'OPINIONS',
      'DECISION',
      'PUBLICITY',
      'APPOINTMENT',
      'PROBATION',
    ]);
    const byKind = Object.fromEntries(res.body.steps.map((s: { kind: string }) => [s.kind, s]));
    expect(byKind.INSPECTION).toMatchObject({ done: true, typed: true, version: 1, occurredOn: day(25) });
    expect(byKind.INSPECTION.rows).toContainEqual({ label: '考察组成员', value: '王考察、陈组员' });
    expect(byKind.INSPECTION.rows).toContainEqual({ label: '纪检监督员', value: '赵纪检' });
    expect(byKind.RECOMMENDATION.rows).toContainEqual({
      label: '推荐方式相结合',
      value: '群众推荐 5 人；单位党组织推荐 1 个；领导干部署名推荐 3 人',
    });
    expect(byKind.INSPECTION.recordedBy).toBeTruthy();
    expect(byKind.OPINIONS).toMatchObject({ done: true, typed: false });
    expect(byKind.OPINIONS.rows[0].label).toBe('纪委监委');
    expect(byKind.OPINIONS.rows[0].value).toContain('无不良反映');
    expect(byKind.DECISION.done).toBe(false);
    expect(res.body.recordable).toEqual(['MOTION', 'RECOMMENDATION', 'INSPECTION', 'DECISION']);
  });

  it('refuses 讨论决定 while the verdict is not PASS (有情况反映、未审查核实的不上会)', async () => {
    expect((await post(run.li, 'motion', { ...motion(false), posts: '测试区水务局副局长' })).status).toBe(200);
    expect((await post(run.li, 'recommendation', recommendation)).status).toBe(200);
    expect((await post(run.li, 'inspection', inspection)).status).toBe(200);
    const record = await request(ctx.baseUrl).get(`/api/v1/vetting/candidates/${run.li}/record`).set('Authorization', `Bearer ${token}`);
    expect(record.body.blocked).toEqual([{ kind: 'DECISION', reason: expect.stringContaining('有情况反映、未审查核实的不上会') }]);
    const res = await post(run.li, 'decision', { ...decision, body: 'STANDING_COMMITTEE', ballot: false });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('VETTING_NOT_PASSED');
    expect(res.body.message).toMatch(/^有情况反映、未审查核实的不上会：李青的任前审查尚待结论/);
    const { rows } = await ctx.db.query(`SELECT count(*)::int AS n FROM appointment_step WHERE candidate_id = $1 AND kind = 'DECISION'`, [
      run.li,
    ]);
    expect(rows[0].n).toBe(0);
  });

  it('takes the decision with a quorum, by 全委会 ballot where the motion required it', async () => {
    const noQuorum = await post(run.zhou, 'decision', { ...decision, membersPresent: 20, votesFor: 19 });
    expect(noQuorum.status).toBe(400);
    expect(noQuorum.body.details).toEqual([
      { field: 'membersPresent', message: '到会成员不足三分之二（应到 31 人，至少须 21 人到会），不能讨论决定干部任免' },
    ]);
    const standing = await post(run.zhou, 'decision', {
      ...decision,
      body: 'STANDING_COMMITTEE',
      membersExpected: 11,
      membersPresent: 9,
      votesFor: 9,
      votesAgainst: 0,
    });
    expect(standing.status).toBe(400);
    expect(standing.body.code).toBe('BALLOT_REQUIRED');
    expect(standing.body.details[0].field).toBe('body');
    const res = await post(run.zhou, 'decision', decision);
    expect(res.status).toBe(200);
    const step = res.body.steps.find((s: { kind: string }) => s.kind === 'DECISION');
    expect(step.rows).toContainEqual({ label: '表决结果', value: '通过' });
    expect(step.rows).toContainEqual({ label: '表决方式', value: '票决' });
  });

  it('keeps a correction as a new version, the old one shown as superseded', async () => {
    const res = await post(run.zhou, 'motion', { ...motion(true), reason: '局长职位空缺，按职数配备；经部务会研究' });
    expect(res.status).toBe(200);
    const step = res.body.steps.find((s: { kind: string }) => s.kind === 'MOTION');
    expect(step.version).toBe(2);
    expect(step.rows).toContainEqual({ label: '动议理由', value: '局长职位空缺，按职数配备；经部务会研究' });
    expect(step.superseded).toHaveLength(1);
    expect(step.superseded[0].version).toBe(1);
    expect(step.superseded[0].rows).toContainEqual({ label: '动议理由', value: '局长职位空缺，按职数配备' });
  });

  it('made each recorded step an event of the audit chain, and the chain still verifies', async () => {
    const { rows: steps } = await ctx.db.query(
      `SELECT kind, version, audit_seq::int AS seq FROM appointment_step WHERE candidate_id = $1 ORDER BY audit_seq`,
      [run.zhou],
    );
    expect(steps.map((s) => `${s.kind}:${s.version}`)).toEqual(['MOTION:1', 'RECOMMENDATION:1', 'INSPECTION:1', 'DECISION:1', 'MOTION:2']);
    const { rows: events } = await ctx.db.query(
      `SELECT seq::int AS seq, actor_kind, actor_id, details FROM audit_log WHERE action = 'appointment.step.record' AND target_id = $1 ORDER BY seq`,
      [run.zhou],
    );
    expect(events.map((e) => e.seq)).toEqual(steps.map((s) => s.seq));
    expect(events.map((e) => e.details.step)).toEqual(steps.map((s) => s.kind));
    for (const e of events) {
      expect(e.actor_kind).toBe('STAFF');
      expect(e.actor_id).toBeTruthy();
      expect(e.details.candidateId).toBe(run.zhou);
      expect(e.details.payloadSha256).toMatch(/^[0-9a-f]{64}$/);
    }
    // The refused attempts left no step and no step event.
    expect((await ctx.app.get(AuditService).verify()).ok).toBe(true);
  });
});

describe('the signed 记实表', () => {
  const download = (format: 'docx' | 'pdf') =>
    request(ctx.baseUrl)
      .get(`/api/v1/vetting/candidates/${run.zhou}/record.${format}`)
      .set('Authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it.each([
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'DOCX'],
    ['pdf', 'application/pdf', 'PDF'],
  ] as const)('downloads as %s, signed, carrying the audit event of its download as the chain head', async (format, type, kind) => {
    const res = await download(format);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain(type);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('干部选拔任用全程记实表-周明远-P001'));
    const verdict = verifyRecordFile(res.body as Buffer, ctx.app.get(SignedRecords).publicKey());
    if (!verdict.ok) throw new Error(verdict.reason);
    expect(verdict.format).toBe(kind);
    const { content } = verdict;
    expect(content).toMatchObject({ kind: 'APPOINTMENT_RECORD', title: '干部选拔任用全程记实表', recordId: run.zhou });
    expect(content.verifyUrl).toMatch(new RegExp(`/console/vetting/candidates/${run.zhou}/record$`));
    expect(content.sections.map((s) => s.heading)).toEqual([
      '拟任人选',
      '动议',
      '民主推荐',
      '考察',
      '征求意见',
      '讨论决定',
      '任前公示',
      '任职',
      '试用期',
    ]);
    const decided = content.sections.find((s) => s.heading === '讨论决定')!;
    expect(decided.rows).toContainEqual({ label: '表决结果', value: '通过' });
    expect(decided.rows.map((r) => r.label)).toEqual(expect.arrayContaining(['记录人', '记录时间', '审计链序号']));
    const { rows } = await ctx.db.query(
      `SELECT seq::int AS seq, encode(hash, 'hex') AS hash, details FROM audit_log WHERE action = 'appointment.record.download' ORDER BY seq DESC LIMIT 1`,
    );
    expect(content.chainHead).toEqual({ seq: rows[0].seq, hash: rows[0].hash });
    expect(rows[0].details.format).toBe(kind);
    const altered = Buffer.from(res.body as Buffer);
    altered[Math.floor(altered.length / 2)]! ^= 0x01;
    expect(verifyRecordFile(altered, ctx.app.get(SignedRecords).publicKey()).ok).toBe(false);
  });
});

describe('全程记实 (console page)', () => {
  const page = (path: string) => consolePage(ctx.baseUrl, token, path);
  const form = (path: string, fields: Record<string, string>) => consoleForm(ctx.baseUrl, token, path, fields);

  it('is linked from the run page and shows every step, the forms and the downloads', async () => {
    const runPage = await page(`/console/vetting/runs/${run.runId}`);
    expect(runPage.text).toContain(`href="/console/vetting/candidates/${run.zhou}/record"`);
    const res = await page(`/console/vetting/candidates/${run.zhou}/record`);
    expect(res.status).toBe(200);
    for (const word of [
      '动议',
      '民主推荐',
      '考察',
      '征求意见',
      '讨论决定',
      '任前公示',
      '任职',
      '试用期',
      '下载记实表（Word）',
      '下载记实表（PDF）',
    ])
      expect(res.text).toContain(word);
    expect(res.text).toContain('已更正的早先记录（1）');
    // 李青's decision form is replaced by why it cannot be recorded yet.
    const li = await page(`/console/vetting/candidates/${run.li}/record`);
    expect(li.text).toContain('有情况反映、未审查核实的不上会');
    expect(li.text).not.toContain('/record/decision"');
  });

  it('refuses a form at its field, keeping what was typed, and saves a correct one as a new version', async () => {
    const fields = {
      occurredOn: recommendation.occurredOn,
      meetingExpected: '40',
      meetingPresent: '38',
      meetingVotes: '39',
      talkPeople: '22',
      talkMentions: '17',
      massNominations: '5',
      partyOrganizationNominations: '1',
      signedLeaderNominations: '3',
      note: '会议推荐与个别谈话推荐相结合',
    };
    const refused = await form(`/console/vetting/candidates/${run.zhou}/record/recommendation`, fields);
    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(/<p class="field-error" id="RECOMMENDATION-meetingVotes-error">推荐票数（39）不能多于实到人数（38）<\/p>/);
    expect(refused.text).toMatch(/id="RECOMMENDATION-meetingVotes" name="meetingVotes"[^>]* value="39" aria-invalid="true"/);
    expect(refused.text).toContain('会议推荐与个别谈话推荐相结合</textarea>');
    const saved = await form(`/console/vetting/candidates/${run.zhou}/record/recommendation`, { ...fields, meetingVotes: '33' });
    expect(saved.status).toBe(303);
    expect(saved.headers['location']).toBe(`/console/vetting/candidates/${run.zhou}/record#step-RECOMMENDATION`);
    const { rows } = await ctx.db.query(
      `SELECT version, payload FROM appointment_step WHERE candidate_id = $1 AND kind = 'RECOMMENDATION' ORDER BY version DESC LIMIT 1`,
      [run.zhou],
    );
    expect(rows[0]).toMatchObject({ version: 2, payload: { meetingVotes: 33, note: '会议推荐与个别谈话推荐相结合' } });
  });
});
