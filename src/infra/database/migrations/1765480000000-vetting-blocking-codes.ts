import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The codes of a candidate's blocking reasons, kept beside its reasons: the dashboard counts
 * held-back candidates by reason, and reading every candidate's full reasons (several kB of
 * jsonb each: steps, facts, texts) for that took 200 ms at 8,000 candidates. A stored
 * generated column, so no write path can forget it; each code once.
 */
export class VettingBlockingCodes1765480000000 implements MigrationInterface {
  name = 'VettingBlockingCodes1765480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Each code once (a candidate has one OPEN_REPORT_UNVERIFIED reason per open tip), in order.
      CREATE FUNCTION vetting_blocking_codes(reasons jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT r->>'code' ORDER BY r->>'code') FILTER (WHERE r->>'code' IS NOT NULL), '{}')
          FROM jsonb_array_elements(reasons) AS r WHERE r->>'effect' = 'BLOCK'
      $$;
      ALTER TABLE vetting_candidate ADD COLUMN blocking_codes text[] NOT NULL GENERATED ALWAYS AS (vetting_blocking_codes(reasons)) STORED;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE vetting_candidate DROP COLUMN blocking_codes; DROP FUNCTION vetting_blocking_codes(jsonb)`);
  }
}
