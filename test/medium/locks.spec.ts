import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { lockForTransaction } from '../../src/infra/database/locks.js';
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
});
