import { createHash } from 'node:crypto';
import type { IDatabaseConnection, PreparedQuery } from '@pgtyped/runtime';
import type { Pool, PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Where a typed query runs: the pool (a `DataSource`), or the one connection a transaction
 * holds (the `EntityManager` that `dataSource.transaction(...)` hands its callback).
 */
export type Queryable = DataSource | EntityManager;

/**
 * The one way to run a query written in a module's `*.sql` file. Its parameter and row types
 * are generated from the migrated schema (`npm run sql:types`, checked by `npm test`), so a
 * column or parameter that no longer matches the schema fails before it reaches a user.
 *
 * Every statement is prepared under a name derived from its text: Postgres parses and plans it
 * once per connection, and each later call only binds and executes.
 */
export function runQuery<P, R>(query: PreparedQuery<P, R>, params: P, on: Queryable): Promise<R[]> {
  return query.run(params, connectionOf(on));
}

/** Like `runQuery`, with the number of rows the statement touched (an UPDATE without RETURNING). */
export async function runCommand<P, R>(query: PreparedQuery<P, R>, params: P, on: Queryable): Promise<number> {
  const { rowCount } = await query.runWithCounts(params, connectionOf(on));
  return rowCount;
}

const names = new Map<string, string>();

/**
 * The statement's name: the same text always has the same name on every connection. Kept per
 * text (the statements are the `*.sql` files' queries, a fixed set), so a hot path does not hash
 * its query's text on every call.
 */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `qf_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

function connectionOf(on: Queryable): IDatabaseConnection {
  const client = clientOf(on);
  return {
    query: async (text, values) => {
      const result = await client.query({ name: statementName(text), text, values: values as unknown[] });
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },
  };
}

/** The pg pool behind a DataSource, or the connection an EntityManager's transaction holds. */
export function clientOf(on: Queryable): Pool | PoolClient {
  if ('driver' in on) return (on.driver as unknown as { master: Pool }).master;
  const connection = (on.queryRunner as unknown as { databaseConnection?: PoolClient } | undefined)?.databaseConnection;
  if (!connection) throw new Error('a typed query needs an EntityManager bound to a connection (inside a transaction)');
  return connection;
}
