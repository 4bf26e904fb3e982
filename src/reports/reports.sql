/* Queries of the reports module's repository (reports.repository.ts): what other modules read of a case. */

/* A case's number, status and handler. */
/* @name CaseState */
SELECT number, status, assignee_id
  FROM report
 WHERE id = :id!;
