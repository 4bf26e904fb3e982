import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { lockForTransaction, lockManyForTransaction } from '../../src/infra/database/locks.js';
import { createTestDataSource } from '../support/test-database.js';

/** The advisory lock of a key, held to the end of a transaction, on a migrated Postgres. */
describe('lockForTransaction (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let dataSource: DataSource;

  beforeAll(async () => {
    ({ close, dataSource } = await createTestDataSource());
  });
  afterAll(() => close());

  it('makes a second transaction on the same key wait until the first ends; another key does not wait', async () => {
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const firstLocked = new Promise<void>((resolve) => (locked = resolve));
    const first = dataSource.transaction(async (m) => {
      await lockForTransaction(m, 'qf:test:a');
      locked();
      await held;
      order.push('first ends');
    });
    await firstLocked;
    await dataSource.transaction(async (m) => {
      await lockForTransaction(m, 'qf:test:b');
      order.push('other key');
    });
    const second = dataSource.transaction(async (m) => {
      await lockForTransaction(m, 'qf:test:a');
      order.push('second locked');
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(order).toEqual(['other key']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['other key', 'first ends', 'second locked']);
  });

  it('takes several keys in one statement, held to the end of the transaction, each as lockForTransaction takes it', async () => {
    await dataSource.transaction(async (m) => {
      await lockManyForTransaction(m, ['qf:test:d', 'qf:test:c', 'qf:test:d']);
      await lockManyForTransaction(m, []);
      const { n } = (await m.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()`))[0];
      expect(n).toBe(2);
      // Another transaction cannot take either key meanwhile, by either function.
      for (const take of [
        (t: Parameters<typeof lockForTransaction>[0]) => lockForTransaction(t, 'qf:test:c'),
        (t: Parameters<typeof lockForTransaction>[0]) => lockManyForTransaction(t, ['qf:test:e', 'qf:test:d']),
      ]) {
        await expect(
          dataSource.transaction(async (t) => {
            await t.query(`SET LOCAL lock_timeout = '200ms'`);
            await take(t);
          }),
        ).rejects.toThrow(/lock timeout/);
      }
    });
    // Released at commit.
    await dataSource.transaction((m) => lockManyForTransaction(m, ['qf:test:c', 'qf:test:d']));
  });
});
