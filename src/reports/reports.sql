/* Queries of the reports module's repository (reports.repository.ts): what other modules read of a case. */

/* A case's number, status and handler. */
/* @name CaseState */
SELECT number, status, assignee_id
  FROM report
 WHERE id = :id!;

/* Cases by id (unknown ids left out): their number, status and when received. */
/* @name CaseSummariesByIds */
SELECT id, number, status, received_at
  FROM report
 WHERE id = ANY (:ids!::uuid[]);
