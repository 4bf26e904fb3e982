import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';

/** A single Redis or a Redis Cluster: both carry the queues and the rate-limit counters. */
export type RedisClient = Redis | Cluster;

export type RedisTarget =
  { kind: 'single'; url: string } | { kind: 'cluster'; nodes: Array<{ host: string; port: number }>; password?: string };

/**
 * `redis://host:port` (or `rediss://`) is one server; `redis+cluster://host:port,host:port,…`
 * names seed nodes of a Redis Cluster. With a cluster, QUEUE_PREFIX must be a hash tag
 * such as `{qf}` so each queue's keys live in one slot.
 */
export function parseRedisTarget(url: string): RedisTarget {
  const cluster = /^redis\+cluster:\/\/(?:(?::([^@]*))@)?([^/]+)\/?$/.exec(url);
  if (!cluster) return { kind: 'single', url };
  const nodes = cluster[2]!.split(',').map((hostPort) => {
    const [host, port] = hostPort.split(':');
    if (!host || !port || !/^\d+$/.test(port)) throw new Error(`invalid cluster node "${hostPort}" in REDIS_URL: expected host:port`);
    return { host, port: Number(port) };
  });
  return { kind: 'cluster', nodes, ...(cluster[1] ? { password: decodeURIComponent(cluster[1]) } : {}) };
}

function connect(url: string, options: RedisOptions): RedisClient {
  const target = parseRedisTarget(url);
  if (target.kind === 'single') return new Redis(target.url, options);
  const { enableOfflineQueue, ...perNode } = options;
  const clusterOptions: ClusterOptions = {
    redisOptions: { ...perNode, ...(target.password ? { password: target.password } : {}) },
    clusterRetryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    ...(enableOfflineQueue === undefined ? {} : { enableOfflineQueue }),
  };
  return new Cluster(target.nodes, clusterOptions);
}

/**
 * Connection for producers (api): fail fast when Redis is away instead of queueing
 * commands in memory, so intake falls back to the outbox at once and never hangs.
 */
export function producerConnection(url: string, options: { autoPipelining?: boolean } = {}): RedisClient {
  return connect(url, {
    enableOfflineQueue: false,
    enableAutoPipelining: options.autoPipelining ?? false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
}

/** Connection for BullMQ workers: BullMQ requires maxRetriesPerRequest null for blocking calls. */
export function workerConnection(url: string): RedisClient {
  return connect(url, {
    maxRetriesPerRequest: null,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
}
