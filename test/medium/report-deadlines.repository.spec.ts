import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { ReportDeadlinesRepository } from '../../src/triage/deadlines/report-deadlines.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The deadline queries other modules' changes make, on a migrated Postgres. */
describe('ReportDeadlinesRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  const deadlines = new ReportDeadlinesRepository();
  let serial = 0;

  async function caseWithDeadlines(): Promise<string> {
    const id = randomUUID();
    serial += 1;
    const number = `QF-D-${String(serial).padStart(5, '0')}`;
    await db.query(
      `INSERT INTO report (id, number, channel, real_name, receipt_hash, body)
       VALUES ($1, $2::text, 'WEB', false, sha256(convert_to($2::text, 'UTF8')), '反映某单位负责人收受财物。')`,
      [id, number],
    );
    await db.query(
      `INSERT INTO report_deadline (report_id, kind, due_on, remind_on)
       VALUES ($1, 'ACCEPTANCE_NOTICE', '2026-03-06', '2026-03-05'), ($1, 'DISPOSITION', '2026-03-20', '2026-03-18'),
              ($1, 'CONCLUSION', '2026-05-30', '2026-05-28')`,
      [id],
    );
    return id;
  }

  const open = async (reportId: string) =>
    (
      await db.query<{ kind: string }>(`SELECT kind FROM report_deadline WHERE report_id = $1 AND met_at IS NULL ORDER BY kind`, [reportId])
    ).rows.map((r) => r.kind);

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
  });

  afterAll(() => close());

  it('meets the open deadlines of the kinds named, once, and answers which were still open', async () => {
    const id = await caseWithDeadlines();
    const other = await caseWithDeadlines();
    expect(await deadlines.meet(dataSource, id, [])).toEqual([]);
    expect((await deadlines.meet(dataSource, id, ['ACCEPTANCE_NOTICE', 'DISPOSITION'])).sort()).toEqual([
      'ACCEPTANCE_NOTICE',
      'DISPOSITION',
    ]);
    expect(await deadlines.meet(dataSource, id, ['DISPOSITION', 'CONCLUSION'])).toEqual(['CONCLUSION']);
    expect(await open(id)).toEqual([]);
    expect(await open(other)).toEqual(['ACCEPTANCE_NOTICE', 'CONCLUSION', 'DISPOSITION']);
  });

  it('meets within the change transaction: a rollback leaves the deadline open', async () => {
    const id = await caseWithDeadlines();
    await expect(
      dataSource.transaction(async (m) => {
        expect(await deadlines.meet(m, id, ['DISPOSITION'])).toEqual(['DISPOSITION']);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await open(id)).toEqual(['ACCEPTANCE_NOTICE', 'CONCLUSION', 'DISPOSITION']);
  });

  it('reads cases’ open deadlines under row locks and moves them in one statement', async () => {
    const id = await caseWithDeadlines();
    const other = await caseWithDeadlines();
    const openOf = (ids: string[], kind: 'DISPOSITION' | 'CONCLUSION' = 'DISPOSITION') =>
      dataSource.transaction((m) => deadlines.openForUpdate(m, ids, kind));
    await dataSource.transaction(async (m) => {
      const found = await deadlines.openForUpdate(m, [id, other], 'DISPOSITION');
      const d = found.get(id);
      expect(d).toEqual({ id: expect.stringMatching(/^\d+$/), dueOn: '2026-03-20', remindOn: '2026-03-18' });
      expect(found.get(other)).toMatchObject({ dueOn: '2026-03-20' });
      // Another transaction cannot take the same row meanwhile.
      await expect(
        dataSource.transaction(async (t) => {
          await t.query(`SET LOCAL lock_timeout = '200ms'`);
          await deadlines.openForUpdate(t, [id], 'DISPOSITION');
        }),
      ).rejects.toThrow(/lock timeout/);
      await deadlines.reschedule(m, [
        { id: d!.id, dueOn: '2026-03-12', remindOn: '2026-03-10' },
        { id: found.get(other)!.id, dueOn: '2026-03-13', remindOn: '2026-03-11' },
      ]);
      await deadlines.reschedule(m, []);
    });
    const moved = await openOf([id, other]);
    expect([moved.get(id), moved.get(other)]).toMatchObject([
      { dueOn: '2026-03-12', remindOn: '2026-03-10' },
      { dueOn: '2026-03-13', remindOn: '2026-03-11' },
    ]);
    await deadlines.meet(dataSource, id, ['DISPOSITION']);
    expect([...(await openOf([id, other])).keys()]).toEqual([other]);
    expect(await openOf([randomUUID()], 'CONCLUSION')).toEqual(new Map());
    expect(await openOf([])).toEqual(new Map());
  });

  it('reads a deadline for its reminder job under a lock, and marks it reminded, then escalated', async () => {
    const id = await caseWithDeadlines();
    const [{ id: deadlineId }] = (
      await db.query<{ id: string }>(`SELECT id::text FROM report_deadline WHERE report_id = $1 AND kind = 'CONCLUSION'`, [id])
    ).rows as [{ id: string }];
    await dataSource.transaction(async (m) => {
      expect(await deadlines.forCheck(m, deadlineId)).toEqual({
        report_id: id,
        kind: 'CONCLUSION',
        due_on: '2026-05-30',
        remind_on: '2026-05-28',
        met_at: null,
        reminded_at: null,
        escalated_at: null,
      });
      await expect(
        dataSource.transaction(async (other) => {
          await other.query(`SET LOCAL lock_timeout = '200ms'`);
          await deadlines.forCheck(other, deadlineId);
        }),
      ).rejects.toThrow(/lock timeout/);
      await deadlines.markReminded(m, deadlineId);
    });
    const reminded = await dataSource.transaction((m) => deadlines.forCheck(m, deadlineId));
    expect(reminded?.reminded_at).toBeInstanceOf(Date);
    expect(reminded?.escalated_at).toBeNull();
    await deadlines.markEscalated(dataSource, deadlineId);
    expect((await dataSource.transaction((m) => deadlines.forCheck(m, deadlineId)))?.escalated_at).toBeInstanceOf(Date);
    expect(await dataSource.transaction((m) => deadlines.forCheck(m, '999999999'))).toBeNull();
  });

  it('lists the reminders and escalations due but not sent, of unfinished cases only, earliest first', async () => {
    await db.query(`DELETE FROM report_deadline`);
    const id = await caseWithDeadlines();
    const closed = await caseWithDeadlines();
    await dataSource.transaction(async (m) => {
      await m.query(`UPDATE report SET status = 'NOT_ACCEPTED' WHERE id = $1`, [closed]);
      await m.query(`INSERT INTO report_event (report_id, type, actor_kind) VALUES ($1, 'DISPOSED', 'SYSTEM')`, [closed]);
    });
    const finished = ['CLOSED', 'MERGED', 'TRANSFERRED', 'NOT_ACCEPTED'];
    const kindOf = async (deadlineId: string) =>
      (await db.query<{ kind: string }>(`SELECT kind FROM report_deadline WHERE id = $1`, [deadlineId])).rows[0]!.kind;
    const due = async (today: string) =>
      Promise.all((await deadlines.dueChecks(dataSource, today, finished)).map(async (d) => [await kindOf(d.id), d.stage]));
    expect(await due('2026-03-04')).toEqual([]);
    expect(await due('2026-03-05')).toEqual([['ACCEPTANCE_NOTICE', 'REMIND']]);
    expect(await due('2026-03-07')).toEqual([['ACCEPTANCE_NOTICE', 'ESCALATE']]);
    expect(await due('2026-03-19')).toEqual([
      ['ACCEPTANCE_NOTICE', 'ESCALATE'],
      ['DISPOSITION', 'REMIND'],
    ]);
    await deadlines.meet(dataSource, id, ['ACCEPTANCE_NOTICE']);
    expect(await due('2026-03-19')).toEqual([['DISPOSITION', 'REMIND']]);
  });

  it("lists a handler's deadlines due soon: theirs and unassigned, unfinished, without tips in conflict", async () => {
    await db.query(`DELETE FROM report_deadline`);
    const staff = randomUUID();
    const other = randomUUID();
    await db.query(
      `INSERT INTO staff_user (id, username, password_hash, display_name, roles)
       VALUES ($1, 'deadline-handler', 'x', '办理人', '{TRIAGE_OFFICER}'), ($2, 'deadline-other', 'x', '他人', '{TRIAGE_OFFICER}')`,
      [staff, other],
    );
    const mine = await caseWithDeadlines();
    const nobody = await caseWithDeadlines();
    const theirs = await caseWithDeadlines();
    await db.query(`UPDATE report SET assignee_id = $2 WHERE id = $1`, [mine, staff]);
    await db.query(`UPDATE report SET assignee_id = $2 WHERE id = $1`, [theirs, other]);
    const list = await deadlines.dueForHandler(dataSource, { staffId: staff, cadreId: null, sameUnit: false }, '2026-03-06');
    // Earliest first, then by number (the older tip first).
    expect(list.map((d) => [d.id, d.kind, d.dueOn, d.mine])).toEqual([
      [mine, 'ACCEPTANCE_NOTICE', '2026-03-06', true],
      [nobody, 'ACCEPTANCE_NOTICE', '2026-03-06', false],
    ]);
    expect(list.every((d) => /^QF-D-/.test(d.number))).toBe(true);
    // A cadre with no conflict with either tip sees the same.
    const withCadre = await deadlines.dueForHandler(dataSource, { staffId: staff, cadreId: randomUUID(), sameUnit: true }, '2026-03-06');
    expect(withCadre.map((d) => d.id).sort()).toEqual([mine, nobody].sort());
    expect(await deadlines.dueForHandler(dataSource, { staffId: staff, cadreId: null, sameUnit: false }, '2026-03-05')).toEqual([]);
  });
});
