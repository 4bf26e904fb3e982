import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention: a concluded case loses its reporter's identity and its attachments after the
 * configured period. The report keeps real_name (statistics) and gains identity_purged_at;
 * each purge leaves a row saying what went. Audit rows are never purged.
 */
export class Retention1764400003000 implements MigrationInterface {
  name = 'Retention1764400003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE report ADD COLUMN identity_purged_at timestamptz;
      DO $$
      DECLARE c text;
      BEGIN
        -- The initial CHECK (real_name = (reporter_identity IS NOT NULL)) was unnamed.
        SELECT conname INTO c FROM pg_constraint
         WHERE conrelid = 'report'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%real_name = (reporter_identity IS NOT NULL)%';
        IF c IS NOT NULL THEN EXECUTE format('ALTER TABLE report DROP CONSTRAINT %I', c); END IF;
      END $$;
      ALTER TABLE report ADD CONSTRAINT report_identity_sealed_or_purged CHECK (
        (NOT real_name AND reporter_identity IS NULL)
        OR (real_name AND (reporter_identity IS NOT NULL OR identity_purged_at IS NOT NULL))
      );

      CREATE TABLE retention_purge (
        id                  bigserial PRIMARY KEY,
        report_id           uuid NOT NULL REFERENCES report(id) ON DELETE CASCADE,
        purged_at           timestamptz NOT NULL DEFAULT now(),
        identity_removed    boolean NOT NULL,
        attachments_removed integer NOT NULL,
        attachment_bytes    bigint NOT NULL
      );
      CREATE INDEX retention_purge_report ON retention_purge (report_id);
      CREATE INDEX report_retention_due ON report (coalesce(closed_at, updated_at))
        WHERE status IN ('CLOSED', 'TRANSFERRED', 'NOT_ACCEPTED', 'MERGED');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX report_retention_due;
      DROP TABLE retention_purge;
      ALTER TABLE report DROP CONSTRAINT report_identity_sealed_or_purged;
      ALTER TABLE report ADD CHECK (real_name = (reporter_identity IS NOT NULL));
      ALTER TABLE report DROP COLUMN identity_purged_at;
    `);
  }
}
