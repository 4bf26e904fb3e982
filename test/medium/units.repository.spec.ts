import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { UnitsRepository } from '../../src/cadres/units.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** Units, their names and post quotas on a migrated Postgres. */
describe('UnitsRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let units: UnitsRepository;
  let water: string;
  let town: string;

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
});
