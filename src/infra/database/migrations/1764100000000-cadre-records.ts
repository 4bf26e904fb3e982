import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cadre records (干部名册): units with their other names, post quotas (职数), cadres with
 * their post history, sanctions, personal-matters reports and the yearly random check,
 * verified findings, and the links between tips and the cadres they concern.
 */
export class CadreRecords1764100000000 implements MigrationInterface {
  name = 'CadreRecords1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE unit (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name       text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      -- Every name a unit is known by: its current name, short forms, and former names
      -- (tips often use the old one). One name points at one unit.
      CREATE TABLE unit_name (
        name     text PRIMARY KEY,
        unit_id  uuid NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
        kind     text NOT NULL CHECK (kind IN ('CURRENT', 'ALIAS', 'FORMER'))
      );
      CREATE INDEX unit_name_unit ON unit_name (unit_id);

      -- Approved leadership posts per unit and level (三定 ruling).
      CREATE TABLE post_quota (
        unit_id    uuid NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
        level      text NOT NULL,
        approved   integer NOT NULL CHECK (approved >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (unit_id, level)
      );

      CREATE TABLE cadre (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_no            text NOT NULL UNIQUE,
        name                 text NOT NULL,
        surname              text NOT NULL,
        gender               text NOT NULL CHECK (gender IN ('男', '女')),
        birth_month          text NOT NULL CHECK (birth_month ~ '^\\d{4}-\\d{2}$'),
        ethnicity            text,
        native_place         text,
        party_month          text CHECK (party_month ~ '^\\d{4}-\\d{2}$'),
        work_month           text CHECK (work_month ~ '^\\d{4}-\\d{2}$'),
        education            text,
        unit_id              uuid NOT NULL REFERENCES unit(id),
        post                 text NOT NULL,
        level                text,
        post_since           text CHECK (post_since ~ '^\\d{4}-\\d{2}$'),
        status_kind          text CHECK (status_kind IN ('公务员', '参照公务员法管理', '事业单位')),
        under_investigation  boolean NOT NULL DEFAULT false,
        investigation_since  date,
        investigation_note   text,
        file_audited_on      date,
        file_audit_note      text,
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now()
      );
      -- Subject linking looks cadres up by full name, by surname (within a unit), by unit.
      CREATE INDEX cadre_name ON cadre (name);
      CREATE INDEX cadre_surname_unit ON cadre (surname, unit_id);
      CREATE INDEX cadre_unit_level ON cadre (unit_id, level);

      -- Post history; the open row (ended IS NULL) is the current post.
      CREATE TABLE cadre_post (
        id         bigserial PRIMARY KEY,
        cadre_id   uuid NOT NULL REFERENCES cadre(id) ON DELETE CASCADE,
        unit_id    uuid NOT NULL REFERENCES unit(id),
        post       text NOT NULL,
        level      text,
        started    text,
        ended      text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX cadre_post_cadre ON cadre_post (cadre_id, id);
      CREATE UNIQUE INDEX cadre_post_current ON cadre_post (cadre_id) WHERE ended IS NULL;

      CREATE TABLE roster_import (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        file_name   text,
        mode        text NOT NULL CHECK (mode IN ('ALL_OR_NOTHING', 'SKIP_INVALID')),
        applied     boolean NOT NULL,
        rows_total  integer NOT NULL,
        created     integer NOT NULL,
        updated     integer NOT NULL,
        unchanged   integer NOT NULL,
        errors      jsonb NOT NULL DEFAULT '[]',
        imported_by uuid,
        created_at  timestamptz NOT NULL DEFAULT now()
      );

      -- Party, government and organizational measures; the influence period is derived
      -- from kind and effective date (pure function), never stored.
      CREATE TABLE sanction (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cadre_id         uuid NOT NULL REFERENCES cadre(id) ON DELETE CASCADE,
        kind             text NOT NULL,
        effective_on     date NOT NULL,
        probation_months integer CHECK (probation_months IN (12, 24)),
        report_id        uuid REFERENCES report(id),
        note             text,
        recorded_by      uuid,
        created_at       timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sanction_cadre ON sanction (cadre_id, effective_on);

      -- Yearly random check of personal-matters reports: the seed and the population are
      -- kept so anyone can redraw and compare.
      CREATE TABLE personal_matters_draw (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        year        integer NOT NULL UNIQUE,
        ratio       numeric NOT NULL CHECK (ratio > 0 AND ratio <= 1),
        seed        text NOT NULL,
        population  text[] NOT NULL,
        drawn       text[] NOT NULL,
        drawn_by    uuid,
        created_at  timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE personal_matters_report (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cadre_id     uuid NOT NULL REFERENCES cadre(id) ON DELETE CASCADE,
        year         integer NOT NULL,
        submitted_on date,
        status       text NOT NULL DEFAULT 'NOT_VERIFIED'
                     CHECK (status IN ('NOT_VERIFIED', 'CONSISTENT', 'OMISSION', 'CONCEALMENT')),
        checked_on   date,
        check_reason text CHECK (check_reason IN ('RANDOM', 'PROMOTION', 'TIP')),
        detail       text,
        explained_on date,
        updated_at   timestamptz NOT NULL DEFAULT now(),
        UNIQUE (cadre_id, year)
      );

      -- Which cadres a tip concerns. Written by triage (a person confirms) or by
      -- publicity; a namesake is a different cadre row, so a tip never counts twice.
      CREATE TABLE cadre_report_link (
        report_id  uuid NOT NULL REFERENCES report(id) ON DELETE CASCADE,
        cadre_id   uuid NOT NULL REFERENCES cadre(id) ON DELETE CASCADE,
        source     text NOT NULL CHECK (source IN ('TRIAGE', 'STAFF', 'PUBLICITY', 'IMPORT')),
        linked_by  uuid,
        linked_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (cadre_id, report_id)
      );
      CREATE INDEX cadre_report_link_report ON cadre_report_link (report_id);

      -- Conclusions of verification about one cadre (属实 / 部分属实 / 不属实 / 无法查实).
      -- A finding on a linked tip is what makes the tip "verified" for that cadre.
      CREATE TABLE cadre_finding (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cadre_id     uuid NOT NULL REFERENCES cadre(id) ON DELETE CASCADE,
        report_id    uuid REFERENCES report(id),
        source       text,
        outcome      text NOT NULL CHECK (outcome IN ('SUBSTANTIATED', 'PARTLY', 'UNSUBSTANTIATED', 'UNVERIFIABLE')),
        concluded_on date NOT NULL,
        summary      text,
        sanction_id  uuid REFERENCES sanction(id),
        recorded_by  uuid,
        created_at   timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX cadre_finding_cadre ON cadre_finding (cadre_id, concluded_on);
      CREATE INDEX cadre_finding_report ON cadre_finding (report_id) WHERE report_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE cadre_finding, cadre_report_link, personal_matters_report, personal_matters_draw, sanction,
        roster_import, cadre_post, cadre, post_quota, unit_name, unit;
    `);
  }
}
