import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PUBLISHED_VIEWS, TABLE_OWNERS } from './table-owners.js';

/** The tables the migrations create. */
export function migratedTables(root: string): string[] {
  return [...new Set([...migrationsText(root).matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)/g)].map((m) => m[1]!))].sort();
}

/** The views the migrations create. */
export function migratedViews(root: string): string[] {
  return [...new Set([...migrationsText(root).matchAll(/CREATE (?:OR REPLACE )?VIEW "?([a-z_]+)/g)].map((m) => m[1]!))].sort();
}

function migrationsText(root: string): string {
  const dir = join(root, 'src/infra/database/migrations');
  return readdirSync(dir)
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
}

/** The module that publishes a view, by PUBLISHED_VIEWS. */
export function publisherOf(view: string): string | undefined {
  return Object.entries(PUBLISHED_VIEWS).find(([, views]) => (views as readonly string[]).includes(view))?.[0];
}

/**
 * Every place a published view is named outside a repository, or written to outside its
 * publisher's repository: `path → views`. Any module's repository may read another's view.
 */
export function viewsMisused(root: string, views: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const path of sourceFiles(root)) {
    const text = readFileSync(join(root, path), 'utf8');
    const module = path.split('/')[1] ?? '';
    const misused = views.filter((view) => {
      const publisher = publisherOf(view) ?? '';
      const read = new RegExp(`\\b(?:FROM|JOIN)\\s+${view}\\b`).test(text);
      const written = new RegExp(`\\b(?:INTO|UPDATE|TABLE)\\s+${view}\\b`).test(text);
      return (read && !isRepositoryFile(path, module)) || (written && !isRepositoryFile(path, publisher));
    });
    if (misused.length) out.set(path, misused);
  }
  return out;
}

/** The module that owns a table, by TABLE_OWNERS. */
export function ownerOf(table: string): string | undefined {
  return Object.entries(TABLE_OWNERS).find(([, tables]) => (tables as readonly string[]).includes(table))?.[0];
}

/** A file that may name its module's tables: the module's repository, its SQL and entities. */
export function isRepositoryFile(path: string, module: string): boolean {
  return path.startsWith(`src/${module}/`) && /(\.repository\.ts|\.sql|\.queries\.ts|\.entity\.ts)$/.test(path);
}

/**
 * Every place a source file names a table in SQL (FROM, JOIN, INTO, UPDATE, TABLE) or as an
 * entity, outside the owner's repository: `path → tables`. Migrations and tests are left out.
 */
export function tablesNamedOutsideOwners(root: string, tables: string[]): Map<string, string[]> {
  const patterns = tables.map((table) => ({
    table,
    re: new RegExp(`(?:\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+|@Entity\\(\\s*')${table}\\b`),
  }));
  const out = new Map<string, string[]>();
  for (const path of sourceFiles(root)) {
    const text = readFileSync(join(root, path), 'utf8');
    const named = patterns.filter(({ table, re }) => re.test(text) && !isRepositoryFile(path, ownerOf(table) ?? '')).map((p) => p.table);
    if (named.length) out.set(path, named);
  }
  return out;
}

function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'migrations') walk(path);
      } else if (/\.(ts|sql)$/.test(name) && !name.endsWith('.spec.ts')) files.push(relative(root, path));
    }
  };
  walk(join(root, 'src'));
  return files.sort();
}
