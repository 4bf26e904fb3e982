import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Member agencies move into the database (seeded from config/agencies.yaml, then edited
 * by admins), and verification requests gain what the agency loop needs: a number, the
 * redacted extract, read/remind/escalate marks, a round (a second request to the same
 * agency after a joint meeting), structured replies, attachments and presses (督办).
 */
export class AgencyVerification1764500000000 implements MigrationInterface {
  name = 'AgencyVerification1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agency (
        code              text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
        name              text NOT NULL UNIQUE,
        aliases           text[] NOT NULL DEFAULT '{}',
        integrity_opinion boolean NOT NULL DEFAULT false,
        notice_email      text,
        lead_email        text,
        active            boolean NOT NULL DEFAULT true,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now()
      );

      CREATE SEQUENCE verification_request_number;
      ALTER TABLE verification_request
        ADD COLUMN number       text UNIQUE,
        ADD COLUMN round        integer NOT NULL DEFAULT 1 CHECK (round >= 1),
        ADD COLUMN extract      text,
        ADD COLUMN remind_on    date,
        ADD COLUMN read_at      timestamptz,
        ADD COLUMN reminded_at  timestamptz,
        ADD COLUMN escalated_at timestamptz,
        ADD COLUMN origin       jsonb,
        ADD COLUMN notice_message_id uuid;
      UPDATE verification_request SET number = 'HC' || to_char(created_at, 'YYYY') || '-' || lpad(nextval('verification_request_number')::text, 5, '0');
      ALTER TABLE verification_request ALTER COLUMN number SET NOT NULL;
      DO $$
      DECLARE c text;
      BEGIN
        -- The first migration's UNIQUE (subject_kind, subject_id, kind, agency_code) has a generated (truncated) name.
        SELECT conname INTO c FROM pg_constraint
         WHERE conrelid = 'verification_request'::regclass AND contype = 'u' AND pg_get_constraintdef(oid) = 'UNIQUE (subject_kind, subject_id, kind, agency_code)';
        IF c IS NOT NULL THEN EXECUTE format('ALTER TABLE verification_request DROP CONSTRAINT %I', c); END IF;
      END $$;
      ALTER TABLE verification_request ADD CONSTRAINT verification_request_round UNIQUE (subject_kind, subject_id, kind, agency_code, round);

      ALTER TABLE verification_reply
        ADD COLUMN result     text CHECK (result IN ('NO_ADVERSE', 'ADVERSE', 'NOT_REMIT', 'MORE_TIME')),
        ADD COLUMN new_due_on date CHECK ((result = 'MORE_TIME') = (new_due_on IS NOT NULL));
      UPDATE verification_reply SET result = CASE WHEN adverse THEN 'ADVERSE' ELSE 'NO_ADVERSE' END;
      ALTER TABLE verification_reply ALTER COLUMN result SET NOT NULL;

      CREATE TABLE verification_attachment (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id    uuid NOT NULL REFERENCES verification_request(id) ON DELETE CASCADE,
        reply_id      uuid REFERENCES verification_reply(id) ON DELETE CASCADE,
        storage_key   text NOT NULL,
        sha256        bytea NOT NULL,
        size_bytes    integer NOT NULL,
        media_type    text NOT NULL,
        original_name text,
        created_by    uuid,
        created_at    timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX verification_attachment_request ON verification_attachment (request_id);

      CREATE TABLE verification_press (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id  uuid NOT NULL REFERENCES verification_request(id) ON DELETE CASCADE,
        pressed_by  uuid NOT NULL,
        note        text NOT NULL,
        pressed_at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX verification_press_request ON verification_press (request_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE verification_press, verification_attachment;
      ALTER TABLE verification_reply DROP COLUMN new_due_on, DROP COLUMN result;
      ALTER TABLE verification_request DROP CONSTRAINT verification_request_round;
      ALTER TABLE verification_request ADD CONSTRAINT verification_request_subject UNIQUE (subject_kind, subject_id, kind, agency_code);
      ALTER TABLE verification_request DROP COLUMN number, DROP COLUMN round, DROP COLUMN extract, DROP COLUMN remind_on, DROP COLUMN read_at,
        DROP COLUMN reminded_at, DROP COLUMN escalated_at, DROP COLUMN origin, DROP COLUMN notice_message_id;
      DROP SEQUENCE verification_request_number;
      DROP TABLE agency;
    `);
  }
}
