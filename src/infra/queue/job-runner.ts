import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Worker, type Job } from 'bullmq';
import { AppConfig } from '../config/app-config.js';
import { JobHandler, type HandlesJob } from './job-handler.js';
import { JOB_QUEUE, QUEUE_NAMES, type JobData, type JobName, type QueueName } from './jobs.js';
import { OutboxService } from './outbox.service.js';
import { workerConnection, type RedisClient } from './redis.js';

/**
 * Runs in the worker process: finds the one handler of every job name, refuses to
 * start if any job lacks one or has two, consumes every queue, and relays the outbox.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly workers: Worker[] = [];
  private readonly connections: RedisClient[] = [];
  private relayTimer: NodeJS.Timeout | null = null;
  private relaying = false;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly config: AppConfig,
    private readonly outbox: OutboxService,
  ) {}

  private collectHandlers(): Map<JobName, HandlesJob<JobName>> {
    const handlers = new Map<JobName, HandlesJob<JobName>>();
    for (const wrapper of this.discovery.getProviders({ metadataKey: JobHandler.KEY })) {
      const name = this.discovery.getMetadataByDecorator(JobHandler, wrapper);
      if (!name || !wrapper.instance) continue;
      if (handlers.has(name)) throw new Error(`job "${name}" has more than one handler`);
      handlers.set(name, wrapper.instance as HandlesJob<JobName>);
    }
    const missing = (Object.keys(JOB_QUEUE) as JobName[]).filter((name) => !handlers.has(name));
    if (missing.length > 0) throw new Error(`jobs without a handler: ${missing.join(', ')}`);
    return handlers;
  }

  onApplicationBootstrap(): void {
    const handlers = this.collectHandlers();
    for (const queue of QUEUE_NAMES) this.workers.push(this.startWorker(queue, handlers));
    const interval = this.config.settings.queues.outboxRelayIntervalMs;
    this.relayTimer = setInterval(() => void this.relayOnce(), interval);
  }

  private startWorker(queue: QueueName, handlers: Map<JobName, HandlesJob<JobName>>): Worker {
    const connection = workerConnection(this.config.env.REDIS_URL);
    this.connections.push(connection);
    const worker = new Worker(
      queue,
      async (job: Job<unknown>) => {
        const handler = handlers.get(job.name as JobName);
        if (!handler) throw new Error(`no handler for job "${job.name}" on queue ${queue}`);
        // The outbox wrote this job from a typed JobItem of this name.
        await handler.handle(job.data as JobData<JobName>);
      },
      {
        connection,
        prefix: this.config.env.QUEUE_PREFIX,
        // The triage queue holds more jobs at once: the tips in flight are written as one batch.
        concurrency: queue === 'triage' ? this.config.settings.queues.triageConcurrency : this.config.settings.queues.concurrency,
        lockDuration: this.config.settings.queues.jobLockMs,
        stalledInterval: this.config.settings.queues.stalledCheckMs,
      },
    );
    worker.on('failed', (job, error) => this.logger.warn(`job ${job?.id} (${job?.name}) failed: ${error.message}`));
    worker.on('error', (error) => this.logger.warn(`worker ${queue}: ${error.message}`));
    return worker;
  }

  /** One pass of the outbox relay; exposed so tests can drive it without waiting. */
  async relayOnce(): Promise<number> {
    if (this.relaying) return 0;
    this.relaying = true;
    try {
      let total = 0;
      for (let n = await this.outbox.relayPending(); n > 0; n = await this.outbox.relayPending()) total += n;
      return total;
    } catch (error) {
      this.logger.warn(`outbox relay: ${(error as Error).message}`);
      return 0;
    } finally {
      this.relaying = false;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.relayTimer) clearInterval(this.relayTimer);
    await Promise.allSettled(this.workers.map((w) => w.close()));
    for (const connection of this.connections) connection.disconnect();
  }
}
