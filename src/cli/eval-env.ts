import { randomBytes } from 'node:crypto';

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
