import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { routeInventory, type RouteEntry } from '../../src/auth/route-inventory.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/**
 * The input boundary on every route, public and staff: the routes come from the
 * application's route table, their query parameters and body fields from the OpenAPI
 * document it serves, so a new route or field is covered without touching this file.
 * A hostile value (NUL and other controls, a lone surrogate, invalid UTF-8) put in any one
 * path parameter, query parameter or body field answers 400 INVALID_CHARACTERS naming that
 * field, never a 5xx; a staff request refused this way is still in the audit trail.
 */
const HOSTILE = ['\u0000', 'a\u0000b', '\u0001\u001f', '\u007f', '\u0085', '\uD800', 'x\uDC00', '\uFFFD'];
/** Bytes that are not UTF-8, sent as they are (percent-encoded in URLs). */
const INVALID_UTF8 = [Buffer.from([0xff]), Buffer.from([0xc3, 0x28]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xe4, 0xb8])];

interface Operation {
  parameters?: Array<{ name: string; in: string }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface Schema {
  $ref?: string;
  properties?: Record<string, Schema>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

let ctx: TestContext;
let routes: RouteEntry[];
let doc: OpenApiDocument;
let token: string;

beforeAll(async () => {
  ctx = await createTestContext({ settings: { security: { trustProxy: 1 } } });
  routes = routeInventory(ctx.app).filter((r) => !r.path.startsWith('/health'));
  const res = await request(ctx.baseUrl).get('/api/docs-json');
  doc = res.body as OpenApiDocument;
  token = await ctx.staffToken(['SUPERVISOR']);
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');
function operation(route: RouteEntry): Operation | undefined {
  return doc.paths[openApiPath(route.path)]?.[route.method.toLowerCase()];
}
function resolve(schema: Schema | undefined): Schema | undefined {
  const ref = schema?.$ref?.replace('#/components/schemas/', '');
  return ref ? doc.components?.schemas?.[ref] : schema;
}
const pathParams = (route: RouteEntry) => [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
const queryParams = (route: RouteEntry) => (operation(route)?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
function bodyFields(route: RouteEntry): string[] {
  const content = operation(route)?.requestBody?.content ?? {};
  const schema = resolve(content['application/json']?.schema ?? content['application/x-www-form-urlencoded']?.schema);
  return Object.keys(schema?.properties ?? {});
}

type Where = { in: 'path' | 'query' | 'body'; name: string };
function targets(route: RouteEntry): Where[] {
  const hasBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
  return [
    ...pathParams(route).map((name) => ({ in: 'path' as const, name })),
    ...[...queryParams(route), 'q'].map((name) => ({ in: 'query' as const, name })),
    ...(hasBody ? [...bodyFields(route), 'note'].map((name) => ({ in: 'body' as const, name })) : []),
  ];
}

const percent = (bytes: Iterable<number>) => [...bytes].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
/** Percent-encoded; a lone surrogate as the three bytes a careless encoder writes (not UTF-8). */
function encode(value: string | Buffer): string {
  if (typeof value !== 'string') return percent(value);
  return [...value]
    .map((ch) => {
      const c = ch.charCodeAt(0);
      return ch.length === 1 && c >= 0xd800 && c <= 0xdfff
        ? percent([0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)])
        : encodeURIComponent(ch);
    })
    .join('');
}

interface Answer {
  status: number;
  text: string;
  body: { code?: string; details?: unknown } | undefined;
}
/** Raw bytes as the body (supertest would serialize a Buffer as JSON). */
async function sendBytes(method: string, url: string, headers: Record<string, string>, bytes: Buffer): Promise<Answer> {
  const res = await fetch(url, { method, headers: { ...headers, 'Content-Type': 'application/json' }, body: new Uint8Array(bytes) });
  const text = await res.text();
  let body: Answer['body'];
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = undefined;
  }
  return { status: res.status, text, body };
}

let seq = 0;
async function send(route: RouteEntry, where: Where, value: string | Buffer, asStaff: boolean): Promise<Answer> {
  const fill = (name: string) => (where.in === 'path' && where.name === name ? encode(value) : /year/i.test(name) ? '2026' : randomUUID());
  const path = route.path.replace(/:(\w+)/g, (_, name: string) => fill(name));
  const query = where.in === 'query' ? `?${where.name}=${encode(value)}` : '';
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  const headers: Record<string, string> = { 'X-Forwarded-For': `198.51.${(seq >> 8) & 255}.${seq++ & 255}` };
  if (asStaff) headers['Authorization'] = `Bearer ${token}`;
  const hasBody = ['post', 'put', 'patch'].includes(method);
  if (hasBody && where.in === 'body' && typeof value !== 'string') {
    // Invalid UTF-8 inside a JSON string: the raw bytes, as a broken client would send them.
    const raw = Buffer.concat([Buffer.from(`{"${where.name}":"`), value, Buffer.from('"}')]);
    return sendBytes(route.method, `${ctx.baseUrl}${path}${query}`, headers, raw);
  }
  const req = request(ctx.baseUrl)[method](`${path}${query}`).set(headers);
  if (!hasBody) return req;
  return req.send(where.in === 'body' ? { [where.name]: value } : {});
}

const hostile = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(...INVALID_UTF8),
  fc.string({ minLength: 1, maxLength: 6 }).map((s) => `${s}\u0000`),
);

describe('hostile characters in every parameter and field of every route', () => {
  it('reads fields from the OpenAPI document', () => {
    expect(routes.length).toBeGreaterThan(50);
    const submit = routes.find((r) => r.method === 'POST' && r.path === '/api/v1/public/reports')!;
    expect(bodyFields(submit)).toEqual(expect.arrayContaining(['body', 'subjects']));
    const list = routes.find((r) => r.method === 'GET' && r.path === '/api/v1/reports')!;
    expect(queryParams(list)).toEqual(expect.arrayContaining(['cursor', 'status']));
  });

  it('answers 400 naming the field, never 5xx', async () => {
    const wrong: string[] = [];
    let sent = 0;
    for (const route of routes) {
      const asStaff = !route.isPublic;
      for (const where of targets(route)) {
        await fc.assert(
          fc.asyncProperty(hostile, async (value) => {
            const res = await send(route, where, value, asStaff);
            sent += 1;
            const shown = typeof value === 'string' ? JSON.stringify(value) : `bytes ${value.toString('hex')}`;
            const label = `${route.method} ${route.path} ${where.in}.${where.name}=${shown}`;
            if (res.status >= 500) wrong.push(`${label}: ${res.status} ${res.text.slice(0, 160)}`);
            // Pages answer with the page and the message in HTML.
            else if (!route.path.startsWith('/api/') && res.status === 400 && res.text.startsWith('<!doctype html>')) return true;
            else if (res.status !== 400 || res.body?.code !== 'INVALID_CHARACTERS')
              wrong.push(`${label}: ${res.status} ${res.text.slice(0, 160)}`);
            // A path that is not UTF-8 matches no route, so only "path" can be named.
            else if (
              !JSON.stringify(res.body.details).includes(
                where.in === 'path' && /"field":"path"/.test(JSON.stringify(res.body.details)) ? 'path' : where.name,
              )
            ) {
              wrong.push(`${label}: the answer does not name the field: ${JSON.stringify(res.body.details)}`);
            }
            return true;
          }),
          { numRuns: where.in === 'body' || where.name === 'q' ? 2 : 3 },
        );
      }
    }
    expect(wrong).toEqual([]);
    expect(sent).toBeGreaterThan(300);
  }, 600_000);

  it('a NUL in a staff route path is a 400 and the audit row is still written', async () => {
    const before = await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE status = 400`);
    const res = await request(ctx.baseUrl).get('/api/v1/reports/a%00b').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_CHARACTERS');
    const q = await request(ctx.baseUrl).get('/api/v1/reports?status=%00').set('Authorization', `Bearer ${token}`);
    expect(q.status).toBe(400);
    const { rows } = await ctx.db.query<{
      target_id: string | null;
      details: { params?: Record<string, string>; query?: Record<string, string> };
    }>(`SELECT target_id, details FROM audit_log WHERE status = 400 ORDER BY seq DESC LIMIT 2`);
    const after = await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE status = 400`);
    expect(after.rows[0]!.n - before.rows[0]!.n).toBe(2);
    expect(rows[0]!.details.query?.['status']).toBe('\\u0000');
    expect(rows[1]!.target_id).toBe('a\\u0000b');
  });

  it('invalid UTF-8 in a tip is refused, not stored as U+FFFD', async () => {
    const body = Buffer.concat([
      Buffer.from('{"anonymous":true,"body":"'),
      Buffer.from('某局干部在选拔中弄虚作假，'.repeat(3)),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}'),
    ]);
    const res = await sendBytes('POST', `${ctx.baseUrl}/api/v1/public/reports`, {}, body);
    expect(res.status).toBe(400);
    expect(res.body?.details).toEqual([expect.objectContaining({ field: 'body.body' })]);
    const stored = await ctx.db.query(`SELECT count(*)::int AS n FROM report WHERE body LIKE '%' || chr(65533) || '%'`);
    expect(stored.rows[0].n).toBe(0);
  });

  it('a hand-made cursor on GET /api/v1/reports is a 400', async () => {
    const cursors = [
      'x',
      'AAAA',
      Buffer.from('2026-02-30T00:00:00.000000Z|00000000-0000-0000-0000-000000000000').toString('base64url'),
      Buffer.from('1 2|------------------------------------').toString('base64url'),
      Buffer.from("'; select 1 --|x").toString('base64url'),
      '\u0000',
    ];
    for (const cursor of cursors) {
      const res = await request(ctx.baseUrl)
        .get(`/api/v1/reports?cursor=${encodeURIComponent(cursor)}`)
        .set('Authorization', `Bearer ${token}`);
      expect([res.status, res.body.code]).toEqual([400, cursor === '\u0000' ? 'INVALID_CHARACTERS' : 'INVALID_CURSOR']);
    }
  });
});
