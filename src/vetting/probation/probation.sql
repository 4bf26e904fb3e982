/* Queries of the vetting module's probations (probation.repository.ts). */

/* @name InsertProbation */
INSERT INTO probation (candidate_id, cadre_id, post, starts_on, ends_on)
VALUES (:candidateId!, :cadreId!, :post!, :startsOn!::date, :endsOn!::date)
RETURNING id;

/* A probation whose end has come and that is not reminded yet, locked. */
/* @name LockDueForReminder */
SELECT p.id, p.candidate_id, p.cadre_id, to_char(p.ends_on, 'YYYY-MM-DD') AS "ends_on!", v.run_id, p.post
  FROM probation p JOIN vetting_candidate v ON v.id = p.candidate_id
 WHERE p.id = :id! AND p.reminded_at IS NULL AND p.ends_on <= :today!::date
   FOR UPDATE OF p;

/* @name MarkReminded */
UPDATE probation SET reminded_at = now() WHERE id = :id!;

/* Probations past their end and not reminded (at most 500). */
/* @name DueForReminder */
SELECT id
  FROM probation
 WHERE reminded_at IS NULL AND ends_on <= :today!::date
 ORDER BY ends_on
 LIMIT 500;

/* @name Assess */
UPDATE probation
   SET result = :result!, assessed_on = :assessedOn!::date, assessment_note = :note, assessed_by = :assessedBy::uuid
 WHERE id = :id!;

/* @name ProbationById */
SELECT p.id, p.candidate_id, p.cadre_id, p.post, to_char(p.starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(p.ends_on, 'YYYY-MM-DD') AS "ends_on!",
       p.reminded_at, p.result, to_char(p.assessed_on, 'YYYY-MM-DD') AS assessed_on, p.assessment_note
  FROM probation p
 WHERE p.id = :id!;

/* @name ProbationOfCandidate */
SELECT p.id, p.candidate_id, p.cadre_id, p.post, to_char(p.starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(p.ends_on, 'YYYY-MM-DD') AS "ends_on!",
       p.reminded_at, p.result, to_char(p.assessed_on, 'YYYY-MM-DD') AS assessed_on, p.assessment_note
  FROM probation p
 WHERE p.candidate_id = :candidateId!;

/* @name ProbationsOfCadre */
SELECT p.id, p.candidate_id, p.cadre_id, p.post, to_char(p.starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(p.ends_on, 'YYYY-MM-DD') AS "ends_on!",
       p.reminded_at, p.result, to_char(p.assessed_on, 'YYYY-MM-DD') AS assessed_on, p.assessment_note
  FROM probation p
 WHERE p.cadre_id = :cadreId!
 ORDER BY p.starts_on DESC;

/*
 * Assessed probations, the latest assessment first: the first `limit` and every one assessed on
 * the same day as the last of them (the caller orders a day's by name and cuts at `limit`).
 */
/* @name AssessedProbations */
SELECT p.id, p.candidate_id, p.cadre_id, p.post, to_char(p.starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(p.ends_on, 'YYYY-MM-DD') AS "ends_on!",
       p.reminded_at, p.result, to_char(p.assessed_on, 'YYYY-MM-DD') AS assessed_on, p.assessment_note
  FROM probation p
 WHERE p.result IS NOT NULL
   AND p.assessed_on >= coalesce((SELECT x.assessed_on FROM probation x WHERE x.result IS NOT NULL
                                   ORDER BY x.assessed_on DESC OFFSET :limit!::int - 1 LIMIT 1), '-infinity'::date)
 ORDER BY p.assessed_on DESC;

/*
 * Open probations (`due`: only those past their end), soonest end first: the first 500 and every
 * one ending on the same day as the last of them (the caller orders a day's by name and cuts).
 */
/* @name OpenProbations */
SELECT p.id, p.candidate_id, p.cadre_id, p.post, to_char(p.starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(p.ends_on, 'YYYY-MM-DD') AS "ends_on!",
       p.reminded_at, p.result, to_char(p.assessed_on, 'YYYY-MM-DD') AS assessed_on, p.assessment_note
  FROM probation p
 WHERE p.result IS NULL AND (NOT :due!::boolean OR p.ends_on <= :today!::date)
   AND p.ends_on <= coalesce((SELECT x.ends_on FROM probation x WHERE x.result IS NULL AND (NOT :due!::boolean OR x.ends_on <= :today!::date)
                               ORDER BY x.ends_on OFFSET 499 LIMIT 1), 'infinity'::date)
 ORDER BY p.ends_on;
