import type { QueryResultRow } from 'pg';
import { clientOf, type Queryable } from './sql.js';

/**
 * Named (prepared) statements for the hot paths: Postgres parses and plans a large
 * statement once per connection instead of on every call. The name must always stand
 * for the same text. TypeORM's `query` cannot name a statement, so these go to pg itself.
 */
export async function preparedQuery<T extends QueryResultRow>(on: Queryable, name: string, text: string, values: unknown[]): Promise<T[]> {
  const result = await clientOf(on).query<T>({ name, text, values });
  return result.rows;
}
