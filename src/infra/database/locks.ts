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
