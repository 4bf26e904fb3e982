import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runCommand, runQuery, type Queryable } from '../../infra/database/sql.js';
import type { CodesOf } from '../../infra/labels/catalogue.js';
import { createMonthPartitions, type PartitionOutcome } from '../../infra/database/partitions.js';
import * as q from './report-events.queries.js';

/** Who acted on a case: the reporter, a staff member, the system, or an agency answering a request. */
export type ActorKind = 'REPORTER' | 'STAFF' | 'SYSTEM' | 'AGENCY';

/** A kind of event on a case's timeline: only a kind with a Chinese label can be appended. */
export type ReportEventType = CodesOf<'reportEventType'>;

/** One state change or action on a report, as appended to its timeline. */
export interface NewReportEvent {
  reportId: string;
  type: ReportEventType;
  actorKind: ActorKind;
  /** The staff member (or agency account) who acted; none for the reporter and the system. */
  actorId?: string | null;
  data?: Record<string, unknown>;
}

/** One event of a case's timeline, as read back. */
export interface ReportEventRow {
  id: string;
  type: string;
  actorKind: ActorKind;
  actorId: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

/**
 * The case timeline (table report_event, owned by the reports module): append-only, read
 * here and nowhere else; the queries are in `report-events.sql`, typed from the schema.
 *
 * An event records a change, so it is written on the change's own connection: pass the
 * EntityManager of the transaction that makes the change (a report's status change commits
 * only with an event of that transaction, checked by a deferred trigger). Events of one call
 * are numbered in the order given, and a timeline reads back in that order.
 */
@Injectable()
export class ReportEventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends one event, on `on` (the change's transaction; the pool only for an event that records no other write). */
  async append(on: Queryable, event: NewReportEvent): Promise<void> {
    await runCommand(
      q.appendEvent,
      {
        reportId: event.reportId,
        type: event.type,
        actorKind: event.actorKind,
        actorId: event.actorId ?? null,
        data: JSON.stringify(event.data ?? {}),
      },
      on,
    );
  }

  /** Appends events in one statement, numbered in the order given, on `on` (as `append`). */
  async appendMany(on: Queryable, events: readonly NewReportEvent[]): Promise<void> {
    if (events.length === 0) return;
    await runCommand(
      q.appendEvents,
      {
        reportIds: events.map((e) => e.reportId),
        types: events.map((e) => e.type),
        actorKinds: events.map((e) => e.actorKind),
        actorIds: events.map((e) => e.actorId ?? null) as string[],
        data: events.map((e) => JSON.stringify(e.data ?? {})),
      },
      on,
    );
  }

  /** A case's timeline, oldest first. */
  async historyOf(reportId: string, on: Queryable = this.dataSource): Promise<ReportEventRow[]> {
    const rows = await runQuery(q.historyOf, { reportId }, on);
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      actorKind: row.actor_kind as ActorKind,
      actorId: row.actor_id,
      data: row.data as Record<string, unknown>,
      createdAt: row.created_at,
    }));
  }

  /**
   * How many cases were disposed of each way in a period of civil dates `from`..`to`
   * (inclusive, in the session's time zone), each case once by its last disposition; a
   * merge counts as MERGE.
   */
  dispositionCounts(
    period: { from: string; to: string },
    on: Queryable = this.dataSource,
  ): Promise<Array<{ key: string | null; count: number }>> {
    return runQuery(q.dispositionCounts, { from: period.from, to: period.to }, on);
  }

  /** The data of each tip's RECEIVED event (what its form or channel recorded), by report id. */
  async receivedData(reportIds: string[], on: Queryable = this.dataSource): Promise<Map<string, Record<string, unknown>>> {
    if (!reportIds.length) return new Map();
    const rows = await runQuery(q.receivedData, { reportIds }, on);
    return new Map(rows.map((row) => [row.report_id, row.data as Record<string, unknown>]));
  }

  /** Creates report_event's partitions of these months (`YYYY-MM`) that do not exist yet (job partition-maintenance). */
  ensureMonthPartitions(on: Queryable, months: readonly string[]): Promise<Array<{ month: string; outcome: PartitionOutcome }>> {
    return createMonthPartitions(on, 'report_event', months);
  }
}
