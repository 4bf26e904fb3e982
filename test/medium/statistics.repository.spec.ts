import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { StatisticsRepository } from '../../src/statistics/statistics.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The daily tallies the figures are read from, on a migrated Postgres. */
describe('StatisticsRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let tallies: StatisticsRepository;

  beforeAll(async () => {
    const made = await createTestDataSource();
    ({ close, db } = made);
    tallies = new StatisticsRepository(made.dataSource);
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
});
