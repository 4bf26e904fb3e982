import * as q from './locks.queries.js';
import { runQuery, type Queryable } from './sql.js';

/**
 * Takes the transaction-scoped advisory lock of `key` on `on` (a transaction's EntityManager):
 * whoever else asks for the same key waits until this transaction ends. Keys name what they
 * serialise, e.g. `voicemail:<call id>`.
 */
export async function lockForTransaction(on: Queryable, key: string): Promise<void> {
  await runQuery(q.advisoryXactLock, { key }, on);
}

/**
 * `lockForTransaction` for several keys in one round trip, taken in sorted order (as triage
 * takes its batch's keys), so that two transactions asking for overlapping keys never
 * deadlock.
 */
export async function lockManyForTransaction(on: Queryable, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await runQuery(q.advisoryXactLocks, { keys: [...new Set(keys)].sort() }, on);
}
