import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IDatabaseConnection } from '@pgtyped/runtime';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { runQuery, type Queryable } from '../database/sql.js';
import * as q from './data-keys.queries.js';

/** A data key as stored: wrapped under the master key it names. */
export interface StoredDataKey {
  id: number;
  masterKeyId: string;
  wrappedKey: Buffer;
}

/** The connection the master-key rotation runs on: the CLI's own pg client, outside Nest. */
export type RotationClient = Pick<pg.Client, 'query'>;

/**
 * The data keys (table data_key, owned by infra): read and written here and nowhere else;
 * the queries are in `data-keys.sql`, typed from the schema.
 */
@Injectable()
export class DataKeysRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Takes the transaction-scoped lock that serialises creating an active key; `on` is a transaction. */
  async lock(on: Queryable): Promise<void> {
    await runQuery(q.lockDataKeys, undefined, on);
  }

  /** The newest unretired data key under the master key, or null. */
  async active(on: Queryable, masterKeyId: string): Promise<StoredDataKey | null> {
    const [row] = await runQuery(q.activeKey, { masterKeyId }, on);
    return row ? { id: row.id, masterKeyId, wrappedKey: row.wrapped_key } : null;
  }

  /** Stores a new wrapped data key; its id. */
  async insert(on: Queryable, masterKeyId: string, wrappedKey: Buffer): Promise<number> {
    const [row] = await runQuery(q.insertKey, { masterKeyId, wrappedKey }, on);
    return row!.id;
  }

  /** The data key with this id, or null. */
  async byId(id: number): Promise<StoredDataKey | null> {
    const [row] = await runQuery(q.keyById, { id }, this.dataSource);
    return row ? { id, masterKeyId: row.master_key_id, wrappedKey: row.wrapped_key } : null;
  }
}

/** The rotation's client as the connection typed queries run on. */
function onClient(client: RotationClient): IDatabaseConnection {
  return {
    query: async (text, values) => {
      const result = await client.query(text, values as unknown[]);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },
  };
}

/** Every data key not wrapped under the master key, by id (for the rotation). */
export async function keysNotUnder(client: RotationClient, masterKeyId: string): Promise<StoredDataKey[]> {
  const rows = await q.keysNotUnder.run({ masterKeyId }, onClient(client));
  return rows.map((r) => ({ id: r.id, masterKeyId: r.master_key_id, wrappedKey: r.wrapped_key }));
}

/** Re-wraps one data key if it is still as read; whether it changed. */
export async function rewrapKey(client: RotationClient, was: StoredDataKey, masterKeyId: string, wrappedKey: Buffer): Promise<boolean> {
  const { rowCount } = await q.rewrap.runWithCounts(
    { id: was.id, masterKeyId, wrappedKey, wasMasterKeyId: was.masterKeyId, wasWrappedKey: was.wrappedKey },
    onClient(client),
  );
  return rowCount > 0;
}

/** How many data keys are wrapped under the master key. */
export async function countKeysUnder(client: RotationClient, masterKeyId: string): Promise<number> {
  const [row] = await q.countUnder.run({ masterKeyId }, onClient(client));
  return row!.n;
}
