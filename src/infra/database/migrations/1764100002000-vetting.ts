import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pre-appointment vetting (任前审查): a run checks a slate of candidates; each candidate
 * carries its current verdict and reasons; every step of the run is a row (全程记实).
 */
export class Vetting1764100002000 implements MigrationInterface {
  name = 'Vetting1764100002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE vetting_run (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title        text NOT NULL,
        started_on   date NOT NULL,
        agency_codes text[] NOT NULL CHECK (cardinality(agency_codes) > 0),
        created_by   uuid,
        created_at   timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE vetting_candidate (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id           uuid NOT NULL REFERENCES vetting_run(id) ON DELETE CASCADE,
        cadre_id         uuid NOT NULL REFERENCES cadre(id),
        proposed_post    text NOT NULL,
        unit_id          uuid REFERENCES unit(id),
        level            text,
        promotion        boolean NOT NULL DEFAULT true,
        verdict          text NOT NULL DEFAULT 'PENDING' CHECK (verdict IN ('PASS', 'BLOCK', 'PENDING')),
        reasons          jsonb NOT NULL DEFAULT '[]',
        evaluated_on     date,
        evaluated_at     timestamptz,
        evaluations      integer NOT NULL DEFAULT 0,
        decision         text CHECK (decision IN ('APPOINT', 'APPOINT_WITH_REMINDER', 'DO_NOT_APPOINT', 'SUSPEND')),
        decided_on       date,
        decision_note    text,
        UNIQUE (run_id, cadre_id)
      );
      -- New facts about a cadre re-open every undecided candidacy of that cadre.
      CREATE INDEX vetting_candidate_cadre_open ON vetting_candidate (cadre_id) WHERE decision IS NULL;

      CREATE TABLE vetting_step (
        id           bigserial PRIMARY KEY,
        run_id       uuid NOT NULL REFERENCES vetting_run(id) ON DELETE CASCADE,
        candidate_id uuid REFERENCES vetting_candidate(id) ON DELETE CASCADE,
        step         text NOT NULL,
        actor_kind   text NOT NULL CHECK (actor_kind IN ('STAFF', 'SYSTEM', 'AGENCY')),
        actor_id     uuid,
        data         jsonb NOT NULL DEFAULT '{}',
        created_at   timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX vetting_step_run ON vetting_step (run_id, id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE vetting_step, vetting_candidate, vetting_run;`);
  }
}
