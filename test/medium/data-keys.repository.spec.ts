import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { countKeysUnder, DataKeysRepository, keysNotUnder, rewrapKey } from '../../src/infra/crypto/data-keys.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The data keys' statements on a migrated Postgres: the service's and the rotation's. */
describe('DataKeysRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  let keys: DataKeysRepository;

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    keys = new DataKeysRepository(dataSource);
    await db.query(`DELETE FROM data_key`);
  });

  afterAll(() => close());

  it('stores a wrapped key under the lock and finds the newest unretired one per master key', async () => {
    const [first, second] = await dataSource.transaction(async (m) => {
      await keys.lock(m);
      expect(await keys.active(m, 'm1')).toBeNull();
      return [await keys.insert(m, 'm1', Buffer.from('first')), await keys.insert(m, 'm1', Buffer.from('second'))];
    });
    expect(await dataSource.transaction((m) => keys.active(m, 'm1'))).toEqual({
      id: second,
      masterKeyId: 'm1',
      wrappedKey: Buffer.from('second'),
    });
    await db.query(`UPDATE data_key SET retired_at = now() WHERE id = $1`, [second]);
    expect((await dataSource.transaction((m) => keys.active(m, 'm1')))?.id).toBe(first);
    expect(await dataSource.transaction((m) => keys.active(m, 'm2'))).toBeNull();
    expect(await keys.byId(first)).toEqual({ id: first, masterKeyId: 'm1', wrappedKey: Buffer.from('first') });
    expect(await keys.byId(999_999)).toBeNull();
  });

  it('holds the lock until the transaction ends', async () => {
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = dataSource.transaction(async (m) => {
      await keys.lock(m);
      order.push('first locked');
      await held;
      order.push('first done');
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = dataSource.transaction(async (m) => {
      await keys.lock(m);
      order.push('second locked');
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first locked', 'first done', 'second locked']);
  });

  it('rotation: lists keys under other master keys, re-wraps a key only if unchanged, counts keys under one', async () => {
    await db.query(`DELETE FROM data_key`);
    const id = await dataSource.transaction((m) => keys.insert(m, 'old', Buffer.from('wrapped-old')));
    await dataSource.transaction((m) => keys.insert(m, 'new', Buffer.from('wrapped-new')));
    const [old] = await keysNotUnder(db, 'new');
    expect(old).toEqual({ id, masterKeyId: 'old', wrappedKey: Buffer.from('wrapped-old') });
    expect(await countKeysUnder(db, 'new')).toBe(1);
    // A stale read (someone rotated it meanwhile) changes nothing.
    expect(await rewrapKey(db, { ...old!, wrappedKey: Buffer.from('stale') }, 'new', Buffer.from('x'))).toBe(false);
    expect(await rewrapKey(db, old!, 'new', Buffer.from('rewrapped'))).toBe(true);
    expect(await keysNotUnder(db, 'new')).toEqual([]);
    expect(await countKeysUnder(db, 'new')).toBe(2);
    expect((await keys.byId(id))?.wrappedKey).toEqual(Buffer.from('rewrapped'));
  });
});
