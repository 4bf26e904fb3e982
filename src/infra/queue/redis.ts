import { Redis, type RedisOptions } from 'ioredis';

/**
 * Connection for producers (api): fail fast when Redis is away instead of queueing
 * commands in memory, so intake falls back to the outbox at once and never hangs.
 */
export function producerConnection(url: string, extra: RedisOptions = {}): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    ...extra,
  });
}

/** Connection for BullMQ workers: BullMQ requires maxRetriesPerRequest null for blocking calls. */
export function workerConnection(url: string): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
}
