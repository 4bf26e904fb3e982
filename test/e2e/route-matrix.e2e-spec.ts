import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { describeAction, SEGMENTS } from '../../src/audit/audit-labels.js';
import { routeInventory, type RouteEntry } from '../../src/auth/route-inventory.js';
import { ROLES, rolesGrant, type Role } from '../../src/auth/roles.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/**
 * Every route of the real application, called with no session and with each role's
 * session, is allowed or denied exactly as PERMISSIONS says. Routes come from the
 * application's own metadata, so a route added later is checked without touching this file.
 */
let ctx: TestContext;
let routes: RouteEntry[];
const tokens = new Map<Role, string>();

beforeAll(async () => {
  ctx = await createTestContext({ settings: { security: { trustProxy: 1 } } });
  routes = routeInventory(ctx.app);
  for (const role of ROLES) tokens.set(role, await ctx.staffToken([role], role === 'AGENCY_LIAISON' ? 'DISCIPLINE' : undefined));
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

const endsSession = (r: RouteEntry) => /\/logout(-all)?$/.test(r.path);

/** A concrete URL for a route pattern: ids are fresh UUIDs, years a year. */
function concrete(path: string): string {
  return path.replace(/:(\w+)/g, (_, name: string) => (/year/i.test(name) ? '2026' : randomUUID()));
}

let clientSeq = 0;
function call(route: RouteEntry, token: string | null) {
  const agent = request(ctx.baseUrl);
  const url = concrete(route.path);
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  let req = agent[method](url).set('X-Forwarded-For', `203.0.113.${(++clientSeq % 250) + 1}`);
  if (token) req = req.set('Authorization', `Bearer ${token}`);
  return ['post', 'put', 'patch'].includes(method) ? req.send({}) : req;
}

/** The guard's refusals, told apart from a handler's own 4xx by their codes. */
const refusedByGuard = (res: request.Response) =>
  (res.status === 401 && res.body?.code === 'UNAUTHENTICATED') || (res.status === 403 && res.body?.code === 'FORBIDDEN');

describe('route × role matrix', () => {
  it('finds the application routes', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.some((r) => r.path === '/api/v1/reports' && r.method === 'GET')).toBe(true);
  });

  it('every route has a Chinese description for the audit log (every path segment is labelled)', () => {
    const unlabelled = [...new Set(routes.flatMap((r) => r.path.split('/').filter((s) => s && !s.startsWith(':') && !(s in SEGMENTS))))];
    expect(unlabelled).toEqual([]);
    const undescribed = routes.map((r) => `${r.method} ${r.path}`).filter((action) => describeAction(action).startsWith('其他操作'));
    expect(undescribed).toEqual([]);
  });

  it('every route is either @Public or names a permission', () => {
    const undeclared = routes.filter((r) => !r.isPublic && !r.permission).map((r) => `${r.method} ${r.path} (${r.handler})`);
    expect(undeclared).toEqual([]);
  });

  it('public routes stay open; every other route refuses a caller without a session', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const res = await call(route, null);
      if (res.status >= 500) wrong.push(`${route.method} ${route.path}: ${res.status} without a session`);
      else if (route.isPublic && refusedByGuard(res)) wrong.push(`${route.method} ${route.path}: public but refused`);
      else if (!route.isPublic && !(res.status === 401 && res.body?.code === 'UNAUTHENTICATED')) {
        wrong.push(`${route.method} ${route.path}: answered ${res.status} without a session`);
      }
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it('each role reaches exactly the routes its permissions grant', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const route of routes.filter((r) => !r.isPublic && r.permission)) {
      await Promise.all(
        ROLES.map(async (role) => {
          // A route that ends the caller's session gets a session of its own.
          const token = endsSession(route)
            ? await ctx.staffToken([role], role === 'AGENCY_LIAISON' ? 'DISCIPLINE' : undefined)
            : tokens.get(role)!;
          const res = await call(route, token);
          const allowed = rolesGrant([role], route.permission!);
          checked += 1;
          if (res.status >= 500) wrong.push(`${role} ${route.method} ${route.path}: ${res.status}`);
          else if (allowed && refusedByGuard(res))
            wrong.push(`${role} ${route.method} ${route.path}: refused, but ${route.permission} grants it`);
          else if (!allowed && !(res.status === 403 && res.body?.code === 'FORBIDDEN')) {
            wrong.push(`${role} ${route.method} ${route.path}: answered ${res.status}, but ${route.permission} does not grant it`);
          }
        }),
      );
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  }, 120_000);

  it('every id in a path is checked at the edge: a malformed one is a 404, before any handler runs', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const route of routes.filter((r) => !r.isPublic && r.permission && !endsSession(r))) {
      const ids = [...route.path.matchAll(/:(\w*[iI]d)\b/g)].map((m) => m[1]!);
      const role = ROLES.find((r) => rolesGrant([r], route.permission!));
      if (!role || ids.length === 0) continue;
      for (const name of ids) {
        const url = route.path.replace(/:(\w+)/g, (_, param: string) =>
          param === name ? 'not-an-id' : /year/i.test(param) ? '2026' : randomUUID(),
        );
        const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
        const agent = request(ctx.baseUrl);
        const req = agent[method](url)
          .set('Authorization', `Bearer ${tokens.get(role)!}`)
          .set('X-Forwarded-For', `198.51.100.${(++clientSeq % 250) + 1}`);
        const res = await (['post', 'put', 'patch'].includes(method) ? req.send({}) : req);
        checked += 1;
        if (res.status !== 404) wrong.push(`${route.method} ${route.path} (:${name} = not-an-id): ${res.status} ${res.body?.code ?? ''}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(40);
    // Refused at the edge, and still in the audit log like any other refusal.
    const { rows } = await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE status = 404 AND target_id IS NULL`);
    expect(rows[0]!.n).toBeGreaterThan(0);
  }, 120_000);

  it('a forged, malformed or logged-out token is refused like no token', async () => {
    const token = await ctx.staffToken(['SUPERVISOR']);
    const me = (t: string) => request(ctx.baseUrl).get('/api/v1/auth/me').set('Authorization', `Bearer ${t}`);
    expect((await me(token)).status).toBe(200);
    for (const forged of ['x'.repeat(43), 'not a token', `${token}x`, token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')]) {
      expect((await me(forged)).status).toBe(401);
    }
    await request(ctx.baseUrl).post('/api/v1/auth/logout').set('Authorization', `Bearer ${token}`).expect(204);
    expect((await me(token)).status).toBe(401);
  });
});
