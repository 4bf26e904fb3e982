import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard's period figures, from tallies instead of a pass over every tip of the
 * period (a year at a million tips is a million rows per figure):
 * - report_received_tally: tips per China civil day of receipt, channel, category
 *   ('' = unclassified), status and real name;
 * - report_closed_tally: tips per China civil day of closing, finding ('' = none) and
 *   calendar days from receipt (the median comes from this histogram).
 * Triggers on report write each change as +1/-1 lines to report_tally_delta in the same
 * transaction: append-only, so concurrent intake never waits on a shared counter row. A
 * scheduled job folds the lines into the tallies (one statement: moved, never lost or
 * counted twice), and a figure sums tally and unfolded lines in one snapshot, so it is
 * exactly what counting the tips would give.
 */
export class ReportTallies1764810001000 implements MigrationInterface {
  name = 'ReportTallies1764810001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_received_tally (
        day       date NOT NULL,
        channel   text NOT NULL,
        category  text NOT NULL,
        status    text NOT NULL,
        real_name boolean NOT NULL,
        n         bigint NOT NULL,
        PRIMARY KEY (day, channel, category, status, real_name)
      );
      CREATE TABLE report_closed_tally (
        day      date NOT NULL,
        finding  text NOT NULL,
        days     integer NOT NULL,
        n        bigint NOT NULL,
        PRIMARY KEY (day, finding, days)
      );
      CREATE TABLE report_tally_delta (
        id        bigserial PRIMARY KEY,
        tally     text NOT NULL CHECK (tally IN ('RECEIVED', 'CLOSED')),
        day       date NOT NULL,
        channel   text,
        category  text,
        status    text,
        real_name boolean,
        finding   text,
        days      integer,
        n         integer NOT NULL
      );
      CREATE INDEX report_tally_delta_day ON report_tally_delta (day);

      CREATE FUNCTION report_tally_record() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          -- Only rows whose tallied values changed (most updates touch none of them).
          INSERT INTO report_tally_delta (tally, day, channel, category, status, real_name, n)
          SELECT 'RECEIVED', x.day, x.channel, x.category, x.status, x.real_name, sum(x.n)
            FROM new_rows nr JOIN old_rows o ON o.id = nr.id
           CROSS JOIN LATERAL (VALUES
             ((nr.received_at AT TIME ZONE 'Asia/Shanghai')::date, nr.channel, coalesce(nr.category, ''), nr.status, nr.real_name, 1),
             ((o.received_at AT TIME ZONE 'Asia/Shanghai')::date, o.channel, coalesce(o.category, ''), o.status, o.real_name, -1)) AS x(day, channel, category, status, real_name, n)
           WHERE (nr.received_at, nr.channel, nr.category, nr.status, nr.real_name) IS DISTINCT FROM (o.received_at, o.channel, o.category, o.status, o.real_name)
           GROUP BY 2, 3, 4, 5, 6 HAVING sum(x.n) <> 0;
          INSERT INTO report_tally_delta (tally, day, finding, days, n)
          SELECT 'CLOSED', x.day, x.finding, x.days, sum(x.n)
            FROM new_rows nr JOIN old_rows o ON o.id = nr.id
           CROSS JOIN LATERAL (VALUES
             ((nr.closed_at AT TIME ZONE 'Asia/Shanghai')::date, coalesce(nr.finding, ''),
              (nr.closed_at AT TIME ZONE 'Asia/Shanghai')::date - (nr.received_at AT TIME ZONE 'Asia/Shanghai')::date, 1),
             ((o.closed_at AT TIME ZONE 'Asia/Shanghai')::date, coalesce(o.finding, ''),
              (o.closed_at AT TIME ZONE 'Asia/Shanghai')::date - (o.received_at AT TIME ZONE 'Asia/Shanghai')::date, -1)) AS x(day, finding, days, n)
           WHERE x.day IS NOT NULL
             AND (nr.closed_at, nr.finding, nr.received_at) IS DISTINCT FROM (o.closed_at, o.finding, o.received_at)
           GROUP BY 2, 3, 4 HAVING sum(x.n) <> 0;
        ELSIF TG_OP = 'INSERT' THEN
          INSERT INTO report_tally_delta (tally, day, channel, category, status, real_name, n)
          SELECT 'RECEIVED', (received_at AT TIME ZONE 'Asia/Shanghai')::date, channel, coalesce(category, ''), status, real_name, count(*)
            FROM new_rows GROUP BY 2, 3, 4, 5, 6;
          INSERT INTO report_tally_delta (tally, day, finding, days, n)
          SELECT 'CLOSED', (closed_at AT TIME ZONE 'Asia/Shanghai')::date, coalesce(finding, ''),
                 (closed_at AT TIME ZONE 'Asia/Shanghai')::date - (received_at AT TIME ZONE 'Asia/Shanghai')::date, count(*)
            FROM new_rows WHERE closed_at IS NOT NULL GROUP BY 2, 3, 4;
        ELSE
          INSERT INTO report_tally_delta (tally, day, channel, category, status, real_name, n)
          SELECT 'RECEIVED', (received_at AT TIME ZONE 'Asia/Shanghai')::date, channel, coalesce(category, ''), status, real_name, -count(*)
            FROM old_rows GROUP BY 2, 3, 4, 5, 6;
          INSERT INTO report_tally_delta (tally, day, finding, days, n)
          SELECT 'CLOSED', (closed_at AT TIME ZONE 'Asia/Shanghai')::date, coalesce(finding, ''),
                 (closed_at AT TIME ZONE 'Asia/Shanghai')::date - (received_at AT TIME ZONE 'Asia/Shanghai')::date, -count(*)
            FROM old_rows WHERE closed_at IS NOT NULL GROUP BY 2, 3, 4;
        END IF;
        RETURN NULL;
      END $$;

      CREATE TRIGGER report_tally_insert AFTER INSERT ON report
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_tally_record();
      CREATE TRIGGER report_tally_update AFTER UPDATE ON report
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_tally_record();
      CREATE TRIGGER report_tally_delete AFTER DELETE ON report
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_tally_record();

      -- Folds the recorded lines into the tallies; returns how many lines it moved.
      CREATE FUNCTION report_tally_fold() RETURNS bigint LANGUAGE sql AS $$
        WITH moved AS (DELETE FROM report_tally_delta RETURNING *),
        received AS (
          INSERT INTO report_received_tally AS t (day, channel, category, status, real_name, n)
          SELECT day, channel, category, status, real_name, sum(n) FROM moved WHERE tally = 'RECEIVED' GROUP BY 1, 2, 3, 4, 5
          ON CONFLICT (day, channel, category, status, real_name) DO UPDATE SET n = t.n + excluded.n
        ),
        closed AS (
          INSERT INTO report_closed_tally AS t (day, finding, days, n)
          SELECT day, finding, days, sum(n) FROM moved WHERE tally = 'CLOSED' GROUP BY 1, 2, 3
          ON CONFLICT (day, finding, days) DO UPDATE SET n = t.n + excluded.n
        )
        SELECT count(*) FROM moved;
      $$;

      INSERT INTO report_received_tally (day, channel, category, status, real_name, n)
      SELECT (received_at AT TIME ZONE 'Asia/Shanghai')::date, channel, coalesce(category, ''), status, real_name, count(*)
        FROM report GROUP BY 1, 2, 3, 4, 5;
      INSERT INTO report_closed_tally (day, finding, days, n)
      SELECT (closed_at AT TIME ZONE 'Asia/Shanghai')::date, coalesce(finding, ''),
             (closed_at AT TIME ZONE 'Asia/Shanghai')::date - (received_at AT TIME ZONE 'Asia/Shanghai')::date, count(*)
        FROM report WHERE closed_at IS NOT NULL GROUP BY 1, 2, 3;

      -- Overdue deadlines by kind, now: an index-only count per kind.
      CREATE INDEX report_deadline_open_kind ON report_deadline (kind, due_on) WHERE met_at IS NULL;
      -- Dispositions decided in a period: read the period's disposal events, not every event.
      CREATE INDEX report_event_disposed ON report_event (created_at) WHERE type IN ('DISPOSED', 'MERGED');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX report_deadline_open_kind, report_event_disposed;
      DROP TRIGGER report_tally_insert ON report;
      DROP TRIGGER report_tally_update ON report;
      DROP TRIGGER report_tally_delete ON report;
      DROP FUNCTION report_tally_record();
      DROP FUNCTION report_tally_fold();
      DROP TABLE report_tally_delta, report_closed_tally, report_received_tally;
    `);
  }
}
