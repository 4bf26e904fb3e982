import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { VettingRepository } from '../../src/vetting/vetting.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The vetting figures the statistics ask of the vetting repository, on a migrated Postgres. */
describe('VettingRepository period counts (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let runs: VettingRepository;

  beforeAll(async () => {
    const made = await createTestDataSource();
    ({ close, db } = made);
    runs = new VettingRepository(made.dataSource);
    const [unit] = (await db.query<{ id: string }>(`INSERT INTO unit (name) VALUES ('区教育局') RETURNING id`)).rows;
    const cadres: string[] = [];
    for (const n of [1, 2, 3, 4]) {
      const [row] = (
        await db.query<{ id: string }>(
          `INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post, level)
           VALUES ($1, $2, '吴', '男', '1980-01', $3, '科员', '一级科员') RETURNING id`,
          [`P70${n}`, `吴${n}`, unit!.id],
        )
      ).rows;
      cadres.push(row!.id);
    }
    const run = async (startedOn: string) =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO vetting_run (title, started_on, agency_codes) VALUES ('任前审查', $1, '{ORG}') RETURNING id`,
          [startedOn],
        )
      ).rows[0]!.id;
    const march = await run('2026-03-05');
    const may = await run('2026-05-05');
    const candidate = async (runId: string, cadreId: string, verdict: string, reasons: unknown[], decision: string | null) =>
      db.query(
        `INSERT INTO vetting_candidate (run_id, cadre_id, proposed_post, verdict, reasons, decision) VALUES ($1, $2, '副局长', $3, $4, $5)`,
        [runId, cadreId, verdict, JSON.stringify(reasons), decision],
      );
    await candidate(march, cadres[0]!, 'PASS', [], 'APPOINT');
    await candidate(
      march,
      cadres[1]!,
      'BLOCK',
      [
        { code: 'UNDER_INVESTIGATION', effect: 'BLOCK' },
        { code: 'OPEN_TIPS', effect: 'BLOCK' },
      ],
      null,
    );
    await candidate(
      march,
      cadres[2]!,
      'BLOCK',
      [
        { code: 'OPEN_TIPS', effect: 'BLOCK' },
        { code: 'AGE', effect: 'WARN' },
      ],
      'DO_NOT_APPOINT',
    );
    await candidate(may, cadres[3]!, 'PENDING', [], null);
  });

  afterAll(() => close());

  it('counts the candidates of runs started in a period by verdict, blocking reason and decision', async () => {
    const sort = (rows: Array<{ key: string | null; count: number }>) =>
      [...rows].sort((a, b) => String(a.key).localeCompare(String(b.key)));
    const march = await runs.periodCounts({ from: '2026-03-01', to: '2026-03-31' });
    expect(sort(march.byVerdict)).toEqual([
      { key: 'BLOCK', count: 2 },
      { key: 'PASS', count: 1 },
    ]);
    // Most frequent first, then by code; a warning is no blocking reason.
    expect(march.heldBackByReason).toEqual([
      { key: 'OPEN_TIPS', count: 2 },
      { key: 'UNDER_INVESTIGATION', count: 1 },
    ]);
    expect(sort(march.byDecision)).toEqual([
      { key: 'APPOINT', count: 1 },
      { key: 'DO_NOT_APPOINT', count: 1 },
      { key: 'UNDECIDED', count: 1 },
    ]);
    const year = await runs.periodCounts({ from: '2026-01-01', to: '2026-12-31' });
    expect(sort(year.byVerdict)).toEqual([
      { key: 'BLOCK', count: 2 },
      { key: 'PASS', count: 1 },
      { key: 'PENDING', count: 1 },
    ]);
    expect(await runs.periodCounts({ from: '2025-01-01', to: '2025-12-31' })).toEqual({
      byVerdict: [],
      heldBackByReason: [],
      byDecision: [],
    });
  });

  it('counts blocking reasons as a candidate is evaluated again (its reasons rewritten), each code once a candidate', async () => {
    await db.query(`UPDATE vetting_candidate SET reasons = $1 WHERE verdict = 'BLOCK' AND reasons @> '[{"code": "UNDER_INVESTIGATION"}]'`, [
      JSON.stringify([
        { code: 'SANCTION_PERIOD', effect: 'BLOCK' },
        { code: 'SANCTION_PERIOD', effect: 'BLOCK' },
        { code: 'OPEN_TIPS', effect: 'WARN' },
      ]),
    ]);
    expect((await runs.periodCounts({ from: '2026-03-01', to: '2026-03-31' })).heldBackByReason).toEqual([
      { key: 'OPEN_TIPS', count: 1 },
      { key: 'SANCTION_PERIOD', count: 1 },
    ]);
  });
});
