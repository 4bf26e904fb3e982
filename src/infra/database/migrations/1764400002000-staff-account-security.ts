import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account protection: TOTP two-factor (secret sealed like any sensitive field, last used
 * time step kept so a code works once), login back-off, idle session expiry, setup-only
 * sessions for accounts that must enrol in TOTP, and the link from a staff account to
 * the cadre record of the same person (回避: they must not see tips about themselves).
 */
export class StaffAccountSecurity1764400002000 implements MigrationInterface {
  name = 'StaffAccountSecurity1764400002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE staff_user
        ADD COLUMN totp_secret          bytea,
        ADD COLUMN totp_pending_secret  bytea,
        ADD COLUMN totp_enabled_at      timestamptz,
        ADD COLUMN totp_last_step       bigint,
        ADD COLUMN last_failed_login_at timestamptz,
        ADD COLUMN password_changed_at  timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN cadre_id             uuid REFERENCES cadre(id) ON DELETE SET NULL,
        ADD CHECK ((totp_secret IS NULL) = (totp_enabled_at IS NULL));
      CREATE UNIQUE INDEX staff_user_cadre ON staff_user (cadre_id) WHERE cadre_id IS NOT NULL;

      ALTER TABLE staff_session
        ADD COLUMN last_seen_at    timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN totp_setup_only boolean NOT NULL DEFAULT false,
        ADD COLUMN revoked_reason  text;
      CREATE INDEX staff_session_live ON staff_session (user_id) WHERE revoked_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX staff_session_live;
      ALTER TABLE staff_session DROP COLUMN last_seen_at, DROP COLUMN totp_setup_only, DROP COLUMN revoked_reason;
      DROP INDEX staff_user_cadre;
      ALTER TABLE staff_user DROP COLUMN totp_secret, DROP COLUMN totp_pending_secret, DROP COLUMN totp_enabled_at,
        DROP COLUMN totp_last_step, DROP COLUMN last_failed_login_at, DROP COLUMN password_changed_at, DROP COLUMN cadre_id;
    `);
  }
}
