import type pg from 'pg';
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
  client: Pick<pg.Client, 'query'>,
  masterKeys: ReadonlyMap<string, Buffer>,
  activeMasterKeyId: string,
): Promise<RotationReport> {
  const active = masterKeys.get(activeMasterKeyId);
  if (!active) throw new Error(`active master key "${activeMasterKeyId}" is not configured`);
  const { rows } = await client.query<{ id: number; master_key_id: string; wrapped_key: Buffer }>(
    `SELECT id, master_key_id, wrapped_key FROM data_key WHERE master_key_id <> $1 ORDER BY id`,
    [activeMasterKeyId],
  );
  const missing = [...new Set(rows.map((r) => r.master_key_id))].filter((id) => !masterKeys.has(id));
  if (missing.length) {
    throw new Error(`data keys are wrapped under master key(s) ${missing.join(', ')}, not in QF_MASTER_KEYS: add them for the rotation`);
  }
  const rewrapped: RotationReport['rewrapped'] = [];
  for (const row of rows) {
    const dataKey = unwrapKey(row.master_key_id, masterKeys.get(row.master_key_id)!, row.wrapped_key);
    const result = await client.query(
      `UPDATE data_key SET master_key_id = $2, wrapped_key = $3 WHERE id = $1 AND master_key_id = $4 AND wrapped_key = $5`,
      [row.id, activeMasterKeyId, wrapKey(activeMasterKeyId, active, dataKey), row.master_key_id, row.wrapped_key],
    );
    dataKey.fill(0);
    if (result.rowCount) rewrapped.push({ dataKeyId: row.id, from: row.master_key_id });
  }
  const { rows: count } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM data_key WHERE master_key_id = $1`, [
    activeMasterKeyId,
  ]);
  return { activeMasterKeyId, rewrapped, alreadyCurrent: count[0]!.n - rewrapped.length };
}
