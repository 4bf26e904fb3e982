import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Running numbers past their padding. Receipt, request, notice and meeting numbers were
 * written `lpad(nextval(…)::text, width, '0')`, and lpad also cuts a longer text to the
 * width: report 1,000,000 got the number of report 100,000 (QF-YYYY-100000), request
 * 100,000 that of request 10,000 — a unique violation, so every later tip or vetting run
 * was refused with a 500. serial_text(n, width) pads to at least `width` digits and never
 * cuts. Immutable: nextval is still called once per row (Postgres does not inline a function
 * whose volatile argument its body reads twice).
 */
export class SerialText1765460000000 implements MigrationInterface {
  name = 'SerialText1765460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION serial_text(n bigint, width integer) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT lpad(n::text, greatest(width, length(n::text)), '0') $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION serial_text(bigint, integer)`);
  }
}
