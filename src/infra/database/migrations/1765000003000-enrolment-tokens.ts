import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first two-factor enrolment of a privileged account (a role in
 * security.totpRequiredRoles) needs a one-time token an administrator issued: the password
 * alone no longer lets its holder bind their own authenticator. Kept as a keyed hash with
 * its expiry; cleared when used.
 */
export class EnrolmentTokens1765000003000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE staff_user ADD COLUMN enrol_token_hash bytea, ADD COLUMN enrol_token_expires_at timestamptz,
        ADD CONSTRAINT staff_user_enrol_token_complete CHECK ((enrol_token_hash IS NULL) = (enrol_token_expires_at IS NULL));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE staff_user DROP CONSTRAINT staff_user_enrol_token_complete, DROP COLUMN enrol_token_hash, DROP COLUMN enrol_token_expires_at`,
    );
  }
}
