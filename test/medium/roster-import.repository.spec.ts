import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { RosterImportRepository, type CadreUpsert } from '../../src/cadres/roster/roster-import.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The roster import's statements on a migrated Postgres. */
describe('RosterImportRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  let roster: RosterImportRepository;

  const person = (personNo: string, unitId: string, over: Partial<CadreUpsert> = {}): CadreUpsert => ({
    personNo,
    name: '王建军',
    surname: '王',
    gender: '男',
    birthMonth: '1980-01',
    ethnicity: null,
    nativePlace: '某县',
    partyMonth: null,
    workMonth: '2001-07',
    education: null,
    unitId,
    post: '局长',
    level: '正科',
    postSince: '2021-03',
    statusKind: null,
    quotaKeys: ['局长', '正科'],
    ...over,
  });

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    roster = new RosterImportRepository(dataSource);
  });

  afterAll(() => close());

  it('creates units with their current name and finds units by any name', async () => {
    const made = await dataSource.transaction(async (m) => {
      await roster.lock(m);
      return roster.createUnits(m, ['区水务局', '柳河镇']);
    });
    expect([...made.keys()].sort()).toEqual(['区水务局', '柳河镇']);
    await db.query(`INSERT INTO unit_name (name, unit_id, kind) VALUES ('区水利局', $1, 'FORMER')`, [made.get('区水务局')]);
    const found = await dataSource.transaction((m) => roster.unitIdsByNames(m, ['区水利局', '柳河镇', '无此单位']));
    expect(Object.fromEntries(found)).toEqual({ 区水利局: made.get('区水务局'), 柳河镇: made.get('柳河镇') });
  });

  it('upserts cadres by person number with their quota keys, locks and reads them back, and moves posts', async () => {
    const units = await dataSource.transaction((m) => roster.unitIdsByNames(m, ['区水务局', '柳河镇']));
    const [water, town] = [units.get('区水务局')!, units.get('柳河镇')!];
    await dataSource.transaction(async (m) => {
      await roster.upsertCadres(m, [
        person('R001', water),
        person('R002', town, { name: '李明', surname: '李', quotaKeys: [], level: null }),
      ]);
      await roster.movePosts(m, [
        { personNo: 'R001', since: '2021-03' },
        { personNo: 'R002', since: null },
      ]);
    });
    const existing = await dataSource.transaction((m) => roster.lockCadres(m, ['R001', 'R002', 'R404']));
    expect([...existing.keys()].sort()).toEqual(['R001', 'R002']);
    expect(existing.get('R001')).toMatchObject({
      personNo: 'R001',
      unitId: water,
      values: {
        name: '王建军',
        gender: '男',
        birthMonth: '1980-01',
        ethnicity: null,
        nativePlace: '某县',
        post: '局长',
        level: '正科',
        postSince: '2021-03',
      },
    });
    expect((await db.query(`SELECT quota_keys FROM cadre WHERE person_no = 'R002'`)).rows).toEqual([{ quota_keys: [] }]);
    // R001 moves to the town: the old post ends when the new one starts.
    await dataSource.transaction(async (m) => {
      await roster.upsertCadres(m, [person('R001', town, { post: '镇长', postSince: '2024-09', quotaKeys: ['镇长', '正科'] })]);
      await roster.movePosts(m, [{ personNo: 'R001', since: '2024-09' }]);
    });
    expect(
      (
        await db.query(
          `SELECT p.post, p.started, p.ended FROM cadre_post p JOIN cadre c ON c.id = p.cadre_id WHERE c.person_no = 'R001' ORDER BY p.id`,
        )
      ).rows,
    ).toEqual([
      { post: '局长', started: '2021-03', ended: '2024-09' },
      { post: '镇长', started: '2024-09', ended: null },
    ]);
    expect((await db.query(`SELECT quota_keys FROM cadre WHERE person_no = 'R001'`)).rows).toEqual([{ quota_keys: ['镇长', '正科'] }]);
  });

  it('records an import with its errors, and exports the roster by unit and person number', async () => {
    const id = await dataSource.transaction((m) =>
      roster.recordImport(m, {
        fileName: 'roster.xlsx',
        mode: 'SKIP_INVALID',
        applied: true,
        rowsTotal: 3,
        created: 2,
        updated: 0,
        unchanged: 0,
        errors: [{ row: 4, personNo: null, problems: ['缺少姓名'] }],
        importedBy: null,
      }),
    );
    expect((await db.query(`SELECT file_name, mode, rows_total, errors FROM roster_import WHERE id = $1`, [id])).rows).toEqual([
      { file_name: 'roster.xlsx', mode: 'SKIP_INVALID', rows_total: 3, errors: [{ row: 4, personNo: null, problems: ['缺少姓名'] }] },
    ]);
    const rows = await roster.exportRows();
    expect(rows.map((r) => [r.personNo, r.unit, r.post])).toEqual([
      ['R001', '柳河镇', '镇长'],
      ['R002', '柳河镇', '局长'],
    ]);
    expect(rows[1]).toMatchObject({ name: '李明', level: null, partyMonth: null, statusKind: null });
  });
});
