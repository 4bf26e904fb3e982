/* Queries of the reports module's repository (reports.repository.ts): what other modules read of a case. */

/* A case's number, status and handler. */
/* @name CaseState */
SELECT number, status, assignee_id
  FROM report
 WHERE id = :id!;

/*
 * Triage's first statement in its transaction: the case's row lock and, unless the case is
 * triaged already, the caller's advisory locks (taken in the order given), in one round trip.
 */
/* @name LockForTriage */
WITH r AS (SELECT triaged_at, updated_at::text AS version FROM report WHERE id = :id! FOR UPDATE)
SELECT r.triaged_at, r.version AS "version!",
       CASE WHEN r.triaged_at IS NULL THEN (SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM unnest(:keys!::text[]) AS k) END AS locks
  FROM r;

/*
 * What triage writes of a case, with its timeline events, in one statement: later tips
 * (received later, triaged first) point at this chain's first tip unless they already point
 * at an older one; the case gets its category, priority and repeat link (a tip staff handled
 * before triage finished keeps its link); then the events, numbered in the order given.
 * (The later tips' row needs its own alias: inside the subqueries a bare report is the inner one.)
 */
/* @name RecordTriage */
WITH later_chain AS (
  UPDATE report AS target SET repeat_of = :rootId!::uuid, updated_at = now()
   WHERE target.id = ANY (:laterIds!::uuid[]) AND (target.repeat_of IS NULL
          OR (SELECT ROW(cur.received_at, cur.id) FROM report cur WHERE cur.id = target.repeat_of)
           > (SELECT ROW(root.received_at, root.id) FROM report root WHERE root.id = :rootId!::uuid))
), report_row AS (
  UPDATE report SET status = CASE WHEN status = 'RECEIVED' THEN 'TRIAGED' ELSE status END,
                    category = :category::text, category_scores = :categoryScores!::jsonb, triaged_at = now(), updated_at = now(),
                    priority = :priority!::int, priority_level = :priorityLevel!::text, is_specific = :specific!::boolean,
                    transfer_target = :transferTarget::text,
                    repeat_of = CASE WHEN status = 'RECEIVED' THEN :repeatOf::uuid ELSE repeat_of END
   WHERE id = :id!::uuid
)
INSERT INTO report_event (report_id, type, actor_kind, actor_id, data)
SELECT e.report_id, e.type, e.actor_kind, e.actor_id, e.data
  FROM unnest(:eventReportIds!::uuid[], :eventTypes!::text[], :eventActorKinds!::text[], :eventActorIds!::uuid[], :eventData!::jsonb[])
       WITH ORDINALITY AS e(report_id, type, actor_kind, actor_id, data, n)
 ORDER BY e.n;

/* A case's status and priority, its row locked until the transaction ends (a change of its priority follows). */
/* @name PriorityForUpdate */
SELECT status, triaged_at IS NOT NULL AS "triaged!", priority, priority_level
  FROM report
 WHERE id = :id!
   FOR UPDATE;

/* @name SetPriority */
UPDATE report SET priority = :priority!::int, priority_level = :priorityLevel!::text, updated_at = now()
 WHERE id = :id!;

/* A case as a staff action on it reads it, its row locked until the transaction ends. */
/* @name CaseForAction */
SELECT id, status, category, category_confirmed, assignee_id
  FROM report
 WHERE id = :id!
   FOR UPDATE;

/* Staff confirm (or correct) a case's category. */
/* @name ConfirmCategory */
UPDATE report SET category = :category!, category_confirmed = true, updated_at = now()
 WHERE id = :id!;

/* @name SetAssignee */
UPDATE report SET assignee_id = :assigneeId::uuid, updated_at = now()
 WHERE id = :id!;

/* @name IdByNumber */
SELECT id FROM report WHERE number = :number!;

/*
 * How a case is handled, as its case view shows it: the number of the case it repeats (unless
 * hidden from the viewer: `hidden`) and the disposition waiting for approval.
 */
/* @name CaseHandling */
SELECT category_confirmed, priority, priority_level, is_specific, transfer_target, assignee_id, disposition, disposition_detail,
       disposition_pending, finding, outcome_for_reporter,
       (SELECT e.number FROM report e WHERE e.id = report.repeat_of AND (:hidden::uuid[] IS NULL OR e.id <> ALL (:hidden))) AS repeat_of
  FROM report
 WHERE id = :id!;

/* Cases whose earliest open deadline (next_due_on) is past: overdue (index-only). */
/* @name OverdueCases */
SELECT count(*)::int AS "n!" FROM report WHERE next_due_on < :today!::date;
