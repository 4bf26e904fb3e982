import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case workflow's guarantees, held by the database as well, so that a path which
 * forgets the workflow fails instead of changing a case silently:
 * - a change of a report's status commits only with a report_event for that report in the
 *   same transaction, and, when a staff member made it, an audit_log row naming the report
 *   in the same transaction (deferred constraint trigger, checked at commit);
 * - a finding about a tip (cadre_finding.report_id) can be written only on a concluded
 *   (CLOSED) case: the cadre record alone cannot clear a tip that is still being handled.
 */
export class CaseWorkflowGuards1765000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION report_status_change_recorded() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        tx xid := pg_current_xact_id()::xid;
        staff_event boolean;
      BEGIN
        SELECT bool_or(e.actor_kind = 'STAFF') INTO staff_event
          FROM report_event e WHERE e.report_id = NEW.id AND e.xmin = tx;
        IF staff_event IS NULL THEN
          RAISE EXCEPTION 'report % changed status from % to % without a case event', NEW.number, OLD.status, NEW.status
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF staff_event AND NOT EXISTS (
             SELECT 1 FROM audit_log a WHERE a.target_type = 'reports' AND a.target_id = NEW.id::text AND a.xmin = tx) THEN
          RAISE EXCEPTION 'report % changed status by staff without an audit row in the same transaction', NEW.number
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NULL;
      END $$;
      CREATE CONSTRAINT TRIGGER report_status_change_recorded AFTER UPDATE OF status ON report
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
        EXECUTE FUNCTION report_status_change_recorded();

      CREATE FUNCTION cadre_finding_on_concluded_case() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.report_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report r WHERE r.id = NEW.report_id AND r.status = 'CLOSED') THEN
          RAISE EXCEPTION 'a finding about tip % can only be recorded when its case is concluded', NEW.report_id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER cadre_finding_on_concluded_case BEFORE INSERT OR UPDATE OF report_id ON cadre_finding
        FOR EACH ROW EXECUTE FUNCTION cadre_finding_on_concluded_case();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER cadre_finding_on_concluded_case ON cadre_finding;
      DROP FUNCTION cadre_finding_on_concluded_case();
      DROP TRIGGER report_status_change_recorded ON report;
      DROP FUNCTION report_status_change_recorded();
    `);
  }
}
