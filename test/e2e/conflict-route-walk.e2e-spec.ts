import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { routeInventory, type RouteEntry } from '../../src/auth/route-inventory.js';
import { createConflictWorld, LIAISON_AGENCY, marksIn, rawBody, responseText, type ConflictWorld } from '../support/conflict-fixture.js';

/**
 * 回避, generated from the route inventory: two staff members excluded from one tip (its
 * subject, and a relative of its subject), holding every role that reads tips, call every
 * route the application serves — API and console pages — with the ids of that tip, its
 * cadre, the meeting, verification request, vetting run and identity request that carry it.
 * No response may carry the tip's id, number or text. The routes come from the
 * application's own metadata, so a new route is walked without being added anywhere; a
 * route with a path parameter the walk cannot fill fails the test until a filler is added.
 */
let w: ConflictWorld;
let routes: RouteEntry[];

beforeAll(async () => {
  w = await createConflictWorld();
  routes = routeInventory(w.ctx.app);
}, 120_000);
afterAll(async () => {
  await w?.ctx.close();
});

/** Values for path parameters, by the route's prefix. The first prefix that matches fills the route. */
function fillers(): Array<[RegExp, Record<string, string>]> {
  const random = randomUUID();
  return [
    [/^\/api\/v1\/reports\/:id(\/|$)/, { id: w.tip.id, attachmentId: randomUUID() }],
    [/^\/api\/v1\/triage\/cases\/:id(\/|$)/, { id: w.tip.id, subjectId: w.tip.subjectRowId }],
    [/^\/console\/cases\/:id(\/|$)/, { id: w.tip.id, action: 'note', subjectId: w.tip.subjectRowId, op: 'confirm' }],
    // A personnel file's records and doubts never carry a tip.
    [/^\/(api\/v1|console)\/cadres\/:id(\/|$)/, { id: w.cadres.relative, relatedId: w.cadres.subject, entryId: random, doubtId: random }],
    [/^\/api\/v1\/cadre-relations\/:cadreId\/:relatedCadreId$/, { cadreId: w.cadres.subject, relatedCadreId: w.cadres.relative }],
    [/^\/(api\/v1|console)\/meetings\/:id(\/|$)/, { id: w.meetingId, itemId: w.itemId }],
    [/^\/api\/v1\/verification-requests\/:id(\/|$)/, { id: w.requestId, attachmentId: randomUUID() }],
    [/^\/console\/verification\/:id(\/|$)/, { id: w.requestId }],
    [/^(\/api\/v1)?\/agency\/requests\/:id(\/|$)/, { id: w.requestId, attachmentId: random }],
    [/^\/(api\/v1\/vetting|console\/vetting)\/runs\/:id(\/|$)/, { id: w.runId }],
    [/^\/(api\/v1\/vetting|console\/vetting)\/candidates\/:id(\/|$)/, { id: w.candidateId }],
    [/^\/api\/v1\/identity-requests\/:id(\/|$)/, { id: w.identityRequestId }],
    [/^\/console\/identity\/:id(\/|$)/, { id: w.identityRequestId, decision: 'approve' }],
    [/^\/api\/v1\/personal-matters\/draws\/:year(\/|$)/, { year: '2026' }],
    [/^\/api\/v1\/units\/:id(\/|$)/, { id: w.unitId }],
    [/^\/(api\/v1|console\/admin)\/agencies\/:code$/, { code: 'AUDIT' }],
    [/^\/api\/v1\/staff\/:id(\/|$)/, { id: w.staffIds.colleague }],
    // Account reset requests never carry a tip.
    [/^\/api\/v1\/staff\/reset-requests\/:requestId\/:decision$/, { requestId: random, decision: 'approve' }],
    [/^\/console\/admin\/staff\/:id(\/|$)/, { id: w.staffIds.colleague, action: 'password' }],
    [/^\/api\/v1\/agencies\/:code$/, { code: LIAISON_AGENCY }],
    // Things that never carry a tip: publicity notices, probations, voicemails not yet transcribed.
    [/^\/(api\/v1\/vetting\/|console\/vetting\/)?notices\/:id(\/|$)/, { id: random }],
    [/^\/(api\/v1\/vetting|console\/vetting)\/probations\/:id(\/|$)/, { id: random }],
    [/^\/api\/v1\/hotline\/voicemails\/:callId(\/|$)/, { callId: random }],
  ];
}

/** The concrete URL of a route, or an error naming the parameter nobody knows how to fill. */
function concrete(route: RouteEntry): string {
  const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  if (names.length === 0) return route.path;
  const match = fillers().find(([pattern]) => pattern.test(route.path));
  const values = match?.[1] ?? {};
  const missing = names.filter((n) => values[n] === undefined);
  if (missing.length) {
    throw new Error(
      `${route.method} ${route.path} (${route.handler}): the 回避 walk does not know how to fill :${missing.join(', :')} — add a filler in conflict-route-walk.e2e-spec.ts`,
    );
  }
  return route.path.replace(/:(\w+)/g, (_, name: string) => values[name]!);
}

const endsSession = (r: RouteEntry) => /\/logout(-all)?$/.test(r.path);

let clientSeq = 0;
async function call(route: RouteEntry, token: string): Promise<{ status: number; text: string }> {
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  const agent = request(w.ctx.baseUrl);
  let req = agent[method](concrete(route))
    .set('Authorization', `Bearer ${token}`)
    .set('X-Forwarded-For', `203.0.113.${(++clientSeq % 250) + 1}`)
    .buffer(true)
    .parse(rawBody as never);
  if (route.path.startsWith('/console') || route.path.startsWith('/agency')) req = req.set('Accept', 'text/html');
  const res = await (['post', 'put', 'patch'].includes(method) ? req.send({}) : req);
  return { status: res.status, text: await responseText(res) };
}

async function walk(token: string, which: (r: RouteEntry) => boolean): Promise<Map<string, { status: number; marks: string[] }>> {
  const seen = new Map<string, { status: number; marks: string[] }>();
  for (const route of routes.filter(which)) {
    const res = await call(route, token);
    seen.set(`${route.method} ${route.path}`, { status: res.status, marks: marksIn(res.text, w.tip) });
  }
  return seen;
}

/** Responses that carried the tip, and server errors (a 500 is no answer either). */
function problems(seen: Map<string, { status: number; marks: string[] }>): { leaks: string[]; errors: string[] } {
  return {
    leaks: [...seen].filter(([, r]) => r.marks.length > 0).map(([k, r]) => `${k} (${r.status}): ${r.marks.join(', ')}`),
    errors: [...seen].filter(([, r]) => r.status >= 500).map(([k, r]) => `${k}: ${r.status}`),
  };
}

const isRead = (r: RouteEntry) => r.method === 'GET';
const isWrite = (r: RouteEntry) => r.method !== 'GET' && !endsSession(r);

describe('回避 route walk (generated from the route inventory)', () => {
  it('can fill every route of the inventory (a new route with a new kind of id fails here)', () => {
    expect(routes.length).toBeGreaterThan(50);
    for (const route of routes) expect(() => concrete(route)).not.toThrow();
  });

  let colleagueReads: Map<string, { status: number; marks: string[] }>;

  it('the walk is not vacuous: a colleague with no cadre record sees the tip on the pages that carry it', async () => {
    colleagueReads = await walk(w.colleague, isRead);
    const carrying = [...colleagueReads].filter(([, r]) => r.marks.length > 0).map(([k]) => k);
    for (const expected of [
      'GET /api/v1/reports',
      'GET /api/v1/reports/:id',
      'GET /api/v1/triage/inbox',
      'GET /api/v1/triage/cases/:id',
      'GET /api/v1/reports/:id/verification-requests',
      'GET /api/v1/verification-requests',
      'GET /api/v1/verification-requests/:id',
      'GET /api/v1/cadres/:id',
      'GET /api/v1/meetings/:id',
      'GET /api/v1/meetings/:id/minutes.docx',
      'GET /api/v1/vetting/runs/:id',
      'GET /api/v1/vetting/candidates/:id',
      'GET /api/v1/vetting/candidates/:id/sheet.docx',
      'GET /api/v1/vetting/runs/:id/slate.xlsx',
      'GET /console',
      'GET /console/cases/:id',
      'GET /console/cadres/:id',
      'GET /console/verification',
      'GET /console/meetings/:id',
      'GET /console/vetting/runs/:id',
    ]) {
      expect(carrying).toContain(expected);
    }
  }, 120_000);

  it.each(['subject', 'relative'] as const)(
    'the tip’s %s reads every route and page without meeting the tip',
    async (who) => {
      const reads = await walk(w.walkers[who], isRead);
      expect(problems(reads)).toEqual({ leaks: [], errors: [] });
      // Where the colleague gets the tip itself, the excluded staff member gets the 404 of an unknown tip.
      for (const key of [
        'GET /api/v1/reports/:id',
        'GET /api/v1/triage/cases/:id',
        'GET /console/cases/:id',
        'GET /api/v1/verification-requests/:id',
        'GET /api/v1/reports/:id/notifications',
      ]) {
        expect(`${key} ${reads.get(key)?.status}`).toBe(`${key} 404`);
      }
    },
    180_000,
  );

  it.each(['subject', 'relative'] as const)(
    'the tip’s %s calling every write route with the tip’s ids gets nothing of it back',
    async (who) => {
      const writes = await walk(w.walkers[who], isWrite);
      expect(problems(writes)).toEqual({ leaks: [], errors: [] });
      // Nothing about the tip was done: no case action succeeded on it.
      const done = [...writes]
        .filter(([k, r]) => /\/(reports|triage\/cases|console\/cases)\/:id/.test(k) && r.status < 400)
        .map(([k, r]) => `${k}: ${r.status}`);
      expect(done).toEqual([]);
    },
    180_000,
  );

  it('totals do not count the tip', async () => {
    const get = (token: string, url: string) => request(w.ctx.baseUrl).get(url).set('Authorization', `Bearer ${token}`).expect(200);
    for (const token of [w.walkers.subject, w.walkers.relative]) {
      const [mine, theirs] = [(await get(token, '/api/v1/triage/inbox')).body, (await get(w.colleague, '/api/v1/triage/inbox')).body];
      expect({
        mine: mine.items.map((i: { number: string }) => i.number),
        theirs: theirs.items.map((i: { number: string }) => i.number),
      }).toEqual({ mine: [w.other.number], theirs: expect.arrayContaining([w.tip.number, w.other.number]) });
      expect(mine.total).toBe(theirs.total - 1);
      expect(mine.items.length).toBe(theirs.items.length - 1);
      const reports = async (t: string) => (await get(t, '/api/v1/reports?limit=100')).body.items.length;
      expect(await reports(token)).toBe((await reports(w.colleague)) - 1);
      const agenda = async (t: string) => (await get(t, '/api/v1/meetings')).body.find((m: { id: string }) => m.id === w.meetingId).items;
      expect(await agenda(token)).toBe((await agenda(w.colleague)) - 1);
      const requested = async (t: string) =>
        (await get(t, '/api/v1/verification-figures')).body.find((a: { agencyCode: string }) => a.agencyCode === LIAISON_AGENCY).requests;
      expect(await requested(token)).toBe((await requested(w.colleague)) - 1);
    }
  });
});
