import * as q from './partitions.queries.js';
import { runQuery, type Queryable } from './sql.js';

/**
 * Monthly time partitions (migration TimePartitions1765440000000): the shared helper the
 * owners of partitioned tables call from their repositories with their own table's name.
 * Months are UTC months, written `YYYY-MM`; a table's month partition is `<table>_pYYYY_MM`.
 */
export type PartitionOutcome = 'CREATED' | 'EXISTS' | 'HELD_BY_DEFAULT';

export interface MonthPartition {
  name: string;
  month: string;
}

/** The `count` months starting with the month of `from` (UTC), as `YYYY-MM`. */
export function monthsFrom(from: Date, count: number): string[] {
  const months: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + i, 1));
    months.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}

/** Whether month `a` (`YYYY-MM`) comes before month `b`. */
export function monthBefore(a: string, b: string): boolean {
  return a < b;
}

/**
 * Creates each month's partition of `parent` that does not exist yet, in the order given.
 * A month whose rows the DEFAULT partition already holds is left to it (HELD_BY_DEFAULT):
 * Postgres refuses a partition that would take rows out of the DEFAULT one.
 */
export async function createMonthPartitions(
  on: Queryable,
  parent: string,
  months: readonly string[],
): Promise<Array<{ month: string; outcome: PartitionOutcome }>> {
  const out: Array<{ month: string; outcome: PartitionOutcome }> = [];
  for (const month of months) {
    const [row] = await runQuery(q.createMonthPartition, { parent, month: `${month}-01` }, on);
    out.push({ month, outcome: row!.outcome as PartitionOutcome });
  }
  return out;
}

/** The month partitions of `parent`, oldest first. */
export function monthPartitions(on: Queryable, parent: string): Promise<MonthPartition[]> {
  return runQuery(q.monthPartitions, { parent }, on);
}
