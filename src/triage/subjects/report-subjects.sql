/* Queries of the triage module's report subjects (report-subjects.repository.ts), for the reads other modules make. */

/* The cadre a tip is first about: its first subject linked to a cadre record. */
/* @name FirstLinkedCadre */
SELECT cadre_id AS "cadre_id!"
  FROM report_subject
 WHERE report_id = :reportId! AND cadre_id IS NOT NULL
 ORDER BY position
 LIMIT 1;
