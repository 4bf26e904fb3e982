import { countKeysUnder, keysNotUnder, rewrapKey, type RotationClient } from './data-keys.repository.js';
import { unwrapKey, wrapKey } from './envelope.js';

export interface RotationReport {
  activeMasterKeyId: string;
  rewrapped: Array<{ dataKeyId: number; from: string }>;
  alreadyCurrent: number;
}

/**
 * Re-wraps every data key under the active master key. The data itself is untouched, so
 * this runs while the api and workers serve requests: each data key is one UPDATE that
 * applies only if the row is still as read (a concurrent rotation makes it a no-op), and
 * processes that hold the key unwrapped in memory keep working. Running it again changes
 * nothing. Afterwards no data key needs the old master key, which can be removed.
 */
export async function rotateMasterKey(
  client: RotationClient,
  masterKeys: ReadonlyMap<string, Buffer>,
  activeMasterKeyId: string,
): Promise<RotationReport> {
  const active = masterKeys.get(activeMasterKeyId);
  if (!active) throw new Error(`active master key "${activeMasterKeyId}" is not configured`);
  const rows = await keysNotUnder(client, activeMasterKeyId);
  const missing = [...new Set(rows.map((r) => r.masterKeyId))].filter((id) => !masterKeys.has(id));
  if (missing.length) {
    throw new Error(`data keys are wrapped under master key(s) ${missing.join(', ')}, not in QF_MASTER_KEYS: add them for the rotation`);
  }
  const rewrapped: RotationReport['rewrapped'] = [];
  for (const row of rows) {
    const dataKey = unwrapKey(row.masterKeyId, masterKeys.get(row.masterKeyId)!, row.wrappedKey);
    const changed = await rewrapKey(client, row, activeMasterKeyId, wrapKey(activeMasterKeyId, active, dataKey));
    dataKey.fill(0);
    if (changed) rewrapped.push({ dataKeyId: row.id, from: row.masterKeyId });
  }
  const current = await countKeysUnder(client, activeMasterKeyId);
  return { activeMasterKeyId, rewrapped, alreadyCurrent: current - rewrapped.length };
}
