import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { JOB_QUEUE, jobIdOf, type JobItem } from './jobs.js';
import { OutboxRepository, type OutboxJobRow } from './outbox.repository.js';
import { QueueService } from './queue.service.js';

export interface OutboxEntry {
  id: string;
  item: JobItem;
}

/**
 * Transactional outbox. A job is first written to Postgres in the same transaction as
 * the change that needs it; then it is added to BullMQ right away if Redis answers, and
 * otherwise by the relay (run by every worker) once Redis is back. Because job ids are
 * deterministic and handlers idempotent, adding a job twice is harmless.
 */
@Injectable()
export class OutboxService implements OnModuleDestroy {
  private readonly logger = new Logger(OutboxService.name);
  private dispatchedIds: string[] = [];
  private pendingDispatch: OutboxEntry[] = [];
  private nextDispatch: Promise<void> | null = null;
  private flushTimer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueService,
    private readonly config: AppConfig,
    private readonly repository: OutboxRepository,
  ) {}

  /**
   * The rows `outbox_enqueue` takes for these jobs: for a module whose own statement writes its
   * change and the jobs it needs at once (ReportsRepository.createReports).
   */
  static rowsOf(items: readonly JobItem[]): OutboxJobRow[] {
    return items.map((i) => ({ queue: JOB_QUEUE[i.name], jobName: i.name, jobId: jobIdOf(i), payload: i.data }));
  }

  /** Writes jobs inside the caller's transaction. */
  async write(manager: EntityManager, items: JobItem[]): Promise<OutboxEntry[]> {
    if (items.length === 0) return [];
    const ids = await this.repository.insert(manager, OutboxService.rowsOf(items));
    return ids.map((id, index) => ({ id, item: items[index]! }));
  }

  /**
   * After commit: queue soon. Entries from concurrent requests are gathered for a few
   * milliseconds and added in one round trip. A failure is not an error for the caller:
   * the job is safe in Postgres and the relay will queue it.
   */
  dispatch(entries: OutboxEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    this.pendingDispatch.push(...entries);
    this.nextDispatch ??= new Promise<void>((resolve) =>
      setTimeout(() => {
        this.nextDispatch = null;
        void this.dispatchBatch(this.pendingDispatch.splice(0)).then(resolve);
      }, 2),
    );
    return this.nextDispatch;
  }

  private async dispatchBatch(entries: OutboxEntry[]): Promise<void> {
    try {
      await this.queues.addBulk(entries.map((e) => e.item));
      this.markDispatched(entries.map((e) => e.id));
    } catch (error) {
      this.logger.warn(`queue unavailable, ${entries.length} job(s) left to the outbox relay: ${(error as Error).message}`);
    }
  }

  /** Marks are batched into one UPDATE every few milliseconds: intake stays one round trip. */
  private markDispatched(ids: string[]): void {
    this.dispatchedIds.push(...ids);
    if (!this.flushTimer) this.flushTimer = setTimeout(() => void this.flush(), 20);
  }

  flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    const ids = this.dispatchedIds;
    this.dispatchedIds = [];
    if (ids.length === 0) return this.flushing;
    this.flushing = this.flushing.then(() =>
      this.repository
        .markDispatched(ids)
        // Left pending, the relay re-adds them: a no-op in BullMQ for the same job id.
        .catch((error: Error) => this.logger.warn(`could not mark ${ids.length} outbox row(s) dispatched: ${error.message}`)),
    );
    return this.flushing;
  }

  /** Queues every job still pending after the grace period. Safe to run in many workers at once. */
  async relayPending(limit = 500): Promise<number> {
    const graceMs = this.config.settings.queues.outboxRelayGraceMs;
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.lockPending(manager, graceMs, limit);
      if (rows.length === 0) return 0;
      const ids = rows.map((r) => r.id);
      try {
        await this.queues.addBulk(rows.map((r) => ({ queue: r.queue, name: r.jobName, data: r.payload }) as JobItem));
      } catch (error) {
        await this.repository.markRelayFailed(manager, ids, (error as Error).message.slice(0, 500));
        return 0;
      }
      await this.repository.markRelayed(manager, ids);
      return rows.length;
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.nextDispatch;
    await this.flush();
  }
}
