/* Queries of the database infrastructure (locks.ts): locks that no table owns. */

/* A transaction-scoped advisory lock on a text key (released at commit or rollback). */
/* @name AdvisoryXactLock */
SELECT true AS "locked!" FROM pg_advisory_xact_lock(hashtextextended(:key!, 0));

/* The advisory locks of several keys, taken in the order given (callers sort them: two
   transactions taking overlapping keys in one order cannot deadlock). */
/* @name AdvisoryXactLocks */
SELECT count(pg_advisory_xact_lock(hashtextextended(t.k, 0)))::int AS "locks!"
  FROM unnest(:keys!::text[]) WITH ORDINALITY AS t(k, n);
