import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRepositoryFile, migratedTables, ownerOf, tablesNamedOutsideOwners } from './table-ownership.js';
import { TABLE_OWNERS } from './table-owners.js';

const root = join(import.meta.dirname, '../../..');
/**
 * The places that still name another module's table (or their own module's, outside its
 * repository), as found when the rule was introduced: each is moved into the owner's
 * repository in turn and taken off this list, which may only shrink.
 */
const stillToMove = JSON.parse(readFileSync(join(import.meta.dirname, 'tables-still-to-move.json'), 'utf8')) as Record<string, string[]>;

describe('each module owns its tables', () => {
  const tables = migratedTables(root);

  it('gives every table the migrations create exactly one owner, and owns no table that does not exist', () => {
    expect(tables.length).toBeGreaterThan(50);
    const owned = Object.values(TABLE_OWNERS).flat();
    expect(tables.filter((t) => !ownerOf(t))).toEqual([]);
    expect(owned.filter((t, i) => owned.indexOf(t) !== i)).toEqual([]);
    expect(owned.filter((t) => !tables.includes(t))).toEqual([]);
  });

  it('names a table only in its owner repository (except the listed places still to move), and the list only shrinks', () => {
    const found = tablesNamedOutsideOwners(root, tables);
    const newPlaces: string[] = [];
    for (const [path, named] of found) {
      for (const table of named)
        if (!stillToMove[path]?.includes(table)) newPlaces.push(`${path} names ${table} (owned by ${ownerOf(table)})`);
    }
    // A new query on another module's table: call that module's service instead.
    expect(newPlaces).toEqual([]);
    const moved = Object.entries(stillToMove).flatMap(([path, named]) =>
      named.filter((table) => !found.get(path)?.includes(table)).map((table) => `${path}: ${table}`),
    );
    // Moved into the owner's repository: take it off tables-still-to-move.json.
    expect(moved).toEqual([]);
  });

  it('recognises a repository file and the ways SQL names a table', () => {
    expect(isRepositoryFile('src/cadres/cadres.repository.ts', 'cadres')).toBe(true);
    expect(isRepositoryFile('src/cadres/cadres.sql', 'cadres')).toBe(true);
    expect(isRepositoryFile('src/cadres/cadres.service.ts', 'cadres')).toBe(false);
    expect(isRepositoryFile('src/triage/cadres.repository.ts', 'cadres')).toBe(false);
    expect(ownerOf('roster_revision')).toBe('cadres');
    expect(ownerOf('report_event')).toBe('reports');
  });

  it('finds the cadres module queries only in its repository', () => {
    const found = tablesNamedOutsideOwners(root, ['roster_revision']);
    expect([...found.keys()]).toEqual([]);
  });

  it('is the module map docs/DEVELOPING.md shows', () => {
    const doc = readFileSync(join(root, 'docs/DEVELOPING.md'), 'utf8');
    const map = doc.slice(doc.indexOf('<!-- module map'), doc.indexOf('<!-- end of module map -->'));
    const rows = [...map.matchAll(/^\| `(\w+)`\s*\| (.+?)\s*\|$/gm)].map((m) => [m[1], [...m[2]!.matchAll(/`(\w+)`/g)].map((t) => t[1])]);
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(Object.entries(TABLE_OWNERS).map(([m, t]) => [m, [...t]])));
  });
});
