import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '../../src/infra/database/migrations/index.js';
import { UnitsRepository } from '../../src/cadres/units.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** Units, their names and post quotas on a migrated Postgres. */
describe('UnitsRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let units: UnitsRepository;
  let water: string;
  let town: string;
  let url: string;

  async function unit(name: string): Promise<string> {
    const [row] = (await db.query<{ id: string }>(`INSERT INTO unit (name) VALUES ($1) RETURNING id`, [name])).rows;
    await db.query(`INSERT INTO unit_name (name, unit_id, kind) VALUES ($1, $2, 'CURRENT')`, [name, row!.id]);
    return row!.id;
  }

  async function cadre(personNo: string, unitId: string, level: string | null, quotaKeys: string[]): Promise<void> {
    await db.query(
      `INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post, level, quota_keys)
       VALUES ($1, '某人', '某', '男', '1980-01', $2, '科员', $3, $4)`,
      [personNo, unitId, level, quotaKeys],
    );
  }

  beforeAll(async () => {
    const made = await createTestDataSource();
    ({ close, db } = made);
    units = new UnitsRepository(made.dataSource);
    url = (made.dataSource.options as { url: string }).url;
    water = await unit('区水务局');
    town = await unit('柳河镇');
    await cadre('U001', water, '副科', ['副局长', '副科']);
    await cadre('U002', water, '副科', ['副局长', '副科']);
    await cadre('U003', town, '正科', ['镇长', '正科']);
  });

  afterAll(() => close());

  it('knows whether a unit exists', async () => {
    expect(await units.exists(water)).toBe(true);
    expect(await units.exists(randomUUID())).toBe(false);
  });

  it('adds other names, re-kinds its own, refuses another unit name or a current name, and lists them', async () => {
    expect(await units.addName(water, '区水利局', 'FORMER')).toBe(true);
    expect(await units.addName(water, '水务局', 'ALIAS')).toBe(true);
    expect(await units.addName(water, '水务局', 'FORMER')).toBe(true);
    expect(await units.addName(town, '区水利局', 'ALIAS')).toBe(false);
    expect(await units.addName(water, '区水务局', 'ALIAS')).toBe(false);
    expect(await units.ownerOfName('区水利局')).toBe('区水务局');
    expect(await units.ownerOfName('无此名')).toBeNull();
    expect(await units.withNames()).toEqual([
      {
        id: water,
        name: '区水务局',
        otherNames: [
          { name: '区水利局', kind: 'FORMER', inUseFrom: null },
          { name: '水务局', kind: 'FORMER', inUseFrom: null },
        ],
      },
      { id: town, name: '柳河镇', otherNames: [] },
    ]);
  });

  it("gives units' names by id, leaving unknown ids out", async () => {
    expect(await units.namesOf([town, randomUUID(), water])).toEqual(
      new Map([
        [town, '柳河镇'],
        [water, '区水务局'],
      ]),
    );
    expect(await units.namesOf([])).toEqual(new Map());
  });

  it('sets quotas and counts who occupies them, one pair or many', async () => {
    await units.setQuota(water, '副局长', 1);
    await units.setQuota(water, '副科', 3);
    await units.setQuota(water, '副科', 2);
    expect(await units.quotaAt(water, '副局长')).toEqual({ approved: 1, occupied: 2 });
    expect(await units.quotaAt(water, '副科')).toEqual({ approved: 2, occupied: 2 });
    expect(await units.quotaAt(town, '镇长')).toBeNull();
    expect(
      await units.quotasAt([
        { unitId: water, level: '副局长' },
        { unitId: town, level: '镇长' },
      ]),
    ).toEqual([{ unitId: water, level: '副局长', approved: 1, occupied: 2 }]);
  });

  it('reports every unit and level with people in post or a quota, by unit and level', async () => {
    expect(await units.quotaReport()).toEqual([
      { unitId: water, unitName: '区水务局', level: '副局长', approved: 1, occupied: 2 },
      { unitId: water, unitName: '区水务局', level: '副科', approved: 2, occupied: 2 },
      { unitId: town, unitName: '柳河镇', level: '正科', approved: null, occupied: 1 },
    ]);
  });

  // What the post tally stands for, counted from the roster itself (the report before the tally).
  const counted = async () =>
    (
      await db.query<{ unitId: string; unitName: string; level: string; approved: number | null; occupied: number }>(
        `WITH occ AS (SELECT unit_id, level, count(*)::int AS occupied FROM cadre WHERE level IS NOT NULL GROUP BY unit_id, level),
         held AS (SELECT c.unit_id, k.key AS level, count(DISTINCT c.id)::int AS occupied FROM cadre c CROSS JOIN LATERAL unnest(c.quota_keys) AS k(key) GROUP BY 1, 2)
         SELECT u.id AS "unitId", u.name AS "unitName", coalesce(q.level, o.level) AS level, q.approved,
                CASE WHEN q.level IS NULL THEN o.occupied ELSE coalesce(h.occupied, 0) END AS occupied
           FROM post_quota q FULL JOIN occ o ON o.unit_id = q.unit_id AND o.level = q.level
           LEFT JOIN held h ON h.unit_id = q.unit_id AND h.level = q.level
           JOIN unit u ON u.id = coalesce(q.unit_id, o.unit_id)
          ORDER BY u.name, 3`,
      )
    ).rows;
  const check = async () => {
    const report = await units.quotaReport();
    expect(report).toEqual(await counted());
    return report;
  };

  it('counts occupants from the post tally as counting the roster would, through every kind of change, folded or not', async () => {
    const hill = await unit('青山乡');
    await cadre('U101', hill, '正科', ['乡长', '正科']);
    await cadre('U102', hill, '副科', ['副乡长', '副科', '副乡长']);
    await units.setQuota(hill, '副乡长', 1);
    const first = await check();
    expect(first).toContainEqual({ unitId: hill, unitName: '青山乡', level: '副乡长', approved: 1, occupied: 1 });
    expect(await units.foldPostTally()).toBeGreaterThan(0);
    await check();
    // In one statement: two more at the quota; then a post changed, a unit changed, nothing tallied changed, a level cleared.
    await db.query(
      `INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post, level, quota_keys)
       VALUES ('U103', '某人', '某', '男', '1980-01', $1, '副乡长', '副科', '{副乡长,副科}'), ('U104', '某人', '某', '女', '1981-01', $1, '副乡长', '副科', '{副乡长,副科}')`,
      [hill],
    );
    expect((await check()).find((l) => l.unitId === hill && l.level === '副乡长')?.occupied).toBe(3);
    await db.query(`UPDATE cadre SET quota_keys = '{乡长助理,副科}' WHERE person_no = 'U103'`);
    await db.query(`UPDATE cadre SET unit_id = $1 WHERE person_no = 'U104'`, [town]);
    await db.query(`UPDATE cadre SET post = '副乡长（兼）' WHERE person_no = 'U102'`);
    await db.query(`UPDATE cadre SET level = NULL WHERE person_no = 'U101'`);
    await check();
    await units.foldPostTally();
    expect((await check()).find((l) => l.unitId === hill && l.level === '副乡长')?.occupied).toBe(1);
    // As the roster import writes: one upsert that inserts one cadre and rewrites another.
    await db.query(
      `INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post, level, quota_keys)
       VALUES ('U105', '某人', '某', '男', '1982-01', $1, '副乡长', '副科', '{副乡长,副科}'), ('U102', '某人', '某', '男', '1980-01', $1, '乡长', '正科', '{乡长,正科}')
       ON CONFLICT (person_no) DO UPDATE SET post = EXCLUDED.post, level = EXCLUDED.level, quota_keys = EXCLUDED.quota_keys`,
      [hill],
    );
    await check();
    await units.foldPostTally();
    await check();
    await db.query(`DELETE FROM cadre WHERE person_no = 'U105'`);
    await db.query(`UPDATE cadre SET post = '副乡长', level = '副科', quota_keys = '{副乡长,副科}' WHERE person_no = 'U102'`);
    // Gone from the roster: a line with no quota and nobody left at its level goes too.
    await db.query(`DELETE FROM cadre WHERE person_no IN ('U101', 'U103')`);
    await check();
    await units.foldPostTally();
    expect((await check()).filter((l) => l.unitId === hill)).toEqual([
      { unitId: hill, unitName: '青山乡', level: '副乡长', approved: 1, occupied: 1 },
      { unitId: hill, unitName: '青山乡', level: '副科', approved: null, occupied: 1 },
    ]);
    expect((await db.query(`SELECT count(*)::int AS n FROM unit_post_tally WHERE n = 0`)).rows[0].n).toBe(0);
  });

  it('counts, when migrated, the cadres a database already holds (and goes down and up again)', async () => {
    const source = new DataSource({ type: 'postgres', url, migrations, migrationsTransactionMode: 'each' });
    await source.initialize();
    try {
      while ((await source.query(`SELECT 1 FROM migrations WHERE name = $1`, ['PostOccupancyTally1765470000000'])).length)
        await source.undoLastMigration();
      expect((await db.query(`SELECT to_regclass('unit_post_tally') AS t`)).rows[0]).toEqual({ t: null });
      // Written while the tally does not exist: the migration must count them.
      await cadre('U201', town, '副科', ['副镇长', '副科']);
      await source.runMigrations({ transaction: 'each' });
    } finally {
      await source.destroy();
    }
    expect((await db.query(`SELECT count(*)::int AS n FROM unit_post_tally_delta`)).rows[0].n).toBe(0);
    expect((await check()).find((l) => l.unitId === town && l.level === '副科')).toEqual({
      unitId: town,
      unitName: '柳河镇',
      level: '副科',
      approved: null,
      occupied: 2, // U104, moved here above, and U201
    });
  });
});
