import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createMonthPartitions, monthPartitions, type MonthPartition, type PartitionOutcome } from '../database/partitions.js';
import { runCommand, runQuery, type Queryable } from '../database/sql.js';
import * as q from './outbox.queries.js';

/** A job as the outbox keeps it until it is in the queue. */
export interface OutboxJobRow {
  queue: string;
  jobName: string;
  jobId: string;
  payload: unknown;
}

/** A pending row the relay locked: its id and the job to add. */
export interface PendingOutboxRow {
  id: string;
  queue: string;
  jobName: string;
  payload: unknown;
}

/**
 * The transactional outbox (table outbox, owned by infra): read and written here and nowhere
 * else; the queries are in `outbox.sql`, typed from the schema. Each method is one statement.
 */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts the jobs on `on` (the caller's transaction) in one statement; their ids in the order given. */
  async insert(on: Queryable, jobs: readonly OutboxJobRow[]): Promise<string[]> {
    const rows = await runQuery(
      q.insertJobs,
      {
        queues: jobs.map((j) => j.queue),
        jobNames: jobs.map((j) => j.jobName),
        jobIds: jobs.map((j) => j.jobId),
        // jsonb[]: each payload as JSON text (pg would send a JS object array as a Postgres array literal).
        payloads: jobs.map((j) => JSON.stringify(j.payload)),
      },
      on,
    );
    return rows.map((row) => String(row.id));
  }

  /** Marks rows queued right after commit (those already marked stay as they are). */
  async markDispatched(ids: readonly string[]): Promise<void> {
    await runCommand(q.markDispatched, { ids: [...ids] }, this.dataSource);
  }

  /** Locks up to `limit` rows pending for longer than the grace period, oldest first (FOR UPDATE SKIP LOCKED): `on` is a transaction. */
  async lockPending(on: Queryable, graceMs: number, limit: number): Promise<PendingOutboxRow[]> {
    const rows = await runQuery(q.lockPending, { graceMs, limit }, on);
    return rows.map((r) => ({ id: String(r.id), queue: r.queue, jobName: r.job_name, payload: r.payload }));
  }

  /** The queue refused: one more attempt, and why. */
  async markRelayFailed(on: Queryable, ids: readonly string[], lastError: string): Promise<void> {
    await runCommand(q.markRelayFailed, { ids: [...ids], lastError }, on);
  }

  /** The relay queued them. */
  async markRelayed(on: Queryable, ids: readonly string[]): Promise<void> {
    await runCommand(q.markRelayed, { ids: [...ids] }, on);
  }

  /** Every job of a kind, oldest first, dispatched or not (the eval command runs them itself, in a database of its own). */
  async jobsOf(jobName: string): Promise<Array<{ id: string; payload: unknown }>> {
    return (await runQuery(q.jobsOf, { jobName }, this.dataSource)).map((r) => ({ id: String(r.id), payload: r.payload }));
  }

  /** Creates outbox's partitions of these months (`YYYY-MM`) that do not exist yet (job partition-maintenance). */
  ensureMonthPartitions(on: Queryable, months: readonly string[]): Promise<Array<{ month: string; outcome: PartitionOutcome }>> {
    return createMonthPartitions(on, 'outbox', months);
  }

  /** The outbox's month partitions, oldest first. */
  monthPartitions(on: Queryable): Promise<MonthPartition[]> {
    return monthPartitions(on, 'outbox');
  }

  /** Drops a month partition when every row in it was dispatched; answers how many were not (then it is kept). */
  async dropDispatchedPartition(on: Queryable, partition: string): Promise<number> {
    const [row] = await runQuery(q.dropDispatchedPartition, { partition }, on);
    return Number(row!.pending);
  }
}
