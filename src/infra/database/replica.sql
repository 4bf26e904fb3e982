/* Queries of the read routing (reads.ts): WAL positions of the primary and of a streaming replica. */

/* The primary's WAL position now, in bytes from 0/0 (after a commit: at or past it). */
/* @name PrimaryWalPosition */
SELECT (pg_current_wal_lsn() - '0/0'::pg_lsn)::text AS "position!";

/*
  A replica's state: how far it has replayed (bytes from 0/0), whether it streams from the
  primary, and how far behind it is in seconds (0 when it has replayed all it received).
*/
/* @name ReplicaState */
SELECT
  pg_is_in_recovery() AS "inRecovery!",
  COALESCE((pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::text, '0') AS "replayed!",
  EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming') AS "streaming!",
  CASE
    WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
    ELSE COALESCE(extract(epoch FROM now() - pg_last_xact_replay_timestamp()), 0)
  END::float8 AS "lagSeconds!";
