import type { Pool, PoolClient, QueryResultRow } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Named (prepared) statements for the hot paths: Postgres parses and plans a large
 * statement once per connection instead of on every call. The name must always stand
 * for the same text. TypeORM's `query` cannot name a statement, so these go to pg itself.
 */
export async function preparedQuery<T extends QueryResultRow>(
  on: DataSource | EntityManager,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const result = await clientOf(on).query<T>({ name, text, values });
  return result.rows;
}

function clientOf(on: DataSource | EntityManager): Pool | PoolClient {
  if ('driver' in on) return (on.driver as unknown as { master: Pool }).master;
  // Inside a transaction: the connection the transaction holds.
  const connection = (on.queryRunner as unknown as { databaseConnection?: PoolClient } | undefined)?.databaseConnection;
  if (!connection) throw new Error('preparedQuery needs an EntityManager bound to a connection (inside a transaction)');
  return connection;
}
