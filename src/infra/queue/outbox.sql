/* Queries of the outbox repository (outbox.repository.ts): jobs written with the change that needs them. */

/* One row per job, in the order given: the ids come back in that order. Through outbox_enqueue,
   the function other modules' statements call to write a job with their change (migration 1765430000000). */
/* @name InsertJobs */
SELECT id AS "id!" FROM outbox_enqueue(:queues!::text[], :jobNames!::text[], :jobIds!::text[], :payloads!::jsonb[])
 ORDER BY ord;

/* @name MarkDispatched */
UPDATE outbox SET dispatched_at = now() WHERE id = ANY (:ids!::bigint[]) AND dispatched_at IS NULL;

/* Pending past the grace period, locked for this relay: another worker skips them. */
/* @name LockPending */
SELECT id, queue, job_name, payload FROM outbox
 WHERE dispatched_at IS NULL AND created_at < now() - make_interval(secs => :graceMs!::double precision / 1000)
 ORDER BY id LIMIT :limit!::int FOR UPDATE SKIP LOCKED;

/* @name MarkRelayFailed */
UPDATE outbox SET attempts = attempts + 1, last_error = :lastError! WHERE id = ANY (:ids!::bigint[]);

/* @name MarkRelayed */
UPDATE outbox SET dispatched_at = now(), attempts = attempts + 1 WHERE id = ANY (:ids!::bigint[]);

/* Every job of a kind, oldest first, dispatched or not (the eval command runs them itself, in a database of its own). */
/* @name JobsOf */
SELECT id, payload FROM outbox WHERE job_name = :jobName! ORDER BY id;

/* Drops an outbox month partition when none of its rows awaits dispatch (migration 1765440000000); answers how many do. */
/* @name DropDispatchedPartition */
SELECT outbox_drop_dispatched_partition(:partition!::text::regclass) AS "pending!";
