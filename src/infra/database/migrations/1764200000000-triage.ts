import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Triage: what the pipeline found for each tip (categories with reasons, subjects and
 * candidates, repeats, specificity, priority), deadlines, the learned category model and
 * its training examples, and the staff side (assignment, disposition, finding, notes).
 */
export class Triage1764200000000 implements MigrationInterface {
  name = 'Triage1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE report
        ADD COLUMN priority          integer,
        ADD COLUMN priority_level    text CHECK (priority_level IN ('HIGH', 'MEDIUM', 'LOW')),
        ADD COLUMN is_specific       boolean,
        ADD COLUMN transfer_target   text,
        ADD COLUMN category_confirmed boolean NOT NULL DEFAULT false,
        ADD COLUMN repeat_of         uuid REFERENCES report(id),
        ADD COLUMN assignee_id       uuid REFERENCES staff_user(id),
        ADD COLUMN disposition       text CHECK (disposition IN ('TALK_INQUIRY', 'PRELIMINARY_VERIFICATION', 'FILED_PENDING',
                                                                 'CLOSED_NO_ACTION', 'TRANSFER', 'NOT_ACCEPTED', 'MERGE')),
        ADD COLUMN disposition_detail jsonb,
        ADD COLUMN disposition_pending jsonb,
        ADD COLUMN finding           text CHECK (finding IN ('SUBSTANTIATED', 'PARTLY', 'UNSUBSTANTIATED', 'UNVERIFIABLE'));
      CREATE INDEX report_inbox ON report (priority DESC NULLS LAST, received_at, id);
      CREATE INDEX report_assignee ON report (assignee_id) WHERE assignee_id IS NOT NULL;
      CREATE INDEX report_repeat_of ON report (repeat_of) WHERE repeat_of IS NOT NULL;

      -- The pipeline's output for one tip; tokens are kept to compare later tips and to train.
      CREATE TABLE report_triage (
        report_id       uuid PRIMARY KEY REFERENCES report(id) ON DELETE CASCADE,
        tokens          text[] NOT NULL,
        content_tokens  text[] NOT NULL,
        minhash         bigint[] NOT NULL,
        categories      jsonb NOT NULL,
        model_version   integer,
        anchors         jsonb NOT NULL,
        priority_reasons jsonb NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now()
      );

      -- Locality-sensitive index over MinHash bands: near-identical tips share a band.
      CREATE TABLE report_minhash_band (
        band      smallint NOT NULL,
        key       integer NOT NULL,
        report_id uuid NOT NULL REFERENCES report(id) ON DELETE CASCADE,
        PRIMARY KEY (band, key, report_id)
      );
      CREATE INDEX report_minhash_band_report ON report_minhash_band (report_id);

      -- A person the tip talks about: linked to a cadre, or ranked candidates for staff.
      CREATE TABLE report_subject (
        id          bigserial PRIMARY KEY,
        report_id   uuid NOT NULL REFERENCES report(id) ON DELETE CASCADE,
        role        text NOT NULL CHECK (role IN ('SUBJECT', 'MENTIONED')),
        role_reason text,
        status      text NOT NULL CHECK (status IN ('LINKED', 'CANDIDATES', 'CONFIRMED', 'UNLINKED')),
        cadre_id    uuid,
        mentions    text[] NOT NULL,
        candidates  jsonb NOT NULL,
        position    smallint NOT NULL,
        decided_by  uuid REFERENCES staff_user(id),
        decided_at  timestamptz
      );
      CREATE INDEX report_subject_report ON report_subject (report_id, position);
      -- Every cadre a tip may be about (linked or candidate): finds earlier tips on the same person.
      CREATE TABLE report_subject_cadre (
        cadre_id  uuid NOT NULL,
        report_id uuid NOT NULL REFERENCES report(id) ON DELETE CASCADE,
        PRIMARY KEY (cadre_id, report_id)
      );
      CREATE INDEX report_subject_cadre_report ON report_subject_cadre (report_id);

      CREATE TABLE report_repeat (
        report_id  uuid NOT NULL REFERENCES report(id) ON DELETE CASCADE,
        earlier_id uuid NOT NULL REFERENCES report(id) ON DELETE CASCADE,
        score      real NOT NULL,
        reasons    jsonb NOT NULL,
        PRIMARY KEY (report_id, earlier_id),
        CHECK (report_id <> earlier_id)
      );
      CREATE INDEX report_repeat_earlier ON report_repeat (earlier_id);

      CREATE TABLE report_deadline (
        id           bigserial PRIMARY KEY,
        report_id    uuid NOT NULL REFERENCES report(id) ON DELETE CASCADE,
        kind         text NOT NULL CHECK (kind IN ('ACCEPTANCE_NOTICE', 'DISPOSITION', 'CONCLUSION')),
        due_on       date NOT NULL,
        remind_on    date NOT NULL,
        met_at       timestamptz,
        reminded_at  timestamptz,
        escalated_at timestamptz,
        UNIQUE (report_id, kind)
      );
      CREATE INDEX report_deadline_open ON report_deadline (due_on) WHERE met_at IS NULL;

      -- Internal notes: never shown to the reporter.
      CREATE TABLE report_note (
        id         uuid PRIMARY KEY,
        report_id  uuid NOT NULL REFERENCES report(id) ON DELETE CASCADE,
        author_id  uuid NOT NULL REFERENCES staff_user(id),
        body       text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX report_note_report ON report_note (report_id, created_at);

      -- Staff-confirmed categories: the learned model's training data (one per tip, latest wins).
      CREATE TABLE category_example (
        report_id  uuid PRIMARY KEY REFERENCES report(id) ON DELETE CASCADE,
        category   text NOT NULL,
        tokens     text[] NOT NULL,
        source     text NOT NULL CHECK (source IN ('CONFIRMED', 'CORRECTED')),
        staff_id   uuid REFERENCES staff_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE category_model (
        version     serial PRIMARY KEY,
        trained_at  timestamptz NOT NULL DEFAULT now(),
        examples    integer NOT NULL,
        categories  integer NOT NULL,
        model       jsonb NOT NULL
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE category_model, category_example, report_note, report_deadline, report_repeat, report_subject_cadre,
        report_subject, report_minhash_band, report_triage;
      DROP INDEX report_inbox, report_assignee, report_repeat_of;
      ALTER TABLE report DROP COLUMN priority, DROP COLUMN priority_level, DROP COLUMN is_specific, DROP COLUMN transfer_target,
        DROP COLUMN category_confirmed, DROP COLUMN repeat_of, DROP COLUMN assignee_id, DROP COLUMN disposition,
        DROP COLUMN disposition_detail, DROP COLUMN disposition_pending, DROP COLUMN finding;
    `);
  }
}
