import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statement triggers of InboxNextDue1764810000000 and ReportTallies1764810001000 cost
 * triage about 0.25 ms a tip (transition tables of whole report rows, an array, a lock
 * and a recount for every statement, and the next-due update firing the tally trigger
 * again). Row triggers with WHEN conditions do the same work only where it is needed:
 * - a new open deadline can only bring next_due_on forward: one guarded UPDATE, no recount;
 * - a deadline met, moved, reopened or deleted recounts its report (locked first);
 * - an update of report that changes no tallied value never calls a function (the WHEN
 *   is checked in C), so next_due_on, assignment and the like cost nothing.
 * Inserts and deletes of report keep the statement triggers: one tally line per group
 * for a bulk insert, and intake inserts one row per statement anyway.
 */
export class RowTriggersForHotPaths1764830000000 implements MigrationInterface {
  name = 'RowTriggersForHotPaths1764830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER report_deadline_next_due_insert ON report_deadline;
      DROP TRIGGER report_deadline_next_due_update ON report_deadline;
      DROP TRIGGER report_deadline_next_due_delete ON report_deadline;
      DROP FUNCTION report_next_due_refresh();

      CREATE FUNCTION report_next_due_opened() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE report SET next_due_on = NEW.due_on WHERE id = NEW.report_id AND (next_due_on IS NULL OR next_due_on > NEW.due_on);
        RETURN NULL;
      END $$;

      CREATE FUNCTION report_next_due_recount() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        rid uuid;
      BEGIN
        FOR rid IN SELECT DISTINCT x FROM unnest(CASE TG_OP WHEN 'DELETE' THEN ARRAY[OLD.report_id] ELSE ARRAY[OLD.report_id, NEW.report_id] END) AS x LOOP
          -- Lock first: a concurrent change to the report's deadlines waits here, and the
          -- recount (a fresh snapshot) sees it once committed.
          PERFORM 1 FROM report WHERE id = rid FOR NO KEY UPDATE;
          UPDATE report r SET next_due_on = n.due_on
            FROM (SELECT min(d.due_on) AS due_on FROM report_deadline d WHERE d.report_id = rid AND d.met_at IS NULL) n
           WHERE r.id = rid AND r.next_due_on IS DISTINCT FROM n.due_on;
        END LOOP;
        RETURN NULL;
      END $$;

      CREATE TRIGGER report_deadline_next_due_opened AFTER INSERT ON report_deadline
        FOR EACH ROW WHEN (NEW.met_at IS NULL) EXECUTE FUNCTION report_next_due_opened();
      CREATE TRIGGER report_deadline_next_due_changed AFTER UPDATE ON report_deadline
        FOR EACH ROW WHEN (OLD.due_on IS DISTINCT FROM NEW.due_on OR (OLD.met_at IS NULL) <> (NEW.met_at IS NULL) OR OLD.report_id <> NEW.report_id)
        EXECUTE FUNCTION report_next_due_recount();
      CREATE TRIGGER report_deadline_next_due_deleted AFTER DELETE ON report_deadline
        FOR EACH ROW WHEN (OLD.met_at IS NULL) EXECUTE FUNCTION report_next_due_recount();

      DROP TRIGGER report_tally_update ON report;
      CREATE FUNCTION report_tally_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_day date := (OLD.received_at AT TIME ZONE 'Asia/Shanghai')::date;
        new_day date := (NEW.received_at AT TIME ZONE 'Asia/Shanghai')::date;
        old_closed date := (OLD.closed_at AT TIME ZONE 'Asia/Shanghai')::date;
        new_closed date := (NEW.closed_at AT TIME ZONE 'Asia/Shanghai')::date;
      BEGIN
        IF (old_day, OLD.channel, OLD.category, OLD.status, OLD.real_name) IS DISTINCT FROM (new_day, NEW.channel, NEW.category, NEW.status, NEW.real_name) THEN
          INSERT INTO report_tally_delta (tally, day, channel, category, status, real_name, n)
          VALUES ('RECEIVED', old_day, OLD.channel, coalesce(OLD.category, ''), OLD.status, OLD.real_name, -1),
                 ('RECEIVED', new_day, NEW.channel, coalesce(NEW.category, ''), NEW.status, NEW.real_name, 1);
        END IF;
        IF (old_closed, OLD.finding, old_closed - old_day) IS DISTINCT FROM (new_closed, NEW.finding, new_closed - new_day) THEN
          INSERT INTO report_tally_delta (tally, day, finding, days, n)
          SELECT 'CLOSED', x.day, x.finding, x.days, x.n
            FROM (VALUES (old_closed, coalesce(OLD.finding, ''), old_closed - old_day, -1), (new_closed, coalesce(NEW.finding, ''), new_closed - new_day, 1)) AS x(day, finding, days, n)
           WHERE x.day IS NOT NULL;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER report_tally_changed AFTER UPDATE ON report FOR EACH ROW
        WHEN (OLD.received_at IS DISTINCT FROM NEW.received_at OR OLD.channel IS DISTINCT FROM NEW.channel OR OLD.category IS DISTINCT FROM NEW.category
              OR OLD.status IS DISTINCT FROM NEW.status OR OLD.real_name IS DISTINCT FROM NEW.real_name
              OR OLD.closed_at IS DISTINCT FROM NEW.closed_at OR OLD.finding IS DISTINCT FROM NEW.finding)
        EXECUTE FUNCTION report_tally_changed();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER report_tally_changed ON report;
      DROP FUNCTION report_tally_changed();
      CREATE TRIGGER report_tally_update AFTER UPDATE ON report
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_tally_record();
      DROP TRIGGER report_deadline_next_due_opened ON report_deadline;
      DROP TRIGGER report_deadline_next_due_changed ON report_deadline;
      DROP TRIGGER report_deadline_next_due_deleted ON report_deadline;
      DROP FUNCTION report_next_due_opened();
      DROP FUNCTION report_next_due_recount();
      CREATE FUNCTION report_next_due_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(DISTINCT report_id) INTO ids FROM new_rows WHERE met_at IS NULL;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(DISTINCT report_id) INTO ids FROM old_rows WHERE met_at IS NULL;
        ELSE
          SELECT array_agg(DISTINCT x.report_id) INTO ids
            FROM new_rows n JOIN old_rows o ON o.id = n.id
           CROSS JOIN LATERAL (VALUES (n.report_id), (o.report_id)) AS x(report_id)
           WHERE n.due_on IS DISTINCT FROM o.due_on OR (n.met_at IS NULL) <> (o.met_at IS NULL) OR n.report_id <> o.report_id;
        END IF;
        IF ids IS NULL THEN
          RETURN NULL;
        END IF;
        PERFORM 1 FROM report WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
        UPDATE report r SET next_due_on = n.due_on
          FROM unnest(ids) AS x(id)
          CROSS JOIN LATERAL (SELECT min(d.due_on) AS due_on FROM report_deadline d WHERE d.report_id = x.id AND d.met_at IS NULL) n
         WHERE r.id = x.id AND r.next_due_on IS DISTINCT FROM n.due_on;
        RETURN NULL;
      END $$;
      CREATE TRIGGER report_deadline_next_due_insert AFTER INSERT ON report_deadline
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_next_due_refresh();
      CREATE TRIGGER report_deadline_next_due_update AFTER UPDATE ON report_deadline
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_next_due_refresh();
      CREATE TRIGGER report_deadline_next_due_delete AFTER DELETE ON report_deadline
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_next_due_refresh();
    `);
  }
}
