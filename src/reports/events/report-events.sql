/* Queries of the reports module's case timeline (report-events.repository.ts): report_event is append-only. */

/* @name AppendEvent */
INSERT INTO report_event (report_id, type, actor_kind, actor_id, data)
VALUES (:reportId!, :type!, :actorKind!, :actorId, :data!::jsonb);

/* Several events in one statement, numbered in the order given (element i of each array is event i). */
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

/*
 * How many cases were disposed of each way in a period of civil dates (bounds in the session's
 * time zone): each case counted once, by its last disposition (a merge counts as MERGE).
 */
/* @name DispositionCounts */
SELECT kind AS key, count(*)::int AS "count!"
  FROM (SELECT DISTINCT ON (report_id) CASE WHEN type = 'MERGED' THEN 'MERGE' ELSE data->'after'->>'disposition' END AS kind
          FROM report_event
         WHERE type IN ('DISPOSED', 'MERGED') AND created_at >= :from!::date::timestamptz AND created_at < (:to!::date + 1)::timestamptz
         ORDER BY report_id, id DESC) d
 GROUP BY kind;
