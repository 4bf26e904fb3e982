import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  isRepositoryFile,
  migratedTables,
  migratedViews,
  ownerOf,
  publisherOf,
  tablesNamedOutsideOwners,
  viewsMisused,
} from './table-ownership.js';
import { PUBLISHED_VIEWS, TABLE_OWNERS } from './table-owners.js';

const root = join(import.meta.dirname, '../../..');
describe('each module owns its tables', () => {
  const tables = migratedTables(root);

  it('gives every table the migrations create exactly one owner, and owns no table that does not exist', () => {
    expect(tables.length).toBeGreaterThan(50);
    const owned = Object.values(TABLE_OWNERS).flat();
    expect(tables.filter((t) => !ownerOf(t))).toEqual([]);
    expect(owned.filter((t, i) => owned.indexOf(t) !== i)).toEqual([]);
    expect(owned.filter((t) => !tables.includes(t))).toEqual([]);
  });

  it('names a table only in its owner repository', () => {
    const found = tablesNamedOutsideOwners(root, tables);
    // A query on another module's table: call that module's repository or service instead.
    expect([...found].flatMap(([path, named]) => named.map((table) => `${path} names ${table} (owned by ${ownerOf(table)})`))).toEqual([]);
  });

  it('gives every view the migrations create one publisher, and reads a view only in a repository', () => {
    const views = migratedViews(root);
    const published = Object.values(PUBLISHED_VIEWS).flat() as string[];
    expect(views.filter((v) => !publisherOf(v))).toEqual([]);
    expect(published.filter((v) => !views.includes(v))).toEqual([]);
    // Read a published view from your module's repository; write only through its publisher.
    expect(Object.fromEntries(viewsMisused(root, views))).toEqual({});
  });

  it('flags a view read outside a repository and a view written outside its publisher', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qf-views-'));
    try {
      const put = (path: string, text: string): void => {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), text);
      };
      put('src/triage/inbox/inbox.repository.ts', 'SELECT 1 FROM case_view v JOIN report_triage t ON true');
      put('src/triage/inbox/inbox.service.ts', 'SELECT number FROM case_view');
      put('src/triage/triage.repository.ts', 'UPDATE case_view SET status = 1');
      expect(Object.fromEntries(viewsMisused(dir, ['case_view']))).toEqual({
        'src/triage/inbox/inbox.service.ts': ['case_view'],
        'src/triage/triage.repository.ts': ['case_view'],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
