import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IDatabaseConnection, PreparedQuery } from '@pgtyped/runtime';
import type { DataSource } from 'typeorm';
import { createMonthPartitions, type PartitionOutcome } from '../infra/database/partitions.js';
import { runCommand, runQuery, type Queryable } from '../infra/database/sql.js';
import type { AuditAnchor } from './audit-anchor.js';
import type { AuditRecord, StoredAuditRecord } from './audit-chain.js';
import * as q from './audit.queries.js';

/**
 * Where the chain is read: the DataSource or a transaction's EntityManager, or a plain query
 * function over a connection of its own (`npm run audit:verify` reads the trail with its own
 * pg client, outside Nest).
 */
export type AuditSource = Queryable | ((sql: string, params: unknown[]) => Promise<unknown[]>);

/** The filters of the trail's pages; each applies when given (dates are China-time days). */
export interface AuditFilter {
  from?: string | null;
  to?: string | null;
  actorId?: string | null;
  /** A prefix of the action. */
  action?: string | null;
  targetType?: string | null;
  /** The row's object, or an id its request body named. */
  targetId?: string | null;
}

function run<P, R>(query: PreparedQuery<P, R>, params: P, on: AuditSource): Promise<R[]> {
  if (typeof on !== 'function') return runQuery(query, params, on);
  const connection: IDatabaseConnection = {
    query: async (text, values) => {
      const rows = await on(text, values as unknown[]);
      return { rows, rowCount: rows.length };
    },
  };
  return query.run(params, connection);
}

function toRecord(row: q.IRowsAfterResult): StoredAuditRecord {
  return {
    seq: Number(row.seq),
    at: row.at,
    actorKind: row.actor_kind as AuditRecord['actorKind'],
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    outcome: row.outcome as AuditRecord['outcome'],
    status: row.status,
    ip: row.ip,
    requestId: row.request_id,
    details: row.details as Record<string, unknown>,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Up to `limit` rows of the chain after `after`, in seq order. */
export async function chainRowsAfter(on: AuditSource, after: number, limit: number): Promise<StoredAuditRecord[]> {
  return (await run(q.rowsAfter, { after: String(after), limit }, on)).map(toRecord);
}

/** The anchors kept in the database, newest first. */
export async function anchorsNewestFirst(on: AuditSource): Promise<AuditAnchor[]> {
  const rows = await run(q.anchorsNewestFirst, undefined, on);
  return rows.map((r) => ({
    seq: Number(r.seq),
    hash: r.hash.toString('hex'),
    at: r.at.toISOString(),
    signature: r.signature.toString('hex'),
  }));
}

/** The stored hash of the row at a sequence number, or null when there is none. */
export async function hashAt(on: AuditSource, seq: number): Promise<Buffer | null> {
  const [row] = await run(q.hashAt, { seq: String(seq) }, on);
  return row?.hash ?? null;
}

/**
 * The audit trail (tables audit_log and audit_anchor, owned by the audit module): read and
 * written here and nowhere else; the queries are in `audit.sql`, typed from the schema. An
 * append is three statements in one transaction, in this order: the lock, the head, the row.
 */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Serialises appends and anchors until `on` (a transaction) ends. */
  async lockChain(on: Queryable): Promise<void> {
    await runQuery(q.lockChain, undefined, on);
  }

  /** The newest row's seq and hash, or null for an empty trail. */
  async head(on: Queryable): Promise<{ seq: number; hash: Buffer } | null> {
    const [row] = await runQuery(q.chainHead, undefined, on);
    return row ? { seq: Number(row.seq), hash: row.hash } : null;
  }

  /** Appends the row with its links; `details` goes in as the JSON the hash covered. */
  async append(on: Queryable, record: AuditRecord, prevHash: Buffer, hash: Buffer): Promise<void> {
    await runCommand(
      q.appendRow,
      {
        seq: String(record.seq),
        at: record.at,
        actorKind: record.actorKind,
        actorId: record.actorId,
        actorName: record.actorName,
        action: record.action,
        targetType: record.targetType,
        targetId: record.targetId,
        outcome: record.outcome,
        status: record.status,
        ip: record.ip,
        requestId: record.requestId,
        details: JSON.stringify(record.details),
        prevHash,
        hash,
      },
      on,
    );
  }

  async insertAnchor(on: Queryable, anchor: AuditAnchor, hash: Buffer, source: 'SCHEDULE' | 'CLI'): Promise<void> {
    await runCommand(
      q.insertAnchor,
      { seq: String(anchor.seq), hash, at: new Date(anchor.at), signature: Buffer.from(anchor.signature, 'hex'), source },
      on,
    );
  }

  chainRowsAfter(after: number, limit: number): Promise<StoredAuditRecord[]> {
    return chainRowsAfter(this.dataSource, after, limit);
  }

  anchors(): Promise<AuditAnchor[]> {
    return anchorsNewestFirst(this.dataSource);
  }

  hashAt(seq: number): Promise<Buffer | null> {
    return hashAt(this.dataSource, seq);
  }

  /** Newest first, up to `limit` rows before `before` (from the newest when null). */
  async newestFirst(filter: AuditFilter, before: number | null, limit: number): Promise<StoredAuditRecord[]> {
    const rows = await runQuery(q.pageDesc, { ...params(filter), before: before === null ? null : String(before), limit }, this.dataSource);
    return rows.map(toRecord);
  }

  /** Creates audit_log's partitions of these months (`YYYY-MM`) that do not exist yet (job partition-maintenance). */
  ensureMonthPartitions(on: Queryable, months: readonly string[]): Promise<Array<{ month: string; outcome: PartitionOutcome }>> {
    return createMonthPartitions(on, 'audit_log', months);
  }

  /** Oldest first, up to `limit` rows after `after`. */
  async oldestFirst(filter: AuditFilter, after: number, limit: number): Promise<StoredAuditRecord[]> {
    const rows = await runQuery(q.pageAsc, { ...params(filter), after: String(after), limit }, this.dataSource);
    return rows.map(toRecord);
  }
}

/** A filter left empty applies to every row, as in the service's checks (`if (query.from)`). */
function params(filter: AuditFilter) {
  return {
    from: filter.from || null,
    to: filter.to || null,
    actorId: filter.actorId || null,
    action: filter.action || null,
    targetType: filter.targetType || null,
    targetId: filter.targetId || null,
  };
}
