import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { RemindersRepository } from '../../src/reminders/reminders.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The daily digest claims, on a migrated Postgres. */
describe('RemindersRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  let digests: RemindersRepository;

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    digests = new RemindersRepository(dataSource);
  });

  afterAll(() => close());

  it('claims a person digest of a day once, records its message, and tells who had one', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await db.query(
      `INSERT INTO staff_user (id, username, password_hash, display_name, roles) VALUES ($1, 'digest-a', 'x', '甲', '{SUPERVISOR}'), ($2, 'digest-b', 'x', '乙', '{SUPERVISOR}')`,
      [a, b],
    );
    expect(await digests.digestedOn('2026-03-02')).toEqual([]);
    expect(await dataSource.transaction((m) => digests.claim(m, a, '2026-03-02', 3))).toBe(true);
    expect(await digests.claim(dataSource, a, '2026-03-02', 5)).toBe(false);
    expect(await digests.claim(dataSource, a, '2026-03-03', 1)).toBe(true);
    expect(await digests.digestedOn('2026-03-02')).toEqual([a]);
    const message = randomUUID();
    await digests.setMessage(dataSource, a, '2026-03-02', message);
    expect((await db.query(`SELECT message_id, items FROM reminder_digest WHERE user_id = $1 AND day = '2026-03-02'`, [a])).rows).toEqual([
      { message_id: message, items: 3 },
    ]);
  });
});
