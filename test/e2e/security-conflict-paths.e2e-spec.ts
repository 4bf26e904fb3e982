import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createConflictWorld, marksIn, rawBody, responseText, type ConflictWorld } from '../support/conflict-fixture.js';
import { rosterRows, toCsv } from '../support/roster-fixture.js';

/**
 * 回避 on the side paths that went around the route regexes (issue 13, finding 3): one test
 * per path. The staff member is the tip's subject or a relative of its subject; each
 * test also shows a colleague without a cadre record gets the content, so none is vacuous.
 */
let w: ConflictWorld;
let admin: string;
let custodian: string;

const api = () => request(w.ctx.baseUrl);
const as = (token: string) => ({ Authorization: `Bearer ${token}` });
/** The hidden tip's marks (id, number, text) in a response, DOCX and XLSX included. */
async function marks(req: request.Test): Promise<{ status: number; marks: string[] }> {
  const res = await req.buffer(true).parse(rawBody as never);
  return { status: res.status, marks: marksIn(await responseText(res), w.tip) };
}
/** A new officer (triage and supervisor), linked to a new cadre record, a recorded sibling of the tip's subject, if `excluded`. */
async function officer(excluded: boolean): Promise<{ token: string; id: string }> {
  const token = await w.ctx.staffToken(['TRIAGE_OFFICER', 'SUPERVISOR']);
  const me = await api().get('/api/v1/auth/me').set(as(token)).expect(200);
  const id: string = (await w.ctx.db.query(`SELECT id FROM staff_user WHERE username = $1`, [me.body.username])).rows[0].id;
  if (excluded) await linkToRelative(id);
  return { token, id };
}
let relatives = 0;
async function linkToRelative(staffId: string): Promise<void> {
  const { rows } = await w.ctx.db.query(
    `INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post) VALUES ($1, '赵守信', '赵', '男', '1980-01', $2, '科员') RETURNING id`,
    [`HBR${Date.now()}${++relatives}`, w.unitId],
  );
  await w.ctx.db.query(`INSERT INTO cadre_relation (cadre_id, related_cadre_id, kind) VALUES ($1, $2, 'SIBLING')`, [
    w.cadres.subject,
    rows[0].id,
  ]);
  await api().put(`/api/v1/staff/${staffId}/cadre`).set(as(admin)).send({ cadreId: rows[0].id }).expect(204);
}

beforeAll(async () => {
  w = await createConflictWorld();
  admin = await w.ctx.staffToken(['ADMIN']);
  custodian = w.custodian;
}, 120_000);
afterAll(async () => {
  await w?.ctx.close();
});

describe('回避 on every path that carries tip content', () => {
  it.each([
    ['the verification request list', '/api/v1/verification-requests'],
    ['a verification request', () => `/api/v1/verification-requests/${w.requestId}`],
    ['the case’s verification requests', () => `/api/v1/reports/${w.tip.id}/verification-requests`],
    ['the console’s verification page', '/console/verification'],
  ])('%s', async (_, path) => {
    const url = typeof path === 'function' ? path() : path;
    expect((await marks(api().get(url).set(as(w.colleague)))).marks).not.toEqual([]);
    for (const token of [w.walkers.subject, w.walkers.relative]) {
      const res = await marks(api().get(url).set(as(token)));
      expect(res.marks).toEqual([]);
      expect(res.status === 200 || res.status === 404).toBe(true);
    }
    expect((await api().get(`/api/v1/verification-requests/${w.requestId}`).set(as(w.walkers.relative))).status).toBe(404);
  });

  it('a cadre record’s findings (GET /api/v1/cadres/{id})', async () => {
    const url = `/api/v1/cadres/${w.cadres.relative}`;
    expect((await marks(api().get(url).set(as(w.colleague)))).marks).toContain(w.tip.number);
    for (const token of [w.walkers.subject, w.walkers.relative]) {
      const res = await api().get(url).set(as(token)).expect(200);
      expect(res.body.findings).toEqual([]);
      expect(marksIn(JSON.stringify(res.body), w.tip)).toEqual([]);
    }
  });

  it.each([
    ['the agenda', () => `/api/v1/meetings/${w.meetingId}`],
    ['the minutes', () => `/api/v1/meetings/${w.meetingId}/minutes.docx`],
    ['the console’s meeting page', () => `/console/meetings/${w.meetingId}`],
  ])('a joint meeting: %s', async (_, path) => {
    expect((await marks(api().get(path()).set(as(w.colleague)))).marks).not.toEqual([]);
    for (const token of [w.walkers.subject, w.walkers.relative]) {
      const res = await marks(api().get(path()).set(as(token)));
      expect(res).toEqual({ status: 200, marks: [] });
    }
  });

  it.each([
    ['the run', () => `/api/v1/vetting/runs/${w.runId}`],
    ['the candidate', () => `/api/v1/vetting/candidates/${w.candidateId}`],
    ['the vetting sheet', () => `/api/v1/vetting/candidates/${w.candidateId}/sheet.docx`],
    ['the console’s run page', () => `/console/vetting/runs/${w.runId}`],
  ])('a vetting run’s open tips: %s', async (_, path) => {
    expect((await marks(api().get(path()).set(as(w.colleague)))).marks).toContain(w.tip.number);
    for (const token of [w.walkers.subject, w.walkers.relative]) {
      const res = await marks(api().get(path()).set(as(token)));
      expect(res).toEqual({ status: 200, marks: [] });
    }
  });

  it('the inbox’s total does not count the tip, whichever page it is read from', async () => {
    const page = async (token: string, n: number) =>
      (await api().get(`/api/v1/triage/inbox?pageSize=1&page=${n}`).set(as(token)).expect(200)).body;
    const all = (await page(w.colleague, 1)).total;
    for (const n of [1, 2, 3]) {
      const mine = await page(w.walkers.subject, n);
      expect(`page ${n}: ${mine.total}`).toBe(`page ${n}: ${all - 1}`);
      expect(marksIn(JSON.stringify(mine), w.tip)).toEqual([]);
    }
  });
});

describe('回避 on report ids given in request bodies: an excluded id answers like an unknown one', () => {
  it('merge target', async () => {
    const res = await api().post(`/api/v1/triage/cases/${w.other.id}/merge`).set(as(w.walkers.subject)).send({ intoReportId: w.tip.id });
    expect(res.status).toBe(404);
    expect(res.body.message).toBe(
      (
        await api()
          .post(`/api/v1/triage/cases/${w.other.id}/merge`)
          .set(as(w.walkers.subject))
          .send({ intoReportId: '00000000-0000-4000-8000-000000000000' })
      ).body.message,
    );
    expect((await w.ctx.db.query(`SELECT status FROM report WHERE id = $1`, [w.other.id])).rows[0].status).not.toBe('MERGED');
  });

  it('meeting agenda item', async () => {
    const res = await api().post(`/api/v1/meetings/${w.meetingId}/items`).set(as(w.walkers.relative)).send({ reportId: w.tip.id });
    expect(res.status).toBe(404);
    expect(marksIn(JSON.stringify(res.body), w.tip)).toEqual([]);
  });

  it('cadre link', async () => {
    const res = await api().post(`/api/v1/cadres/${w.cadres.stranger}/reports`).set(as(w.walkers.subject)).send({ reportId: w.tip.id });
    expect(res.status).toBe(404);
    expect(
      (await w.ctx.db.query(`SELECT 1 FROM cadre_report_link WHERE report_id = $1 AND cadre_id = $2`, [w.tip.id, w.cadres.stranger]))
        .rowCount,
    ).toBe(0);
  });

  it('a decision on the tip’s agenda item', async () => {
    const res = await api()
      .post(`/api/v1/meetings/${w.meetingId}/items/${w.itemId}/decision`)
      .set(as(w.walkers.subject))
      .send({ kind: 'PROCEED', note: '继续办理' });
    expect(res.status).toBe(404);
  });
});

describe('identity reveal is re-checked for the requester', () => {
  it('the custodian cannot approve a request whose requester is excluded from the tip (409, audited)', async () => {
    const requester = await officer(false);
    const asked = await api()
      .post(`/api/v1/reports/${w.tip.id}/identity-requests`)
      .set(as(requester.token))
      .send({ reason: '需要联系举报人核实账外资金线索' })
      .expect(201);
    await linkToRelative(requester.id); // since the request, a relative of the subject
    const res = await api().post(`/api/v1/identity-requests/${asked.body.id}/approve`).set(as(custodian)).send({ note: '同意' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('REQUESTER_EXCLUDED');
    expect((await w.ctx.db.query(`SELECT status FROM identity_access_request WHERE id = $1`, [asked.body.id])).rows[0].status).toBe(
      'PENDING',
    );
    const audited = await w.ctx.db.query(
      `SELECT details FROM audit_log WHERE action = 'coi.excluded' AND target_id = $1 AND details->>'requestId' = $2`,
      [w.tip.id, asked.body.id],
    );
    expect(audited.rowCount).toBe(1);
  });

  it('an approved requester who becomes excluded sees nothing', async () => {
    const requester = await officer(false);
    const asked = await api()
      .post(`/api/v1/reports/${w.tip.id}/identity-requests`)
      .set(as(requester.token))
      .send({ reason: '需要联系举报人核实账外资金线索' })
      .expect(201);
    await api().post(`/api/v1/identity-requests/${asked.body.id}/approve`).set(as(custodian)).send({ note: '同意' }).expect(200);
    await linkToRelative(requester.id);
    const res = await api().get(`/api/v1/identity-requests/${asked.body.id}/identity`).set(as(requester.token));
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain('周明');
  });
});

describe('a staff member cannot lift their own 回避: another must make the change', () => {
  it('deleting their own relation', async () => {
    const res = await api().delete(`/api/v1/cadre-relations/${w.cadres.subject}/${w.cadres.relative}`).set(as(w.walkers.subject));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('OWN_RECORD_NEEDS_ANOTHER');
    expect(res.body.message).toContain('其他工作人员');
    expect(
      (
        await w.ctx.db.query(`SELECT 1 FROM cadre_relation WHERE cadre_id = $1 AND related_cadre_id = $2`, [
          w.cadres.subject,
          w.cadres.relative,
        ])
      ).rowCount,
    ).toBe(1);
    // The relative cannot either; a colleague can.
    expect(
      (await api().delete(`/api/v1/cadre-relations/${w.cadres.subject}/${w.cadres.relative}`).set(as(w.walkers.relative))).status,
    ).toBe(409);
  });

  it('clearing their own “under investigation” flag', async () => {
    await w.ctx.db.query(`UPDATE cadre SET under_investigation = true WHERE id = $1`, [w.cadres.subject]);
    const res = await api()
      .put(`/api/v1/cadres/${w.cadres.subject}/investigation`)
      .set(as(w.walkers.subject))
      .send({ underInvestigation: false });
    expect(res.status).toBe(409);
    expect(
      (await w.ctx.db.query(`SELECT under_investigation FROM cadre WHERE id = $1`, [w.cadres.subject])).rows[0].under_investigation,
    ).toBe(true);
    await api()
      .put(`/api/v1/cadres/${w.cadres.subject}/investigation`)
      .set(as(w.colleague))
      .send({ underInvestigation: false })
      .expect(204);
  });

  it('moving their own cadre record by re-importing the roster', async () => {
    const { rows } = await w.ctx.db.query(`SELECT person_no, unit_id FROM cadre WHERE id = $1`, [w.cadres.subject]);
    const row = rosterRows(1)[0]!;
    row[0] = rows[0].person_no;
    row[1] = '赵守成';
    row[9] = '回避测试区水务局'; // another unit: the record would move out of the same-unit rule
    const res = await api()
      .post('/api/v1/roster/imports')
      .set(as(w.walkers.subject))
      .attach('file', Buffer.from(toCsv([row])), 'roster.csv');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('OWN_RECORD_NEEDS_ANOTHER');
    expect((await w.ctx.db.query(`SELECT unit_id FROM cadre WHERE id = $1`, [w.cadres.subject])).rows[0].unit_id).toBe(rows[0].unit_id);
    // The same file from a colleague is an ordinary update.
    const ok = await api()
      .post('/api/v1/roster/imports')
      .set(as(w.colleague))
      .attach('file', Buffer.from(toCsv([row])), 'roster.csv');
    expect(ok.status).toBe(201);
  });

  it('unlinking their own account from their cadre record', async () => {
    // An administrator who is also a cadre (and a relative of the tip's subject).
    const own = await w.ctx.staffToken(['ADMIN']);
    const me = await api().get('/api/v1/auth/me').set(as(own)).expect(200);
    const ownId: string = (await w.ctx.db.query(`SELECT id FROM staff_user WHERE username = $1`, [me.body.username])).rows[0].id;
    await linkToRelative(ownId);
    const res = await api().put(`/api/v1/staff/${ownId}/cadre`).set(as(own)).send({ cadreId: null });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('OWN_RECORD_NEEDS_ANOTHER');
    expect((await w.ctx.db.query(`SELECT cadre_id FROM staff_user WHERE id = $1`, [ownId])).rows[0].cadre_id).not.toBeNull();
    await api().put(`/api/v1/staff/${ownId}/cadre`).set(as(admin)).send({ cadreId: null }).expect(204);
  });
});
