#!/usr/bin/env node
// Reproducible installs: exports the committed tree (HEAD) into a scratch folder as a fresh
// clone would see it, runs `npm ci`, then checks that the lockfile is complete, that
// `npm install` would not rewrite it, and that `git status` is empty afterwards.
// Run by CI (.ci/run); slow-ish (one install from npm's cache), so not part of jest.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'qf-fresh-clone-'));
const keep = process.env.QF_KEEP_SCRATCH === '1';

function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: scratch, encoding: 'utf8', ...options });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  }
  return result.stdout;
}

try {
  // `git clone` of a worktree checks out the repository's HEAD, not this branch: clone, then
  // check out this commit.
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
  sh('git', ['clone', '--quiet', '--no-checkout', repo, scratch], { cwd: repo });
  sh('git', ['checkout', '--quiet', head]);
  sh('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error']);
  sh('node', ['scripts/check-lockfile.mjs']);
  const afterCi = sh('git', ['status', '--porcelain']);
  if (afterCi.trim() !== '') throw new Error(`npm ci left the tree changed:\n${afterCi}`);
  sh('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error']);
  const afterInstall = sh('git', ['status', '--porcelain']);
  if (afterInstall.trim() !== '') {
    throw new Error(`npm install rewrote tracked files:\n${afterInstall}${sh('git', ['diff', '--stat'])}`);
  }
  console.log(`fresh clone of ${head.slice(0, 12)}: npm ci installs, the lockfile is complete and stable, git status is empty`);
} catch (error) {
  console.error(`fresh-clone check failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  if (keep) console.log(`scratch kept at ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}
