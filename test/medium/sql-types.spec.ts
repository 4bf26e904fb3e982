import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';

/**
 * The typed queries still match the schema: every `*.sql` query prepares against a freshly
 * migrated database, and its generated `*.queries.ts` is what pgtyped makes of it today.
 * A renamed column or a changed parameter fails here, not in front of a user.
 */
describe('query types from the migrated schema', () => {
  it('are up to date for every SQL file', () => {
    const result = spawnSync(process.execPath, ['scripts/sql-types.mjs', '--check'], { encoding: 'utf8', timeout: 120_000 });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('query types match the schema');
    expect(result.status).toBe(0);
  });
});
