import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { OutboxRepository } from '../../src/infra/queue/outbox.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The transactional outbox's statements on a migrated Postgres. */
describe('OutboxRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  let outbox: OutboxRepository;

  const job = (jobId: string, payload: unknown = { reportId: jobId }) => ({ queue: 'triage', jobName: 'triage-report', jobId, payload });
  const row = async (id: string) =>
    (
      await db.query<{ job_id: string; payload: unknown; dispatched: boolean; attempts: number; last_error: string | null }>(
        `SELECT job_id, payload, dispatched_at IS NOT NULL AS dispatched, attempts, last_error FROM outbox WHERE id = $1`,
        [id],
      )
    ).rows[0];

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    outbox = new OutboxRepository(dataSource);
  });

  afterAll(() => close());

  it('inserts jobs in one statement, ids in the order given, payloads as JSON; a rollback leaves none', async () => {
    const ids = await dataSource.transaction((m) => outbox.insert(m, [job('a', { n: 1, list: [1, 2] }), job('b', 'text')]));
    expect(ids).toHaveLength(2);
    expect(Number(ids[0])).toBeLessThan(Number(ids[1]));
    expect(await row(ids[0]!)).toEqual({ job_id: 'a', payload: { n: 1, list: [1, 2] }, dispatched: false, attempts: 0, last_error: null });
    expect((await row(ids[1]!))?.payload).toBe('text');
    await expect(
      dataSource.transaction(async (m) => {
        await outbox.insert(m, [job('gone')]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await db.query(`SELECT 1 FROM outbox WHERE job_id = 'gone'`)).rows).toEqual([]);
  });

  it('marks rows dispatched once, and the relay locks only rows pending past the grace period', async () => {
    const [done, waiting] = await dataSource.transaction((m) => outbox.insert(m, [job('done'), job('waiting')]));
    await outbox.markDispatched([done!]);
    const first = await db.query<{ at: Date }>(`SELECT dispatched_at AS at FROM outbox WHERE id = $1`, [done]);
    await outbox.markDispatched([done!]);
    expect((await db.query<{ at: Date }>(`SELECT dispatched_at AS at FROM outbox WHERE id = $1`, [done])).rows).toEqual(first.rows);
    await db.query(`UPDATE outbox SET created_at = now() - interval '1 hour' WHERE id = ANY($1::bigint[])`, [[done, waiting]]);
    const locked = await dataSource.transaction((m) => outbox.lockPending(m, 60_000, 100));
    expect(locked.map((r) => r.id)).toContain(waiting);
    expect(locked.map((r) => r.id)).not.toContain(done);
    expect(locked.find((r) => r.id === waiting)).toEqual({
      id: waiting,
      queue: 'triage',
      jobName: 'triage-report',
      payload: { reportId: 'waiting' },
    });
    // Within the grace period: not yet the relay's.
    const [fresh] = await dataSource.transaction((m) => outbox.insert(m, [job('fresh')]));
    expect((await dataSource.transaction((m) => outbox.lockPending(m, 60_000, 100))).map((r) => r.id)).not.toContain(fresh);
  });

  it('skips rows another relay holds, and records failed and relayed attempts', async () => {
    const [a, b] = await dataSource.transaction((m) => outbox.insert(m, [job('relay-a'), job('relay-b')]));
    await db.query(`UPDATE outbox SET created_at = now() - interval '1 hour' WHERE id = ANY($1::bigint[])`, [[a, b]]);
    await dataSource.transaction(async (m) => {
      const mine = await outbox.lockPending(m, 60_000, 1000);
      expect(mine.map((r) => r.id)).toEqual(expect.arrayContaining([a, b]));
      const other = await dataSource.transaction((n) => outbox.lockPending(n, 60_000, 1000));
      expect(other.map((r) => r.id)).not.toContain(a);
      await outbox.markRelayFailed(m, [a!], 'redis down');
      await outbox.markRelayed(m, [b!]);
    });
    expect(await row(a!)).toMatchObject({ dispatched: false, attempts: 1, last_error: 'redis down' });
    expect(await row(b!)).toMatchObject({ dispatched: true, attempts: 1 });
  });

  it('lists every job of a kind, oldest first, dispatched or not', async () => {
    const ids = await dataSource.transaction((m) =>
      outbox.insert(m, [
        { queue: 'triage', jobName: 'eval-kind', jobId: 'k1', payload: { reportId: 'a' } },
        { queue: 'triage', jobName: 'other-kind', jobId: 'k2', payload: { reportId: 'b' } },
        { queue: 'triage', jobName: 'eval-kind', jobId: 'k3', payload: { reportId: 'c' } },
      ]),
    );
    await outbox.markDispatched([ids[0]!]);
    expect(await outbox.jobsOf('eval-kind')).toEqual([
      { id: ids[0], payload: { reportId: 'a' } },
      { id: ids[2], payload: { reportId: 'c' } },
    ]);
  });
});
