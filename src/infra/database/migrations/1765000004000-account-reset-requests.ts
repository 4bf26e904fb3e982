import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Resetting the password or two-factor login of an identity custodian or an auditor — the
 * people who guard reporters' identities and the audit trail — is a request one
 * administrator makes and another approves: one administrator alone cannot take such an
 * account over.
 */
export class AccountResetRequests1765000004000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE account_reset_request (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_id     uuid NOT NULL REFERENCES staff_user(id) ON DELETE CASCADE,
        kind          text NOT NULL CHECK (kind IN ('PASSWORD', 'TOTP')),
        password_hash text,
        requested_by  uuid NOT NULL REFERENCES staff_user(id),
        requested_at  timestamptz NOT NULL DEFAULT now(),
        status        text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED', 'REPLACED')),
        decided_by    uuid REFERENCES staff_user(id),
        decided_at    timestamptz,
        CHECK (decided_by IS NULL OR decided_by <> requested_by),
        CHECK ((kind = 'PASSWORD') = (password_hash IS NOT NULL))
      );
      CREATE INDEX account_reset_request_pending ON account_reset_request (target_id) WHERE status = 'PENDING';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE account_reset_request`);
  }
}
