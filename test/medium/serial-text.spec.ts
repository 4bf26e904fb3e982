import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type pg from 'pg';
import { createTestDataSource } from '../support/test-database.js';

const SRC = join(import.meta.dirname, '../../src');

/** Every .sql file of the modules, by construction (a new one is checked without being listed). */
function sqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sqlFiles(join(dir, e.name)) : e.name.endsWith('.sql') ? [join(dir, e.name)] : [],
  );
}

/** Running numbers (receipts, requests, notices, meetings) padded without ever being cut. */
describe('serial_text (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;

  beforeAll(async () => {
    ({ close, db } = await createTestDataSource());
  });

  afterAll(() => close());

  it.each([
    [1, 6, '000001'],
    [999_999, 6, '999999'],
    [1_000_000, 6, '1000000'],
    [100_000, 5, '100000'],
    [7, 3, '007'],
    [12_345, 3, '12345'],
  ])('serial_text(%i, %i) = %s', async (n, width, expected) => {
    const { rows } = await db.query(`SELECT serial_text($1::bigint, $2::integer) AS text`, [n, width]);
    expect(rows[0].text).toBe(expected);
  });

  it('calls nextval once per row when its argument is one', async () => {
    await db.query(`CREATE TEMP SEQUENCE serial_text_probe START 99`);
    const { rows } = await db.query(`SELECT serial_text(nextval('serial_text_probe'), 3) AS text FROM generate_series(1, 3)`);
    expect(rows.map((r: { text: string }) => r.text)).toEqual(['099', '100', '101']);
  });

  it('no statement pads a running number with lpad, which cuts what is longer than the width', () => {
    const files = sqlFiles(SRC);
    expect(files.length).toBeGreaterThan(20);
    const cutting = files.filter((f) => /lpad\s*\(\s*nextval/i.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    expect(cutting).toEqual([]);
  });
});
