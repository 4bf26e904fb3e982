import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AppConfig } from '../../src/infra/config/app-config.js';
import { validTip } from '../support/fixtures.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

let ctx: TestContext;
let admin: string;
let linked: string; // an officer who is also cadre X
let colleague: string; // an officer with no cadre record
const cadre: Record<string, string> = {};
const tip: Record<string, string> = {};
let seq = 0;

const api = () => request(ctx.baseUrl);
const as = (token: string) => ({ Authorization: `Bearer ${token}` });

async function unit(name: string): Promise<string> {
  return (await ctx.db.query(`INSERT INTO unit (name) VALUES ($1) RETURNING id`, [name])).rows[0].id;
}
async function addCadre(key: string, name: string, unitId: string, post: string) {
  const { rows } = await ctx.db.query(
    `INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post) VALUES ($1, $2, $3, '男', '1975-03', $4, $5) RETURNING id`,
    [`P${++seq}`, name, name[0], unitId, post],
  );
  cadre[key] = rows[0].id;
}
async function submit(key: string) {
  const res = await api().post('/api/v1/public/reports').set('X-Forwarded-For', `198.51.100.${++seq}`).send(validTip()).expect(201);
  tip[key] = (await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [res.body.reportNumber])).rows[0].id;
}
async function staffId(token: string): Promise<string> {
  const me = await api().get('/api/v1/auth/me').set(as(token)).expect(200);
  return (await ctx.db.query(`SELECT id FROM staff_user WHERE username = $1`, [me.body.username])).rows[0].id;
}

beforeAll(async () => {
  ctx = await createTestContext({ settings: { security: { trustProxy: 1 } } });
  admin = await ctx.staffToken(['ADMIN']);
  linked = await ctx.staffToken(['TRIAGE_OFFICER']);
  colleague = await ctx.staffToken(['TRIAGE_OFFICER']);
  const bureau = await unit('示范区财政局');
  const school = await unit('示范区第一中学');
  await addCadre('self', '张建国', bureau, '副局长');
  await addCadre('sameUnit', '李卫东', bureau, '局长');
  await addCadre('relative', '张建华', school, '校长');
  await addCadre('stranger', '王志强', school, '副校长');
  for (const key of ['aboutSelf', 'aboutRelative', 'aboutSameUnit', 'aboutStranger']) await submit(key);
  // Links as triage and staff make them: a staff link, a triage-confirmed subject, the triage index.
  await ctx.db.query(`INSERT INTO cadre_report_link (report_id, cadre_id, source) VALUES ($1, $2, 'STAFF')`, [
    tip['aboutSelf'],
    cadre['self'],
  ]);
  await ctx.db.query(
    `INSERT INTO report_subject (report_id, role, status, cadre_id, mentions, candidates, position) VALUES ($1, 'SUBJECT', 'CONFIRMED', $2, '{张建华}', '[]', 0)`,
    [tip['aboutRelative'], cadre['relative']],
  );
  await ctx.db.query(`INSERT INTO report_subject_cadre (report_id, cadre_id) VALUES ($1, $2)`, [tip['aboutSameUnit'], cadre['sameUnit']]);
  await ctx.db.query(`INSERT INTO cadre_report_link (report_id, cadre_id, source) VALUES ($1, $2, 'TRIAGE')`, [
    tip['aboutStranger'],
    cadre['stranger'],
  ]);
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

describe('回避: staff linked to a cadre record', () => {
  it('an administrator links the account to its cadre record and records a relative', async () => {
    await api()
      .put(`/api/v1/staff/${await staffId(linked)}/cadre`)
      .set(as(admin))
      .send({ cadreId: cadre['self'] })
      .expect(204);
    const taken = await api()
      .put(`/api/v1/staff/${await staffId(colleague)}/cadre`)
      .set(as(admin))
      .send({ cadreId: cadre['self'] });
    expect(taken.status).toBe(409);
    const officer = await ctx.staffToken(['SUPERVISOR']);
    await api()
      .post('/api/v1/cadre-relations')
      .set(as(officer))
      .send({ cadreId: cadre['self'], relatedCadreId: cadre['relative'], kind: 'SIBLING' })
      .expect(204);
    expect(
      (
        await api()
          .post('/api/v1/cadre-relations')
          .set(as(officer))
          .send({ cadreId: cadre['self'], relatedCadreId: cadre['self'], kind: 'SIBLING' })
      ).status,
    ).toBe(400);
  });

  it.each(['aboutSelf', 'aboutRelative', 'aboutSameUnit'])(
    'cannot open the tip %s: it answers exactly like a tip that does not exist',
    async (key) => {
      const unknown = await api().get(`/api/v1/reports/${randomUUID()}`).set(as(linked));
      const excluded = await api().get(`/api/v1/reports/${tip[key]}`).set(as(linked));
      expect(excluded.status).toBe(404);
      expect({ ...excluded.body, requestId: null }).toEqual({ ...unknown.body, requestId: null });
      expect(JSON.stringify(excluded.body)).not.toContain(tip[key]);
      // Nor act on it or ask who reported it.
      expect((await api().post(`/api/v1/reports/${tip[key]}/messages`).set(as(linked)).send({ body: '请补充材料' })).status).toBe(404);
      expect(
        (await api().post(`/api/v1/reports/${tip[key]}/identity-requests`).set(as(linked)).send({ reason: '需要核实举报人的联系方式' }))
          .status,
      ).toBe(404);
    },
  );

  it('cannot list or find them; other tips stay visible', async () => {
    const all: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api()
        .get('/api/v1/reports')
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .set(as(linked))
        .expect(200);
      all.push(...page.body.items.map((i: { id: string }) => i.id));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    expect(all).toContain(tip['aboutStranger']);
    for (const key of ['aboutSelf', 'aboutRelative', 'aboutSameUnit']) expect(all).not.toContain(tip[key]);
    // The triage inbox (every status, so the untriaged tips are in it) leaves them out too.
    const inbox = await api().get('/api/v1/triage/inbox').set(as(linked)).expect(200);
    const text = JSON.stringify(inbox.body);
    for (const key of ['aboutSelf', 'aboutRelative', 'aboutSameUnit']) expect(text).not.toContain(tip[key]);
    const unfiltered = JSON.stringify((await api().get('/api/v1/triage/inbox').set(as(colleague)).expect(200)).body);
    expect(unfiltered).toContain(tip['aboutSelf']); // so the check above is not vacuous
    expect((await api().get(`/api/v1/triage/cases/${tip['aboutSelf']}`).set(as(linked))).status).toBe(404);
    await api().get(`/api/v1/reports/${tip['aboutStranger']}`).set(as(linked)).expect(200);
    // The console's pages hold to the same rule: not in the inbox page, 404 on the case page.
    const page = await api().get('/console').set(as(linked)).set('Accept', 'text/html').expect(200);
    for (const key of ['aboutSelf', 'aboutRelative', 'aboutSameUnit']) expect(page.text).not.toContain(tip[key]);
    expect(page.text).toContain(tip['aboutStranger']);
    const casePage = await api().get(`/console/cases/${tip['aboutSelf']}`).set(as(linked)).set('Accept', 'text/html');
    expect(casePage.status).toBe(404);
    expect((await api().post(`/console/cases/${tip['aboutSelf']}/note`).set(as(linked)).type('form').send({ body: '备注' })).status).toBe(
      404,
    );
  });

  it('a colleague without a cadre link sees every tip', async () => {
    for (const key of Object.keys(tip)) await api().get(`/api/v1/reports/${tip[key]}`).set(as(colleague)).expect(200);
  });

  it('records each exclusion, with its reason, in the audit trail', async () => {
    const { rows } = await ctx.db.query(
      `SELECT DISTINCT target_id, details->>'reason' AS reason FROM audit_log WHERE action = 'coi.excluded'`,
    );
    const reasons = Object.fromEntries(rows.map((r) => [r.target_id, r.reason]));
    expect(reasons[tip['aboutSelf']!]).toBe('SUBJECT');
    expect(reasons[tip['aboutRelative']!]).toBe('RELATIVE');
    expect(reasons[tip['aboutSameUnit']!]).toBe('SAME_UNIT');
    expect(reasons[tip['aboutStranger']!]).toBeUndefined();
  });

  it('the same-unit rule is configurable', async () => {
    ctx.app.get(AppConfig).settings.security.conflictOfInterest.sameUnit = false;
    try {
      await api().get(`/api/v1/reports/${tip['aboutSameUnit']}`).set(as(linked)).expect(200);
      expect((await api().get(`/api/v1/reports/${tip['aboutSelf']}`).set(as(linked))).status).toBe(404);
    } finally {
      ctx.app.get(AppConfig).settings.security.conflictOfInterest.sameUnit = true;
    }
  });

  it('unlinking the account ends the exclusion', async () => {
    await api()
      .put(`/api/v1/staff/${await staffId(linked)}/cadre`)
      .set(as(admin))
      .send({ cadreId: null })
      .expect(204);
    // The principal is read per request, so the change applies at once.
    await api().get(`/api/v1/reports/${tip['aboutSelf']}`).set(as(linked)).expect(200);
  });
});
