#!/usr/bin/env node
// No Docker engine runs on CI: this lints docker/Dockerfile and runs its build stage's
// steps outside Docker, in a scratch folder holding only what the COPY lines copy.
//  - every stage's base image is pinned to the Node line of .nvmrc (no `latest`);
//  - every COPY source exists (and is not excluded by .dockerignore), every
//    `COPY --from=stage` path exists after that stage's steps ran;
//  - dependencies are installed with `npm ci`; the final stage runs as a non-root USER.
// Usage: node scripts/check-dockerfile.mjs [--lint-only]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const lintOnly = process.argv.includes('--lint-only');
const problems = [];
const lines = readFileSync(join(repo, 'docker/Dockerfile'), 'utf8')
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const ignored = readFileSync(join(repo, '.dockerignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);
const nodeLine = readFileSync(join(repo, '.nvmrc'), 'utf8').trim();

/** Stages: name, base image, instructions. */
const stages = [];
for (const line of lines) {
  const [instruction, ...rest] = line.split(/\s+/);
  const args = rest.join(' ');
  if (instruction.toUpperCase() === 'FROM') {
    const [image, , name] = rest;
    stages.push({ name: name ?? `stage${stages.length}`, image, steps: [] });
  } else if (stages.length === 0) problems.push(`line before FROM: ${line}`);
  else stages.at(-1).steps.push({ instruction: instruction.toUpperCase(), args });
}

for (const stage of stages) {
  if (!new RegExp(`^node:${nodeLine}(-|$)`).test(stage.image)) {
    problems.push(`stage ${stage.name}: base image ${stage.image} is not on Node ${nodeLine} (.nvmrc)`);
  }
  for (const { instruction, args } of stage.steps) {
    if (instruction === 'RUN' && /\bnpm (install|i)\b/.test(args)) problems.push(`stage ${stage.name}: use npm ci, not "${args}"`);
    if (instruction === 'COPY' && !args.startsWith('--from=')) {
      for (const source of args.split(/\s+/).slice(0, -1)) {
        if (!existsSync(join(repo, source))) problems.push(`stage ${stage.name}: COPY source ${source} does not exist`);
        if (ignored.some((pattern) => source === pattern || source.startsWith(`${pattern}/`))) {
          problems.push(`stage ${stage.name}: COPY source ${source} is excluded by .dockerignore`);
        }
      }
    }
  }
}
const final = stages.at(-1);
const user = final?.steps.filter((s) => s.instruction === 'USER').at(-1);
if (!user || user.args === 'root' || user.args === '0') problems.push('the final stage must run as a non-root USER');

function runStage(stage, dirs) {
  const dir = mkdtempSync(join(tmpdir(), `qf-docker-${stage.name}-`));
  dirs.set(stage.name, dir);
  for (const { instruction, args } of stage.steps) {
    if (instruction === 'COPY') {
      const parts = args.split(/\s+/);
      const from = parts[0].startsWith('--from=') ? dirs.get(parts.shift().slice('--from='.length)) : repo;
      const target = join(dir, parts.pop());
      for (const source of parts) {
        const path = from === repo ? join(repo, source) : join(from, source.replace(/^\/app\/?/, ''));
        if (!existsSync(path)) {
          problems.push(`stage ${stage.name}: COPY ${source} finds nothing`);
          continue;
        }
        const single = parts.length === 1 && !target.endsWith('/') && !source.endsWith('/');
        cpSync(path, single && !existsSync(target) ? target : join(target, source.split('/').filter(Boolean).at(-1)), { recursive: true });
      }
    } else if (instruction === 'RUN' && stage !== final) {
      console.log(`[${stage.name}] RUN ${args}`);
      const result = spawnSync('sh', ['-c', args], { cwd: dir, stdio: 'inherit' });
      if (result.status !== 0) {
        problems.push(`stage ${stage.name}: "RUN ${args}" failed (exit ${result.status})`);
        return;
      }
    }
  }
}

if (!lintOnly && problems.length === 0) {
  const dirs = new Map();
  try {
    for (const stage of stages) runStage(stage, dirs);
    const entry = join(dirs.get(final.name), 'dist/main.js');
    if (problems.length === 0 && !existsSync(entry)) problems.push('the final stage has no dist/main.js');
  } finally {
    for (const dir of dirs.values()) rmSync(dir, { recursive: true, force: true });
  }
}
if (problems.length > 0) {
  console.error(`docker/Dockerfile: ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `docker/Dockerfile: ${stages.length} stages on Node ${nodeLine}${lintOnly ? ' (lint only)' : ', build steps ran outside Docker'}`,
);
