import request from 'supertest';
import { validTip } from './fixtures.js';
import { createTestContext, type TestContext } from './test-context.js';

/**
 * A world for 回避 tests: one tip (the "hidden tip") about cadre X that reaches every
 * place tip content can appear — the inbox, the case, a verification request, a joint
 * meeting's agenda, a vetting run (X is a candidate, the tip is open), a finding on the
 * record of X's relative Y, an identity request — and two staff members who must not see
 * it: X themself ("subject") and Y, X's recorded relative ("relative"). They hold every role
 * that reads tip content. A colleague with no cadre record sees everything, so the checks
 * are not vacuous; a second tip, about a stranger, stays visible to all.
 */
export interface ConflictWorld {
  ctx: TestContext;
  /** Unrestricted triage officer and supervisor. */
  colleague: string;
  /** Unrestricted identity custodian. */
  custodian: string;
  walkers: { subject: string; relative: string };
  staffIds: { subject: string; relative: string; colleague: string };
  /** The hidden tip: its id, number and a sentence of its text found nowhere else. */
  tip: { id: string; number: string; text: string; subjectRowId: string };
  /** A tip about a stranger, visible to everyone. */
  other: { id: string; number: string };
  cadres: { subject: string; relative: string; stranger: string };
  unitId: string;
  meetingId: string;
  itemId: string;
  requestId: string;
  runId: string;
  candidateId: string;
  identityRequestId: string;
}

/** Every role whose permissions read tip content (ADMIN and AUDITOR read none by design). */
export const READING_ROLES = ['TRIAGE_OFFICER', 'SUPERVISOR', 'IDENTITY_CUSTODIAN', 'INTAKE_OPERATOR', 'AGENCY_LIAISON'];
export const LIAISON_AGENCY = 'DISCIPLINE';
const MARK_TEXT = '回避巡检专用线索：某局在青石巷仓库私设账外资金池约三十七万元';

let seq = 0;
const as = (token: string) => ({ Authorization: `Bearer ${token}` });

export async function createConflictWorld(): Promise<ConflictWorld> {
  // Requests come from one address (no trusted proxy): the world makes few public submissions.
  const ctx = await createTestContext();
  const api = () => request(ctx.baseUrl);
  const db = ctx.db;
  const one = async <T = Record<string, string>>(sql: string, params: unknown[] = []): Promise<T> =>
    (await db.query(sql, params)).rows[0] as T;

  const unitId = (await one(`INSERT INTO unit (name) VALUES ('回避测试区财政局') RETURNING id`)).id!;
  const otherUnit = (await one(`INSERT INTO unit (name) VALUES ('回避测试区第一中学') RETURNING id`)).id!;
  const thirdUnit = (await one(`INSERT INTO unit (name) VALUES ('回避测试区住建局') RETURNING id`)).id!;
  const cadre = async (name: string, unit: string, post: string) =>
    (
      await one(
        `INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post, level) VALUES ($1, $2, $3, '男', '1975-03', $4, $5, '正科') RETURNING id`,
        [`HB${Date.now()}${++seq}`, name, name[0], unit, post],
      )
    ).id!;
  const cadres = {
    subject: await cadre('赵守成', unitId, '副局长'),
    relative: await cadre('赵守业', otherUnit, '校长'),
    stranger: await cadre('孙立本', thirdUnit, '副局长'),
  };
  await db.query(`INSERT INTO cadre_relation (cadre_id, related_cadre_id, kind) VALUES ($1, $2, 'SIBLING')`, [
    cadres.subject,
    cadres.relative,
  ]);

  const submit = async (overrides: Record<string, unknown>) => {
    const res = await api()
      .post('/api/v1/public/reports')
      .set('X-Forwarded-For', `198.51.100.${++seq % 250}`)
      .send(validTip(overrides))
      .expect(201);
    return one<{ id: string; number: string }>(`SELECT id, number FROM report WHERE number = $1`, [res.body.reportNumber]);
  };
  const hidden = await submit({
    body: `2026年4月，${MARK_TEXT}，由副局长赵守成个人掌握，多次用于宴请和发放补贴。`,
    subjects: [{ name: '赵守成', unit: '回避测试区财政局', post: '副局长' }],
    anonymous: false,
    reporter: { name: '周明', phone: '13800001111' },
  });
  const other = await submit({ subjects: [{ name: '孙立本', unit: '回避测试区住建局', post: '副局长' }] });
  // The tip's subject as staff and triage record it; the other tip is about the stranger.
  await db.query(`INSERT INTO cadre_report_link (report_id, cadre_id, source) VALUES ($1, $2, 'STAFF')`, [hidden.id, cadres.subject]);
  const subjectRow = await one(
    `INSERT INTO report_subject (report_id, role, status, cadre_id, mentions, candidates, position) VALUES ($1, 'SUBJECT', 'CONFIRMED', $2, '{赵守成}', '[]', 0) RETURNING id::text`,
    [hidden.id, cadres.subject],
  );
  await db.query(`INSERT INTO cadre_report_link (report_id, cadre_id, source) VALUES ($1, $2, 'STAFF')`, [other.id, cadres.stranger]);
  // The case's history, set directly: each status change with its event in one transaction (as
  // the case workflow writes them). Concluded with a finding on the record of the subject's
  // relative, then reopened for preliminary verification, so it is open for X's vetting.
  // Each change with the event the workflow records for it (every event type has a label).
  const setStatus = async (status: string, event: 'CLOSED' | 'REOPENED', extra = '') => {
    const client = await db.connect();
    try {
      await client.query('BEGIN');
      await client.query(`UPDATE report SET status = $2${extra}, triaged_at = coalesce(triaged_at, now()) WHERE id = $1`, [
        hidden.id,
        status,
      ]);
      await client.query(`INSERT INTO report_event (report_id, type, actor_kind, data) VALUES ($1, $2, 'SYSTEM', $3::jsonb)`, [
        hidden.id,
        event,
        JSON.stringify({ status }),
      ]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  };
  await setStatus('CLOSED', 'CLOSED');
  await db.query(
    `INSERT INTO cadre_finding (cadre_id, report_id, outcome, concluded_on, summary) VALUES ($1, $2, 'PARTLY', '2026-05-01', $3)`,
    [cadres.relative, hidden.id, `经核查举报 ${hidden.number} 部分属实`],
  );
  await setStatus('IN_HANDLING', 'REOPENED', `, disposition = 'PRELIMINARY_VERIFICATION'`);

  const colleague = await ctx.staffToken(['TRIAGE_OFFICER', 'SUPERVISOR']);
  const custodian = await ctx.staffToken(['IDENTITY_CUSTODIAN']);
  const staffId = async (token: string) => {
    const me = await api().get('/api/v1/auth/me').set(as(token)).expect(200);
    return (await one(`SELECT id FROM staff_user WHERE username = $1`, [me.body.username])).id!;
  };

  // Where the tip's content travels, each made by the unrestricted colleague through the api.
  const asked = await api()
    .post(`/api/v1/reports/${hidden.id}/verification-requests`)
    .set(as(colleague))
    .send({ agencyCodes: [LIAISON_AGENCY], question: `请核查举报 ${hidden.number} 反映的账外资金问题`, extract: MARK_TEXT });
  if (asked.status !== 201) throw new Error(`verification request: ${asked.status} ${JSON.stringify(asked.body)}`);
  const requestId = (await one(`SELECT id FROM verification_request WHERE subject_id = $1`, [hidden.id])).id!;

  const meeting = await api()
    .post('/api/v1/meetings')
    .set(as(colleague))
    .send({ heldOn: '2026-06-10', place: '三楼会议室', convener: '组织部', invitedAgencies: [LIAISON_AGENCY] });
  if (meeting.status !== 201) throw new Error(`meeting: ${meeting.status} ${JSON.stringify(meeting.body)}`);
  const meetingId: string = meeting.body.id;
  if (!meeting.body.items.some((i: { subjectId: string }) => i.subjectId === hidden.id)) {
    await api().post(`/api/v1/meetings/${meetingId}/items`).set(as(colleague)).send({ reportId: hidden.id }).expect(201);
  }
  const itemId = (await one(`SELECT id FROM joint_meeting_item WHERE meeting_id = $1 AND subject_id = $2`, [meetingId, hidden.id])).id!;

  const run = await api()
    .post('/api/v1/vetting/runs')
    .set(as(colleague))
    .send({ title: '回避测试批次', slate: [{ cadreId: cadres.subject, proposedPost: '回避测试区财政局局长' }] });
  if (run.status !== 201) throw new Error(`vetting run: ${run.status} ${JSON.stringify(run.body)}`);
  if (!JSON.stringify(run.body).includes(hidden.number))
    throw new Error('the vetting run does not cite the open tip: the fixture is wrong');

  const identity = await api()
    .post(`/api/v1/reports/${hidden.id}/identity-requests`)
    .set(as(colleague))
    .send({ reason: '需要联系举报人补充账外资金的具体线索' });
  if (identity.status !== 201) throw new Error(`identity request: ${identity.status} ${JSON.stringify(identity.body)}`);
  await api()
    .post(`/api/v1/triage/cases/${hidden.id}/notes`)
    .set(as(colleague))
    .send({ body: `已约谈知情人，举报 ${hidden.number} 线索具体` })
    .expect(201);

  // The two staff members who must not see it, linked to their cadre records by an administrator.
  const admin = await ctx.staffToken(['ADMIN']);
  const subject = await ctx.staffToken(READING_ROLES, LIAISON_AGENCY);
  const relative = await ctx.staffToken(READING_ROLES, LIAISON_AGENCY);
  const staffIds = { subject: await staffId(subject), relative: await staffId(relative), colleague: await staffId(colleague) };
  await api().put(`/api/v1/staff/${staffIds.subject}/cadre`).set(as(admin)).send({ cadreId: cadres.subject }).expect(204);
  await api().put(`/api/v1/staff/${staffIds.relative}/cadre`).set(as(admin)).send({ cadreId: cadres.relative }).expect(204);

  return {
    ctx,
    colleague,
    custodian,
    walkers: { subject, relative },
    staffIds,
    tip: { id: hidden.id, number: hidden.number, text: MARK_TEXT, subjectRowId: subjectRow.id! },
    other,
    cadres,
    unitId,
    meetingId,
    itemId,
    requestId,
    runId: run.body.runId,
    candidateId: run.body.candidates[0].id,
    identityRequestId: identity.body.id,
  };
}

/** Keeps every response body as bytes (JSON, HTML, CSV, DOCX, XLSX alike); `responseText` reads them. */
export function rawBody(res: NodeJS.ReadableStream, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  res.on('end', () => done(null, Buffer.concat(chunks)));
  res.on('error', (error: Error) => done(error, Buffer.alloc(0)));
}

/** The text of a response read with `rawBody`: the body (the XML inside a DOCX/XLSX), with the headers that name things. */
export async function responseText(res: request.Response): Promise<string> {
  const headers = [res.headers['location'], res.headers['content-disposition']].filter(Boolean).join('\n');
  const body = Buffer.isBuffer(res.body) ? res.body : Buffer.from(String(res.text ?? ''));
  if (body.subarray(0, 2).toString('latin1') === 'PK') {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(body);
    const parts = await Promise.all(
      Object.values(zip.files)
        .filter((f) => !f.dir)
        .map((f) => f.async('string')),
    );
    return `${headers}\n${parts.join('\n')}`;
  }
  return `${headers}\n${body.toString('utf8')}`;
}

/** Which of the hidden tip's marks (id, number, text) a response carries. */
export function marksIn(text: string, tip: ConflictWorld['tip']): string[] {
  return [tip.id, tip.number, tip.text].filter((mark) => text.includes(mark));
}
