import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The triage worker keeps the roster's indexes in memory and must know, for every tip,
 * whether the roster changed since it built them. The stamp was computed from the whole
 * roster (count of cadres, newest update, a digest of every unit name): a pass over a
 * 100,000-cadre roster per tip. Now statement triggers on the tables the indexes are
 * built from bump one counter in the same transaction as the change, and the stamp is a
 * one-row read. Only the columns the indexes use count (a file-audit date does not).
 */
export class RosterRevision1764820000000 implements MigrationInterface {
  name = 'RosterRevision1764820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE roster_revision (
        id       boolean PRIMARY KEY DEFAULT true CHECK (id),
        revision bigint NOT NULL
      );
      INSERT INTO roster_revision (id, revision) VALUES (true, 1);

      CREATE FUNCTION roster_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE roster_revision SET revision = revision + 1;
        RETURN NULL;
      END $$;

      CREATE TRIGGER cadre_roster_revision AFTER INSERT OR DELETE OR TRUNCATE ON cadre
        FOR EACH STATEMENT EXECUTE FUNCTION roster_revision_bump();
      CREATE TRIGGER cadre_roster_revision_update AFTER UPDATE OF id, person_no, name, surname, unit_id, post, level ON cadre
        FOR EACH STATEMENT EXECUTE FUNCTION roster_revision_bump();
      CREATE TRIGGER unit_roster_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit
        FOR EACH STATEMENT EXECUTE FUNCTION roster_revision_bump();
      CREATE TRIGGER unit_name_roster_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_name
        FOR EACH STATEMENT EXECUTE FUNCTION roster_revision_bump();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER cadre_roster_revision ON cadre;
      DROP TRIGGER cadre_roster_revision_update ON cadre;
      DROP TRIGGER unit_roster_revision ON unit;
      DROP TRIGGER unit_name_roster_revision ON unit_name;
      DROP FUNCTION roster_revision_bump();
      DROP TABLE roster_revision;
    `);
  }
}
