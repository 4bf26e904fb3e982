import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inbox sorts by priority and then by the earliest open deadline (or by that deadline
 * first). The deadline lives in report_deadline, so no index could serve the order and
 * every inbox page sorted the whole table. report.next_due_on holds the earliest open
 * deadline's day, kept right in the same transaction by statement triggers on
 * report_deadline (every writer: triage, case actions, meetings, follow-up messages), and
 * the two inbox orders get an index each (the default one also within a status), so a
 * page reads only its own rows.
 */
export class InboxNextDue1764810000000 implements MigrationInterface {
  name = 'InboxNextDue1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE report ADD COLUMN next_due_on date;
      COMMENT ON COLUMN report.next_due_on IS 'Earliest due_on of the report''s open deadlines (met_at IS NULL); maintained by report_deadline triggers';

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
        -- Lock the reports first: a concurrent change to the same report's deadlines waits
        -- here, and the next statement (a fresh snapshot) sees it once committed.
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

      UPDATE report r SET next_due_on = d.due_on
        FROM (SELECT report_id, min(due_on) AS due_on FROM report_deadline WHERE met_at IS NULL GROUP BY report_id) d
       WHERE r.id = d.report_id;

      DROP INDEX report_inbox;
      CREATE INDEX report_inbox_priority ON report (priority DESC NULLS LAST, next_due_on ASC NULLS LAST, received_at, id);
      CREATE INDEX report_inbox_due ON report (next_due_on ASC NULLS LAST, priority DESC NULLS LAST, received_at, id);
      -- The inbox is most often looked at by status (new, in handling): its default order within one.
      CREATE INDEX report_inbox_status ON report (status, priority DESC NULLS LAST, next_due_on ASC NULLS LAST, received_at, id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX report_inbox_priority, report_inbox_due, report_inbox_status;
      CREATE INDEX report_inbox ON report (priority DESC NULLS LAST, received_at, id);
      DROP TRIGGER report_deadline_next_due_insert ON report_deadline;
      DROP TRIGGER report_deadline_next_due_update ON report_deadline;
      DROP TRIGGER report_deadline_next_due_delete ON report_deadline;
      DROP FUNCTION report_next_due_refresh();
      ALTER TABLE report DROP COLUMN next_due_on;
    `);
  }
}
