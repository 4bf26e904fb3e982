import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { ReportsRepository } from '../../src/reports/reports.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** What other modules read of a case, on a migrated Postgres. */
describe('ReportsRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  const reports = new ReportsRepository();

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
  });

  afterAll(() => close());

  it('reads a case number, status and handler, as its own transaction sees them', async () => {
    const id = randomUUID();
    const staff = randomUUID();
    await db.query(
      `INSERT INTO staff_user (id, username, password_hash, display_name, roles) VALUES ($1, 'handler', 'x', '办理人', '{TRIAGE_OFFICER}')`,
      [staff],
    );
    await db.query(
      `INSERT INTO report (id, number, channel, real_name, receipt_hash, body, assignee_id)
       VALUES ($1, 'QF-R-00001', 'WEB', false, sha256('QF-R-00001'::bytea), '反映某单位负责人收受财物。', $2)`,
      [id, staff],
    );
    expect(await reports.caseState(dataSource, id)).toEqual({ number: 'QF-R-00001', status: 'RECEIVED', assigneeId: staff });
    await expect(
      dataSource.transaction(async (m) => {
        await m.query(`UPDATE report SET assignee_id = NULL WHERE id = $1`, [id]);
        expect((await reports.caseState(m, id))?.assigneeId).toBeNull();
        expect((await reports.caseState(dataSource, id))?.assigneeId).toBe(staff);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await reports.caseState(dataSource, randomUUID())).toBeNull();
  });

  it('reads the number, status and receipt time of cases by id, leaving unknown ones out', async () => {
    const ids = [randomUUID(), randomUUID()];
    for (const [i, id] of ids.entries())
      await db.query(
        `INSERT INTO report (id, number, channel, status, real_name, receipt_hash, body, received_at)
         VALUES ($1, $2::text, 'WEB', $3, false, sha256($2::bytea), '反映某单位负责人收受财物。', $4)`,
        [id, `QF-S-0000${i}`, i === 0 ? 'RECEIVED' : 'CLOSED', new Date(`2025-0${i + 1}-01T00:00:00Z`)],
      );
    const found = await reports.caseSummaries(dataSource, [ids[1]!, randomUUID(), ids[0]!]);
    expect(found.sort((a, b) => a.number.localeCompare(b.number))).toEqual([
      { id: ids[0], number: 'QF-S-00000', status: 'RECEIVED', receivedAt: new Date('2025-01-01T00:00:00Z') },
      { id: ids[1], number: 'QF-S-00001', status: 'CLOSED', receivedAt: new Date('2025-02-01T00:00:00Z') },
    ]);
    expect(await reports.caseSummaries(dataSource, [])).toEqual([]);
  });

  it('lists the proposals waiting for an approver: not their own, and not a tip hidden from them', async () => {
    const proposer = randomUUID();
    const approver = randomUUID();
    const [ids, numbers] = [
      [randomUUID(), randomUUID(), randomUUID()],
      ['QF-P-00001', 'QF-P-00002', 'QF-P-00003'],
    ];
    const [unit] = (await db.query<{ id: string }>(`INSERT INTO unit (name) VALUES ('区审批测试局') RETURNING id`)).rows;
    const [cadre] = (
      await db.query<{ id: string }>(
        `INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post, level, quota_keys)
         VALUES ('P-APPROVER', '审批人', '审', '男', '1980-01', $1, '科员', NULL, '{}') RETURNING id`,
        [unit!.id],
      )
    ).rows;
    for (const [n, id] of ids.entries()) {
      const by = n === 1 ? approver : proposer;
      await db.query(
        `INSERT INTO report (id, number, channel, real_name, receipt_hash, body, disposition_pending)
         VALUES ($1, $2::text, 'WEB', false, sha256($2::bytea), '反映某单位负责人收受财物。', $3::jsonb)`,
        [id, numbers[n], JSON.stringify({ kind: 'CLOSE', proposedBy: by, proposedAt: `2026-05-0${n + 1}T01:00:00Z` })],
      );
    }
    // The third tip is about the approver's own cadre record: hidden from them (回避).
    await db.query(`INSERT INTO cadre_report_link (report_id, cadre_id, source) VALUES ($1, $2, 'STAFF')`, [ids[2], cadre!.id]);
    const approvals = (a: { cadreId: string | null }) =>
      reports.pendingApprovals(dataSource, { userId: approver, cadreId: a.cadreId, sameUnit: false });
    expect(await approvals({ cadreId: null })).toEqual([
      { id: ids[0], number: numbers[0], kind: 'CLOSE', proposedBy: proposer },
      { id: ids[2], number: numbers[2], kind: 'CLOSE', proposedBy: proposer },
    ]);
    expect((await approvals({ cadreId: cadre!.id })).map((r) => r.number)).toEqual([numbers[0]]);
  });
});
