/* Queries of the cadres module's repository (cadres.repository.ts): the roster read side. */

/* @name SummariesByName */
SELECT c.id, c.person_no, c.name, c.surname, c.gender, c.birth_month, c.unit_id, u.name AS unit_name, c.post, c.level
  FROM cadre c JOIN unit u ON u.id = c.unit_id
 WHERE c.name = :name!
 ORDER BY c.person_no;

/* @name SummariesBySurname */
SELECT c.id, c.person_no, c.name, c.surname, c.gender, c.birth_month, c.unit_id, u.name AS unit_name, c.post, c.level
  FROM cadre c JOIN unit u ON u.id = c.unit_id
 WHERE c.surname = :surname! AND (:unitId::uuid IS NULL OR c.unit_id = :unitId)
 ORDER BY c.person_no;

/* @name SummariesByIds */
SELECT c.id, c.person_no, c.name, c.surname, c.gender, c.birth_month, c.unit_id, u.name AS unit_name, c.post, c.level
  FROM cadre c JOIN unit u ON u.id = c.unit_id
 WHERE c.id = ANY (:ids!::uuid[])
 ORDER BY c.person_no;

/* @name SummaryByPersonNo */
SELECT c.id, c.person_no, c.name, c.surname, c.gender, c.birth_month, c.unit_id, u.name AS unit_name, c.post, c.level
  FROM cadre c JOIN unit u ON u.id = c.unit_id
 WHERE c.person_no = :personNo!;

/* @name UnitByName */
SELECT u.id AS unit_id, u.name,
       array(SELECT n2.name FROM unit_name n2 WHERE n2.unit_id = u.id ORDER BY n2.kind <> 'CURRENT', n2.name) AS "names!"
  FROM unit_name n JOIN unit u ON u.id = n.unit_id
 WHERE n.name = :name!;

/* @name DictionaryWords */
SELECT array(SELECT DISTINCT name FROM cadre ORDER BY 1) AS "names!",
       array(SELECT DISTINCT surname FROM cadre ORDER BY 1) AS "surnames!",
       array(SELECT DISTINCT post FROM cadre_post ORDER BY 1) AS "posts!";

/* @name DictionaryUnits */
SELECT u.id AS unit_id, u.name, array_agg(n.name ORDER BY n.kind <> 'CURRENT', n.name) AS "names!"
  FROM unit u JOIN unit_name n ON n.unit_id = u.id
 GROUP BY u.id
 ORDER BY u.name;

/* A stamp that changes whenever cadres or unit names change (statement triggers bump it). */
/* @name RosterStamp */
SELECT revision::text AS "stamp!" FROM roster_revision;

/* @name RosterPeople */
SELECT c.id, c.person_no AS "personNo", c.name, u.name AS unit, c.post, c.level AS rank, c.gender, c.post_since AS "postSince"
  FROM cadre c JOIN unit u ON u.id = c.unit_id
 ORDER BY c.person_no;

/* @name RosterUnits */
SELECT u.name, coalesce(array_agg(n.name ORDER BY n.kind <> 'CURRENT', n.name) FILTER (WHERE n.name <> u.name), '{}') AS "aliases!"
  FROM unit u LEFT JOIN unit_name n ON n.unit_id = u.id
 GROUP BY u.id, u.name
 ORDER BY u.name;

/* Staff search: each filter applies when given. */
/* @name CountCadres */
SELECT count(*)::int AS "total!"
  FROM cadre c
 WHERE (:q::text IS NULL OR c.name = :q OR c.person_no = :q OR c.name LIKE :q || '%')
   AND (:unit::text IS NULL OR c.unit_id = (SELECT unit_id FROM unit_name WHERE name = :unit))
   AND (:level::text IS NULL OR c.level = :level);

/* @name ListCadres */
SELECT c.id, c.person_no, c.name, c.surname, c.gender, c.birth_month, c.unit_id, u.name AS unit_name, c.post, c.level
  FROM cadre c JOIN unit u ON u.id = c.unit_id
 WHERE (:q::text IS NULL OR c.name = :q OR c.person_no = :q OR c.name LIKE :q || '%')
   AND (:unit::text IS NULL OR c.unit_id = (SELECT unit_id FROM unit_name WHERE name = :unit))
   AND (:level::text IS NULL OR c.level = :level)
 ORDER BY c.person_no
 LIMIT :limit!::int OFFSET :offset!::int;

/* @name CadreRecord */
SELECT ethnicity, native_place, party_month, work_month, education, post_since, status_kind, under_investigation,
       to_char(investigation_since, 'YYYY-MM-DD') AS investigation_since, to_char(file_audited_on, 'YYYY-MM-DD') AS file_audited_on
  FROM cadre
 WHERE id = :id!;

/* @name PostHistory */
SELECT u.name AS unit_name, p.post, p.level, p.started, p.ended
  FROM cadre_post p JOIN unit u ON u.id = p.unit_id
 WHERE p.cadre_id = :cadreId!
 ORDER BY p.id DESC;

/* @name SanctionsOf */
SELECT id, kind, to_char(effective_on, 'YYYY-MM-DD') AS "effective_on!", probation_months, note
  FROM sanction
 WHERE cadre_id = :cadreId!
 ORDER BY effective_on DESC;

/* @name PersonalMattersOf */
SELECT year, status, to_char(checked_on, 'YYYY-MM-DD') AS checked_on, check_reason, detail
  FROM personal_matters_report
 WHERE cadre_id = :cadreId!
 ORDER BY year DESC;

/* @name VettingCadres */
SELECT id, unit_id, level, quota_keys, under_investigation, to_char(investigation_since, 'YYYY-MM-DD') AS investigation_since,
       to_char(file_audited_on, 'YYYY-MM-DD') AS file_audited_on
  FROM cadre
 WHERE id = ANY (:ids!::uuid[]);

/* Sanctions in date order, so a re-evaluation compares alike. */
/* @name VettingSanctions */
SELECT cadre_id, id, kind, to_char(effective_on, 'YYYY-MM-DD') AS "effective_on!", probation_months
  FROM sanction
 WHERE cadre_id = ANY (:ids!::uuid[])
 ORDER BY cadre_id, effective_on, id;

/* @name LatestPersonalMatters */
SELECT DISTINCT ON (cadre_id) cadre_id, year, status, to_char(checked_on, 'YYYY-MM-DD') AS checked_on,
       to_char(explained_on, 'YYYY-MM-DD') AS explained_on, detail
  FROM personal_matters_report
 WHERE cadre_id = ANY (:ids!::uuid[])
 ORDER BY cadre_id, year DESC;

/* The cadre's findings, newest first, leaving out those from the tips in `hidden` (回避). */
/* @name FindingsOf */
SELECT f.id, f.outcome, to_char(f.concluded_on, 'YYYY-MM-DD') AS "concluded_on!", f.summary, f.report_id
  FROM cadre_finding f
 WHERE f.cadre_id = :cadreId! AND (f.report_id IS NULL OR f.report_id <> ALL (:hidden!::uuid[]))
 ORDER BY f.concluded_on DESC;

/* The tips linked to the cadre, leaving out those in `hidden` (回避). */
/* @name LinkedReportsOf */
SELECT l.report_id
  FROM cadre_report_link l
 WHERE l.cadre_id = :cadreId! AND (l.report_id IS NULL OR l.report_id <> ALL (:hidden!::uuid[]));

/*
 * The cases linked to these cadres that are still open (status not among `concluded`), each
 * cadre's oldest first: what vetting weighs against them. One join through the reports module's
 * published view, so only the open cases' rows are read.
 */
/* @name OpenCasesOfCadres */
SELECT l.cadre_id, r.id AS "report_id!", r.number AS "number!", r.status AS "status!", r.received_at AS "received_at!"
  FROM cadre_report_link l
  JOIN report_case_view r ON r.id = l.report_id
 WHERE l.cadre_id = ANY (:ids!::uuid[]) AND r.status <> ALL (:concluded!::text[])
 ORDER BY l.cadre_id, r.received_at, r.id;

/* The cadres that exist among these, held (FOR SHARE) until the transaction ends. */
/* @name LockExisting */
SELECT id FROM cadre WHERE id = ANY (:ids!::uuid[]) FOR SHARE;

/* Cadres' names by id, in the database's order of names (lists of other modules ordered by name). */
/* @name NamesByIdsOrdered */
SELECT id, name
  FROM cadre
 WHERE id = ANY (:ids!::uuid[])
 ORDER BY name, id;

/* What a tip naming a cadre is matched on: the names of the cadre's unit, the post, and how many others share the name. */
/* @name MatchingHints */
SELECT c.id, c.name, c.post, array(SELECT un.name FROM unit_name un WHERE un.unit_id = c.unit_id) AS "unit_names!",
       (SELECT count(*)::int FROM cadre o WHERE o.name = c.name AND o.id <> c.id) AS "namesakes!"
  FROM cadre c
 WHERE c.id = ANY (:ids!::uuid[]);
