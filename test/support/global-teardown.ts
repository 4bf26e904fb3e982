import { Redis } from 'ioredis';
import pg from 'pg';

// Global teardown runs outside Jest's ESM loader, so it reads the same variables directly.
const ADMIN_PG_URL = process.env['QF_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TEST_REDIS_URL = process.env['QF_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

// Databases dropped at once: each DROP DATABASE waits for a checkpoint, and concurrent drops
// share one. One after another, a run's ~200 databases took 60-100 s after the last test.
const DROP_CONCURRENCY = 8;

/** Drops every database and Redis key this run made. */
export default async function globalTeardown(): Promise<void> {
  const run = process.env['QF_TEST_RUN'];
  if (!run) return;
  const admin = new pg.Pool({ connectionString: ADMIN_PG_URL, max: DROP_CONCURRENCY });
  try {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`qf_t_${run}_%`]);
    const names = rows.map((row) => row.datname);
    const failures: unknown[] = [];
    await Promise.all(
      Array.from({ length: DROP_CONCURRENCY }, async () => {
        for (let name = names.pop(); name !== undefined; name = names.pop()) {
          await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch((error: unknown) => failures.push(error));
        }
      }),
    );
    if (failures.length) throw failures[0];
  } finally {
    await admin.end();
  }
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `qf-t-${run}-*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } catch {
    // Redis unreachable: nothing of ours can be left there either.
  } finally {
    redis.disconnect();
  }
}
