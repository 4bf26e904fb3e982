import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { CadreRecordsRepository } from '../../src/cadres/cadre-records.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The writes to a cadre's record on a migrated Postgres. */
describe('CadreRecordsRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  let records: CadreRecordsRepository;
  const ids: Record<string, string> = {};
  let serial = 0;

  async function cadre(personNo: string, name: string, unitId: string): Promise<string> {
    const [row] = (
      await db.query<{ id: string }>(
        `INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post, level, quota_keys)
         VALUES ($1, $2, $3, '男', '1980-01', $4, '科员', NULL, '{}') RETURNING id`,
        [personNo, name, name.slice(0, 1), unitId],
      )
    ).rows;
    ids[personNo] = row!.id;
    return row!.id;
  }

  async function report(status = 'RECEIVED'): Promise<string> {
    const id = randomUUID();
    serial += 1;
    await db.query(
      `INSERT INTO report (id, number, channel, status, real_name, receipt_hash, body)
       VALUES ($1, $2::text, 'WEB', $3, false, sha256($2::bytea), '反映某单位负责人收受财物。')`,
      [id, `QF-C-${String(serial).padStart(5, '0')}`, status],
    );
    return id;
  }

  const inTx = <T>(work: (m: EntityManager) => Promise<T>) => dataSource.transaction(work);

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    records = new CadreRecordsRepository(dataSource);
    const [unit] = (await db.query<{ id: string }>(`INSERT INTO unit (name) VALUES ('柳河镇') RETURNING id`)).rows;
    await db.query(`INSERT INTO unit_name (name, unit_id, kind) VALUES ('柳河镇', $1, 'CURRENT')`, [unit!.id]);
    await cadre('C002', '李明', unit!.id);
    await cadre('C001', '王建军', unit!.id);
    await cadre('C003', '赵六', unit!.id);
  });

  afterAll(() => close());

  it('locks an existing cadre only', async () => {
    expect(await inTx((m) => records.lockCadre(m, ids['C001']!))).toBe(true);
    expect(await inTx((m) => records.lockCadre(m, randomUUID()))).toBe(false);
  });

  it('links tips to cadres once, lists and unlinks them', async () => {
    const tip = await report();
    const link = { reportId: tip, cadreId: ids['C001']!, source: 'STAFF', linkedBy: null };
    expect(await inTx((m) => records.linkReport(m, link))).toBe(true);
    expect(await inTx((m) => records.linkReport(m, link))).toBe(false);
    const added = await inTx((m) =>
      records.linkReportsToCadres(
        m,
        [
          { reportId: tip, cadreId: ids['C001']! },
          { reportId: tip, cadreId: ids['C002']! },
        ],
        'TRIAGE',
      ),
    );
    expect(added).toEqual([{ reportId: tip, cadreId: ids['C002'] }]);
    expect((await records.cadresLinkedTo(tip)).sort()).toEqual([ids['C001'], ids['C002']].sort());
    await inTx((m) => records.unlinkReport(m, tip, ids['C002']!));
    expect(await records.cadresLinkedTo(tip)).toEqual([ids['C001']]);
    // A tip that does not exist: the foreign key refuses it (the service answers 404).
    await expect(inTx((m) => records.linkReport(m, { ...link, reportId: randomUUID() }))).rejects.toMatchObject({ code: '23503' });
  });

  it('records sanctions and findings, and a case finding on every linked cadre', async () => {
    const sanctionId = await inTx((m) =>
      records.insertSanction(m, {
        cadreId: ids['C003']!,
        kind: 'PARTY_PROBATION',
        effectiveOn: '2025-01-02',
        probationMonths: 12,
        reportId: null,
        note: '备注',
        recordedBy: null,
      }),
    );
    const findingId = await inTx((m) =>
      records.insertFinding(m, {
        cadreId: ids['C003']!,
        source: '巡察',
        outcome: 'SUBSTANTIATED',
        concludedOn: '2025-01-01',
        summary: null,
        sanctionId,
        recordedBy: null,
      }),
    );
    expect(
      (
        await db.query(`SELECT kind, to_char(effective_on, 'YYYY-MM-DD') AS on, probation_months, note FROM sanction WHERE id = $1`, [
          sanctionId,
        ])
      ).rows,
    ).toEqual([{ kind: 'PARTY_PROBATION', on: '2025-01-02', probation_months: 12, note: '备注' }]);
    expect((await db.query(`SELECT source, outcome, sanction_id FROM cadre_finding WHERE id = $1`, [findingId])).rows).toEqual([
      { source: '巡察', outcome: 'SUBSTANTIATED', sanction_id: sanctionId },
    ]);
    // A finding about a tip is recorded only on a concluded case.
    const tip = await report('CLOSED');
    await inTx((m) =>
      records.linkReportsToCadres(
        m,
        [
          { reportId: tip, cadreId: ids['C002']! },
          { reportId: tip, cadreId: ids['C001']! },
        ],
        'STAFF',
      ),
    );
    const found = await inTx((m) =>
      records.insertCaseFindings(m, { reportId: tip, outcome: 'PARTLY', concludedOn: '2025-02-01', summary: '部分属实', recordedBy: null }),
    );
    expect(found.sort()).toEqual([ids['C001'], ids['C002']].sort());
    expect((await db.query(`SELECT source, report_id FROM cadre_finding WHERE report_id = $1 GROUP BY 1, 2`, [tip])).rows).toEqual([
      { source: 'CASE', report_id: tip },
    ]);
  });

  it('sets the investigation (its date only while under investigation) and the file audit', async () => {
    const read = async () =>
      (
        await db.query(
          `SELECT under_investigation, to_char(investigation_since, 'YYYY-MM-DD') AS since, investigation_note,
                  to_char(file_audited_on, 'YYYY-MM-DD') AS audited, file_audit_note FROM cadre WHERE id = $1`,
          [ids['C001']],
        )
      ).rows[0];
    await inTx((m) => records.setInvestigation(m, { id: ids['C001']!, underInvestigation: true, since: '2025-03-01', note: '立案' }));
    expect(await read()).toMatchObject({ under_investigation: true, since: '2025-03-01', investigation_note: '立案' });
    await inTx((m) => records.setInvestigation(m, { id: ids['C001']!, underInvestigation: false, since: '2025-03-01', note: null }));
    expect(await read()).toMatchObject({ under_investigation: false, since: null, investigation_note: null });
    await inTx((m) => records.setFileAudit(m, { id: ids['C001']!, auditedOn: '2025-04-01', note: '已审' }));
    expect(await read()).toMatchObject({ audited: '2025-04-01', file_audit_note: '已审' });
  });

  it('upserts a personal-matters report, keeping a recorded check reason unless a new one is given', async () => {
    const read = async () =>
      (
        await db.query(`SELECT status, check_reason, detail FROM personal_matters_report WHERE cadre_id = $1 AND year = 2024`, [
          ids['C002'],
        ])
      ).rows;
    const base = { cadreId: ids['C002']!, year: 2024, checkedOn: null, detail: null, explainedOn: null };
    await inTx((m) => records.upsertPersonalMatters(m, { ...base, status: 'NOT_VERIFIED', checkReason: 'PROMOTION' }));
    await inTx((m) =>
      records.upsertPersonalMatters(m, { ...base, status: 'OMISSION', checkReason: null, checkedOn: '2025-01-05', detail: '漏报房产' }),
    );
    expect(await read()).toEqual([{ status: 'OMISSION', check_reason: 'PROMOTION', detail: '漏报房产' }]);
  });

  it('records a year of the random check once, marks the drawn, and reads the draws back', async () => {
    const population = await inTx((m) => records.allPersonNos(m));
    expect(population).toEqual(['C001', 'C002', 'C003']);
    const draw = { year: 2025, ratio: 0.5, seed: 'abc', population, drawn: ['C003', 'C404'], drawnBy: null };
    expect(await inTx((m) => records.insertDraw(m, draw))).toBe(true);
    expect(await inTx((m) => records.insertDraw(m, { ...draw, seed: 'other' }))).toBe(false);
    await inTx((m) => records.markDrawn(m, 2025, draw.drawn));
    expect(
      (await db.query(`SELECT check_reason FROM personal_matters_report WHERE cadre_id = $1 AND year = 2025`, [ids['C003']])).rows,
    ).toEqual([{ check_reason: 'RANDOM' }]);
    expect(await records.draw(2025)).toEqual({ ratio: 0.5, seed: 'abc', population, drawn: ['C003', 'C404'] });
    expect(await records.draw(2019)).toBeNull();
    const [listed] = await records.draws();
    expect(listed).toMatchObject({ year: 2025, ratio: 0.5, seed: 'abc', population: 3 });
    expect(listed!.drawnAt).toBeInstanceOf(Date);
    // The drawn as the roster has them now: one no longer on it.
    expect(listed!.drawn).toEqual([
      { personNo: 'C003', cadreId: ids['C003'], name: '赵六', unitName: '柳河镇' },
      { personNo: 'C404', cadreId: null, name: null, unitName: null },
    ]);
  });
});
