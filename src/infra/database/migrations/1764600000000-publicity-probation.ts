import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Publicity (任前公示) of a run's candidates, the tips linked to them during it, the
 * outcome per candidate (suspension with its end date), and probation (试用期) after an
 * appointment with its reminder and assessment.
 */
export class PublicityProbation1764600000000 implements MigrationInterface {
  name = 'PublicityProbation1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE SEQUENCE publicity_notice_number_seq;
      CREATE TABLE publicity_notice (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id        uuid NOT NULL REFERENCES vetting_run(id),
        reference     text NOT NULL UNIQUE,
        title         text NOT NULL,
        starts_on     date NOT NULL,
        ends_on       date NOT NULL CHECK (ends_on >= starts_on),
        working_days  integer NOT NULL CHECK (working_days > 0),
        contact       text NOT NULL,
        published_by  uuid,
        published_at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX publicity_notice_period ON publicity_notice (ends_on, starts_on);

      CREATE TABLE publicity_candidate (
        notice_id     uuid NOT NULL REFERENCES publicity_notice(id) ON DELETE CASCADE,
        candidate_id  uuid NOT NULL UNIQUE REFERENCES vetting_candidate(id),
        position      integer NOT NULL,
        PRIMARY KEY (notice_id, candidate_id)
      );

      -- A tip received during a period is examined once; what it was linked to is kept.
      CREATE TABLE publicity_report_check (
        report_id     uuid PRIMARY KEY REFERENCES report(id) ON DELETE CASCADE,
        checked_at    timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE publicity_report_link (
        report_id     uuid NOT NULL REFERENCES report(id) ON DELETE CASCADE,
        candidate_id  uuid NOT NULL REFERENCES vetting_candidate(id),
        notice_id     uuid NOT NULL REFERENCES publicity_notice(id),
        basis         text NOT NULL CHECK (basis IN ('CITED', 'NAMED')),
        linked_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (report_id, candidate_id)
      );

      ALTER TABLE vetting_candidate
        ADD COLUMN suspended_until date,
        ADD COLUMN decided_by uuid,
        ADD CONSTRAINT vetting_candidate_suspension CHECK ((decision = 'SUSPEND') = (suspended_until IS NOT NULL));

      CREATE TABLE probation (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id     uuid NOT NULL UNIQUE REFERENCES vetting_candidate(id),
        cadre_id         uuid NOT NULL REFERENCES cadre(id),
        post             text NOT NULL,
        starts_on        date NOT NULL,
        ends_on          date NOT NULL CHECK (ends_on > starts_on),
        reminded_at      timestamptz,
        result           text CHECK (result IN ('COMPETENT', 'NOT_COMPETENT')),
        assessed_on      date,
        assessment_note  text,
        assessed_by      uuid,
        CHECK ((result IS NULL) = (assessed_on IS NULL))
      );
      CREATE INDEX probation_due ON probation (ends_on) WHERE reminded_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE probation, publicity_report_link, publicity_report_check, publicity_candidate, publicity_notice;
      DROP SEQUENCE publicity_notice_number_seq;
      ALTER TABLE vetting_candidate DROP CONSTRAINT vetting_candidate_suspension, DROP COLUMN suspended_until, DROP COLUMN decided_by;
    `);
  }
}
