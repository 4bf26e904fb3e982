import type { MigrationInterface, QueryRunner } from 'typeorm';

/** SMS and hotline channels (dedup ledger, long-message parts, conversations, opt-outs, calls) and outbound messages. */
export class ChannelsAndNotifications1764300000000 implements MigrationInterface {
  name = 'ChannelsAndNotifications1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Every message that leaves the system. The content is sealed (it may hold a receipt
      -- code); staff see template, status and errors. One row is sent at most once.
      CREATE TABLE outbound_message (
        id                  uuid PRIMARY KEY,
        channel             text NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
        template            text NOT NULL,
        report_id           uuid REFERENCES report(id) ON DELETE CASCADE,
        -- Keyed phone hash of an SMS recipient: opt-outs are checked at send time.
        recipient_hash      bytea,
        content             bytea NOT NULL,
        context             jsonb NOT NULL DEFAULT '{}',
        status              text NOT NULL DEFAULT 'PENDING'
                            CHECK (status IN ('PENDING', 'SENDING', 'RETRYING', 'SENT', 'FAILED', 'SUPPRESSED')),
        attempts            integer NOT NULL DEFAULT 0,
        last_error          text,
        provider_message_id text,
        created_at          timestamptz NOT NULL DEFAULT now(),
        claimed_at          timestamptz,
        sent_at             timestamptz,
        failed_at           timestamptz
      );
      CREATE INDEX outbound_message_report ON outbound_message (report_id, created_at) WHERE report_id IS NOT NULL;
      CREATE INDEX outbound_message_open ON outbound_message (created_at) WHERE status IN ('PENDING', 'RETRYING', 'SENDING');

      -- Numbers that sent the stop keyword (退订): nothing more is sent to them.
      CREATE TABLE sms_opt_out (
        phone_hash   bytea PRIMARY KEY,
        opted_out_at timestamptz NOT NULL DEFAULT now()
      );

      -- Each gateway message once: a gateway's retry of the same message id changes nothing.
      CREATE TABLE sms_inbound (
        gateway            text NOT NULL,
        gateway_message_id text NOT NULL,
        phone_hash         bytea NOT NULL,
        outcome            text NOT NULL,
        report_id          uuid REFERENCES report(id) ON DELETE SET NULL,
        received_at        timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (gateway, gateway_message_id)
      );

      -- A long message arriving in parts (concatenated SMS), kept until complete or the wait is over.
      CREATE TABLE sms_part_group (
        id           uuid PRIMARY KEY,
        gateway      text NOT NULL,
        phone_hash   bytea NOT NULL,
        concat_ref   text NOT NULL,
        total        integer NOT NULL CHECK (total BETWEEN 2 AND 255),
        sender       bytea NOT NULL,
        first_at     timestamptz NOT NULL DEFAULT now(),
        due_at       timestamptz NOT NULL,
        UNIQUE (gateway, phone_hash, concat_ref)
      );
      CREATE INDEX sms_part_group_due ON sms_part_group (due_at);
      CREATE TABLE sms_part (
        group_id           uuid NOT NULL REFERENCES sms_part_group(id) ON DELETE CASCADE,
        part               integer NOT NULL CHECK (part >= 1),
        body               text NOT NULL,
        PRIMARY KEY (group_id, part)
      );

      -- The SMS conversation behind a tip: later texts from the same number join it.
      CREATE TABLE sms_conversation (
        report_id       uuid PRIMARY KEY REFERENCES report(id) ON DELETE CASCADE,
        phone_hash      bytea NOT NULL,
        sender          bytea NOT NULL,
        last_message_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sms_conversation_phone ON sms_conversation (phone_hash, last_message_at DESC);

      -- A hotline call (operator record) or a voicemail / IVR message, and the tip it made.
      CREATE TABLE hotline_call (
        id                      uuid PRIMARY KEY,
        report_id               uuid NOT NULL UNIQUE REFERENCES report(id) ON DELETE CASCADE,
        source                  text NOT NULL CHECK (source IN ('OPERATOR', 'VOICEMAIL')),
        external_call_id        text UNIQUE,
        caller_number           bytea,
        caller_phone_hash       bytea,
        started_at              timestamptz NOT NULL,
        duration_seconds        integer CHECK (duration_seconds >= 0),
        language                text,
        callback_wanted         boolean NOT NULL DEFAULT false,
        read_back_confirmed     boolean,
        read_back_corrections   text,
        receipt_delivery        text CHECK (receipt_delivery IN ('READ_OUT', 'SMS', 'NONE')),
        operator_id             uuid REFERENCES staff_user(id),
        recording_attachment_id uuid REFERENCES attachment(id) ON DELETE SET NULL,
        recording_url           text,
        transcribed_at          timestamptz,
        transcribed_by          uuid REFERENCES staff_user(id),
        created_at              timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX hotline_call_untranscribed ON hotline_call (created_at) WHERE transcribed_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE hotline_call, sms_conversation, sms_part, sms_part_group, sms_inbound, sms_opt_out, outbound_message`);
  }
}
