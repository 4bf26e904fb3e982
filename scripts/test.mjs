// `npm test`: installs what is missing, then runs every test (unit and end-to-end).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// npm ci: installs exactly the lockfile (complete for every platform) and never rewrites it.
if (!existsSync('node_modules/.package-lock.json')) run('npm', ['ci', '--no-audit', '--no-fund']);
// Typecheck the sources and the tests, then build: the fault tests run the built api and worker as processes.
run('npx', ['tsc', '-p', 'tsconfig.test.json']);
run('npm', ['run', 'build', '--silent']);
// --throw-deprecation (jest and its workers, not the processes the tests start): a deprecated
// call is a failure, e.g. pg's "client.query() when the client is already executing a query",
// which pg 9 makes an error (queries run concurrently on one transaction's connection).
run(process.execPath, ['--throw-deprecation', 'node_modules/jest/bin/jest.js', '--ci', ...process.argv.slice(2)], {
  NODE_OPTIONS: '--experimental-vm-modules',
});
