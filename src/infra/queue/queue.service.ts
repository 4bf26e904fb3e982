import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Queue, type JobsOptions } from 'bullmq';
import { AppConfig } from '../config/app-config.js';
import { JOB_QUEUE, QUEUE_NAMES, jobIdOf, type JobItem, type QueueName } from './jobs.js';
import { producerConnection, type RedisClient } from './redis.js';

const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  // Kept for a day so a re-add of the same deterministic id within that time is a no-op.
  removeOnComplete: { age: 24 * 3600, count: 50_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};

/** Adds jobs to BullMQ. Producers that must not lose work go through the outbox instead. */
@Injectable()
export class QueueService implements OnModuleDestroy {
  private readonly logger = new Logger(QueueService.name);
  readonly connection: RedisClient;
  /**
   * For small counters (rate limits) on every request: auto-pipelined, so the commands of
   * concurrent requests leave in one write instead of one each.
   */
  readonly counters: RedisClient;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly config: AppConfig) {
    this.connection = producerConnection(config.env.REDIS_URL);
    this.connection.on('error', (error: Error) => this.logger.warn(`Redis (producer): ${error.message}`));
    this.counters = producerConnection(config.env.REDIS_URL, { autoPipelining: true });
    this.counters.on('error', (error: Error) => this.logger.warn(`Redis (counters): ${error.message}`));
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.config.env.QUEUE_PREFIX });
      queue.on('error', (error) => this.logger.warn(`queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** The defaults, with the attempts and back-off configured for this job name (queues.retries). */
  private optionsFor(item: JobItem): JobsOptions {
    const retry = this.config.settings.queues.retries[item.name];
    return retry
      ? { ...DEFAULT_JOB_OPTIONS, attempts: retry.attempts, backoff: { type: 'exponential', delay: retry.backoffMs } }
      : DEFAULT_JOB_OPTIONS;
  }

  async add(item: JobItem, options: JobsOptions = {}): Promise<void> {
    await this.queue(JOB_QUEUE[item.name]).add(item.name, item.data, {
      ...this.optionsFor(item),
      jobId: jobIdOf(item),
      ...options,
    });
  }

  /** Adds jobs in one round trip per queue; `options[i]` (e.g. a delay) applies to `items[i]`. */
  async addBulk(items: JobItem[], options: ReadonlyArray<JobsOptions | undefined> = []): Promise<void> {
    const byQueue = new Map<QueueName, Array<{ item: JobItem; opts: JobsOptions | undefined }>>();
    for (const [i, item] of items.entries()) {
      const q = JOB_QUEUE[item.name];
      const group = byQueue.get(q) ?? [];
      group.push({ item, opts: options[i] });
      byQueue.set(q, group);
    }
    for (const [name, group] of byQueue) {
      await this.queue(name).addBulk(
        group.map(({ item, opts }) => ({
          name: item.name,
          data: item.data,
          opts: { ...this.optionsFor(item), jobId: jobIdOf(item), ...opts },
        })),
      );
    }
  }

  async ping(): Promise<void> {
    await this.connection.ping();
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    this.connection.disconnect();
    this.counters.disconnect();
  }

  static readonly queueNames = QUEUE_NAMES;
}
