import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { ReportEventsRepository, type NewReportEvent } from '../../src/reports/events/report-events.repository.js';
import type { Queryable } from '../../src/infra/database/sql.js';
import { createTestDataSource } from '../support/test-database.js';

/** The case timeline's queries on a migrated Postgres, without the application around them. */
describe('ReportEventsRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  let events: ReportEventsRepository;
  let serial = 0;

  /** Appends the events one by one, in the order given (`append`, as most writers do). */
  async function appendEach(on: Queryable, list: NewReportEvent[]): Promise<void> {
    for (const event of list) await events.append(on, event);
  }

  async function report(status = 'RECEIVED'): Promise<string> {
    const id = randomUUID();
    serial += 1;
    await db.query(
      `INSERT INTO report (id, number, channel, status, real_name, receipt_hash, body)
       VALUES ($1, $2::text, 'WEB', $3, false, sha256(convert_to($2::text, 'UTF8')), '反映某单位负责人收受财物。')`,
      [id, `QF-M-${String(serial).padStart(5, '0')}`, status],
    );
    return id;
  }

  const types = async (reportId: string) => (await events.historyOf(reportId)).map((e) => e.type);

  beforeAll(async () => {
    const made = await createTestDataSource();
    ({ close, db, dataSource } = made);
    events = new ReportEventsRepository(dataSource);
  });

  afterAll(() => close());

  it('appends an event with its actor and data, and reads it back', async () => {
    const id = await report();
    const staffId = randomUUID();
    await events.append(dataSource, { reportId: id, type: 'RECEIVED', actorKind: 'REPORTER', data: { channel: 'WEB', notice: null } });
    await events.append(dataSource, { reportId: id, type: 'NOTE_ADDED', actorKind: 'STAFF', actorId: staffId, data: { noteId: 7 } });
    await events.append(dataSource, { reportId: id, type: 'DEADLINE_REMINDER', actorKind: 'SYSTEM' });
    const history = await events.historyOf(id);
    expect(history.map(({ type, actorKind, actorId, data }) => ({ type, actorKind, actorId, data }))).toEqual([
      { type: 'RECEIVED', actorKind: 'REPORTER', actorId: null, data: { channel: 'WEB', notice: null } },
      { type: 'NOTE_ADDED', actorKind: 'STAFF', actorId: staffId, data: { noteId: 7 } },
      { type: 'DEADLINE_REMINDER', actorKind: 'SYSTEM', actorId: null, data: {} },
    ]);
    expect(history.every((e) => e.createdAt instanceof Date)).toBe(true);
    expect(Number(history[0]!.id)).toBeLessThan(Number(history[1]!.id));
    // One case's history leaves the others' out.
    expect(await events.historyOf(await report())).toEqual([]);
  });

  it('writes in the caller transaction: a rollback leaves no event behind', async () => {
    const id = await report();
    await expect(
      dataSource.transaction(async (m) => {
        await events.append(m, { reportId: id, type: 'TRANSCRIBED', actorKind: 'STAFF', actorId: randomUUID(), data: { callId: 'x' } });
        await appendEach(m, [{ reportId: id, type: 'TRIAGED', actorKind: 'SYSTEM' }]);
        // Seen inside the transaction, on its own connection...
        expect((await events.historyOf(id, m)).map((e) => e.type)).toEqual(['TRANSCRIBED', 'TRIAGED']);
        // ...and not outside it before it commits.
        expect(await types(id)).toEqual([]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await types(id)).toEqual([]);
    await dataSource.transaction((m) => events.append(m, { reportId: id, type: 'TRANSCRIBED', actorKind: 'STAFF', actorId: randomUUID() }));
    expect(await types(id)).toEqual(['TRANSCRIBED']);
  });

  it('counts as the case event of a status change only within the same transaction', async () => {
    const id = await report();
    // A status change without an event of its transaction is refused at commit.
    await expect(
      dataSource.transaction(async (m) => {
        await m.query(`UPDATE report SET status = 'TRIAGED', triaged_at = now() WHERE id = $1`, [id]);
      }),
    ).rejects.toThrow(/without a case event/);
    await events.append(dataSource, { reportId: id, type: 'TRIAGED', actorKind: 'SYSTEM' });
    await expect(
      dataSource.transaction(async (m) => {
        await m.query(`UPDATE report SET status = 'TRIAGED', triaged_at = now() WHERE id = $1`, [id]);
      }),
    ).rejects.toThrow(/without a case event/);
    await dataSource.transaction(async (m) => {
      await m.query(`UPDATE report SET status = 'TRIAGED', triaged_at = now() WHERE id = $1`, [id]);
      await events.append(m, { reportId: id, type: 'TRIAGED', actorKind: 'SYSTEM', data: { category: 'OFFICE_BUYING' } });
    });
    expect((await db.query(`SELECT status FROM report WHERE id = $1`, [id])).rows[0]).toEqual({ status: 'TRIAGED' });
  });

  it.each([
    ['one at a time', appendEach],
    ['in one statement (appendMany)', (on: Queryable, list: NewReportEvent[]) => events.appendMany(on, list)],
  ])('appends events in the order given, across cases, and reads each timeline in order: %s', async (_, append) => {
    const [a, b] = [await report(), await report()];
    await events.append(dataSource, { reportId: a, type: 'RECEIVED', actorKind: 'REPORTER' });
    await dataSource.transaction((m) =>
      append(m, [
        { reportId: b, type: 'REPEAT_FOUND', actorKind: 'SYSTEM', data: { earlierId: a, score: 0.9 } },
        { reportId: a, type: 'REPEAT_FOUND', actorKind: 'SYSTEM', data: { earlierId: b, score: 0.8 } },
        { reportId: a, type: 'TRIAGED', actorKind: 'SYSTEM', data: { repeats: [{ reportId: b }] } },
        { reportId: b, type: 'NOTE_ADDED', actorKind: 'STAFF', actorId: randomUUID() },
      ]),
    );
    await append(dataSource, []);
    expect(await types(a)).toEqual(['RECEIVED', 'REPEAT_FOUND', 'TRIAGED']);
    expect(await types(b)).toEqual(['REPEAT_FOUND', 'NOTE_ADDED']);
    const ids = (
      await db.query<{ id: string; type: string }>(`SELECT id, type FROM report_event WHERE report_id = ANY($1) ORDER BY id`, [[a, b]])
    ).rows;
    expect(ids.map((r) => r.type)).toEqual(['RECEIVED', 'REPEAT_FOUND', 'REPEAT_FOUND', 'TRIAGED', 'NOTE_ADDED']);
    const [, , triaged] = await events.historyOf(a);
    expect(triaged?.data).toEqual({ repeats: [{ reportId: b }] });
    expect((await events.historyOf(b))[1]?.actorKind).toBe('STAFF');
  });

  it('refuses an actor kind the timeline does not know, and an event on no report', async () => {
    const id = await report();
    await expect(events.append(dataSource, { reportId: id, type: 'NOTE_ADDED', actorKind: 'ROBOT' as 'SYSTEM' })).rejects.toThrow(
      /check constraint/,
    );
    await expect(events.append(dataSource, { reportId: randomUUID(), type: 'NOTE_ADDED', actorKind: 'SYSTEM' })).rejects.toThrow(
      /foreign key/,
    );
  });

  it('reads the RECEIVED event data of several tips at once', async () => {
    const [a, b, c] = [await report(), await report(), await report()];
    await appendEach(dataSource, [
      { reportId: a, type: 'RECEIVED', actorKind: 'REPORTER', data: { channel: 'WEB', notice: { id: 'n1' } } },
      { reportId: b, type: 'RECEIVED', actorKind: 'REPORTER', data: { channel: 'SMS' } },
      { reportId: a, type: 'TRIAGED', actorKind: 'SYSTEM', data: { channel: 'not this one' } },
    ]);
    const received = await events.receivedData([a, b, c]);
    expect(Object.fromEntries([...received].map(([id, data]) => [id === a ? 'a' : id === b ? 'b' : 'c', data]))).toEqual({
      a: { channel: 'WEB', notice: { id: 'n1' } },
      b: { channel: 'SMS' },
    });
    expect(await events.receivedData([])).toEqual(new Map());
  });

  it('counts each case once by its last disposition in a period of civil dates', async () => {
    const [a, b, c, old] = [await report(), await report(), await report(), await report()];
    const disposed = (reportId: string, disposition: string) => ({
      reportId,
      type: 'DISPOSED' as const,
      actorKind: 'STAFF' as const,
      actorId: randomUUID(),
      data: { before: {}, after: { disposition } },
    });
    await appendEach(dataSource, [
      disposed(a, 'PRELIMINARY_VERIFICATION'),
      disposed(a, 'FILE_FOR_REFERENCE'),
      disposed(b, 'FILE_FOR_REFERENCE'),
      { reportId: c, type: 'MERGED', actorKind: 'STAFF', actorId: randomUUID(), data: { into: a } },
      disposed(old, 'TRANSFER'),
      { reportId: old, type: 'NOTE_ADDED', actorKind: 'STAFF', actorId: randomUUID() },
    ]);
    await db.query(`UPDATE report_event SET created_at = '2020-06-01T12:00:00Z' WHERE report_id = $1`, [old]);
    // Civil dates in the session's time zone, as the statistics ask.
    const [{ today }] = await dataSource.query<[{ today: string }]>(`SELECT current_date::text AS today`);
    const counts = async (from: string, to: string) =>
      Object.fromEntries((await events.dispositionCounts({ from, to })).map((r) => [r.key, r.count]));
    expect(await counts(today, today)).toEqual({ FILE_FOR_REFERENCE: 2, MERGE: 1 });
    expect(await counts('2020-06-01', '2020-06-01')).toEqual({ TRANSFER: 1 });
    expect(await counts('2020-06-02', '2020-12-31')).toEqual({});
  });
});
