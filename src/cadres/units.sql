/* Queries of the units repository (units.repository.ts): units, their other names, post quotas (职数). */

/* @name UnitExists */
SELECT id FROM unit WHERE id = :id!;

/* Units' current names, by id (unknown ids are left out). */
/* @name UnitNamesOf */
SELECT id, name FROM unit WHERE id = ANY (:ids!::uuid[]);

/* Every unit with its other names (别名, 曾用名) and the month each came into use (null: not known), by name. */
/* @name UnitsWithNames */
SELECT u.id, u.name,
       coalesce(json_agg(json_build_object('name', n.name, 'kind', n.kind, 'inUseFrom', n.in_use_from) ORDER BY n.kind, n.name) FILTER (WHERE n.kind <> 'CURRENT'), '[]') AS "other_names!"
  FROM unit u LEFT JOIN unit_name n ON n.unit_id = u.id GROUP BY u.id, u.name ORDER BY u.name;

/* A name that belongs to another unit, or is a unit's current name, is left as it is: nothing comes back. */
/* @name AddName */
INSERT INTO unit_name (name, unit_id, kind, in_use_from) VALUES (:name!, :unitId!, :kind!, :inUseFrom)
ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, in_use_from = coalesce(EXCLUDED.in_use_from, unit_name.in_use_from) WHERE unit_name.unit_id = EXCLUDED.unit_id AND unit_name.kind <> 'CURRENT'
RETURNING unit_id;

/* The current name of the unit a name belongs to. */
/* @name NameOwner */
SELECT u.name FROM unit_name n JOIN unit u ON u.id = n.unit_id WHERE n.name = :name!;

/* @name SetQuota */
INSERT INTO post_quota (unit_id, level, approved) VALUES (:unitId!, :level!, :approved!)
ON CONFLICT (unit_id, level) DO UPDATE SET approved = EXCLUDED.approved, updated_at = now();

/*
 * Who occupies a quota (post_quota q, cadre c): at the unit, holding its post (q.level 副局长)
 * or its grade or rank (副科, 四级主任科员), as the roster import read them into quota_keys.
 */
/* @name QuotaAt */
SELECT q.approved, (SELECT count(*)::int FROM cadre c WHERE c.unit_id = q.unit_id AND q.level = ANY (c.quota_keys)) AS "occupied!"
  FROM post_quota q WHERE q.unit_id = :unitId! AND q.level = :level!;

/* @name QuotasAt */
SELECT q.unit_id, q.level, q.approved, (SELECT count(*)::int FROM cadre c WHERE c.unit_id = q.unit_id AND q.level = ANY (c.quota_keys)) AS "occupied!"
  FROM post_quota q JOIN unnest(:unitIds!::uuid[], :levels!::text[]) AS p(unit_id, level) ON q.unit_id = p.unit_id AND q.level = p.level;

/*
 * Every unit and level with people in post or an approved quota. Occupants come from the
 * post tally (unit_post_tally, kept by cadre's triggers) and its lines not yet folded, in one
 * snapshot: a quota's are the cadres whose quota keys hold its level, a line without a quota
 * counts the cadres at that level. Not a pass over the roster (90 ms at 100,000 cadres).
 */
/* @name QuotaReport */
WITH t AS (SELECT unit_id, kind, key, sum(n)::int AS n
             FROM (SELECT unit_id, kind, key, n FROM unit_post_tally UNION ALL SELECT unit_id, kind, key, n FROM unit_post_tally_delta) x
            GROUP BY 1, 2, 3 HAVING sum(n) <> 0),
occ AS (SELECT unit_id, key AS level, n AS occupied FROM t WHERE kind = 'LEVEL'),
held AS (SELECT unit_id, key AS level, n AS occupied FROM t WHERE kind = 'QUOTA_KEY')
SELECT u.id AS "unit_id!", u.name AS "unit_name!", coalesce(q.level, o.level) AS "level!", q.approved AS "approved?",
       CASE WHEN q.level IS NULL THEN o.occupied ELSE coalesce(h.occupied, 0) END AS "occupied!"
  FROM post_quota q FULL JOIN occ o ON o.unit_id = q.unit_id AND o.level = q.level
  LEFT JOIN held h ON h.unit_id = q.unit_id AND h.level = q.level
  JOIN unit u ON u.id = coalesce(q.unit_id, o.unit_id)
 ORDER BY u.name, 3;

/* Every name of the units these names belong to, with the month each came into use (null: not known). */
/* @name NamesOfUnitsNamed */
SELECT n.name, n.unit_id, n.in_use_from
  FROM unit_name n
 WHERE n.unit_id IN (SELECT unit_id FROM unit_name WHERE name = ANY (:names!::text[]))
 ORDER BY n.unit_id, n.name;

/* Folds the post tally's pending lines into it (unit_post_tally_fold()); how many lines moved. */
/* @name FoldPostTally */
SELECT unit_post_tally_fold() AS "moved!";
