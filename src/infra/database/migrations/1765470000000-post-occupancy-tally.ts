import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who occupies each unit's posts, from a tally instead of a pass over the roster: the quota
 * report (dashboard, 职数 page) grouped every cadre twice — by level, and by each quota key —
 * 90 ms at 100,000 cadres on every dashboard load.
 * - unit_post_tally: cadres per unit and LEVEL (cadre.level) and per unit and QUOTA_KEY (each of
 *   cadre.quota_keys: the post, grade or rank a quota may be set on).
 * Triggers on cadre write each change as +1/-1 lines to unit_post_tally_delta in the same
 * statement's transaction: append-only, so a roster import and a cadre edit never wait on (or
 * deadlock over) a shared counter row. The tally job folds the lines into the tally (one
 * statement), and the report sums tally and unfolded lines in one snapshot: exactly what
 * counting the cadres gives, folded or not (as ReportTallies1764810001000 does for tips).
 */
export class PostOccupancyTally1765470000000 implements MigrationInterface {
  name = 'PostOccupancyTally1765470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE unit_post_tally (
        unit_id uuid NOT NULL,
        kind    text NOT NULL CHECK (kind IN ('LEVEL', 'QUOTA_KEY')),
        key     text NOT NULL,
        n       bigint NOT NULL,
        PRIMARY KEY (unit_id, kind, key)
      );
      CREATE TABLE unit_post_tally_delta (
        id      bigserial PRIMARY KEY,
        unit_id uuid NOT NULL,
        kind    text NOT NULL CHECK (kind IN ('LEVEL', 'QUOTA_KEY')),
        key     text NOT NULL,
        n       integer NOT NULL
      );

      -- A cadre's lines: its level, and each distinct quota key, at its unit.
      CREATE FUNCTION unit_post_lines(unit_id uuid, level text, quota_keys text[]) RETURNS TABLE (unit_id uuid, kind text, key text)
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT unit_id, 'LEVEL', level WHERE level IS NOT NULL
          UNION ALL
          SELECT unit_id, 'QUOTA_KEY', k FROM (SELECT DISTINCT unnest(quota_keys) AS k) d WHERE k IS NOT NULL
        $$;

      CREATE FUNCTION unit_post_tally_record() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          -- Only rows whose unit, level or quota keys changed (most updates touch none of them).
          INSERT INTO unit_post_tally_delta (unit_id, kind, key, n)
          SELECT l.unit_id, l.kind, l.key, sum(x.n)
            FROM new_rows nr JOIN old_rows o ON o.id = nr.id
           CROSS JOIN LATERAL (VALUES (nr.unit_id, nr.level, nr.quota_keys, 1), (o.unit_id, o.level, o.quota_keys, -1)) AS x(unit_id, level, quota_keys, n)
           CROSS JOIN LATERAL unit_post_lines(x.unit_id, x.level, x.quota_keys) AS l
           WHERE (nr.unit_id, nr.level, nr.quota_keys) IS DISTINCT FROM (o.unit_id, o.level, o.quota_keys)
           GROUP BY 1, 2, 3 HAVING sum(x.n) <> 0;
        ELSIF TG_OP = 'INSERT' THEN
          INSERT INTO unit_post_tally_delta (unit_id, kind, key, n)
          SELECT l.unit_id, l.kind, l.key, count(*)
            FROM new_rows nr CROSS JOIN LATERAL unit_post_lines(nr.unit_id, nr.level, nr.quota_keys) AS l
           GROUP BY 1, 2, 3;
        ELSE
          INSERT INTO unit_post_tally_delta (unit_id, kind, key, n)
          SELECT l.unit_id, l.kind, l.key, -count(*)
            FROM old_rows o CROSS JOIN LATERAL unit_post_lines(o.unit_id, o.level, o.quota_keys) AS l
           GROUP BY 1, 2, 3;
        END IF;
        RETURN NULL;
      END $$;

      CREATE TRIGGER unit_post_tally_insert AFTER INSERT ON cadre
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_post_tally_record();
      CREATE TRIGGER unit_post_tally_update AFTER UPDATE ON cadre
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_post_tally_record();
      CREATE TRIGGER unit_post_tally_delete AFTER DELETE ON cadre
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_post_tally_record();

      -- Folds the recorded lines into the tally; how many lines moved. Lines that come to nothing
      -- leave no row (a second statement: one statement may not change a row twice).
      CREATE FUNCTION unit_post_tally_fold() RETURNS bigint LANGUAGE plpgsql AS $$
      DECLARE
        moved bigint;
        emptied_units uuid[];
        emptied_kinds text[];
        emptied_keys text[];
      BEGIN
        WITH m AS (DELETE FROM unit_post_tally_delta RETURNING unit_id, kind, key, n),
        a AS (
          INSERT INTO unit_post_tally AS t (unit_id, kind, key, n)
          SELECT unit_id, kind, key, sum(n) FROM m GROUP BY 1, 2, 3 HAVING sum(n) <> 0
          ON CONFLICT (unit_id, kind, key) DO UPDATE SET n = t.n + excluded.n
          RETURNING t.unit_id, t.kind, t.key, t.n
        )
        SELECT (SELECT count(*) FROM m),
               array_agg(a.unit_id) FILTER (WHERE a.n = 0), array_agg(a.kind) FILTER (WHERE a.n = 0), array_agg(a.key) FILTER (WHERE a.n = 0)
          INTO moved, emptied_units, emptied_kinds, emptied_keys
          FROM (SELECT 1) one LEFT JOIN a ON true;
        IF emptied_units IS NOT NULL THEN
          DELETE FROM unit_post_tally t
           USING unnest(emptied_units, emptied_kinds, emptied_keys) AS e(unit_id, kind, key)
           WHERE t.unit_id = e.unit_id AND t.kind = e.kind AND t.key = e.key AND t.n = 0;
        END IF;
        RETURN moved;
      END $$;

      INSERT INTO unit_post_tally (unit_id, kind, key, n)
      SELECT l.unit_id, l.kind, l.key, count(*)
        FROM cadre c CROSS JOIN LATERAL unit_post_lines(c.unit_id, c.level, c.quota_keys) AS l
       GROUP BY 1, 2, 3;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER unit_post_tally_insert ON cadre;
      DROP TRIGGER unit_post_tally_update ON cadre;
      DROP TRIGGER unit_post_tally_delete ON cadre;
      DROP FUNCTION unit_post_tally_fold();
      DROP FUNCTION unit_post_tally_record();
      DROP FUNCTION unit_post_lines(uuid, text, text[]);
      DROP TABLE unit_post_tally_delta, unit_post_tally;
    `);
  }
}
