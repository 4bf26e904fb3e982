import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource, type MigrationInterface } from 'typeorm';
import { migrations } from '../../src/infra/database/migrations/index.js';
import { TallyTimeZone1765210000000 } from '../../src/infra/database/migrations/1765210000000-tally-time-zone.js';
import { ADMIN_PG_URL, databaseUrl, runId } from '../support/test-env.js';

/**
 * Migration TallyTimeZone1765210000000 on a database that already holds tips and tallies
 * (some folded, some still lines): the tallies stay exactly the count of the tips, rows
 * written from sessions in other time zones land on the district's days, and a new zone
 * re-counts them.
 */
describe('tallies in the configured time zone (migration on existing data)', () => {
  const name = `qf_t_${runId()}_tz_${randomBytes(4).toString('hex')}`;
  let db: pg.Pool; // the server's default TimeZone (UTC here)
  let newYork: pg.Pool; // a session in yet another zone

  async function migrate(list: Array<new () => MigrationInterface>): Promise<void> {
    const source = new DataSource({ type: 'postgres', url: databaseUrl(name), migrations: list, migrationsTransactionMode: 'each' });
    await source.initialize();
    try {
      await source.runMigrations();
    } finally {
      await source.destroy();
    }
  }

  /** The tallies as the dashboard sums them (tally + unfolded lines), one line per key. */
  async function tallied(): Promise<string[]> {
    const { rows } = await db.query<{ line: string }>(`
      SELECT concat_ws(' ', 'R', day, channel, category, status, real_name, sum(n)) AS line FROM (
        SELECT day, channel, category, status, real_name, n FROM report_received_tally
        UNION ALL SELECT day, channel, category, status, real_name, n FROM report_tally_delta WHERE tally = 'RECEIVED') t
       GROUP BY day, channel, category, status, real_name HAVING sum(n) <> 0
      UNION ALL
      SELECT concat_ws(' ', 'C', day, finding, days, sum(n)) FROM (
        SELECT day, finding, days, n FROM report_closed_tally
        UNION ALL SELECT day, finding, days, n FROM report_tally_delta WHERE tally = 'CLOSED') t
       GROUP BY day, finding, days HAVING sum(n) <> 0
      ORDER BY 1`);
    return rows.map((r) => r.line);
  }

  /** The same lines counted from the tips in `zone`. */
  async function counted(zone: string): Promise<string[]> {
    const { rows } = await db.query<{ line: string }>(
      `SELECT concat_ws(' ', 'R', (received_at AT TIME ZONE $1)::date, channel, coalesce(category, ''), status, real_name, count(*)) AS line
         FROM report GROUP BY (received_at AT TIME ZONE $1)::date, channel, coalesce(category, ''), status, real_name
       UNION ALL
       SELECT concat_ws(' ', 'C', (closed_at AT TIME ZONE $1)::date, coalesce(finding, ''),
                        (closed_at AT TIME ZONE $1)::date - (received_at AT TIME ZONE $1)::date, count(*))
         FROM report WHERE closed_at IS NOT NULL
        GROUP BY (closed_at AT TIME ZONE $1)::date, coalesce(finding, ''), (closed_at AT TIME ZONE $1)::date - (received_at AT TIME ZONE $1)::date
       ORDER BY 1`,
      [zone],
    );
    return rows.map((r) => r.line);
  }

  const receivedOn = async (day: string): Promise<number> =>
    (
      await db.query<{ n: number }>(
        `SELECT coalesce(sum(n), 0)::int AS n FROM (SELECT day, n FROM report_received_tally UNION ALL
           SELECT day, n FROM report_tally_delta WHERE tally = 'RECEIVED') t WHERE day = $1::date`,
        [day],
      )
    ).rows[0]!.n;

  async function tip(number: string, receivedAt: string, on: pg.Pool = db): Promise<void> {
    await on.query(
      `INSERT INTO report (id, number, channel, status, real_name, receipt_hash, body, received_at)
       VALUES (gen_random_uuid(), $1::text, 'WEB', 'RECEIVED', false, sha256(convert_to($1::text, 'UTF8')), '时区测试', $2)`,
      [number, receivedAt],
    );
  }

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: ADMIN_PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const index = migrations.indexOf(TallyTimeZone1765210000000);
    expect(index).toBeGreaterThan(0);
    await migrate(migrations.slice(0, index));
    db = new pg.Pool({ connectionString: databaseUrl(name), max: 2 });
    newYork = new pg.Pool({ connectionString: databaseUrl(name), max: 1, options: '-c TimeZone=America/New_York' });
    // 240 tips over 60 days, many a few minutes either side of a China midnight (16:00 UTC), some closed.
    await db.query(`
      INSERT INTO report (id, number, channel, status, real_name, reporter_identity, receipt_hash, body, received_at, category, finding, closed_at)
      SELECT gen_random_uuid(), 'QF-Z-' || lpad(g::text, 4, '0'), (ARRAY['WEB','SMS','HOTLINE'])[1 + g % 3],
             (ARRAY['RECEIVED','TRIAGED','IN_HANDLING','CLOSED'])[1 + g % 4], g % 7 = 0, CASE WHEN g % 7 = 0 THEN '\\x00'::bytea END,
             sha256(('zone-' || g)::bytea), '时区测试', timestamptz '2026-03-01 00:00Z' - make_interval(days => g % 60) + make_interval(hours => 16, mins => (g % 5) - 2),
             CASE WHEN g % 4 > 0 THEN (ARRAY['OFFICE_BUYING','CANVASSING_BRIBERY'])[1 + g % 2] END,
             CASE WHEN g % 4 = 3 THEN (ARRAY['SUBSTANTIATED','UNSUBSTANTIATED', NULL])[1 + g % 3] END,
             CASE WHEN g % 4 = 3 THEN timestamptz '2026-03-01 00:00Z' - make_interval(days => g % 60) + make_interval(days => g % 9, hours => 15, mins => g % 90) END
        FROM generate_series(1, 240) g`);
    await db.query(`SELECT report_tally_fold()`);
    // Lines not folded yet when the migration runs.
    await db.query(`UPDATE report SET received_at = received_at + interval '3 minutes' WHERE number BETWEEN 'QF-Z-0001' AND 'QF-Z-0040'`);
    expect(await tallied()).toEqual(await counted('Asia/Shanghai'));
    expect(await tallied()).not.toEqual(await counted('UTC')); // the data does straddle midnights
    await migrate(migrations);
  });

  afterAll(async () => {
    await db?.end();
    await newYork?.end();
    const admin = new pg.Client({ connectionString: ADMIN_PG_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('keeps the existing tallies, counted in Asia/Shanghai, exact after the migration', async () => {
    expect((await db.query(`SELECT time_zone FROM report_tally_zone`)).rows).toEqual([{ time_zone: 'Asia/Shanghai' }]);
    expect(await tallied()).toEqual(await counted('Asia/Shanghai'));
    await db.query(`SELECT report_tally_fold()`);
    expect(await tallied()).toEqual(await counted('Asia/Shanghai'));
  });

  it('counts rows written from a session in another time zone on the district’s days', async () => {
    await newYork.query(
      `UPDATE report SET received_at = received_at - interval '4 minutes' WHERE number BETWEEN 'QF-Z-0041' AND 'QF-Z-0090'`,
    );
    await newYork.query(
      // Each status change writes a case event, as the database requires.
      `WITH changed AS (UPDATE report SET status = 'CLOSED', finding = 'PARTLY', closed_at = received_at + interval '2 days 8 hours'
                         WHERE number BETWEEN 'QF-Z-0100' AND 'QF-Z-0120' AND closed_at IS NULL RETURNING id)
       INSERT INTO report_event (report_id, type, actor_kind) SELECT id, 'FIXTURE', 'SYSTEM' FROM changed`,
    );
    await newYork.query(`DELETE FROM report WHERE number BETWEEN 'QF-Z-0200' AND 'QF-Z-0205'`);
    await tip('QF-Z-NY01', '2026-03-04T23:30:00Z', newYork);
    expect(await tallied()).toEqual(await counted('Asia/Shanghai'));
  });

  it('puts a tip received at 23:30 UTC on the next day in Asia/Shanghai, and on the same day once the zone is UTC', async () => {
    await tip('QF-Z-2330', '2026-03-10T23:30:00Z');
    expect(await receivedOn('2026-03-11')).toBe(1);
    expect(await receivedOn('2026-03-10')).toBe(0);

    const recount = async (zone: string) => (await db.query(`SELECT report_tally_recount($1) AS r`, [zone])).rows[0].r as boolean;
    expect(await recount('UTC')).toBe(true);
    expect(await recount('UTC')).toBe(false); // already kept in UTC: nothing to do
    expect(await tallied()).toEqual(await counted('UTC'));
    expect(await receivedOn('2026-03-10')).toBe(1);
    expect(await receivedOn('2026-03-11')).toBe(0);

    // New rows follow the new zone, whatever the writing session's zone.
    await tip('QF-Z-2331', '2026-03-12T23:30:00Z', newYork);
    expect(await receivedOn('2026-03-12')).toBe(1);
    expect(await tallied()).toEqual(await counted('UTC'));
    await expect(db.query(`SELECT report_tally_recount('Mars/Olympus')`)).rejects.toThrow(/time zone/);
    expect(await recount('Asia/Shanghai')).toBe(true);
    expect(await tallied()).toEqual(await counted('Asia/Shanghai'));
  });

  it('goes down to the functions of before and back up with the tallies still exact', async () => {
    await db.query(`SELECT report_tally_recount('UTC')`);
    const source = new DataSource({ type: 'postgres', url: databaseUrl(name), migrations, migrationsTransactionMode: 'each' });
    await source.initialize();
    try {
      // Only this migration (and any after it) is undone.
      while ((await source.query(`SELECT 1 FROM migrations WHERE name = $1`, ['TallyTimeZone1765210000000'])).length)
        await source.undoLastMigration();
    } finally {
      await source.destroy();
    }
    expect(await tallied()).toEqual(await counted('Asia/Shanghai'));
    await tip('QF-Z-DOWN', '2026-03-20T23:30:00Z');
    expect(await tallied()).toEqual(await counted('Asia/Shanghai'));
    await migrate(migrations);
    expect(await tallied()).toEqual(await counted('Asia/Shanghai'));
  });
});
