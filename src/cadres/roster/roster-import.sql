/* Queries of the roster import repository (roster-import.repository.ts): the roster file in and out. */

/* Imports are serialized: two at once would race on units and post history. */
/* @name LockRosterImport */
SELECT true AS "locked!" FROM pg_advisory_xact_lock(hashtext('qingfeng:roster-import'));

/* @name UnitIdsByNames */
SELECT name, unit_id FROM unit_name WHERE name = ANY (:names!::text[]);

/* New units, each with its name as the current name. */
/* @name CreateUnits */
WITH u AS (INSERT INTO unit (name) SELECT unnest(:names!::text[]) RETURNING id, name),
     n AS (INSERT INTO unit_name (name, unit_id, kind) SELECT name, id, 'CURRENT' FROM u)
SELECT id AS "id!", name AS "name!" FROM u;

/* The cadres the file names, locked until the import commits, with the fields it compares. */
/* @name LockCadresByPersonNo */
SELECT id, person_no, unit_id, name, gender, birth_month AS "birthMonth", ethnicity, native_place AS "nativePlace",
       party_month AS "partyMonth", work_month AS "workMonth", education, post, level, post_since AS "postSince",
       status_kind AS "statusKind"
  FROM cadre WHERE person_no = ANY (:personNos!::text[]) FOR UPDATE;

/* One column array per field; `titles`: the quota keys joined by U+001F (an empty string for none). */
/* @name UpsertCadres */
INSERT INTO cadre (person_no, name, surname, gender, birth_month, ethnicity, native_place, party_month, work_month,
                   education, unit_id, post, level, post_since, status_kind, quota_keys)
SELECT t.person_no, t.name, t.surname, t.gender, t.birth_month, t.ethnicity, t.native_place, t.party_month, t.work_month,
       t.education, t.unit_id, t.post, t.level, t.post_since, t.status_kind,
       CASE WHEN t.titles = '' THEN '{}'::text[] ELSE string_to_array(t.titles, chr(31)) END
  FROM unnest(:personNos!::text[], :names!::text[], :surnames!::text[], :genders!::text[], :birthMonths!::text[], :ethnicities!::text[],
              :nativePlaces!::text[], :partyMonths!::text[], :workMonths!::text[], :educations!::text[], :unitIds!::uuid[], :posts!::text[],
              :levels!::text[], :postSinces!::text[], :statusKinds!::text[], :titles!::text[])
    AS t(person_no, name, surname, gender, birth_month, ethnicity, native_place, party_month, work_month,
         education, unit_id, post, level, post_since, status_kind, titles)
ON CONFLICT (person_no) DO UPDATE SET
  name = EXCLUDED.name, surname = EXCLUDED.surname, gender = EXCLUDED.gender, birth_month = EXCLUDED.birth_month,
  ethnicity = EXCLUDED.ethnicity, native_place = EXCLUDED.native_place, party_month = EXCLUDED.party_month,
  work_month = EXCLUDED.work_month, education = EXCLUDED.education, unit_id = EXCLUDED.unit_id, post = EXCLUDED.post,
  level = EXCLUDED.level, post_since = EXCLUDED.post_since, status_kind = EXCLUDED.status_kind,
  quota_keys = EXCLUDED.quota_keys, updated_at = now();

/* The previous post ends when the new one starts (任现职时间), else this month. */
/* @name EndPosts */
UPDATE cadre_post p SET ended = coalesce(m.since, to_char(now(), 'YYYY-MM'))
  FROM cadre c, unnest(:personNos!::text[], :sinces!::text[]) AS m(person_no, since)
 WHERE c.person_no = m.person_no AND p.cadre_id = c.id AND p.ended IS NULL;

/* @name StartPosts */
INSERT INTO cadre_post (cadre_id, unit_id, post, level, started)
SELECT c.id, c.unit_id, c.post, c.level, c.post_since FROM cadre c WHERE c.person_no = ANY (:personNos!::text[]);

/* @name InsertImport */
INSERT INTO roster_import (file_name, mode, applied, rows_total, created, updated, unchanged, errors, imported_by)
VALUES (:fileName, :mode!, :applied!, :rowsTotal!, :created!, :updated!, :unchanged!, :errors!::jsonb, :importedBy) RETURNING id;

/* The whole roster with the import's headers' keys, by unit and person number. */
/* @name ExportRows */
SELECT c.person_no AS "personNo", c.name, c.gender, c.birth_month AS "birthMonth", c.ethnicity, c.native_place AS "nativePlace",
       c.party_month AS "partyMonth", c.work_month AS "workMonth", c.education, u.name AS unit, c.post, c.level,
       c.post_since AS "postSince", c.status_kind AS "statusKind"
  FROM cadre c JOIN unit u ON u.id = c.unit_id ORDER BY u.name, c.person_no;
