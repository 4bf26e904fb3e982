import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import { ROLES, rolesGrant, type Permission } from '../../src/auth/roles.js';
import { Reads } from '../../src/infra/database/reads.js';
import { consolePage } from '../support/console-client.js';
import { createTestContext, createTestEnvironment, type TestContext, type TestEnvironment } from '../support/test-context.js';

/**
 * The staff pages routed through Reads in issue 15 (accounts, agencies, meetings, units,
 * vetting runs) are answered by the replica when it is fit. Cheaper than the streaming-replica
 * fault test (test/faults/read-replica.e2e-spec.ts): the "replica" is a second database with
 * different rows, and Reads is told it is a streaming replica that has replayed everything. A
 * row only the replica database holds shows on the page; a row only the primary holds does not.
 * The same requests after the replica is declared unfit show the primary's rows.
 */
let ctx: TestContext;
let replicaEnv: TestEnvironment;
let replica: pg.Pool;
let fit = true;
const tokens = new Map<Permission, string>();

async function tokenFor(permission: Permission): Promise<string> {
  let token = tokens.get(permission);
  if (!token) {
    const role = ROLES.find((r) => rolesGrant([r], permission))!;
    token = await ctx.staffToken([role]);
    tokens.set(permission, token);
  }
  return token;
}

/** The same rows, with the given marker (and agency code), in one database. */
async function seed(db: pg.Pool | pg.Client, marker: string, code: string): Promise<void> {
  await db.query(`INSERT INTO staff_user (username, display_name, password_hash, roles) VALUES ($1, $2, 'x', '{TRIAGE_OFFICER}')`, [
    `user-${code}`.toLowerCase(),
    `账号${marker}`,
  ]);
  await db.query(`INSERT INTO agency (code, name) VALUES ($1, $2)`, [code, `成员单位${marker}`]);
  await db.query(
    `INSERT INTO joint_meeting (number, title, held_on, place, convener, invited_agencies) VALUES ($1, $2, current_date, '会议室', '召集人', $3)`,
    [`HY-${marker}`, `联席会议${marker}`, [code]],
  );
  await db.query(`INSERT INTO unit (name) VALUES ($1)`, [`单位${marker}`]);
  await db.query(`INSERT INTO vetting_run (title, started_on, agency_codes) VALUES ($1, current_date, $2)`, [`审查批次${marker}`, [code]]);
}

beforeAll(async () => {
  replicaEnv = await createTestEnvironment();
  ctx = await createTestContext({ env: { DATABASE_REPLICA_URL: replicaEnv.env['DATABASE_URL']! } });
  replica = new pg.Pool({ connectionString: replicaEnv.env['DATABASE_URL'], max: 2 });
  // The replica's state as Reads asks it of a real standby (in recovery, streaming, replayed
  // position, lag): here, streaming and caught up while `fit`, else "not in recovery".
  // Its private connect() and loadState(), reached around TypeScript's access check.
  const reads: { connect(): Promise<unknown>; loadState(): Promise<unknown> } = ctx.app.get<Reads, never>(Reads);
  reads.loadState = async function (this: typeof reads) {
    const source = await this.connect();
    return {
      source,
      at: Date.now(),
      replayed: 2n ** 62n,
      lagSeconds: 0,
      fit,
      why: fit ? '' : 'not streaming: the replica is not in recovery (promoted?)',
    };
  };
  await seed(ctx.db, 'P主库', 'PRIMARY_ONLY');
  await seed(replica, 'R副本', 'REPLICA_ONLY');
}, 60_000);

afterAll(async () => {
  await ctx?.close();
  await replica?.end();
  replicaEnv?.cleanUp();
});

const pages: Array<{ what: string; permission: Permission; path: string; shows: (marker: string) => string }> = [
  { what: 'accounts list (API)', permission: 'staff:manage', path: '/api/v1/staff', shows: (m) => `账号${m}` },
  { what: 'accounts page (console)', permission: 'staff:manage', path: '/console/admin/staff', shows: (m) => `账号${m}` },
  { what: 'agencies (API)', permission: 'staff:manage', path: '/api/v1/agencies', shows: (m) => `成员单位${m}` },
  { what: 'meetings (API)', permission: 'meetings:read', path: '/api/v1/meetings', shows: (m) => `联席会议${m}` },
  { what: 'meetings page (console)', permission: 'meetings:read', path: '/console/meetings', shows: (m) => `联席会议${m}` },
  { what: 'units page (console)', permission: 'cadres:read', path: '/console/units', shows: (m) => `单位${m}` },
  { what: 'vetting page (console)', permission: 'vetting:read', path: '/console/vetting', shows: (m) => `审查批次${m}` },
];

async function text(path: string, permission: Permission): Promise<string> {
  const token = await tokenFor(permission);
  const res = path.startsWith('/console')
    ? await consolePage(ctx.baseUrl, token, path)
    : await request(ctx.baseUrl).get(path).set('Authorization', `Bearer ${token}`);
  expect(res.status).toBe(200);
  return res.text;
}

describe('staff pages routed through Reads', () => {
  it('are answered by the replica when it is fit', async () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const body = await text(page.path, page.permission);
      if (!body.includes(page.shows('R副本'))) wrong.push(`${page.what}: the replica's row is missing`);
      if (body.includes(page.shows('P主库'))) wrong.push(`${page.what}: shows the primary's row`);
    }
    expect(wrong).toEqual([]);
  });

  it('are answered by the primary when the replica is not fit', async () => {
    fit = false;
    await new Promise((resolve) => setTimeout(resolve, 150)); // the replica's state is cached for 100 ms
    const wrong: string[] = [];
    for (const page of pages) {
      const body = await text(page.path, page.permission);
      if (!body.includes(page.shows('P主库'))) wrong.push(`${page.what}: the primary's row is missing`);
      if (body.includes(page.shows('R副本'))) wrong.push(`${page.what}: shows the replica's row`);
    }
    expect(wrong).toEqual([]);
  });
});
