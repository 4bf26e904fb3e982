/* Queries of the triage module's case repository (triage-case.repository.ts): what staff actions change of triage's tables. */

/* @name TriageTokens */
SELECT tokens FROM report_triage WHERE report_id = :reportId!::uuid;

/* A category staff confirmed or corrected: the learned model's training example (one per tip, the latest wins). */
/* @name UpsertExample */
INSERT INTO category_example (report_id, category, tokens, source, staff_id)
VALUES (:reportId!::uuid, :category!, :tokens!::text[], :source!, :staffId!::uuid)
ON CONFLICT (report_id) DO UPDATE SET category = EXCLUDED.category, source = EXCLUDED.source, staff_id = EXCLUDED.staff_id, created_at = now();

/* @name SubjectOf */
SELECT status, role, cadre_id, candidates FROM report_subject WHERE id = :id!::bigint AND report_id = :reportId!::uuid;

/* @name ConfirmSubject */
UPDATE report_subject SET status = 'CONFIRMED', role = 'SUBJECT', cadre_id = :cadreId!::uuid, candidates = :candidates!::jsonb,
                          decided_by = :staffId!::uuid, decided_at = now()
 WHERE id = :id!::bigint;

/* @name IndexSubjectCadre */
INSERT INTO report_subject_cadre (cadre_id, report_id) VALUES (:cadreId!::uuid, :reportId!::uuid) ON CONFLICT DO NOTHING;

/* A subject of the tip linked (or confirmed) to the cadre. */
/* @name LinkedSubject */
SELECT id::text AS "id!" FROM report_subject WHERE report_id = :reportId!::uuid AND cadre_id = :cadreId!::uuid AND status <> 'UNLINKED';

/* A subject staff add, confirmed from the start, after the tip's others. */
/* @name AddSubject */
INSERT INTO report_subject (report_id, role, status, cadre_id, mentions, candidates, position, decided_by, decided_at)
VALUES (:reportId!::uuid, 'SUBJECT', 'CONFIRMED', :cadreId!::uuid, '{}', :candidates!::jsonb,
        (SELECT coalesce(max(position) + 1, 0) FROM report_subject WHERE report_id = :reportId!::uuid), :staffId!::uuid, now())
RETURNING id::text AS "id!";

/* @name UnlinkSubject */
UPDATE report_subject SET status = 'UNLINKED', cadre_id = NULL, decided_by = :staffId!::uuid, decided_at = now() WHERE id = :id!::bigint;

/* The cadre index keeps only cadres some remaining subject of the tip may be. */
/* @name PruneSubjectCadres */
DELETE FROM report_subject_cadre x WHERE x.report_id = :reportId!::uuid AND NOT EXISTS (
  SELECT 1 FROM report_subject s WHERE s.report_id = :reportId!::uuid AND s.status <> 'UNLINKED'
     AND (s.cadre_id = x.cadre_id OR (s.status = 'CANDIDATES' AND s.candidates @> jsonb_build_array(jsonb_build_object('personId', x.cadre_id::text)))));

/* @name AddNote */
INSERT INTO report_note (id, report_id, author_id, body) VALUES (:id!::uuid, :reportId!::uuid, :authorId!::uuid, :body!)
RETURNING created_at;
