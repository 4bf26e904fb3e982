import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import request from 'supertest';
import { runMigrations } from '../../src/cli/migrate.js';
import { consoleForm, consolePage } from '../support/console-client.js';
import { validTip } from '../support/fixtures.js';
import { PrivatePostgres } from '../../bench/engines.mjs';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/**
 * A real streaming replica (pg_basebackup of a private primary, started as a hot standby):
 * staff reads are served by it, a staff member's own write is read back at once from the
 * primary, and when the replica is killed mid-load the reads fall back to the primary with
 * no error. Replay is paused on the replica (pg_wal_replay_pause) to make "which server
 * answered" visible: a tip stored on the primary after the pause exists only there.
 */
jest.setTimeout(60_000);
let primary: PrivatePostgres;
let replica: PrivatePostgres | undefined;
let ctx: TestContext;
let replicaDb: pg.Pool;
let writer: string;
let reader: string;
/** Writes only through the console's forms. */
let consoleUser: string;
let ip = 0;
const timings: Record<string, number> = {};

async function submitTip(marker: string): Promise<string> {
  const res = await request(ctx.baseUrl)
    .post('/api/v1/public/reports')
    .set('X-Forwarded-For', `198.51.100.${++ip}`)
    .send(validTip({ body: `${marker}：2026年3月，某局副局长王某某在其办公室收受下属现金五万元，承诺年底提拔，单位多人知晓此事。` }));
  expect(res.status).toBe(201);
  return res.body.reportNumber as string;
}

/** The tip numbers a staff member's inbox API lists (newest first). */
async function listedNumbers(token: string): Promise<string[]> {
  const res = await request(ctx.baseUrl).get('/api/v1/reports?limit=100').set('Authorization', `Bearer ${token}`);
  expect(res.status).toBe(200);
  return (res.body.items as Array<{ number: string }>).map((x) => x.number);
}

/** The api's connections to the replica (Reads names them). */
async function apiConnectionsToReplica(): Promise<number> {
  const { rows } = await replicaDb.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'qingfeng-replica-reads'`,
  );
  return rows[0].n;
}

beforeAll(async () => {
  let t = Date.now();
  primary = await PrivatePostgres.create();
  const admin = new pg.Client({ connectionString: primary.url() });
  await admin.connect();
  await admin.query('CREATE DATABASE qingfeng');
  await admin.end();
  await runMigrations(primary.url('qingfeng'), () => undefined);
  timings['primary (initdb + migrations)'] = Date.now() - t;
  t = Date.now();
  replica = await primary.replica();
  timings['replica (pg_basebackup + start)'] = Date.now() - t;
  timings['copied MB'] = Number(execFileSync('du', ['-sm', replica.dir]).toString().split('\t')[0]);
  replicaDb = new pg.Pool({ connectionString: replica.url('qingfeng'), max: 2 });
  replicaDb.on('error', () => undefined); // its idle connection is cut when the replica is killed
  ctx = await createTestContext({
    env: {
      DATABASE_URL: primary.url('qingfeng'),
      DATABASE_REPLICA_URL: replica.url('qingfeng'),
      DATABASE_REPLICA_MAX_LAG_SECONDS: '60',
      DATABASE_REPLICA_PIN_SECONDS: '120',
    },
    settings: { security: { trustProxy: 1 } },
  });
  writer = await ctx.staffToken(['TRIAGE_OFFICER']);
  reader = await ctx.staffToken(['TRIAGE_OFFICER']);
  consoleUser = await ctx.staffToken(['TRIAGE_OFFICER']);
});

afterAll(async () => {
  // Everything, even after a failure: the api, the replica (stopped and its folder removed), the primary.
  console.warn(
    `read replica: ${Object.entries(timings)
      .map(([k, n]) => `${k} ${n}${/^(GETs|copied)/.test(k) ? '' : ' ms'}`)
      .join(', ')}`,
  );
  await ctx?.close().catch(() => undefined);
  await replicaDb?.end().catch(() => undefined);
  replica?.destroy();
  primary?.destroy();
});

describe('read replica', () => {
  let pausedTip: string;
  let ownCase: string;

  it('serves staff reads from the replica', async () => {
    const before = await submitTip('复制前');
    // Streamed and replayed: the replica has it.
    await waitFor(async () => (await replicaDb.query(`SELECT 1 FROM report WHERE number = $1`, [before])).rowCount, 10_000, 'replication');
    await replicaDb.query('SELECT pg_wal_replay_pause()');
    pausedTip = await submitTip('暂停回放后');

    expect(await apiConnectionsToReplica()).toBe(0);
    const listed = await listedNumbers(reader);
    // The tip stored after the pause is on the primary only: the list came from the replica.
    expect(listed).toContain(before);
    expect(listed).not.toContain(pausedTip);
    expect(await apiConnectionsToReplica()).toBeGreaterThan(0);
    // Opened by its id (a link), a case the replica has not replayed yet comes from the primary.
    const pausedId = (await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [pausedTip])).rows[0].id;
    const opened = await request(ctx.baseUrl).get(`/api/v1/triage/cases/${pausedId}`).set('Authorization', `Bearer ${reader}`);
    expect(opened.status).toBe(200);
    expect(opened.body.number).toBe(pausedTip);
    // The other staff reads answer from the replica too (still without the paused tip).
    const stats = await request(ctx.baseUrl).get('/api/v1/statistics').set('Authorization', `Bearer ${reader}`);
    expect(stats.status).toBe(200);
    expect(stats.body.received.total).toBe(1);
    // The primary has both: a non-staff (direct) count says so.
    expect((await ctx.db.query(`SELECT count(*)::int AS n FROM report`)).rows[0].n).toBe(2);
    ownCase = (await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [before])).rows[0].id;
    const health = await request(ctx.baseUrl).get('/health/ready');
    expect(health.status).toBe(200);
    expect(health.body.details.replica).toMatchObject({ status: 'up', reads: 'replica', state: 'streaming' });
  });

  it("reads a staff member's own write back at once (read-your-writes), others still from the replica", async () => {
    // Replay is still paused: the note is on the primary only.
    const note = await request(ctx.baseUrl)
      .post(`/api/v1/triage/cases/${ownCase}/notes`)
      .set('Authorization', `Bearer ${writer}`)
      .send({ body: '已电话核实单位名称' });
    expect([200, 201]).toContain(note.status);

    const own = await request(ctx.baseUrl).get(`/api/v1/triage/cases/${ownCase}`).set('Authorization', `Bearer ${writer}`);
    expect(own.status).toBe(200);
    expect((own.body.notes as Array<{ body: string }>).map((n) => n.body)).toContain('已电话核实单位名称');
    // The writer reads from the primary while the replica lacks their write: the paused tip shows too.
    expect(await listedNumbers(writer)).toContain(pausedTip);
    // The console (another staff member's first write): the form's redirect leads to a page that
    // already shows what the form saved.
    const stale = await consolePage(ctx.baseUrl, consoleUser, `/console/cases/${ownCase}`);
    expect(stale.status).toBe(200);
    expect(stale.text).not.toContain('已电话核实单位名称'); // the replica's page: without the writer's note
    const form = await consoleForm(ctx.baseUrl, consoleUser, `/console/cases/${ownCase}/note`, { body: '控制台备注：已约谈' });
    expect(form.status).toBe(303);
    const page = await consolePage(ctx.baseUrl, consoleUser, form.headers['location']!);
    expect(page.status).toBe(200);
    expect(page.text).toContain('控制台备注：已约谈');
    expect(page.text).toContain('已电话核实单位名称'); // the primary's page
    // Someone else, with no write of their own, still reads the replica's older state.
    const other = await request(ctx.baseUrl).get(`/api/v1/triage/cases/${ownCase}`).set('Authorization', `Bearer ${reader}`);
    expect(other.status).toBe(200);
    expect(other.body.notes).toEqual([]);

    // Replay resumed: once the replica has the write, the writer is served by the replica again.
    await replicaDb.query('SELECT pg_wal_replay_resume()');
    await waitFor(async () => (await replicaDb.query(`SELECT 1 FROM report WHERE number = $1`, [pausedTip])).rowCount, 10_000, 'replay');
    await new Promise((resolve) => setTimeout(resolve, 150)); // the replayed position is cached for 100 ms
    expect(await listedNumbers(writer)).toContain(pausedTip);
    // Paused again: a tip stored now is on the primary only, and the writer does not see it.
    await replicaDb.query('SELECT pg_wal_replay_pause()');
    const later = await submitTip('再次暂停后');
    expect(await listedNumbers(writer)).not.toContain(later);
    await replicaDb.query('SELECT pg_wal_replay_resume()');
  });

  it('falls back to the primary with no error when the replica is killed mid-load', async () => {
    const statuses: number[] = [];
    let stop = false;
    const paths = [
      '/api/v1/reports?limit=20',
      `/api/v1/triage/cases/${ownCase}`,
      '/api/v1/statistics',
      '/api/v1/triage/inbox',
      '/api/v1/cadres',
      // The console's pages (HTML, session cookie): inbox, case, dashboard.
      '/console',
      `/console/cases/${ownCase}`,
      '/console/dashboard',
    ];
    const loop = async (token: string, offset: number) => {
      for (let i = offset; !stop; i += 1) {
        const path = paths[i % paths.length]!;
        const res = path.startsWith('/console')
          ? await consolePage(ctx.baseUrl, token, path)
          : await request(ctx.baseUrl).get(path).set('Authorization', `Bearer ${token}`);
        statuses.push(res.status);
      }
    };
    const loops = [loop(reader, 0), loop(reader, 1), loop(writer, 2), loop(writer, 3)];
    // A count of answers, not a time: on a loaded machine one second held nine (CI, 12-06).
    await waitFor(async () => statuses.length > 10, 30_000, 'answers before the kill');
    const beforeKill = statuses.length;
    expect(await apiConnectionsToReplica()).toBeGreaterThan(0); // the loops were reading the replica
    const t = Date.now();
    replica!.stop(); // pg_ctl stop -m immediate: connections cut, as in a crash
    timings['replica kill'] = Date.now() - t;
    // At least a second of load after the kill, and enough answers in it whatever the machine's speed.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await waitFor(async () => statuses.length - beforeKill > 10, 30_000, 'answers after the kill');
    stop = true;
    await Promise.all(loops);

    timings['GETs before the kill'] = beforeKill;
    timings['GETs after it'] = statuses.length - beforeKill;
    expect(beforeKill).toBeGreaterThan(10);
    expect(statuses.length - beforeKill).toBeGreaterThan(10);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);

    // Now from the primary: a tip stored after the kill is listed at once.
    const afterKill = await submitTip('副本停止后');
    expect(await listedNumbers(reader)).toContain(afterKill);
    const health = await request(ctx.baseUrl).get('/health/ready');
    expect(health.status).toBe(200);
    expect(health.body.details.replica).toMatchObject({ status: 'up', reads: 'primary', state: 'unreachable' });
  });
});
