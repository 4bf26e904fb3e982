import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 干部人事档案专项审核 (the cadres module's): what each document of a cadre's file states
 * (file_entry), the doubts the file rules found and how each was resolved (file_doubt), and
 * the determination (认定) of each fact as confirmed when the audit was completed
 * (file_determination), which the roster import is held to. Dates are written as the file
 * gives them, `YYYY-MM` or `YYYY-MM-DD`. unit_name.in_use_from: the month a unit's name came
 * into use, so a post held before the unit existed is found.
 */
export class FileAudit1765400000000 implements MigrationInterface {
  name = 'FileAudit1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE unit_name ADD COLUMN in_use_from text CHECK (in_use_from ~ '^\\d{4}-(0[1-9]|1[0-2])$');

      CREATE TABLE file_entry (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cadre_id        uuid NOT NULL REFERENCES cadre(id) ON DELETE CASCADE,
        fact            text NOT NULL CHECK (fact IN ('BIRTH', 'PARTY', 'WORK_START', 'EDUCATION', 'WORK_HISTORY', 'CADRE_STATUS')),
        stated_date     text CHECK (stated_date ~ '^\\d{4}-\\d{2}(-\\d{2})?$'),
        from_date       text CHECK (from_date ~ '^\\d{4}-\\d{2}(-\\d{2})?$'),
        to_date         text CHECK (to_date ~ '^\\d{4}-\\d{2}(-\\d{2})?$'),
        education_level text CHECK (education_level IN ('DOCTORATE', 'MASTER', 'BACHELOR', 'COLLEGE', 'SECONDARY', 'HIGH_SCHOOL', 'JUNIOR')),
        institution     text,
        diploma         boolean,
        full_time       boolean,
        unit            text,
        post            text,
        status          text,
        source          text NOT NULL CHECK (source IN ('CADRE_RESUME', 'CADRE_REGISTRATION', 'PARTY_APPLICATION', 'RECRUITMENT_APPROVAL',
                                                        'REGULARIZATION', 'EDUCATION_PROOF', 'APPOINTMENT_APPROVAL', 'WAGE_APPROVAL', 'OTHER')),
        document_date   text NOT NULL CHECK (document_date ~ '^\\d{4}-\\d{2}(-\\d{2})?$'),
        filled_by_self  boolean NOT NULL,
        note            text,
        entered_by      uuid,
        entered_at      timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX file_entry_cadre ON file_entry (cadre_id, fact);

      -- A doubt is found again by its key (rule and the records it is about): a resolved one
      -- stays resolved while the same records stand.
      CREATE TABLE file_doubt (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cadre_id        uuid NOT NULL REFERENCES cadre(id) ON DELETE CASCADE,
        key             text NOT NULL,
        rule            text NOT NULL CHECK (rule IN ('BIRTH_CONFLICT', 'BIRTH_DOUBLE_BENEFIT', 'WORK_START_CONFLICT', 'WORK_START_UNSUPPORTED',
                                                      'PARTY_CONFLICT', 'PARTY_UNDER_AGE', 'EDUCATION_NO_DIPLOMA', 'EDUCATION_OVERLAPS_WORK',
                                                      'WORK_HISTORY_GAP', 'WORK_HISTORY_OVERLAP', 'POST_BEFORE_UNIT', 'CADRE_STATUS_CONFLICT',
                                                      'ROSTER_CONFLICT')),
        fact            text NOT NULL CHECK (fact IN ('BIRTH', 'PARTY', 'WORK_START', 'EDUCATION', 'WORK_HISTORY', 'CADRE_STATUS')),
        message         text NOT NULL,
        entry_ids       uuid[] NOT NULL DEFAULT '{}',
        status          text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED')),
        resolution      text,
        resolved_by     uuid,
        resolved_at     timestamptz,
        opened_at       timestamptz NOT NULL DEFAULT now(),
        UNIQUE (cadre_id, key),
        CHECK (status = 'OPEN' OR resolution IS NOT NULL)
      );
      CREATE INDEX file_doubt_open ON file_doubt (cadre_id) WHERE status = 'OPEN';

      CREATE TABLE file_determination (
        cadre_id        uuid NOT NULL REFERENCES cadre(id) ON DELETE CASCADE,
        fact            text NOT NULL CHECK (fact IN ('BIRTH', 'PARTY', 'WORK_START', 'EDUCATION', 'WORK_HISTORY', 'CADRE_STATUS')),
        value           text,
        code            text,
        reasons         jsonb NOT NULL,
        basis           jsonb NOT NULL,
        determined_on   date NOT NULL,
        determined_by   uuid,
        PRIMARY KEY (cadre_id, fact)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE file_determination, file_doubt, file_entry; ALTER TABLE unit_name DROP COLUMN in_use_from`);
  }
}
