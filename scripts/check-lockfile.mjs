#!/usr/bin/env node
// Checks that package-lock.json is complete: every optional dependency of every locked
// package (the per-platform binaries of @node-rs/jieba, msgpackr-extract, @swc/core, …) has
// its own entry, so `npm ci` on any platform installs from the lockfile alone.
// Usage: node scripts/check-lockfile.mjs [path/to/package-lock.json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages ?? {};
const missing = [];

/** npm's lookup: the nearest node_modules folder up from the dependent package. */
function resolves(from, name) {
  let dir = from;
  for (;;) {
    if (packages[join(dir, 'node_modules', name)]) return true;
    if (dir === '' || dir === '.') return false;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
}

for (const [path, entry] of Object.entries(packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    if (!resolves(path, name)) missing.push(`${path || '(root)'} -> ${name}`);
  }
}
if (lock.lockfileVersion !== 3) missing.push(`lockfileVersion is ${lock.lockfileVersion}, expected 3`);
if (missing.length > 0) {
  console.error(`${file}: ${missing.length} optional dependencies have no entry (run \`npm install\` with a complete lockfile):`);
  for (const line of missing) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`${file}: complete (${Object.keys(packages).length - 1} packages)`);
