import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard's "overdue now" figures from tallies, as the period figures already are
 * (ReportTallies1764810001000). Counting open deadlines past their day read every such row:
 * at a million tips with 700,000 overdue deadlines, 210 ms for the three kinds and 130 ms
 * for the overdue cases, most of a dashboard request. Now:
 * - report_open_deadline_tally: open deadlines (met_at IS NULL) per kind and due day;
 * - report_next_due_tally: cases per next_due_on (their earliest open deadline);
 * both a few rows a day, so "overdue on D" sums the days before D.
 * Triggers on report_deadline and report write each change as +1/-1 lines to
 * report_due_tally_delta in the same transaction (append-only: no shared counter row to
 * wait on); report_due_tally_fold() moves them into the tallies, called with the other
 * tallies' fold every minute. Due days are civil dates already, so no time zone enters.
 */
export class DueTallies1765450000000 implements MigrationInterface {
  name = 'DueTallies1765450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_open_deadline_tally (
        kind   text NOT NULL,
        due_on date NOT NULL,
        n      bigint NOT NULL,
        PRIMARY KEY (kind, due_on)
      );
      CREATE TABLE report_next_due_tally (
        due_on date PRIMARY KEY,
        n      bigint NOT NULL
      );
      CREATE TABLE report_due_tally_delta (
        id     bigserial PRIMARY KEY,
        tally  text NOT NULL CHECK (tally IN ('DEADLINE', 'CASE')),
        kind   text,
        due_on date NOT NULL,
        n      integer NOT NULL
      );

      -- A statement of new deadlines (triage writes a tip's three in one): one line per kind and day.
      CREATE FUNCTION report_due_tally_deadlines_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO report_due_tally_delta (tally, kind, due_on, n)
        SELECT 'DEADLINE', kind, due_on, count(*) FROM new_rows WHERE met_at IS NULL GROUP BY kind, due_on;
        RETURN NULL;
      END $$;
      CREATE TRIGGER report_due_tally_deadlines_added AFTER INSERT ON report_deadline
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_due_tally_deadlines_added();

      -- A deadline met, reopened, moved or deleted (rare): its old line out, its new one in.
      CREATE FUNCTION report_due_tally_deadline_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' AND OLD.met_at IS NULL THEN
          INSERT INTO report_due_tally_delta (tally, kind, due_on, n) VALUES ('DEADLINE', OLD.kind, OLD.due_on, -1);
        END IF;
        IF TG_OP <> 'DELETE' AND NEW.met_at IS NULL THEN
          INSERT INTO report_due_tally_delta (tally, kind, due_on, n) VALUES ('DEADLINE', NEW.kind, NEW.due_on, 1);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER report_due_tally_deadline_changed AFTER UPDATE ON report_deadline FOR EACH ROW
        WHEN ((OLD.met_at IS NULL) <> (NEW.met_at IS NULL) OR (OLD.met_at IS NULL AND (OLD.kind, OLD.due_on) IS DISTINCT FROM (NEW.kind, NEW.due_on)))
        EXECUTE FUNCTION report_due_tally_deadline_changed();
      CREATE TRIGGER report_due_tally_deadline_deleted AFTER DELETE ON report_deadline FOR EACH ROW
        WHEN (OLD.met_at IS NULL) EXECUTE FUNCTION report_due_tally_deadline_changed();

      -- A case's earliest open deadline set, moved or cleared (the WHEN is checked in C: other updates cost nothing).
      CREATE FUNCTION report_due_tally_case_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' AND OLD.next_due_on IS NOT NULL THEN
          INSERT INTO report_due_tally_delta (tally, due_on, n) VALUES ('CASE', OLD.next_due_on, -1);
        END IF;
        IF TG_OP <> 'DELETE' AND NEW.next_due_on IS NOT NULL THEN
          INSERT INTO report_due_tally_delta (tally, due_on, n) VALUES ('CASE', NEW.next_due_on, 1);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER report_due_tally_case_added AFTER INSERT ON report FOR EACH ROW
        WHEN (NEW.next_due_on IS NOT NULL) EXECUTE FUNCTION report_due_tally_case_changed();
      CREATE TRIGGER report_due_tally_case_changed AFTER UPDATE ON report FOR EACH ROW
        WHEN (OLD.next_due_on IS DISTINCT FROM NEW.next_due_on) EXECUTE FUNCTION report_due_tally_case_changed();
      CREATE TRIGGER report_due_tally_case_deleted AFTER DELETE ON report FOR EACH ROW
        WHEN (OLD.next_due_on IS NOT NULL) EXECUTE FUNCTION report_due_tally_case_changed();

      -- Folds the recorded lines into the tallies (one statement: moved, never lost or counted twice); how many moved.
      CREATE FUNCTION report_due_tally_fold() RETURNS bigint LANGUAGE sql AS $$
        WITH moved AS (DELETE FROM report_due_tally_delta RETURNING *),
        deadlines AS (
          INSERT INTO report_open_deadline_tally AS t (kind, due_on, n)
          SELECT kind, due_on, sum(n) FROM moved WHERE tally = 'DEADLINE' GROUP BY 1, 2
          ON CONFLICT (kind, due_on) DO UPDATE SET n = t.n + excluded.n
        ),
        cases AS (
          INSERT INTO report_next_due_tally AS t (due_on, n)
          SELECT due_on, sum(n) FROM moved WHERE tally = 'CASE' GROUP BY 1
          ON CONFLICT (due_on) DO UPDATE SET n = t.n + excluded.n
        )
        SELECT count(*) FROM moved;
      $$;

      INSERT INTO report_open_deadline_tally (kind, due_on, n)
      SELECT kind, due_on, count(*) FROM report_deadline WHERE met_at IS NULL GROUP BY 1, 2;
      INSERT INTO report_next_due_tally (due_on, n)
      SELECT next_due_on, count(*) FROM report WHERE next_due_on IS NOT NULL GROUP BY 1;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER report_due_tally_deadlines_added ON report_deadline;
      DROP TRIGGER report_due_tally_deadline_changed ON report_deadline;
      DROP TRIGGER report_due_tally_deadline_deleted ON report_deadline;
      DROP TRIGGER report_due_tally_case_added ON report;
      DROP TRIGGER report_due_tally_case_changed ON report;
      DROP TRIGGER report_due_tally_case_deleted ON report;
      DROP FUNCTION report_due_tally_deadlines_added(), report_due_tally_deadline_changed(), report_due_tally_case_changed(), report_due_tally_fold();
      DROP TABLE report_due_tally_delta, report_next_due_tally, report_open_deadline_tally;
    `);
  }
}
