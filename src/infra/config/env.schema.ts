import { z } from 'zod';

/**
 * Environment variables: secrets and where the services are. Nothing secret is read
 * from files in `config/`. Validated once at boot; a bad value stops the process.
 */
const base64Key = (minBytes: number) =>
  z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length >= minBytes, `expected at least ${minBytes} bytes, base64-encoded`);

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_BASE_URL: z.url().default('http://localhost:3000'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'expected postgres://user@host:port/database'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'expected redis://host:port'),
  /** Prefix for every Redis key; wrap in braces (`{qf}`) to pin queues to one Redis Cluster slot. */
  QUEUE_PREFIX: z.string().min(1).default('qf'),
  QF_CONFIG_DIR: z.string().default('config'),
  QF_STORAGE_DIR: z.string().default('var/attachments'),
  /** Master keys that wrap data keys: `id:base64key[,id:base64key…]`, 32-byte keys. */
  QF_MASTER_KEYS: z
    .string()
    .min(1)
    .refine(
      (v) =>
        v.split(',').every((part) => {
          const [id, key] = part.split(':');
          return !!id && /^[\w-]+$/.test(id) && !!key && Buffer.from(key, 'base64').length === 32;
        }),
      'expected id:base64key pairs separated by commas, each key 32 bytes (openssl rand -base64 32)',
    ),
  /** Which master key wraps new data keys; defaults to the last one listed. */
  QF_ACTIVE_MASTER_KEY: z.string().optional(),
  /** Key for keyed hashes (receipt codes, phone numbers, client addresses). */
  QF_HASH_KEY: base64Key(32),
});
export type Env = z.infer<typeof envSchema>;
