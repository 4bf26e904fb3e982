import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { StatisticsRepository } from '../../src/statistics/statistics.repository.js';
import { DataSource } from 'typeorm';
import { migrations } from '../../src/infra/database/migrations/index.js';
import { createTestDataSource } from '../support/test-database.js';

/** The daily tallies the figures are read from, on a migrated Postgres. */
describe('StatisticsRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let tallies: StatisticsRepository;
  let url: string;

  beforeAll(async () => {
    const made = await createTestDataSource();
    ({ close, db } = made);
    tallies = new StatisticsRepository(made.dataSource);
    url = (made.dataSource.options as { url: string }).url;
    await db.query(`DELETE FROM report_tally_delta`);
    await db.query(`DELETE FROM report_received_tally`);
    await db.query(`DELETE FROM report_closed_tally`);
    await db.query(
      `INSERT INTO report_received_tally (day, channel, category, status, real_name, n)
       VALUES ('2026-03-02', 'WEB', 'BRIBERY', 'TRIAGED', false, 3), ('2026-03-20', 'SMS', '', 'RECEIVED', true, 2),
              ('2026-05-01', 'WEB', 'BRIBERY', 'TRIAGED', false, 7)`,
    );
    await db.query(
      `INSERT INTO report_tally_delta (tally, day, channel, category, status, real_name, n)
       VALUES ('RECEIVED', '2026-03-03', 'WEB', 'BRIBERY', 'TRIAGED', false, 1), ('RECEIVED', '2026-03-20', 'SMS', '', 'RECEIVED', true, -2)`,
    );
    await db.query(
      `INSERT INTO report_closed_tally (day, finding, days, n) VALUES ('2026-03-10', 'PARTLY', 12, 2), ('2026-03-11', '', 3, 1)`,
    );
    await db.query(`INSERT INTO report_tally_delta (tally, day, finding, days, n) VALUES ('CLOSED', '2026-03-12', 'PARTLY', 12, 1)`);
  });

  afterAll(() => close());

  // What the tallies stand for, counted from the rows themselves.
  const counted = async (today: string) => ({
    deadlines: (
      await db.query<{ key: string; count: number }>(
        `SELECT k AS key, (SELECT count(*)::int FROM report_deadline WHERE kind = k AND met_at IS NULL AND due_on < $1::date) AS count
           FROM unnest(ARRAY['ACCEPTANCE_NOTICE', 'DISPOSITION', 'CONCLUSION']) AS k`,
        [today],
      )
    ).rows,
    cases: (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM report WHERE next_due_on < $1::date`, [today])).rows[0]!.n,
  });
  const fromTallies = async (today: string) => ({
    deadlines: await tallies.overdueDeadlines(today, ['ACCEPTANCE_NOTICE', 'DISPOSITION', 'CONCLUSION']),
    cases: await tallies.overdueCases(today),
  });
  const days = ['2026-03-01', '2026-03-05', '2026-03-10', '2026-03-20', '2026-04-02', '2026-05-01'];
  const check = async () => {
    for (const today of days) expect(await fromTallies(today)).toEqual(await counted(today));
  };

  it('counts tips received in a period by bucket from the tally and its unfolded lines, leaving out lines that cancel', async () => {
    const byMonth = await tallies.received({ from: '2026-03-01', to: '2026-03-31' }, 'month');
    expect(byMonth).toEqual([{ bucket: '2026-03-01', channel: 'WEB', category: 'BRIBERY', status: 'TRIAGED', real_name: false, count: 4 }]);
    const byDay = await tallies.received({ from: '2026-03-01', to: '2026-05-31' }, 'day');
    expect(byDay.map((r) => [r.bucket, r.count]).sort()).toEqual([
      ['2026-03-02', 3],
      ['2026-03-03', 1],
      ['2026-05-01', 7],
    ]);
  });

  it('counts tips concluded in a period by finding and days from receipt, fewest days first', async () => {
    expect(await tallies.concluded({ from: '2026-03-01', to: '2026-03-31' })).toEqual([
      { finding: '', days: 3, count: 1 },
      { finding: 'PARTLY', days: 12, count: 3 },
    ]);
    expect(await tallies.concluded({ from: '2026-04-01', to: '2026-04-30' })).toEqual([]);
  });

  it('counts what is overdue on a day from the due-day tallies as counting the rows would, through every kind of change, folded or not', async () => {
    await db.query(`DELETE FROM report_deadline`);
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const id = randomUUID();
      ids.push(id);
      await db.query(
        `INSERT INTO report (id, number, channel, real_name, receipt_hash, body)
         VALUES ($1, $2::text, 'WEB', false, sha256(convert_to($2::text, 'UTF8')), '反映某单位负责人收受财物。')`,
        [id, `QF-T-${i}-${id.slice(0, 8)}`],
      );
    }
    // A tip's three deadlines in one statement, as triage writes them.
    for (const [i, id] of ids.entries())
      await db.query(
        `INSERT INTO report_deadline (report_id, kind, due_on, remind_on)
         VALUES ($1, 'ACCEPTANCE_NOTICE', $2::date, $2::date - 2), ($1, 'DISPOSITION', $2::date + 14, $2::date + 12), ($1, 'CONCLUSION', $2::date + 30, $2::date + 28)`,
        [id, `2026-03-0${i + 1}`],
      );
    await check();
    expect(await tallies.fold()).toBeGreaterThan(0);
    await check();
    // Met, met twice, reopened, moved (open and met), deleted (open and met), a case deleted.
    await db.query(`UPDATE report_deadline SET met_at = now() WHERE report_id = ANY ($1::uuid[]) AND kind = 'ACCEPTANCE_NOTICE'`, [
      ids.slice(0, 3),
    ]);
    await db.query(`UPDATE report_deadline SET met_at = now() WHERE report_id = $1 AND kind = 'ACCEPTANCE_NOTICE'`, [ids[0]]);
    await db.query(`UPDATE report_deadline SET met_at = NULL WHERE report_id = $1 AND kind = 'ACCEPTANCE_NOTICE'`, [ids[1]]);
    await db.query(`UPDATE report_deadline SET due_on = '2026-03-18' WHERE report_id = $1 AND kind = 'DISPOSITION'`, [ids[3]]);
    await db.query(`UPDATE report_deadline SET due_on = '2026-02-01' WHERE report_id = $1 AND kind = 'ACCEPTANCE_NOTICE'`, [ids[2]]);
    await db.query(`DELETE FROM report_deadline WHERE report_id = $1 AND kind IN ('CONCLUSION', 'ACCEPTANCE_NOTICE')`, [ids[4]]);
    await check();
    await tallies.fold();
    await check();
    await db.query(`DELETE FROM report_deadline WHERE report_id = $1`, [ids[5]]);
    await db.query(`DELETE FROM report WHERE id = $1`, [ids[5]]);
    await db.query(`UPDATE report_deadline SET met_at = now() WHERE report_id = $1`, [ids[3]]);
    await check();
    await tallies.fold();
    await check();
    expect((await fromTallies('2026-05-01')).cases).toBeGreaterThan(0);
  });

  it('counts, when migrated, the deadlines and cases a database already holds (and goes down and up again)', async () => {
    const source = new DataSource({ type: 'postgres', url, migrations, migrationsTransactionMode: 'each' });
    await source.initialize();
    try {
      while ((await source.query(`SELECT 1 FROM migrations WHERE name = $1`, ['DueTallies1765450000000'])).length)
        await source.undoLastMigration();
      expect((await db.query(`SELECT to_regclass('report_open_deadline_tally') AS t`)).rows[0]).toEqual({ t: null });
      // Written while the tallies do not exist: the migration must count them.
      const id = randomUUID();
      await db.query(
        `INSERT INTO report (id, number, channel, real_name, receipt_hash, body)
         VALUES ($1, $2::text, 'WEB', false, sha256(convert_to($2::text, 'UTF8')), '反映某单位负责人收受财物。')`,
        [id, `QF-M-${id.slice(0, 8)}`],
      );
      await db.query(
        `INSERT INTO report_deadline (report_id, kind, due_on, remind_on) VALUES ($1, 'DISPOSITION', '2026-03-03', '2026-03-01')`,
        [id],
      );
      await source.runMigrations({ transaction: 'each' });
    } finally {
      await source.destroy();
    }
    await check();
    expect((await fromTallies('2026-03-05')).deadlines).toContainEqual({ key: 'DISPOSITION', count: 1 });
  });
});
