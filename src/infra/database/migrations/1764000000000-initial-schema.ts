import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Foundation: keys, staff accounts and sessions, reports and their events, the outbox. */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE data_key (
        id           serial PRIMARY KEY,
        master_key_id text NOT NULL,
        wrapped_key  bytea NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        retired_at   timestamptz
      );

      CREATE TABLE staff_user (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username      text NOT NULL UNIQUE CHECK (username = lower(username)),
        display_name  text NOT NULL,
        password_hash text NOT NULL,
        roles         text[] NOT NULL CHECK (cardinality(roles) > 0),
        agency_code   text,
        active        boolean NOT NULL DEFAULT true,
        failed_logins integer NOT NULL DEFAULT 0,
        locked_until  timestamptz,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE staff_session (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id      uuid NOT NULL REFERENCES staff_user(id) ON DELETE CASCADE,
        token_hash   bytea NOT NULL UNIQUE,
        created_at   timestamptz NOT NULL DEFAULT now(),
        expires_at   timestamptz NOT NULL,
        revoked_at   timestamptz,
        ip           text,
        user_agent   text
      );
      CREATE INDEX staff_session_user ON staff_session (user_id);

      CREATE SEQUENCE report_number_seq;

      CREATE TABLE report (
        id                  uuid PRIMARY KEY,
        number              text NOT NULL UNIQUE,
        channel             text NOT NULL CHECK (channel IN ('WEB', 'SMS', 'HOTLINE')),
        status              text NOT NULL DEFAULT 'RECEIVED'
                            CHECK (status IN ('RECEIVED', 'TRIAGED', 'IN_HANDLING', 'CLOSED', 'MERGED', 'TRANSFERRED', 'NOT_ACCEPTED')),
        real_name           boolean NOT NULL,
        -- Sealed JSON {name, phone, idNumber}: AES-256-GCM under a data key (see data_key).
        reporter_identity   bytea,
        reporter_phone_hash bytea,
        receipt_hash        bytea NOT NULL UNIQUE,
        subjects            jsonb NOT NULL DEFAULT '[]',
        category_claimed    text,
        body                text NOT NULL,
        incident_time       text,
        incident_place      text,
        client_hash         bytea,
        received_at         timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        triaged_at          timestamptz,
        category            text,
        category_scores     jsonb,
        outcome_for_reporter text,
        closed_at           timestamptz,
        CHECK (real_name = (reporter_identity IS NOT NULL))
      );
      CREATE INDEX report_received ON report (received_at DESC, id DESC);
      CREATE INDEX report_status_received ON report (status, received_at DESC, id DESC);
      CREATE INDEX report_channel_received ON report (channel, received_at DESC, id DESC);
      CREATE INDEX report_phone_hash ON report (reporter_phone_hash) WHERE reporter_phone_hash IS NOT NULL;

      -- Every state change of a report is a row here (全程记实).
      CREATE TABLE report_event (
        id          bigserial PRIMARY KEY,
        report_id   uuid NOT NULL REFERENCES report(id) ON DELETE CASCADE,
        type        text NOT NULL,
        actor_kind  text NOT NULL CHECK (actor_kind IN ('REPORTER', 'STAFF', 'SYSTEM', 'AGENCY')),
        actor_id    uuid,
        data        jsonb NOT NULL DEFAULT '{}',
        created_at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX report_event_report ON report_event (report_id, id);

      CREATE TABLE report_message (
        id          uuid PRIMARY KEY,
        report_id   uuid NOT NULL REFERENCES report(id) ON DELETE CASCADE,
        author_kind text NOT NULL CHECK (author_kind IN ('REPORTER', 'STAFF')),
        author_id   uuid REFERENCES staff_user(id),
        body        text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX report_message_report ON report_message (report_id, created_at);

      CREATE TABLE attachment (
        id            uuid PRIMARY KEY,
        report_id     uuid NOT NULL REFERENCES report(id) ON DELETE CASCADE,
        message_id    uuid REFERENCES report_message(id) ON DELETE SET NULL,
        storage_key   text NOT NULL UNIQUE,
        sha256        bytea NOT NULL CHECK (octet_length(sha256) = 32),
        size_bytes    bigint NOT NULL CHECK (size_bytes > 0),
        media_type    text NOT NULL,
        original_name text,
        created_at    timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX attachment_report ON attachment (report_id);

      -- Jobs are written here in the same transaction as the change that causes them, and
      -- relayed to BullMQ; a job is never lost because Redis was unreachable.
      CREATE TABLE outbox (
        id            bigserial PRIMARY KEY,
        queue         text NOT NULL,
        job_name      text NOT NULL,
        job_id        text NOT NULL,
        payload       jsonb NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        attempts      integer NOT NULL DEFAULT 0,
        last_error    text
      );
      CREATE INDEX outbox_pending ON outbox (id) WHERE dispatched_at IS NULL;

      -- A retried submission (same Idempotency-Key) gets the first answer back. The
      -- answer is sealed under a key derived from the client's Idempotency-Key, which
      -- is itself stored only as a keyed hash: only the original client can open it.
      CREATE TABLE idempotency_record (
        key_hash     bytea PRIMARY KEY,
        request_hash bytea NOT NULL,
        report_id    uuid NOT NULL REFERENCES report(id) ON DELETE CASCADE,
        response     bytea NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        expires_at   timestamptz NOT NULL
      );
      CREATE INDEX idempotency_record_expires ON idempotency_record (expires_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE idempotency_record, outbox, attachment, report_message, report_event, report,
        staff_session, staff_user, data_key;
      DROP SEQUENCE report_number_seq;
    `);
  }
}
