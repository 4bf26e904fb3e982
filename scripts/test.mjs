// `npm test`: installs what is missing, then runs every test (unit and end-to-end).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs the commands side by side; exits with the first failure's status once all have ended. */
async function runTogether(commands) {
  const statuses = await Promise.all(
    commands.map(
      ([command, args]) =>
        new Promise((resolve) => {
          const child = spawn(command, args, { stdio: 'inherit' });
          child.on('error', () => resolve(1));
          child.on('exit', (code) => resolve(code ?? 1));
        }),
    ),
  );
  const failed = statuses.find((status) => status !== 0);
  if (failed !== undefined) process.exit(failed);
}

// npm ci: installs exactly the lockfile (complete for every platform) and never rewrites it.
if (!existsSync('node_modules/.package-lock.json')) run('npm', ['ci', '--no-audit', '--no-fund']);
// Typecheck the sources and the tests, and build: the fault tests run the built api and worker as
// processes. Both at once (two cores), and incremental: a second run with unchanged sources (CI runs
// the suite on two Node lines) reuses the first one's work. The build's record lives in dist/
// (tsconfig.build.json), so removing dist rebuilds everything; the typecheck's record is in
// node_modules/.cache.
const started = Date.now();
await runTogether([
  ['npx', ['tsc', '-p', 'tsconfig.test.json', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/qingfeng/typecheck.tsbuildinfo']],
  ['npx', ['tsc', '-p', 'tsconfig.build.json']],
]);
console.error(`typecheck and build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
// --throw-deprecation (jest and its workers, not the processes the tests start): a deprecated
// call is a failure, e.g. pg's "client.query() when the client is already executing a query",
// which pg 9 makes an error (queries run concurrently on one transaction's connection).
run(process.execPath, ['--throw-deprecation', 'node_modules/jest/bin/jest.js', '--ci', ...process.argv.slice(2)], {
  NODE_OPTIONS: '--experimental-vm-modules',
});
