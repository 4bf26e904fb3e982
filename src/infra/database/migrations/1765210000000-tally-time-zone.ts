import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tally triggers of ReportTallies1764810001000 and RowTriggersForHotPaths1764830000000, with the zone read from `zone`. */
function tallyFunctions(zone: string): string {
  return `
      CREATE OR REPLACE FUNCTION report_tally_record() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        z text := ${zone};
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          -- Only rows whose tallied values changed (most updates touch none of them).
          INSERT INTO report_tally_delta (tally, day, channel, category, status, real_name, n)
          SELECT 'RECEIVED', x.day, x.channel, x.category, x.status, x.real_name, sum(x.n)
            FROM new_rows nr JOIN old_rows o ON o.id = nr.id
           CROSS JOIN LATERAL (VALUES
             ((nr.received_at AT TIME ZONE z)::date, nr.channel, coalesce(nr.category, ''), nr.status, nr.real_name, 1),
             ((o.received_at AT TIME ZONE z)::date, o.channel, coalesce(o.category, ''), o.status, o.real_name, -1)) AS x(day, channel, category, status, real_name, n)
           WHERE (nr.received_at, nr.channel, nr.category, nr.status, nr.real_name) IS DISTINCT FROM (o.received_at, o.channel, o.category, o.status, o.real_name)
           GROUP BY 2, 3, 4, 5, 6 HAVING sum(x.n) <> 0;
          INSERT INTO report_tally_delta (tally, day, finding, days, n)
          SELECT 'CLOSED', x.day, x.finding, x.days, sum(x.n)
            FROM new_rows nr JOIN old_rows o ON o.id = nr.id
           CROSS JOIN LATERAL (VALUES
             ((nr.closed_at AT TIME ZONE z)::date, coalesce(nr.finding, ''),
              (nr.closed_at AT TIME ZONE z)::date - (nr.received_at AT TIME ZONE z)::date, 1),
             ((o.closed_at AT TIME ZONE z)::date, coalesce(o.finding, ''),
              (o.closed_at AT TIME ZONE z)::date - (o.received_at AT TIME ZONE z)::date, -1)) AS x(day, finding, days, n)
           WHERE x.day IS NOT NULL
             AND (nr.closed_at, nr.finding, nr.received_at) IS DISTINCT FROM (o.closed_at, o.finding, o.received_at)
           GROUP BY 2, 3, 4 HAVING sum(x.n) <> 0;
        ELSIF TG_OP = 'INSERT' THEN
          INSERT INTO report_tally_delta (tally, day, channel, category, status, real_name, n)
          SELECT 'RECEIVED', (received_at AT TIME ZONE z)::date, channel, coalesce(category, ''), status, real_name, count(*)
            FROM new_rows GROUP BY 2, 3, 4, 5, 6;
          INSERT INTO report_tally_delta (tally, day, finding, days, n)
          SELECT 'CLOSED', (closed_at AT TIME ZONE z)::date, coalesce(finding, ''),
                 (closed_at AT TIME ZONE z)::date - (received_at AT TIME ZONE z)::date, count(*)
            FROM new_rows WHERE closed_at IS NOT NULL GROUP BY 2, 3, 4;
        ELSE
          INSERT INTO report_tally_delta (tally, day, channel, category, status, real_name, n)
          SELECT 'RECEIVED', (received_at AT TIME ZONE z)::date, channel, coalesce(category, ''), status, real_name, -count(*)
            FROM old_rows GROUP BY 2, 3, 4, 5, 6;
          INSERT INTO report_tally_delta (tally, day, finding, days, n)
          SELECT 'CLOSED', (closed_at AT TIME ZONE z)::date, coalesce(finding, ''),
                 (closed_at AT TIME ZONE z)::date - (received_at AT TIME ZONE z)::date, -count(*)
            FROM old_rows WHERE closed_at IS NOT NULL GROUP BY 2, 3, 4;
        END IF;
        RETURN NULL;
      END $$;

      CREATE OR REPLACE FUNCTION report_tally_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        z text := ${zone};
        old_day date := (OLD.received_at AT TIME ZONE z)::date;
        new_day date := (NEW.received_at AT TIME ZONE z)::date;
        old_closed date := (OLD.closed_at AT TIME ZONE z)::date;
        new_closed date := (NEW.closed_at AT TIME ZONE z)::date;
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
      END $$;`;
}

/**
 * The daily tallies count civil days in the district's time zone (district.timeZone), no
 * longer in a zone written into the trigger functions. The zone the tallies are kept in is
 * one row of report_tally_zone, read by the triggers (once per transaction), so a row
 * written from any session (psql, a CLI, a test pool with another TimeZone) lands on the
 * same day as the rest.
 * Existing tallies were counted in Asia/Shanghai, so that is the row's first value; when a
 * process boots with another configured zone it calls report_tally_recount(zone), which
 * re-counts every tally from the tips in the new zone (TallyZone in statistics).
 */
export class TallyTimeZone1765210000000 implements MigrationInterface {
  name = 'TallyTimeZone1765210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_tally_zone (
        one       boolean PRIMARY KEY DEFAULT true CHECK (one),
        time_zone text NOT NULL
      );
      INSERT INTO report_tally_zone (time_zone) VALUES ('Asia/Shanghai');

      -- The zone, read once per transaction: kept in a transaction-local setting, so a row
      -- trigger on a many-row update reads it by a fast expression, not a query per row. A
      -- transaction that wrote to report holds its lock, so no re-count can change the zone
      -- under it.
      CREATE FUNCTION report_tally_zone_read() RETURNS text LANGUAGE plpgsql AS $$
      DECLARE
        z text;
      BEGIN
        SELECT time_zone INTO STRICT z FROM report_tally_zone;
        PERFORM set_config('qingfeng.tally_zone', z, true);
        RETURN z;
      END $$;
      ${tallyFunctions(`coalesce(nullif(current_setting('qingfeng.tally_zone', true), ''), report_tally_zone_read())`)}

      -- Re-counts the tallies in another zone; false when they are already kept in it. Writes
      -- to report wait (SHARE lock) until the caller's transaction ends, so none is missed.
      CREATE FUNCTION report_tally_recount(zone text) RETURNS boolean LANGUAGE plpgsql AS $$
      DECLARE
        current_zone text;
      BEGIN
        PERFORM now() AT TIME ZONE zone; -- an unknown zone fails here, before anything changes
        SELECT time_zone INTO current_zone FROM report_tally_zone FOR UPDATE;
        IF current_zone = zone THEN
          RETURN false;
        END IF;
        LOCK TABLE report IN SHARE MODE;
        UPDATE report_tally_zone SET time_zone = zone;
        PERFORM set_config('qingfeng.tally_zone', zone, true);
        DELETE FROM report_tally_delta;
        DELETE FROM report_received_tally;
        DELETE FROM report_closed_tally;
        INSERT INTO report_received_tally (day, channel, category, status, real_name, n)
        SELECT (received_at AT TIME ZONE zone)::date, channel, coalesce(category, ''), status, real_name, count(*)
          FROM report GROUP BY 1, 2, 3, 4, 5;
        INSERT INTO report_closed_tally (day, finding, days, n)
        SELECT (closed_at AT TIME ZONE zone)::date, coalesce(finding, ''),
               (closed_at AT TIME ZONE zone)::date - (received_at AT TIME ZONE zone)::date, count(*)
          FROM report WHERE closed_at IS NOT NULL GROUP BY 1, 2, 3;
        RETURN true;
      END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    // Back to the zone written into the functions: re-count in it first if the tallies moved.
    await q.query(`SELECT report_tally_recount('Asia/Shanghai')`);
    await q.query(`
      DROP FUNCTION report_tally_recount(text);
      ${tallyFunctions(`'Asia/Shanghai'`)}
      DROP FUNCTION report_tally_zone_read();
      DROP TABLE report_tally_zone;
    `);
  }
}
