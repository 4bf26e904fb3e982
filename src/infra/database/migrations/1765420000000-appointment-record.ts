import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 全程记实: the steps of an appointment typed in from the console, per candidacy
 * (vetting_candidate): 动议, 民主推荐, 考察 and 讨论决定. Each row is one version of one step;
 * a correction is a new version (the newest stands, the older ones are kept and shown as
 * superseded), never an update. `audit_seq` is the audit-chain row written in the same
 * transaction. The other steps (征求意见, 任前公示, 任职, 试用期) are read from their own tables.
 */
export class AppointmentRecord1765420000000 implements MigrationInterface {
  name = 'AppointmentRecord1765420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE appointment_step (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES vetting_candidate(id) ON DELETE CASCADE,
        kind         text NOT NULL CHECK (kind IN ('MOTION', 'RECOMMENDATION', 'INSPECTION', 'DECISION')),
        version      integer NOT NULL CHECK (version > 0),
        occurred_on  date NOT NULL,
        payload      jsonb NOT NULL,
        recorded_by  uuid,
        recorded_at  timestamptz NOT NULL DEFAULT now(),
        audit_seq    bigint NOT NULL,
        UNIQUE (candidate_id, kind, version)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE appointment_step;`);
  }
}
