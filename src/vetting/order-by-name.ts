import type { CadresRepository } from '../cadres/cadres.repository.js';
import type { Queryable } from '../infra/database/sql.js';

/**
 * Rows that a query gave in the order of their own key (a run, a date), ordered within each
 * key by the name of their cadre as Postgres orders names (the cadres module's column), then
 * cut at `limit`. The query returns every row tied with the last one kept, so the cut is the
 * one an ORDER BY key, name LIMIT would make. Rows whose cadre is unknown are left out (as
 * an inner join would). `on`: where the rows were read (the replica, for a staff read).
 */
export async function orderedByCadreName<T>(
  cadres: CadresRepository,
  rows: T[],
  key: (row: T) => string,
  cadreId: (row: T) => string,
  limit: number,
  on?: Queryable,
): Promise<Array<T & { name: string }>> {
  if (rows.length === 0) return [];
  const names = await cadres.namesByIdsOrdered([...new Set(rows.map(cadreId))], on);
  const rank = new Map(names.map((c, i) => [c.id, { i, name: c.name }]));
  const group = new Map<string, number>();
  for (const row of rows) if (!group.has(key(row))) group.set(key(row), group.size);
  return rows
    .filter((row) => rank.has(cadreId(row)))
    .map((row) => ({ ...row, name: rank.get(cadreId(row))!.name }))
    .sort((a, b) => group.get(key(a))! - group.get(key(b))! || rank.get(cadreId(a))!.i - rank.get(cadreId(b))!.i)
    .slice(0, limit);
}
