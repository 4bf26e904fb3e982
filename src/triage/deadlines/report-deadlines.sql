/* Queries of the triage module's case deadlines (report-deadlines.repository.ts). */

/* The deadlines a change meets: those of the given kinds still open; answers the kinds met now. */
/* @name MeetDeadlines */
UPDATE report_deadline SET met_at = now()
 WHERE report_id = :reportId! AND met_at IS NULL AND kind = ANY (:kinds!::text[])
RETURNING kind;

/* A case's open deadline of one kind, locked until the transaction ends. */
/* @name OpenDeadlineForUpdate */
SELECT id::text AS "id!", to_char(due_on, 'YYYY-MM-DD') AS "due_on!", to_char(remind_on, 'YYYY-MM-DD') AS "remind_on!"
  FROM report_deadline
 WHERE report_id = :reportId! AND kind = :kind! AND met_at IS NULL
   FOR UPDATE;

/* @name RescheduleDeadline */
UPDATE report_deadline SET due_on = :dueOn!::date, remind_on = :remindOn!::date
 WHERE id = :id!::bigint;

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
