import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { RetentionRepository } from '../../src/maintenance/retention.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The record of retention purges, on a migrated Postgres. */
describe('RetentionRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  const purges = new RetentionRepository();
  let serial = 0;

  async function report(): Promise<string> {
    const id = randomUUID();
    serial += 1;
    await db.query(
      `INSERT INTO report (id, number, channel, real_name, receipt_hash, body)
       VALUES ($1, $2::text, 'WEB', false, sha256(convert_to($2::text, 'UTF8')), '反映问题。')`,
      [id, `QF-P-${String(serial).padStart(5, '0')}`],
    );
    return id;
  }

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
  });

  afterAll(() => close());

  it('records a purge and tells which tips were purged already', async () => {
    const tip = await report();
    const other = await report();
    expect(await purges.purgedAmong(dataSource, [tip, other])).toEqual(new Set());
    await purges.recordPurge(dataSource, { reportId: tip, identityRemoved: true, attachmentsRemoved: 2, attachmentBytes: 4096 });
    expect(await purges.purgedAmong(dataSource, [tip, other])).toEqual(new Set([tip]));
    expect(await purges.purgedAmong(dataSource, [])).toEqual(new Set());
    expect(
      (await db.query(`SELECT identity_removed, attachments_removed, attachment_bytes FROM retention_purge WHERE report_id = $1`, [tip]))
        .rows,
    ).toEqual([{ identity_removed: true, attachments_removed: 2, attachment_bytes: '4096' }]);
  });
});
