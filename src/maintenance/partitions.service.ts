import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository.js';
import { AppConfig } from '../infra/config/app-config.js';
import { Clock } from '../infra/clock/clock.js';
import { lockForTransaction } from '../infra/database/locks.js';
import { monthBefore, monthsFrom, type PartitionOutcome } from '../infra/database/partitions.js';
import { OutboxRepository } from '../infra/queue/outbox.repository.js';
import { ReportEventsRepository } from '../reports/events/report-events.repository.js';

/** What one run did: partitions by name (`<table>_pYYYY_MM`). */
export interface PartitionRun {
  created: string[];
  /** Months whose rows the DEFAULT partition already holds: left there (Postgres cannot split them out). */
  heldByDefault: string[];
  dropped: string[];
  /** Old outbox partitions kept because jobs in them were never dispatched, and how many. */
  kept: Array<{ partition: string; pending: number }>;
}

const name = (table: string, month: string) => `${table}_p${month.replace('-', '_')}`;

/**
 * The monthly partitions of the tables that grow with every tip and action (migration
 * TimePartitions1765440000000): creates this month's and the next `partitions.monthsAhead`
 * months' partitions of report_event, audit_log and outbox, and drops outbox partitions of
 * months before the last `partitions.outboxKeepMonths` once every job in them was dispatched.
 * Each table's work is one short transaction under an advisory lock of its own, so two
 * workers never create the same partition and intake waits on at most one table's DDL.
 * Every owner creates its own partitions through its repository.
 */
@Injectable()
export class PartitionMaintenance {
  private readonly logger = new Logger(PartitionMaintenance.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly reportEvents: ReportEventsRepository,
    private readonly audit: AuditRepository,
    private readonly outbox: OutboxRepository,
  ) {}

  async run(): Promise<PartitionRun> {
    const { monthsAhead, outboxKeepMonths } = this.config.settings.partitions;
    const now = this.clock.now();
    const months = monthsFrom(now, monthsAhead + 1);
    const out: PartitionRun = { created: [], heldByDefault: [], dropped: [], kept: [] };
    const owners: Array<[string, (m: EntityManager) => Promise<Array<{ month: string; outcome: PartitionOutcome }>>]> = [
      ['report_event', (m) => this.reportEvents.ensureMonthPartitions(m, months)],
      ['audit_log', (m) => this.audit.ensureMonthPartitions(m, months)],
      ['outbox', (m) => this.outbox.ensureMonthPartitions(m, months)],
    ];
    for (const [table, ensure] of owners) {
      for (const { month, outcome } of await this.locked(table, ensure)) {
        if (outcome === 'CREATED') out.created.push(name(table, month));
        if (outcome === 'HELD_BY_DEFAULT') out.heldByDefault.push(name(table, month));
      }
    }

    const [oldestKept] = monthsFrom(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - outboxKeepMonths, 1)), 1);
    const old = (await this.outbox.monthPartitions(this.dataSource)).filter((p) => monthBefore(p.month, oldestKept!));
    for (const partition of old) {
      const pending = await this.locked('outbox', (m) => this.outbox.dropDispatchedPartition(m, partition.name));
      if (pending === 0) out.dropped.push(partition.name);
      else out.kept.push({ partition: partition.name, pending });
    }

    if (out.created.length || out.dropped.length) {
      this.logger.log(
        `partitions created: ${out.created.join(', ') || 'none'}; outbox partitions dropped: ${out.dropped.join(', ') || 'none'}`,
      );
    }
    for (const held of out.heldByDefault) {
      this.logger.warn(`partition ${held} not created: the DEFAULT partition already holds rows of that month (they stay there)`);
    }
    for (const { partition, pending } of out.kept) {
      this.logger.warn(`outbox partition ${partition} kept: ${pending} job(s) in it were never dispatched`);
    }
    return out;
  }

  private locked<T>(table: string, work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (m) => {
      await lockForTransaction(m, `partitions:${table}`);
      return work(m);
    });
  }
}
