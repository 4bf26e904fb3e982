import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { JOB_QUEUE, jobIdOf, type JobItem } from './jobs.js';
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
  ) {}

  /** Writes jobs inside the caller's transaction. */
  async write(manager: EntityManager, items: JobItem[]): Promise<OutboxEntry[]> {
    if (items.length === 0) return [];
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO outbox (queue, job_name, job_id, payload)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[]) RETURNING id`,
      [
        items.map((i) => JOB_QUEUE[i.name]),
        items.map((i) => i.name),
        items.map((i) => jobIdOf(i)),
        items.map((i) => JSON.stringify(i.data)),
      ],
    );
    return rows.map((row, index) => ({ id: String(row.id), item: items[index]! }));
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
      this.dataSource
        .query(`UPDATE outbox SET dispatched_at = now() WHERE id = ANY($1::bigint[]) AND dispatched_at IS NULL`, [ids])
        .then(() => undefined)
        // Left pending, the relay re-adds them: a no-op in BullMQ for the same job id.
        .catch((error: Error) => this.logger.warn(`could not mark ${ids.length} outbox row(s) dispatched: ${error.message}`)),
    );
    return this.flushing;
  }

  /** Queues every job still pending after the grace period. Safe to run in many workers at once. */
  async relayPending(limit = 500): Promise<number> {
    const graceMs = this.config.settings.queues.outboxRelayGraceMs;
    return this.dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string; job_name: JobItem['name']; queue: string; payload: unknown }> = await manager.query(
        `SELECT id, queue, job_name, payload FROM outbox
          WHERE dispatched_at IS NULL AND created_at < now() - make_interval(secs => $1::double precision / 1000)
          ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [graceMs, limit],
      );
      if (rows.length === 0) return 0;
      const ids = rows.map((r) => String(r.id));
      try {
        await this.queues.addBulk(rows.map((r) => ({ queue: r.queue, name: r.job_name, data: r.payload }) as JobItem));
      } catch (error) {
        await manager.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])`, [
          ids,
          (error as Error).message.slice(0, 500),
        ]);
        return 0;
      }
      await manager.query(`UPDATE outbox SET dispatched_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`, [ids]);
      return rows.length;
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.nextDispatch;
    await this.flush();
  }
}
