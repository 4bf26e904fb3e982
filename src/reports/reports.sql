/* Queries of the reports module's repository (reports.repository.ts): what other modules read of a case. */

/* A case's number, status and handler. */
/* @name CaseState */
SELECT number, status, assignee_id
  FROM report
 WHERE id = :id!;

/* A tip's sealed reporter identity (the verification module redacts the reporter's name with it). */
/* @name ReporterIdentity */
SELECT reporter_identity
  FROM report
 WHERE id = :id!;

/* A case about to ask agencies for a verification, locked: its status and disposition. */
/* @name LockForAgencyRequest */
SELECT status, disposition
  FROM report
 WHERE id = :id!
   FOR UPDATE;

/* A case's number and whether its reporter gave their name (an agenda item's title). */
/* @name NumberAndRealName */
SELECT number, real_name
  FROM report
 WHERE id = :id!;

/* A case a meeting decides on, locked: what the decision's follow-ups need. */
/* @name LockForMeetingDecision */
SELECT id, status, disposition, disposition_pending, finding, outcome_for_reporter, reporter_identity
  FROM report
 WHERE id = :id!
   FOR UPDATE;

/* Open cases (triaged or in handling) with a pending decision or among the ids given: what a meeting may discuss. */
/* @name OpenCasesForMeeting */
SELECT id, number, status, real_name, received_at, category, disposition_pending ->> 'kind' AS pending_kind
  FROM report
 WHERE status IN ('TRIAGED', 'IN_HANDLING') AND (disposition_pending IS NOT NULL OR id = ANY (:ids!::uuid[]));

/* Cases' numbers and statuses, by id. */
/* @name NumbersAndStatuses */
SELECT id, number, status
  FROM report
 WHERE id = ANY (:ids!::uuid[]);

/*
 * Tips received during any of the periods (civil dates in the session's time zone, a period
 * cut short at `until` when given), in order of receipt after the cursor: a page of at most `limit`.
 */
/* @name ReceivedDuring */
SELECT DISTINCT r.id, r.number, r.received_at, r.subjects
  FROM unnest(:startsOn!::date[], :endsOn!::date[], :until!::timestamptz[]) AS p(starts_on, ends_on, until)
  JOIN report r ON r.received_at >= p.starts_on::timestamptz AND r.received_at < (p.ends_on + 1)::timestamptz
                AND (p.until IS NULL OR r.received_at < p.until)
 WHERE (:afterAt::timestamptz IS NULL OR (r.received_at, r.id) > (:afterAt::timestamptz, :afterId::uuid))
 ORDER BY r.received_at, r.id
 LIMIT :limit!::int;

/* Tips' numbers and times of receipt, in order of receipt. */
/* @name NumbersAndReceipt */
SELECT id, number, received_at
  FROM report
 WHERE id = ANY (:ids!::uuid[])
 ORDER BY received_at, id;
