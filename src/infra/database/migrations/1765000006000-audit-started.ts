import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A staff request that changes something is recorded before it runs (outcome STARTED) and
 * again with its result: a change can no longer commit with no audit row at all because
 * the process died between the commit and the record (case changes are also recorded
 * inside their own transaction by the case workflow).
 */
export class AuditStarted1765000006000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const [check] = (await q.query(
      `SELECT conname FROM pg_constraint WHERE conrelid = 'audit_log'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%outcome%'`,
    )) as Array<{ conname: string } | undefined>;
    if (check) await q.query(`ALTER TABLE audit_log DROP CONSTRAINT ${check.conname}`);
    await q.query(`ALTER TABLE audit_log ADD CONSTRAINT audit_log_outcome CHECK (outcome IN ('OK', 'DENIED', 'FAILED', 'STARTED'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE audit_log DROP CONSTRAINT audit_log_outcome; ALTER TABLE audit_log ADD CONSTRAINT audit_log_outcome CHECK (outcome IN ('OK', 'DENIED', 'FAILED'))`,
    );
  }
}
