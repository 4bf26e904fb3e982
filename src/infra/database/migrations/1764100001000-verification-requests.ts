import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Requests to member agencies: an opinion (征求意见, vetting) or a verification (核查).
 * Replies are versioned: an agency may correct its answer, and every version is kept.
 * `subject_kind`/`subject_id` name what the request is about, so the agency portal,
 * mail and reminders can be built on this table without changing it.
 */
export class VerificationRequests1764100001000 implements MigrationInterface {
  name = 'VerificationRequests1764100001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE verification_request (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind          text NOT NULL CHECK (kind IN ('OPINION', 'VERIFICATION')),
        agency_code   text NOT NULL,
        subject_kind  text NOT NULL CHECK (subject_kind IN ('VETTING_CANDIDATE', 'REPORT')),
        subject_id    uuid NOT NULL,
        cadre_id      uuid REFERENCES cadre(id),
        question      text NOT NULL,
        sent_on       date NOT NULL,
        due_on        date NOT NULL CHECK (due_on >= sent_on),
        status        text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ANSWERED', 'CANCELLED')),
        answered_at   timestamptz,
        created_by    uuid,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        UNIQUE (subject_kind, subject_id, kind, agency_code)
      );
      -- An agency's inbox, and the overdue sweep of reminders.
      CREATE INDEX verification_request_agency ON verification_request (agency_code, status, due_on);
      CREATE INDEX verification_request_open_due ON verification_request (due_on) WHERE status = 'OPEN';

      CREATE TABLE verification_reply (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id  uuid NOT NULL REFERENCES verification_request(id) ON DELETE CASCADE,
        version     integer NOT NULL CHECK (version >= 1),
        adverse     boolean NOT NULL,
        body        text NOT NULL,
        replied_by  uuid,
        replied_at  timestamptz NOT NULL DEFAULT now(),
        UNIQUE (request_id, version)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE verification_reply, verification_request;`);
  }
}
