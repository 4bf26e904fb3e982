/* Queries of the database infrastructure (locks.ts): locks that no table owns. */

/* A transaction-scoped advisory lock on a text key (released at commit or rollback). */
/* @name AdvisoryXactLock */
SELECT true AS "locked!" FROM pg_advisory_xact_lock(hashtextextended(:key!, 0));
