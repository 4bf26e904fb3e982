import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { ReportsRepository } from '../../src/reports/reports.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The reports repository's methods for the triage module (its pipeline, inbox and actions), on a migrated Postgres. */
describe('ReportsRepository for triage (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  const reports = new ReportsRepository();
  let serial = 0;
  let staff: string;

  async function tip(receivedAt = '2026-03-01T01:00:00Z', extra: { repeatOf?: string; status?: string } = {}): Promise<string> {
    const id = randomUUID();
    serial += 1;
    const number = `QF-P-${String(serial).padStart(5, '0')}`;
    await db.query(
      `INSERT INTO report (id, number, channel, real_name, receipt_hash, body, received_at, repeat_of)
       VALUES ($1, $2::text, 'WEB', false, sha256(convert_to($2::text, 'UTF8')), '反映某单位负责人收受财物。', $3, $4)`,
      [id, number, receivedAt, extra.repeatOf ?? null],
    );
    return id;
  }
  const numberOf = async (id: string) =>
    (await db.query<{ number: string }>(`SELECT number FROM report WHERE id = $1`, [id])).rows[0]!.number;
  const otherSessionGets = async (key: string): Promise<boolean> => {
    const client = await db.connect();
    try {
      const { rows } = await client.query<{ got: boolean }>(`SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS got`, [key]);
      if (rows[0]!.got) await client.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [key]);
      return rows[0]!.got;
    } finally {
      client.release();
    }
  };

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    staff = randomUUID();
    await db.query(
      `INSERT INTO staff_user (id, username, password_hash, display_name, roles) VALUES ($1, 'triage-handler', 'x', '办理人', '{TRIAGE_OFFICER}')`,
      [staff],
    );
  });

  afterAll(() => close());

  it('locks a batch of one case for triage with its advisory keys until the transaction ends; a triaged case takes no keys', async () => {
    const id = await tip();
    await dataSource.transaction(async (m) => {
      const locked = await reports.lockBatchForTriage(m, [id], ['qf:test:a', 'qf:test:b']);
      expect(locked).toEqual([{ id, triagedAt: null, version: expect.any(String) }]);
      expect(await otherSessionGets('qf:test:a')).toBe(false);
      expect(await otherSessionGets('qf:test:b')).toBe(false);
      // The row is locked too.
      await expect(
        dataSource.transaction(async (other) => {
          await other.query(`SET LOCAL lock_timeout = '200ms'`);
          await reports.lockBatchForTriage(other, [id], []);
        }),
      ).rejects.toThrow(/lock timeout/);
    });
    expect(await otherSessionGets('qf:test:a')).toBe(true);
    await db.query(`UPDATE report SET triaged_at = now() WHERE id = $1`, [id]);
    await dataSource.transaction(async (m) => {
      const [locked] = await reports.lockBatchForTriage(m, [id], ['qf:test:c']);
      expect(locked?.triagedAt).toBeInstanceOf(Date);
      expect(await otherSessionGets('qf:test:c')).toBe(true);
    });
    expect(await dataSource.transaction((m) => reports.lockBatchForTriage(m, [randomUUID()], ['qf:test:d']))).toEqual([]);
  });

  it('locks a batch of cases for triage, then the advisory keys unless every case is triaged', async () => {
    const [a, b] = [await tip(), await tip()];
    await dataSource.transaction(async (m) => {
      const locked = await reports.lockBatchForTriage(m, [b, a, randomUUID()].sort(), ['qf:test:ba', 'qf:test:bb']);
      expect(locked.map((r) => r.id).sort()).toEqual([a, b].sort());
      expect(locked.every((r) => r.triagedAt === null && typeof r.version === 'string')).toBe(true);
      expect(await otherSessionGets('qf:test:ba')).toBe(false);
      expect(await otherSessionGets('qf:test:bb')).toBe(false);
      // Every row of the batch is locked.
      for (const id of [a, b]) {
        await expect(
          dataSource.transaction(async (other) => {
            await other.query(`SET LOCAL lock_timeout = '200ms'`);
            await reports.lockBatchForTriage(other, [id], []);
          }),
        ).rejects.toThrow(/lock timeout/);
      }
    });
    expect(await otherSessionGets('qf:test:ba')).toBe(true);
    await db.query(`UPDATE report SET triaged_at = now() WHERE id = ANY ($1::uuid[])`, [[a, b]]);
    await dataSource.transaction(async (m) => {
      const locked = await reports.lockBatchForTriage(m, [a, b].sort(), ['qf:test:bc']);
      expect(locked.every((r) => r.triagedAt instanceof Date)).toBe(true);
      expect(await otherSessionGets('qf:test:bc')).toBe(true);
    });
  });

  it('records what triage found of a batch of one, points later tips at the chain root unless they point at an older one, and appends the events in order', async () => {
    const root = await tip('2026-02-01T01:00:00Z');
    const older = await tip('2026-01-01T01:00:00Z');
    const id = await tip('2026-02-10T01:00:00Z');
    const laterFree = await tip('2026-02-20T01:00:00Z');
    const laterOlder = await tip('2026-02-21T01:00:00Z', { repeatOf: older });
    await dataSource.transaction((m) =>
      reports.recordTriageBatch(m, [
        {
          triage: {
            reportId: id,
            category: 'BRIBERY',
            categoryScores: { BRIBERY: 0.9, OTHER: 0.1 },
            priority: 75,
            priorityLevel: 'HIGH',
            specific: true,
            transferTarget: null,
            repeatOf: root,
            laterIds: [laterFree, laterOlder],
            chainRootId: root,
          },
          events: [
            { reportId: laterFree, type: 'REPEAT_FOUND', actorKind: 'SYSTEM', data: { earlierId: id } },
            { reportId: id, type: 'TRIAGED', actorKind: 'SYSTEM', data: { category: 'BRIBERY' } },
          ],
        },
      ]),
    );
    const { rows } = await db.query(
      `SELECT id, status, category, category_scores, priority, priority_level, is_specific, repeat_of, triaged_at IS NOT NULL AS triaged
         FROM report WHERE id = ANY ($1::uuid[])`,
      [[id, laterFree, laterOlder]],
    );
    const by = new Map(rows.map((r) => [r.id, r]));
    expect(by.get(id)).toMatchObject({
      status: 'TRIAGED',
      category: 'BRIBERY',
      category_scores: { BRIBERY: 0.9, OTHER: 0.1 },
      priority: 75,
      priority_level: 'HIGH',
      is_specific: true,
      repeat_of: root,
      triaged: true,
    });
    expect(by.get(laterFree)!.repeat_of).toBe(root);
    expect(by.get(laterOlder)!.repeat_of).toBe(older);
    const events = await db.query(`SELECT report_id, type, data FROM report_event WHERE report_id = ANY ($1::uuid[]) ORDER BY id`, [
      [id, laterFree],
    ]);
    expect(events.rows).toEqual([
      { report_id: laterFree, type: 'REPEAT_FOUND', data: { earlierId: id } },
      { report_id: id, type: 'TRIAGED', data: { category: 'BRIBERY' } },
    ]);
  });

  it('keeps the link of a tip staff handled before triage finished', async () => {
    const id = await tip();
    const other = await tip('2026-01-01T01:00:00Z');
    await dataSource.transaction(async (m) => {
      await m.query(`UPDATE report SET status = 'MERGED', repeat_of = $2 WHERE id = $1`, [id, other]);
      await m.query(`INSERT INTO report_event (report_id, type, actor_kind) VALUES ($1, 'MERGED', 'SYSTEM')`, [id]);
    });
    await dataSource.transaction(async (m) => {
      await reports.recordTriageBatch(m, [
        {
          triage: {
            reportId: id,
            category: null,
            categoryScores: {},
            priority: 10,
            priorityLevel: 'LOW',
            specific: false,
            transferTarget: 'X',
            repeatOf: null,
            laterIds: [],
            chainRootId: id,
          },
          events: [{ reportId: id, type: 'TRIAGED', actorKind: 'SYSTEM' }],
        },
      ]);
    });
    const { rows } = await db.query(`SELECT status, repeat_of, transfer_target FROM report WHERE id = $1`, [id]);
    expect(rows[0]).toEqual({ status: 'MERGED', repeat_of: other, transfer_target: 'X' });
  });

  it('reads cases’ priorities under their row locks (id order, unknown left out) and sets them in one statement', async () => {
    const [a, b] = [await tip(), await tip()];
    const [first, second] = [a, b].sort();
    const read = (ids: string[]) => dataSource.transaction((m) => reports.prioritiesForUpdate(m, ids));
    expect(await read([second!, randomUUID(), first!])).toEqual(
      [first, second].map((id) => ({ id, status: 'RECEIVED', triaged: false, priority: null, priorityLevel: null })),
    );
    await reports.setPriorities(dataSource, [
      { id: a, score: 80, level: 'HIGH' },
      { id: b, score: 30, level: 'LOW' },
    ]);
    await reports.setPriorities(dataSource, []);
    await db.query(`UPDATE report SET triaged_at = now() WHERE id = $1`, [a]);
    expect(await read([a, b])).toEqual(
      expect.arrayContaining([
        { id: a, status: 'RECEIVED', triaged: true, priority: 80, priorityLevel: 'HIGH' },
        { id: b, status: 'RECEIVED', triaged: false, priority: 30, priorityLevel: 'LOW' },
      ]),
    );
    expect(await read([randomUUID()])).toEqual([]);
    expect(await read([])).toEqual([]);
    // The rows stay locked until the transaction ends: another cannot take one meanwhile.
    await dataSource.transaction(async (m) => {
      await reports.prioritiesForUpdate(m, [a]);
      await expect(
        dataSource.transaction(async (other) => {
          await other.query(`SET LOCAL lock_timeout = '200ms'`);
          await reports.prioritiesForUpdate(other, [b, a]);
        }),
      ).rejects.toThrow(/lock timeout/);
    });
  });

  it('reads a case for a staff action, confirms its category, assigns it and finds it by number', async () => {
    const id = await tip();
    expect(await dataSource.transaction((m) => reports.forAction(m, id))).toEqual({
      id,
      status: 'RECEIVED',
      category: null,
      categoryConfirmed: false,
      assigneeId: null,
    });
    await reports.confirmCategory(dataSource, id, 'BRIBERY');
    await reports.setAssignee(dataSource, id, staff);
    expect(await dataSource.transaction((m) => reports.forAction(m, id))).toMatchObject({
      category: 'BRIBERY',
      categoryConfirmed: true,
      assigneeId: staff,
    });
    await reports.setAssignee(dataSource, id, null);
    expect((await dataSource.transaction((m) => reports.forAction(m, id)))?.assigneeId).toBeNull();
    expect(await reports.idByNumber(dataSource, await numberOf(id))).toBe(id);
    expect(await reports.idByNumber(dataSource, 'QF-NONE')).toBeNull();
    expect(await dataSource.transaction((m) => reports.forAction(m, randomUUID()))).toBeNull();
  });

  it('reads how a case is handled, leaving out the number of a hidden case it repeats', async () => {
    const earlier = await tip('2026-01-01T01:00:00Z');
    const id = await tip('2026-03-01T01:00:00Z', { repeatOf: earlier });
    await db.query(`UPDATE report SET disposition_pending = '{"kind":"TRANSFER","proposedBy":"x"}', finding = 'PARTLY' WHERE id = $1`, [
      id,
    ]);
    const handling = await reports.handling(dataSource, id, []);
    expect(handling).toMatchObject({
      categoryConfirmed: false,
      dispositionPending: { kind: 'TRANSFER', proposedBy: 'x' },
      finding: 'PARTLY',
      repeatOfNumber: await numberOf(earlier),
    });
    expect((await reports.handling(dataSource, id, [earlier]))?.repeatOfNumber).toBeNull();
    expect(await reports.handling(dataSource, randomUUID(), [])).toBeNull();
  });
});
