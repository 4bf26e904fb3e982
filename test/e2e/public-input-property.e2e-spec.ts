import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { routeInventory, type RouteEntry } from '../../src/auth/route-inventory.js';
import { validTip } from '../support/fixtures.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/**
 * Hostile input against every public route (intake, follow-up, pages, webhooks), found
 * from the application's own route table so new public routes are included. For every
 * request: never a 5xx, never HTML reflected unescaped, and the database never holds a
 * half-stored tip (a report without its first event or triage job, an attachment row
 * without its file, a temporary file left behind).
 */
const RUNS = 20;
const MARKERS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg/onload=alert(1)>', "'; DROP TABLE report; --"];
const HOSTILE = [
  ...MARKERS,
  '../../etc/passwd',
  '\u0000\u0001\u001f',
  '\uD800',
  '﻿\u202E',
  '{{7*7}}<%= 7*7 %>${7*7}',
  '1e309',
  '-1',
  'null',
  '𠀀'.repeat(300),
  'A'.repeat(70_000),
];

let ctx: TestContext;
let routes: RouteEntry[];

const text = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    tie('object'),
  ),
  object: fc.dictionary(
    fc.oneof(text, fc.constantFrom('__proto__', 'constructor', 'body', 'receiptCode', 'reporter', 'subjects', 'anonymous')),
    tie('value'),
    { maxKeys: 5 },
  ),
})).value;
/** A tip that passes validation, with hostile text where a reporter may write anything. */
const plausibleTip = fc
  .record({ body: fc.constantFrom(...MARKERS), place: text, name: fc.constantFrom(...MARKERS) })
  .map(({ body, place, name }) =>
    validTip({
      body: `${validTip().body}${body}`,
      incidentPlace: place.slice(0, 100),
      subjects: [{ name: name.slice(0, 20), unit: '某局' }],
    }),
  );
const body = fc.oneof(json, plausibleTip);

async function invariantsHold(): Promise<string[]> {
  const problems: string[] = [];
  const { rows } = await ctx.db.query(`
    SELECT
      (SELECT count(*)::int FROM report r WHERE NOT EXISTS (SELECT 1 FROM report_event e WHERE e.report_id = r.id AND e.type = 'RECEIVED')) AS without_event,
      (SELECT count(*)::int FROM report r WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.job_id = 'report:' || r.id || ':triage')) AS without_job`);
  if (rows[0].without_event) problems.push(`${rows[0].without_event} report(s) without RECEIVED event`);
  if (rows[0].without_job) problems.push(`${rows[0].without_job} report(s) without triage job`);
  const { rows: files } = await ctx.db.query(`SELECT storage_key FROM attachment`);
  for (const { storage_key } of files)
    if (!existsSync(join(ctx.storageDir, storage_key))) problems.push(`attachment file missing: ${storage_key}`);
  const tmp = join(ctx.storageDir, 'tmp');
  if (existsSync(tmp) && readdirSync(tmp).length) problems.push(`${readdirSync(tmp).length} temporary file(s) left behind`);
  return problems;
}

function checkResponse(route: RouteEntry, res: request.Response): string | null {
  if (res.status >= 500) return `${route.method} ${route.path}: ${res.status} ${res.text.slice(0, 200)}`;
  const type = String(res.headers['content-type'] ?? '');
  if (type.includes('text/html')) {
    for (const marker of MARKERS.slice(0, 3))
      if (res.text.includes(marker)) return `${route.method} ${route.path}: reflected ${marker} unescaped`;
  } else if (res.text && !type.includes('application/json') && !type.includes('text/plain') && !type.includes('text/xml')) {
    return `${route.method} ${route.path}: unexpected content type ${type}`;
  }
  return null;
}

let address = 0;
const client = () => `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address++ & 255}`;

function send(route: RouteEntry, payload: unknown, as: 'json' | 'form' | 'multipart' | 'raw') {
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put';
  const path = route.path.replace(/:(\w+)/g, () => encodeURIComponent(String(payload).slice(0, 40) || 'x'));
  let req = request(ctx.baseUrl)[method](path).set('X-Forwarded-For', client()).timeout(20_000);
  if (method === 'get') return req.query({ q: JSON.stringify(payload).slice(0, 500) });
  switch (as) {
    case 'json':
      return req.send(payload as object);
    case 'form':
      return req
        .type('form')
        .send(
          Object.fromEntries(
            Object.entries(typeof payload === 'object' && payload ? payload : { value: payload }).map(([k, v]) => [k, JSON.stringify(v)]),
          ),
        );
    case 'multipart':
      req = req.field('json', JSON.stringify(payload) ?? 'null').field('report', JSON.stringify(payload) ?? 'null');
      return req.attach('files', Buffer.from(JSON.stringify(payload) ?? ''), { filename: '<b>x</b>.jpg', contentType: 'image/jpeg' });
    case 'raw':
      return req.set('Content-Type', 'application/json').send(typeof payload === 'string' ? payload : `${JSON.stringify(payload)}}`);
  }
}

beforeAll(async () => {
  ctx = await createTestContext({ settings: { security: { trustProxy: 1 } } });
  routes = routeInventory(ctx.app).filter((r) => r.isPublic && !r.path.startsWith('/health'));
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

describe('hostile input at every public route', () => {
  it('covers the intake, follow-up and webhook routes', () => {
    const paths = routes.map((r) => `${r.method} ${r.path}`);
    expect(paths).toEqual(
      expect.arrayContaining(['POST /api/v1/public/reports', 'POST /api/v1/public/reports/lookup', 'POST /report', 'POST /follow-up']),
    );
  });

  it('never answers 5xx, never reflects markup, never leaves half a record', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      await fc
        .assert(
          fc.asyncProperty(
            body,
            fc.constantFrom<'json' | 'form' | 'multipart' | 'raw'>('json', 'form', 'multipart', 'raw'),
            async (payload, as) => {
              const res = await send(route, payload, as);
              const problem = checkResponse(route, res);
              if (problem) failures.push(`${problem} [as ${as}: ${JSON.stringify(payload).slice(0, 120)}]`);
              return problem === null;
            },
          ),
          { numRuns: RUNS, endOnFailure: true },
        )
        .catch(() => undefined); // collected above with the failing input
    }
    failures.push(...(await invariantsHold()));
    expect(failures).toEqual([]);
  }, 300_000);

  it('a tip full of markup is stored as text and shown escaped to the reporter', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...MARKERS.slice(0, 3)), async (marker) => {
        const submitted = await request(ctx.baseUrl)
          .post('/report')
          .set('X-Forwarded-For', client())
          .field('subjectName', '王某某')
          .field('subjectUnit', marker.slice(0, 30))
          .field('body', `${validTip().body}${marker}`)
          .field('anonymous', 'true')
          .field('acknowledge', 'on');
        expect(submitted.status).toBeLessThan(500);
        for (const m of MARKERS.slice(0, 3)) expect(submitted.text).not.toContain(m);
        const api = await request(ctx.baseUrl)
          .post('/api/v1/public/reports')
          .set('X-Forwarded-For', client())
          .send(validTip({ body: `${validTip().body}${marker}` }));
        expect(api.status).toBe(201);
        const code = String(api.body.receiptCode).replaceAll(' ', '');
        const page = await request(ctx.baseUrl)
          .post('/follow-up')
          .set('X-Forwarded-For', client())
          .type('form')
          .send({ receiptCode: code });
        expect(page.status).toBe(200);
        expect(page.text).not.toContain(marker);
        const stored = await ctx.db.query(`SELECT body FROM report WHERE number = $1`, [api.body.reportNumber]);
        expect(stored.rows[0].body).toContain(marker); // kept as the reporter wrote it, escaped only on output
      }),
      { numRuns: 3 },
    );
    expect(await invariantsHold()).toEqual([]);
  }, 120_000);
});
