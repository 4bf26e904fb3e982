import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseSQLFile, queryASTToIR } from '@pgtyped/parser';
import { PreparedQuery } from '@pgtyped/runtime';
import type { DataSource } from 'typeorm';
import { clientOf, runCommand, runQuery, statementName } from '../../src/infra/database/sql.js';
import { createTestDataSource } from '../support/test-database.js';

/** A query as `npm run sql:types` builds it from a `*.sql` file's text. */
function prepared<P, R>(sql: string): PreparedQuery<P, R> {
  const [query] = parseSQLFile(sql).queries;
  return new PreparedQuery<P, R>(queryASTToIR(query!));
}

/**
 * `runQuery` / `runCommand`, the one way to run a typed query (medium: real Postgres). A query
 * of scalar parameters runs from a text worked out once; the rows must be those pgtyped's own
 * `run` gives (values in the right places, the `!`/`?` hints taken off the column names).
 */
describe('runQuery and runCommand (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let dataSource: DataSource;

  beforeAll(async () => {
    ({ close, dataSource } = await createTestDataSource());
    await dataSource.query(`CREATE TABLE sql_run_probe (id int PRIMARY KEY, note text)`);
    await dataSource.query(`INSERT INTO sql_run_probe VALUES (1, 'a'), (2, 'b'), (3, 'c')`);
  });
  afterAll(async () => {
    await dataSource.query(`DROP TABLE IF EXISTS sql_run_probe`);
    await close();
  });

  type Params = Record<string, unknown>;
  const cases: Array<[string, string, Params, Array<Record<string, unknown>>]> = [
    [
      'parameters used twice and out of order, hinted columns',
      `/* @name Sum */ SELECT :b!::int + :a!::int AS "sum!", :a!::int AS "a?", :b!::int * 2 AS double, :a!::int - :b!::int AS diff`,
      { a: 5, b: 7 },
      [{ sum: 12, a: 5, double: 14, diff: -2 }],
    ],
    [
      'a nullable parameter given null, rows from a table',
      `/* @name Rows */ SELECT id AS "id!", note FROM sql_run_probe WHERE (:note::text IS NULL OR note = :note) ORDER BY id`,
      { note: null },
      [
        { id: 1, note: 'a' },
        { id: 2, note: 'b' },
        { id: 3, note: 'c' },
      ],
    ],
    [
      'an array parameter (one value, not a spread)',
      `/* @name ByIds */ SELECT id AS "id!" FROM sql_run_probe WHERE id = ANY (:ids!::int[]) ORDER BY id`,
      { ids: [3, 1] },
      [{ id: 1 }, { id: 3 }],
    ],
    [
      'a spread parameter (the text depends on the values): pgtyped expands it',
      `/*
        @name Spread
        @param ids -> (...)
       */
       SELECT id AS "id!" FROM sql_run_probe WHERE id IN :ids! ORDER BY id`,
      { ids: [2, 3] },
      [{ id: 2 }, { id: 3 }],
    ],
  ];

  it.each(cases)('%s: the rows pgtyped gives, on the pool and in a transaction', async (_, sql, params, expected) => {
    const query = prepared<Params, Record<string, unknown>>(sql);
    const viaPgtyped = await query.run(params, {
      query: async (text, values) => {
        const result = await clientOf(dataSource).query(text, values as unknown[]);
        return { rows: result.rows, rowCount: result.rowCount ?? 0 };
      },
    });
    expect(viaPgtyped).toEqual(expected);
    expect(await runQuery(query, params, dataSource)).toEqual(expected);
    expect(await dataSource.transaction((m) => runQuery(query, params, m))).toEqual(expected);
    // Twice: the second call runs from the text worked out by the first.
    expect(await runQuery(query, params, dataSource)).toEqual(expected);
  });

  it('runCommand answers how many rows the statement touched', async () => {
    const touch = prepared<Params, never>(`/* @name Touch */ UPDATE sql_run_probe SET note = note || :suffix! WHERE id <= :upTo!::int`);
    expect(await runCommand(touch, { suffix: '+', upTo: 2 }, dataSource)).toBe(2);
    expect(await dataSource.transaction((m) => runCommand(touch, { suffix: '+', upTo: 1 }, m))).toBe(1);
    const rows = await dataSource.query<Array<{ note: string }>>(`SELECT note FROM sql_run_probe ORDER BY id`);
    expect(rows.map((r) => r.note)).toEqual(['a++', 'b+', 'c']);
  });

  it('prepares a statement under the name of its text, once per connection', async () => {
    const query = prepared<Params, Record<string, unknown>>(`/* @name Named */ SELECT :x!::int + 1 AS "y!"`);
    await dataSource.transaction(async (m) => {
      expect(await runQuery(query, { x: 1 }, m)).toEqual([{ y: 2 }]);
      expect(await runQuery(query, { x: 41 }, m)).toEqual([{ y: 42 }]);
      const named = await m.query<Array<{ name: string; statement: string }>>(
        `SELECT name, statement FROM pg_prepared_statements WHERE statement LIKE '%+ 1 AS "y"'`,
      );
      expect(named).toHaveLength(1);
      expect(named[0]!.name).toBe(statementName(named[0]!.statement));
    });
  });
});
