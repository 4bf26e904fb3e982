import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { parseRedisTarget } from '../infra/queue/redis.js';

/**
 * Where evaluations create their throw-away databases: QF_EVAL_PG_URL, else the test
 * server, else the server of DATABASE_URL (as the quickstart wrote it), else the default.
 */
export function evalAdminUrl(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env['QF_EVAL_PG_URL'] ?? env['QF_TEST_PG_URL'];
  if (explicit) return explicit;
  if (env['DATABASE_URL']) return Object.assign(new URL(env['DATABASE_URL']), { pathname: '/postgres' }).toString();
  return 'postgres://postgres@127.0.0.1:5432/postgres';
}

/**
 * The environment of an evaluation's throw-away database: fresh keys, its own Redis
 * prefix and storage folder, quiet logs. The eval commands set it before booting the
 * application's modules against that database.
 */
export function evalEnvironment(databaseUrl: string, name: string, storageDir: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '4',
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `qf-eval-${name}`,
    LOG_LEVEL: 'silent',
    QF_STORAGE_DIR: storageDir,
    QF_MASTER_KEYS: `eval:${randomBytes(32).toString('base64')}`,
    QF_HASH_KEY: randomBytes(32).toString('base64'),
  };
}

/** Deletes the evaluation's queues (its Redis prefix) when it is done; a cluster is left alone. */
export async function clearEvalQueues(env: Record<string, string>): Promise<void> {
  const target = parseRedisTarget(env['REDIS_URL']!);
  if (target.kind !== 'single') return;
  const redis = new Redis(target.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${env['QUEUE_PREFIX']}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
