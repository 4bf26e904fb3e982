import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { CadresRepository } from '../../src/cadres/cadres.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The cadres repository's queries on a migrated Postgres, without the application around them. */
describe('CadresRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let repository: CadresRepository;
  let dataSource: DataSource;
  const ids: Record<string, string> = {};

  async function unit(name: string, former: string[] = []): Promise<string> {
    const [row] = (await db.query<{ id: string }>(`INSERT INTO unit (name) VALUES ($1) RETURNING id`, [name])).rows;
    await db.query(`INSERT INTO unit_name (name, unit_id, kind) VALUES ($1, $2, 'CURRENT')`, [name, row!.id]);
    for (const old of former) await db.query(`INSERT INTO unit_name (name, unit_id, kind) VALUES ($1, $2, 'FORMER')`, [old, row!.id]);
    return row!.id;
  }

  async function cadre(personNo: string, name: string, unitId: string, post: string, level: string | null, gender = '男'): Promise<string> {
    const [row] = (
      await db.query<{ id: string }>(
        `INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post, level, quota_keys)
         VALUES ($1, $2, $3, $4, '1980-01', $5, $6, $7, ARRAY[$6])
         RETURNING id`,
        [personNo, name, name.slice(0, 1), gender, unitId, post, level],
      )
    ).rows;
    await db.query(`INSERT INTO cadre_post (cadre_id, unit_id, post, level, started) VALUES ($1, $2, $3, $4, '2021-03')`, [
      row!.id,
      unitId,
      post,
      level,
    ]);
    ids[personNo] = row!.id;
    return row!.id;
  }

  beforeAll(async () => {
    const made = await createTestDataSource();
    close = made.close;
    db = made.db;
    repository = new CadresRepository(made.dataSource);
    dataSource = made.dataSource;
    const water = await unit('区水务局', ['区水利局']);
    const town = await unit('柳河镇');
    await cadre('P001', '王建军', water, '局长', '正科');
    await cadre('P002', '王丽', water, '副局长', '副科', '女');
    await cadre('P003', '王建军', town, '镇长', '正科');
    await cadre('P004', '李明', town, '副镇长', '副科');
    await db.query(
      `INSERT INTO sanction (cadre_id, kind, effective_on, probation_months) VALUES ($1, 'PARTY_WARNING', '2025-03-01', NULL)`,
      [ids['P004']],
    );
    await db.query(`INSERT INTO sanction (cadre_id, kind, effective_on) VALUES ($1, 'PARTY_SERIOUS_WARNING', '2024-01-15')`, [ids['P004']]);
    await db.query(
      `INSERT INTO personal_matters_report (cadre_id, year, status, checked_on) VALUES ($1, 2024, 'CONSISTENT', '2025-02-01')`,
      [ids['P004']],
    );
    await db.query(`INSERT INTO personal_matters_report (cadre_id, year, status) VALUES ($1, 2025, 'NOT_VERIFIED')`, [ids['P004']]);
  });

  afterAll(() => close());

  it('finds homonyms by name in person-number order, and by surname within a unit', async () => {
    expect((await repository.summariesByName('王建军')).map((c) => [c.person_no, c.unit_name])).toEqual([
      ['P001', '区水务局'],
      ['P003', '柳河镇'],
    ]);
    expect((await repository.summariesBySurname('王', null)).map((c) => c.person_no)).toEqual(['P001', 'P002', 'P003']);
    const [water] = await repository.summariesByName('王丽');
    expect((await repository.summariesBySurname('王', water!.unit_id)).map((c) => c.person_no)).toEqual(['P001', 'P002']);
    expect(await repository.summariesByName('赵六')).toEqual([]);
  });

  it('reads by ids and by person number, leaving unknown ones out', async () => {
    const rows = await repository.summariesByIds([ids['P004']!, ids['P002']!, '00000000-0000-0000-0000-000000000000']);
    expect(rows.map((c) => [c.person_no, c.gender, c.level])).toEqual([
      ['P002', '女', '副科'],
      ['P004', '男', '副科'],
    ]);
    expect((await repository.summaryByPersonNo('P003'))?.name).toBe('王建军');
    expect(await repository.summaryByPersonNo('P999')).toBeNull();
  });

  it('knows a unit by a former name, with its current name first', async () => {
    const byOld = await repository.unitByName('区水利局');
    expect(byOld?.name).toBe('区水务局');
    expect(byOld?.names).toEqual(['区水务局', '区水利局']);
    expect(await repository.unitByName('区教育局')).toBeNull();
  });

  it('gives the words of the roster and every unit name for segmentation', async () => {
    const { words, units } = await repository.dictionary();
    expect(words.names).toEqual(['李明', '王丽', '王建军']);
    expect(words.surnames).toEqual(['李', '王']);
    expect(words.posts).toEqual(['副局长', '副镇长', '局长', '镇长']);
    expect(units.map((u) => [u.name, u.names])).toEqual([
      ['区水务局', ['区水务局', '区水利局']],
      ['柳河镇', ['柳河镇']],
    ]);
  });

  it('changes the roster stamp when a cadre is added, and snapshots the roster', async () => {
    const before = await repository.rosterStamp();
    const town = (await repository.unitByName('柳河镇'))!.unit_id;
    await cadre('P005', '欧阳青', town, '党委委员', null, '女');
    await db.query(`UPDATE cadre SET post_since = '2024-07' WHERE person_no = 'P005'`);
    const after = await repository.rosterStamp();
    expect(after).not.toBe(before);
    const people = await repository.rosterPeople();
    expect(people.find((p) => p.personNo === 'P005')).toMatchObject({
      name: '欧阳青',
      unit: '柳河镇',
      post: '党委委员',
      rank: null,
      gender: '女',
      postSince: '2024-07',
    });
    expect((await repository.rosterUnits()).map((u) => [u.name, u.aliases])).toEqual([
      ['区水务局', ['区水利局']],
      ['柳河镇', []],
    ]);
  });

  it('lists with each filter applied only when given, and counts the same rows', async () => {
    const page = { limit: 2, offset: 0 };
    const all = await repository.list({ q: null, unit: null, level: null }, page);
    expect(all.total).toBe(5);
    expect(all.rows.map((c) => c.person_no)).toEqual(['P001', 'P002']);
    const byPrefix = await repository.list({ q: '王', unit: null, level: null }, { limit: 10, offset: 0 });
    expect(byPrefix.rows.map((c) => c.person_no)).toEqual(['P001', 'P002', 'P003']);
    const byFormerUnitAndLevel = await repository.list({ q: null, unit: '区水利局', level: '副科' }, { limit: 10, offset: 0 });
    expect(byFormerUnitAndLevel).toMatchObject({ total: 1, rows: [{ person_no: 'P002' }] });
    expect((await repository.list({ q: 'P003', unit: null, level: null }, { limit: 10, offset: 0 })).rows.map((c) => c.name)).toEqual([
      '王建军',
    ]);
  });

  it('reads the record, the post history, sanctions newest first and personal matters', async () => {
    expect(await repository.record(ids['P004']!)).toMatchObject({ under_investigation: false, file_audited_on: null });
    expect(await repository.postHistory(ids['P004']!)).toEqual([
      { unit_name: '柳河镇', post: '副镇长', level: '副科', started: '2021-03', ended: null },
    ]);
    expect((await repository.sanctionsOf(ids['P004']!)).map((s) => [s.kind, s.effective_on])).toEqual([
      ['PARTY_WARNING', '2025-03-01'],
      ['PARTY_SERIOUS_WARNING', '2024-01-15'],
    ]);
    expect((await repository.personalMattersOf(ids['P004']!)).map((m) => [m.year, m.status, m.checked_on])).toEqual([
      [2025, 'NOT_VERIFIED', null],
      [2024, 'CONSISTENT', '2025-02-01'],
    ]);
  });

  it('reads the facts of a vetting slate in one query each, sanctions oldest first and only the latest personal matters', async () => {
    const slate = [ids['P004']!, ids['P001']!];
    expect((await repository.vettingCadres(slate)).map((c) => c.quota_keys).sort()).toEqual([['副镇长'], ['局长']]);
    expect((await repository.vettingSanctions(slate)).map((s) => s.effective_on)).toEqual(['2024-01-15', '2025-03-01']);
    expect(await repository.latestPersonalMatters(slate)).toEqual([
      { cadre_id: ids['P004'], year: 2025, status: 'NOT_VERIFIED', checked_on: null, explained_on: null, detail: null },
    ]);
  });

  it('reads findings and linked tips without the hidden ones, every link of a slate, and locks the cadres that exist', async () => {
    const tip = async (number: string): Promise<string> => {
      const [row] = (
        await db.query<{ id: string }>(
          `INSERT INTO report (id, number, channel, status, real_name, receipt_hash, body)
           VALUES (gen_random_uuid(), $1::text, 'WEB', 'CLOSED', false, sha256($1::bytea), '反映某单位负责人收受财物。') RETURNING id`,
          [number],
        )
      ).rows;
      return row!.id;
    };
    const [seen, hidden] = [await tip('QF-K-00001'), await tip('QF-K-00002')];
    const p4 = ids['P004']!;
    for (const reportId of [seen, hidden])
      await db.query(`INSERT INTO cadre_report_link (report_id, cadre_id, source) VALUES ($1, $2, 'STAFF')`, [reportId, p4]);
    await db.query(`INSERT INTO cadre_report_link (report_id, cadre_id, source) VALUES ($1, $2, 'STAFF')`, [seen, ids['P001']]);
    await db.query(
      `INSERT INTO cadre_finding (cadre_id, report_id, source, outcome, concluded_on) VALUES
         ($1, $2, 'CASE', 'PARTLY', '2025-05-01'), ($1, $3, 'CASE', 'SUBSTANTIATED', '2025-06-01'), ($1, NULL, '巡察', 'UNVERIFIABLE', '2025-04-01')`,
      [p4, seen, hidden],
    );
    expect((await repository.findingsOf(p4, [])).map((f) => [f.concluded_on, f.report_id])).toEqual([
      ['2025-06-01', hidden],
      ['2025-05-01', seen],
      ['2025-04-01', null],
    ]);
    expect((await repository.findingsOf(p4, [hidden])).map((f) => f.outcome)).toEqual(['PARTLY', 'UNVERIFIABLE']);
    expect((await repository.linkedReportsOf(p4, [])).sort()).toEqual([seen, hidden].sort());
    expect(await repository.linkedReportsOf(p4, [hidden])).toEqual([seen]);
    // Both tips are CLOSED: open unless CLOSED is among the concluded states; each cadre's oldest first.
    const cadres = [p4, ids['P001']!, ids['P002']!];
    const open = await repository.openCasesOfCadres(cadres, ['MERGED']);
    expect(open.map((l) => `${l.cadreId === p4 ? 'P004' : 'P001'}:${l.reportId === seen ? 'seen' : 'hidden'}:${l.status}`).sort()).toEqual([
      'P001:seen:CLOSED',
      'P004:hidden:CLOSED',
      'P004:seen:CLOSED',
    ]);
    expect(open.filter((l) => l.cadreId === p4).map((l) => l.reportId)).toEqual([seen, hidden]);
    expect(open[0]).toMatchObject({ number: expect.stringMatching(/^QF-K-0000[12]$/), receivedAt: expect.any(Date) });
    expect(await repository.openCasesOfCadres(cadres, ['CLOSED', 'MERGED'])).toEqual([]);
    const missing = '00000000-0000-0000-0000-000000000000';
    expect((await dataSource.transaction((m) => repository.lockExisting(m, [p4, missing]))).sort()).toEqual([p4]);
  });
});
