/* Queries of the triage module's case deadlines (report-deadlines.repository.ts). */

/* The deadlines a change meets: those of the given kinds still open; answers the kinds met now. */
/* @name MeetDeadlines */
UPDATE report_deadline SET met_at = now()
 WHERE report_id = :reportId! AND met_at IS NULL AND kind = ANY (:kinds!::text[])
RETURNING kind;

/* The cases' open deadlines of one kind (one a case at most), locked in id order until the transaction ends. */
/* @name OpenDeadlinesForUpdate */
SELECT id::text AS "id!", report_id AS "report_id!", to_char(due_on, 'YYYY-MM-DD') AS "due_on!", to_char(remind_on, 'YYYY-MM-DD') AS "remind_on!"
  FROM report_deadline
 WHERE report_id = ANY (:reportIds!::uuid[]) AND kind = :kind! AND met_at IS NULL
 ORDER BY id
   FOR UPDATE;

/* New dates for deadlines: `rows` is [{id, due_on, remind_on}]. */
/* @name RescheduleDeadlines */
UPDATE report_deadline d SET due_on = x.due_on, remind_on = x.remind_on
  FROM jsonb_to_recordset(:rows!::jsonb) AS x(id bigint, due_on date, remind_on date)
 WHERE d.id = x.id;

/* A deadline as its reminder job checks it, locked until the transaction ends. */
/* @name DeadlineForCheck */
SELECT report_id, kind, to_char(due_on, 'YYYY-MM-DD') AS "due_on!", to_char(remind_on, 'YYYY-MM-DD') AS "remind_on!",
       met_at, reminded_at, escalated_at
  FROM report_deadline
 WHERE id = :id!::bigint
   FOR UPDATE;

/* @name MarkReminded */
UPDATE report_deadline SET reminded_at = now() WHERE id = :id!::bigint;

/* @name MarkEscalated */
UPDATE report_deadline SET escalated_at = now() WHERE id = :id!::bigint;

/*
 * The reminders and escalations due but not sent (the hourly sweep): open deadlines of cases
 * not finished (their status from the reports module's published view), the earliest 1000.
 */
/* @name DueChecks */
SELECT d.id::text AS "id!", CASE WHEN d.due_on < :today!::date AND d.escalated_at IS NULL THEN 'ESCALATE' ELSE 'REMIND' END AS "stage!"
  FROM report_deadline d JOIN report_case_view r ON r.id = d.report_id
 WHERE d.met_at IS NULL AND r.status <> ALL (:finishedStatuses!::text[])
   AND ((d.reminded_at IS NULL AND d.remind_on <= :today!::date) OR (d.escalated_at IS NULL AND d.due_on < :today!::date))
 ORDER BY d.due_on
 LIMIT 1000;

/*
 * A handler's to-do: open deadlines due by `horizon` of unfinished cases handled by them or
 * by nobody, earliest first (100 at most), without the tips in conflict with the staff
 * member's cadre (回避: report_conflict, as the case view applies it; `cadreId` null: none).
 */
/* @name DueForHandler */
SELECT r.id AS "id!", r.number AS "number!", d.kind, to_char(d.due_on, 'YYYY-MM-DD') AS "due_on!", (r.assignee_id = :staffId!::uuid) AS mine
  FROM report_deadline d JOIN report_case_view r ON r.id = d.report_id
 WHERE d.met_at IS NULL AND d.due_on <= :horizon!::date AND r.status NOT IN ('CLOSED', 'MERGED', 'TRANSFERRED', 'NOT_ACCEPTED')
   AND (r.assignee_id = :staffId!::uuid OR r.assignee_id IS NULL)
   AND (:cadreId::uuid IS NULL OR report_conflict(r.id, :cadreId::uuid, :sameUnit!::boolean) IS NULL)
 ORDER BY d.due_on, r.number
 LIMIT 100;
