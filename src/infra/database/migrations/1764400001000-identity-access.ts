import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity-access requests: a handler asks, with a reason, to see a real-name reporter's
 * identity; an identity custodian who is not the requester approves or refuses; an
 * approval opens a time-limited window for the requester alone.
 */
export class IdentityAccess1764400001000 implements MigrationInterface {
  name = 'IdentityAccess1764400001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE identity_access_request (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id     uuid NOT NULL REFERENCES report(id) ON DELETE CASCADE,
        requester_id  uuid NOT NULL REFERENCES staff_user(id),
        reason        text NOT NULL CHECK (char_length(reason) BETWEEN 10 AND 2000),
        status        text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED', 'WITHDRAWN')),
        decided_by    uuid REFERENCES staff_user(id),
        decided_at    timestamptz,
        decision_note text,
        expires_at    timestamptz,
        created_at    timestamptz NOT NULL DEFAULT now(),
        -- The custodian who decides is never the person who asked.
        CHECK (decided_by IS NULL OR decided_by <> requester_id),
        CHECK ((status = 'PENDING') = (decided_by IS NULL)),
        CHECK ((status = 'APPROVED') = (expires_at IS NOT NULL))
      );
      CREATE INDEX identity_access_pending ON identity_access_request (created_at) WHERE status = 'PENDING';
      CREATE INDEX identity_access_requester ON identity_access_request (requester_id, report_id);
      -- One open request per person and tip.
      CREATE UNIQUE INDEX identity_access_one_pending ON identity_access_request (requester_id, report_id) WHERE status = 'PENDING';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE identity_access_request`);
  }
}
