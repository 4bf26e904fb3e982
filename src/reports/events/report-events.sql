/* Queries of the reports module's case timeline (report-events.repository.ts): report_event is append-only. */

/* @name AppendEvent */
INSERT INTO report_event (report_id, type, actor_kind, actor_id, data)
VALUES (:reportId!, :type!, :actorKind!, :actorId, :data!::jsonb);

/* Several events in one statement, numbered in the order given (their ids follow that order). */
/* @name AppendEvents */
INSERT INTO report_event (report_id, type, actor_kind, actor_id, data)
SELECT e.report_id, e.type, e.actor_kind, e.actor_id, e.data
  FROM unnest(:reportIds!::uuid[], :types!::text[], :actorKinds!::text[], :actorIds!::uuid[], :data!::jsonb[])
       WITH ORDINALITY AS e(report_id, type, actor_kind, actor_id, data, n)
 ORDER BY e.n;

/* A case's timeline, oldest first. */
/* @name HistoryOf */
SELECT id, type, actor_kind, actor_id, data, created_at
  FROM report_event
 WHERE report_id = :reportId!
 ORDER BY id;

/* The data of each tip's RECEIVED event (what the reporter's form or channel recorded). */
/* @name ReceivedData */
SELECT report_id, data
  FROM report_event
 WHERE report_id = ANY (:reportIds!::uuid[]) AND type = 'RECEIVED'
 ORDER BY report_id, id;
