/**
 * Where the tests find Postgres and Redis. Each run makes its own databases (named
 * qf_t_<run>_…) and its own Redis key prefix, and removes them at the end, so tests
 * never touch anyone else's data on a shared server.
 */
export const ADMIN_PG_URL = process.env['QF_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env['QF_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export function runId(): string {
  const id = process.env['QF_TEST_RUN'];
  if (!id) throw new Error('QF_TEST_RUN is not set: run the e2e tests through jest (global setup)');
  return id;
}

export const templateDatabase = (run: string) => `qf_t_${run}_tpl`;
