/* Queries of the appointment calendar (appointment-calendar.repository.ts): the vetting module's standing candidacies. */

/*
 * Standing candidacies of these cadres and of the candidates linked to any of these tips during
 * publicity, with the standing notice whose period has not ended, each with the tips (of
 * `reportIds`) it is linked to, so that the caller can tell each tip its own; newest run first
 * (the caller orders a run's by the cadre's number).
 */
/* @name StandingCandidaciesMany */
SELECT v.id AS candidate_id, v.cadre_id, v.proposed_post, r.id AS run_id, r.title AS run_title,
       to_char(r.started_on, 'YYYY-MM-DD') AS "run_started_on!", to_char(v.suspended_until, 'YYYY-MM-DD') AS suspended_until,
       n.id AS "notice_id?", n.reference AS "reference?", to_char(n.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(n.ends_on, 'YYYY-MM-DD') AS ends_on,
       ARRAY(SELECT l.report_id FROM publicity_report_link l WHERE l.candidate_id = v.id AND l.report_id = ANY (:reportIds!::uuid[])) AS "linked_reports!"
  FROM vetting_candidate v
  JOIN vetting_run r ON r.id = v.run_id
  LEFT JOIN publicity_candidate p ON p.candidate_id = v.id AND NOT p.withdrawn
  LEFT JOIN publicity_notice n ON n.id = p.notice_id AND n.withdrawn_at IS NULL AND n.ends_on >= :today!::date
 WHERE (v.cadre_id = ANY (:cadreIds!::uuid[]) OR v.id IN (SELECT l.candidate_id FROM publicity_report_link l WHERE l.report_id = ANY (:reportIds!::uuid[])))
   AND (v.decision IS NULL OR (v.decision = 'SUSPEND' AND v.suspended_until >= :today!::date))
   AND (p.candidate_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM publicity_candidate w WHERE w.candidate_id = v.id AND w.withdrawn))
 ORDER BY r.started_on DESC, r.id;
