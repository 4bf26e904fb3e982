import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { routeInventory, type RouteEntry } from '../../src/auth/route-inventory.js';
import { ROLES, rolesGrant, type Role } from '../../src/auth/roles.js';
import { PRIMARY_ONLY_READS } from '../../src/infra/database/primary-reads.js';
import { readContext, Reads } from '../../src/infra/database/reads.js';
import { consolePage } from '../support/console-client.js';
import { validTip } from '../support/fixtures.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/**
 * Every staff GET route reads through `Reads.run` (so the replica serves it when one is
 * configured and fit) or is on the commented list PRIMARY_ONLY_READS. Routes come from the
 * application's own metadata, so a page added later is checked without touching this file.
 *
 * How: a replica is configured (an address nobody answers, so every read still lands on the
 * primary and the pages work), which makes each staff GET run inside `readContext`. Each
 * statement the primary's connections receive while a staff GET is served is classified: a
 * read (SELECT, not locking) outside `Reads.run` is that route's primary read. Writes (the
 * audit of a refusal, a page's "seen" mark) and reads inside a transaction (a write's own reads)
 * belong on the primary and are not counted.
 */
let ctx: TestContext;
let routes: RouteEntry[];
const tokens = new Map<Role, string>();
const inRun = new AsyncLocalStorage<true>();
/** Reads the primary received outside Reads.run during the request being walked. */
let primaryReads: string[] = [];

const WRITES =
  /\b(INSERT\s+INTO|UPDATE\s+"?\w+"?\s+SET|DELETE\s+FROM|FOR\s+(NO\s+KEY\s+)?UPDATE|FOR\s+SHARE|nextval\s*\(|pg_advisory|pg_notify)/i;
const isRead = (text: string) => /^\s*(\/\*.*?\*\/\s*)?(SELECT|WITH|TABLE|VALUES)\b/is.test(text) && !WRITES.test(text);

function watch(client: PoolClient): void {
  const patched = client as PoolClient & { __watched?: true };
  if (patched.__watched) return;
  patched.__watched = true;
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  let inTransaction = false;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const first = args[0] as string | { text?: string };
    const text = typeof first === 'string' ? first : (first?.text ?? '');
    if (/^\s*(BEGIN|START TRANSACTION)\b/i.test(text)) inTransaction = true;
    else if (/^\s*(COMMIT|ROLLBACK)\b/i.test(text)) inTransaction = false;
    // A read inside a transaction is part of a write (the audit chain's head before its next entry).
    else if (readContext.getStore() && !inRun.getStore() && !inTransaction && isRead(text)) {
      primaryReads.push(text.replace(/\s+/g, ' ').slice(0, 100));
    }
    return query(...args);
  };
}

/** A concrete URL: a real id where the table has a row (so a page reads past its first lookup), else a fresh UUID. */
async function concrete(path: string): Promise<string> {
  const table = (segment: string, param: string): string | null => {
    if (param === 'attachmentId') return null;
    if (/identity-requests/.test(segment)) return 'identity_access_request';
    if (/reports|cases/.test(segment)) return 'report';
    if (/cadres/.test(segment)) return 'cadre';
    if (/meetings/.test(segment)) return 'joint_meeting';
    if (/runs|vetting$/.test(segment)) return 'vetting_run';
    if (/candidates/.test(segment)) return 'vetting_candidate';
    if (/verification-requests|requests/.test(segment)) return 'verification_request';
    if (/notices/.test(segment)) return 'publicity_notice';
    if (/staff/.test(segment)) return 'staff_user';
    return null;
  };
  const parts = path.split('/');
  for (let i = 0; i < parts.length; i += 1) {
    const m = /^:(\w+)$/.exec(parts[i]!);
    if (!m) continue;
    const name = m[1]!;
    if (/year/i.test(name)) {
      parts[i] = '2026';
      continue;
    }
    const t = table(parts[i - 1] ?? '', name);
    const row = t ? (await ctx.db.query(`SELECT id::text AS id FROM ${t} LIMIT 1`)).rows[0] : undefined;
    parts[i] = (row?.id as string | undefined) ?? randomUUID();
  }
  return parts.join('/');
}

// The real Reads.run, called with the instance as `this` by the wrapper below (and put back after).
// eslint-disable-next-line @typescript-eslint/unbound-method
const run = Reads.prototype.run;

beforeAll(async () => {
  Reads.prototype.run = function <T>(this: Reads, read: (on: never) => Promise<T>, notYetThere?: (r: T) => boolean): Promise<T> {
    return inRun.run(true, () => run.call(this, read as never, notYetThere as never) as Promise<T>);
  };
  ctx = await createTestContext({
    // Configured, so staff GETs run inside readContext; refused at once, so reads fall back to the primary.
    env: { DATABASE_REPLICA_URL: 'postgres://nobody@127.0.0.1:1/none' },
    settings: { security: { trustProxy: 1 } },
  });
  const pool = (ctx.app.get(DataSource).driver as unknown as { master: Pool & { _clients?: PoolClient[] } }).master;
  for (const client of pool._clients ?? []) watch(client);
  pool.on('connect', watch);
  routes = routeInventory(ctx.app).filter((r) => r.method === 'GET' && !r.isPublic && r.permission);
  for (const role of ROLES) tokens.set(role, await ctx.staffToken([role], role === 'AGENCY_LIAISON' ? 'DISCIPLINE' : undefined));
  const tip = await request(ctx.baseUrl).post('/api/v1/public/reports').set('X-Forwarded-For', '198.51.100.7').send(validTip({}));
  expect(tip.status).toBe(201);
}, 60_000);

afterAll(async () => {
  Reads.prototype.run = run;
  await ctx?.close();
});

describe('every staff GET route reads through Reads (the replica when fit), or is listed as primary-only', () => {
  it('walks the staff GET routes and finds each one that reads the primary outside Reads.run', async () => {
    expect(routes.length).toBeGreaterThan(40);
    const found: Record<string, string[]> = {};
    const answered: string[] = [];
    for (const route of routes) {
      const role = ROLES.find((r) => rolesGrant([r], route.permission!))!;
      const url = await concrete(route.path);
      primaryReads = [];
      const res = url.startsWith('/console')
        ? await consolePage(ctx.baseUrl, tokens.get(role)!, url)
        : await request(ctx.baseUrl)
            .get(url)
            .set('Authorization', `Bearer ${tokens.get(role)!}`);
      if (res.status >= 500) answered.push(`GET ${route.path}: ${res.status}`);
      if (primaryReads.length) found[`GET ${route.path}`] = primaryReads;
    }
    expect(answered).toEqual([]);
    const unlisted = Object.entries(found)
      .filter(([route]) => !(route in PRIMARY_ONLY_READS))
      .map(([route, reads]) => `${route}: ${reads.join(' | ')}`);
    // Not read through Reads.run and not on the list: route the read through Reads, or list the route with a reason.
    expect(unlisted).toEqual([]);
    // Listed, but read entirely through Reads now (or gone): take it off the list.
    expect(Object.keys(PRIMARY_ONLY_READS).filter((route) => !(route in found))).toEqual([]);
  }, 120_000);
});
