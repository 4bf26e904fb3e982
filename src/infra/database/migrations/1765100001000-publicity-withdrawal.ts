import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A 任前公示 withdrawn (撤销) before its period ends: when, by whom and why. A withdrawn
 * notice is kept (the run's record cites it) but no longer stands, so its candidates may
 * be published again: "a candidate is on one notice" now holds for standing notices only,
 * through a flag on each notice line set in the withdrawal's transaction.
 */
export class PublicityWithdrawal1765100001000 implements MigrationInterface {
  name = 'PublicityWithdrawal1765100001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE publicity_notice
        ADD COLUMN withdrawn_at      timestamptz,
        ADD COLUMN withdrawn_by      uuid,
        ADD COLUMN withdrawal_reason text,
        ADD CONSTRAINT publicity_notice_withdrawal CHECK ((withdrawn_at IS NULL) = (withdrawal_reason IS NULL));

      ALTER TABLE publicity_candidate
        ADD COLUMN withdrawn boolean NOT NULL DEFAULT false,
        DROP CONSTRAINT publicity_candidate_candidate_id_key;
      CREATE UNIQUE INDEX publicity_candidate_standing ON publicity_candidate (candidate_id) WHERE NOT withdrawn;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX publicity_candidate_standing;
      DELETE FROM publicity_candidate WHERE withdrawn;
      ALTER TABLE publicity_candidate DROP COLUMN withdrawn, ADD CONSTRAINT publicity_candidate_candidate_id_key UNIQUE (candidate_id);
      ALTER TABLE publicity_notice
        DROP CONSTRAINT publicity_notice_withdrawal,
        DROP COLUMN withdrawn_at, DROP COLUMN withdrawn_by, DROP COLUMN withdrawal_reason;
    `);
  }
}
