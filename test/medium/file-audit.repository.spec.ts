import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { doubtKey, FileAuditRepository, type NewEntry } from '../../src/cadres/file-audit/file-audit.repository.js';
import type { FileDoubt } from '../../src/cadres/file-audit/file-rules.js';
import { UnitsRepository } from '../../src/cadres/units.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The personnel-file audit's tables on a migrated Postgres. */
describe('FileAuditRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  let files: FileAuditRepository;
  let units: UnitsRepository;
  const ids: Record<string, string> = {};
  let unitId = '';

  async function cadre(personNo: string, name: string): Promise<string> {
    const [row] = (
      await db.query<{ id: string }>(
        `INSERT INTO cadre (person_no, name, surname, gender, birth_month, party_month, work_month, education, unit_id, post, quota_keys)
         VALUES ($1, $2, $3, '男', '1970-05', '1990-07', '1985-01', '大专', $4, '科员', '{}') RETURNING id`,
        [personNo, name, name.slice(0, 1), unitId],
      )
    ).rows;
    ids[personNo] = row!.id;
    return row!.id;
  }

  const inTx = <T>(work: (m: EntityManager) => Promise<T>) => dataSource.transaction(work);
  const birth = (statedDate: string, documentDate: string, filledBySelf: boolean): NewEntry => ({
    fact: 'BIRTH',
    statedDate,
    fromDate: null,
    toDate: null,
    educationLevel: null,
    institution: null,
    diploma: null,
    fullTime: null,
    unit: null,
    post: null,
    status: null,
    source: filledBySelf ? 'CADRE_RESUME' : 'APPOINTMENT_APPROVAL',
    documentDate,
    filledBySelf,
    note: null,
    enteredBy: null,
  });

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    files = new FileAuditRepository(dataSource);
    units = new UnitsRepository(dataSource);
    const [unit] = (await db.query<{ id: string }>(`INSERT INTO unit (name) VALUES ('县农业农村局') RETURNING id`)).rows;
    unitId = unit!.id;
    await db.query(`INSERT INTO unit_name (name, unit_id, kind) VALUES ('县农业农村局', $1, 'CURRENT')`, [unitId]);
    await cadre('F001', '王建军');
    await cadre('F002', '李明');
  });

  afterAll(() => close());

  it('stores records, lists them by fact and document date, removes only the cadre own', async () => {
    const later = await inTx((m) => files.insertEntry(m, ids['F001']!, birth('1970-05', '2010-01-01', true)));
    const first = await inTx((m) => files.insertEntry(m, ids['F001']!, birth('1968-05', '1986-07-01', true)));
    const entries = await files.entries(ids['F001']!);
    expect(entries.map((e) => [e.id, e.statedDate, e.documentDate, e.filledBySelf])).toEqual([
      [first, '1968-05', '1986-07-01', true],
      [later, '1970-05', '2010-01-01', true],
    ]);
    expect(entries[0]!.enteredAt).toBeInstanceOf(Date);
    expect(await inTx((m) => files.deleteEntry(m, ids['F002']!, later))).toBe(false);
    expect(await inTx((m) => files.deleteEntry(m, ids['F001']!, later))).toBe(true);
    expect((await files.entries(ids['F001']!)).map((e) => e.id)).toEqual([first]);
  });

  it('refuses a date the file does not write that way, and a code without a label', async () => {
    await expect(inTx((m) => files.insertEntry(m, ids['F001']!, birth('1968.05', '1986-07-01', true)))).rejects.toMatchObject({
      code: '23514',
    });
    await expect(
      inTx((m) => files.insertEntry(m, ids['F001']!, { ...birth('1968-05', '1986-07-01', true), source: 'DIARY' as never })),
    ).rejects.toMatchObject({ code: '23514' });
  });

  it('opens doubts the rules find, keeps a resolved one resolved, withdraws open ones no longer found', async () => {
    const cadreId = ids['F002']!;
    const a: FileDoubt = { rule: 'BIRTH_CONFLICT', fact: 'BIRTH', message: '出生日期记载不一致', entryIds: [] };
    const b: FileDoubt = { rule: 'PARTY_CONFLICT', fact: 'PARTY', message: '入党时间记载不一致', entryIds: [] };
    expect(await inTx((m) => files.syncDoubts(m, cadreId, [a, b]))).toEqual({
      opened: ['BIRTH_CONFLICT', 'PARTY_CONFLICT'],
      withdrawn: [],
    });
    expect(await inTx((m) => files.syncDoubts(m, cadreId, [a, b]))).toEqual({ opened: [], withdrawn: [] });
    expect(await inTx((m) => files.countOpenDoubts(m, cadreId))).toBe(2);

    const [doubtA] = (await files.doubts(cadreId)).filter((d) => d.key === doubtKey(a));
    expect(await inTx((m) => files.resolveDoubt(m, { cadreId, id: doubtA!.id, resolution: '经查以履历表为准', resolvedBy: null }))).toEqual(
      {
        rule: 'BIRTH_CONFLICT',
        message: '出生日期记载不一致',
      },
    );
    // Resolved once: a second time, or on another cadre, finds nothing.
    expect(await inTx((m) => files.resolveDoubt(m, { cadreId, id: doubtA!.id, resolution: '再次', resolvedBy: null }))).toBeNull();
    expect(await inTx((m) => files.doubtStatus(m, ids['F001']!, doubtA!.id))).toBeNull();
    expect(await inTx((m) => files.doubtStatus(m, cadreId, doubtA!.id))).toBe('RESOLVED');

    // The rules find only A now: B (open) is withdrawn, A stays resolved with its note.
    expect(await inTx((m) => files.syncDoubts(m, cadreId, [{ ...a, message: '新的说明' }]))).toEqual({
      opened: [],
      withdrawn: ['PARTY_CONFLICT'],
    });
    const now = await files.doubts(cadreId);
    expect(now.map((d) => [d.rule, d.status, d.message, d.resolution])).toEqual([
      ['BIRTH_CONFLICT', 'RESOLVED', '出生日期记载不一致', '经查以履历表为准'],
    ]);
    expect((await files.openDoubtsOf([cadreId])).get(cadreId)).toBeUndefined();
  });

  it('keeps determinations, writes them to the roster columns, and answers what a roster is held to', async () => {
    const cadreId = ids['F001']!;
    const determination = { fact: 'BIRTH' as const, value: '1968-05', code: '1968-05', basis: ['x'], reasons: ['以本人最早填写的…为准'] };
    await inTx((m) =>
      files.replaceDeterminations(m, { cadreId, determinations: [determination], determinedOn: '2026-12-01', determinedBy: null }),
    );
    await inTx((m) =>
      files.replaceDeterminations(m, {
        cadreId,
        determinations: [determination, { fact: 'WORK_HISTORY', value: '…', code: null, basis: [], reasons: ['连续'] }],
        determinedOn: '2026-12-02',
        determinedBy: null,
      }),
    );
    expect((await files.determinations(cadreId)).map((d) => [d.fact, d.value, d.code, d.determinedOn, d.reasons])).toEqual(
      expect.arrayContaining([
        ['BIRTH', '1968-05', '1968-05', '2026-12-02', ['以本人最早填写的…为准']],
        ['WORK_HISTORY', '…', null, '2026-12-02', ['连续']],
      ]),
    );
    const held = await inTx((m) => files.determinedOf(m, [cadreId, ids['F002']!]));
    expect([...held.entries()].map(([id, facts]) => [id, [...facts.entries()]])).toEqual([[cadreId, [['BIRTH', '1968-05']]]]);

    await inTx((m) =>
      files.applyDetermined(m, { cadreId, birthMonth: '1968-05', partyMonth: null, workMonth: '1986-07', education: null }),
    );
    expect((await db.query(`SELECT birth_month, party_month, work_month, education FROM cadre WHERE id = $1`, [cadreId])).rows).toEqual([
      { birth_month: '1968-05', party_month: '1990-07', work_month: '1986-07', education: '大专' },
    ]);
  });

  it("opens a roster's contradictions once, and names the cadres with one newly opened", async () => {
    const doubt = { cadreId: ids['F001']!, key: 'ROSTER_CONFLICT:birthMonth:1970-05', fact: 'BIRTH' as const, message: '名册导入：…' };
    expect(await inTx((m) => files.insertRosterDoubts(m, [doubt]))).toEqual([ids['F001']]);
    expect(await inTx((m) => files.insertRosterDoubts(m, [doubt]))).toEqual([]);
    // The rules do not withdraw a roster's doubt.
    await inTx((m) => files.syncDoubts(m, ids['F001']!, []));
    expect((await files.openDoubtsOf([ids['F001']!])).get(ids['F001']!)).toEqual([
      { id: expect.any(String), rule: 'ROSTER_CONFLICT', fact: 'BIRTH', message: '名册导入：…' },
    ]);
  });

  it('reads the names of the units a work history names, with the month each came into use', async () => {
    expect(await units.addName(unitId, '县农业局', 'FORMER', '1984-01')).toBe(true);
    expect(await units.namesOfUnitsNamed(['县农业局'])).toEqual([
      { name: '县农业农村局', unitId, inUseFrom: null },
      { name: '县农业局', unitId, inUseFrom: '1984-01' },
    ]);
    expect(await units.namesOfUnitsNamed(['不存在的单位'])).toEqual([]);
  });
});
