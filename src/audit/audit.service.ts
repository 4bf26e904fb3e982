import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../infra/config/app-config.js';
import { Clock } from '../infra/clock/clock.js';
import {
  auditChainKey,
  auditRows,
  chainHash,
  fromRow,
  GENESIS_HASH,
  verifyChain,
  type AuditRecord,
  type AuditRow,
  type ChainVerdict,
} from './audit-chain.js';
import type { AuditEntryDto, AuditPageDto, AuditQuery } from './dto/audit-query.dto.js';
import { signAnchor, storedAnchors, verifyAgainstAnchors, type AuditAnchor } from './audit-anchor.js';

/** Who did it and from where, taken from the request (or SYSTEM for jobs and tools). */
export interface AuditActor {
  actorKind: AuditRecord['actorKind'];
  actorId?: string | null;
  actorName?: string | null;
  ip?: string | null;
  requestId?: string | null;
}

export interface AuditEntry extends AuditActor {
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  outcome?: AuditRecord['outcome'];
  status?: number | null;
  details?: Record<string, unknown>;
}

export const SYSTEM_ACTOR: AuditActor = { actorKind: 'SYSTEM', actorName: 'system' };

/**
 * Appends to the audit trail. Appends are serialised by a transaction-scoped advisory
 * lock so each row links to the one before; pass the caller's transaction manager to
 * make the record commit (or vanish) together with the change it describes.
 */
@Injectable()
export class AuditService {
  private readonly key: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.key = auditChainKey(config.hashKey);
  }

  async record(entry: AuditEntry, manager?: EntityManager): Promise<number> {
    if (manager) return this.append(manager, entry);
    return this.dataSource.transaction((m) => this.append(m, entry));
  }

  private async append(manager: EntityManager, entry: AuditEntry): Promise<number> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('qingfeng:audit_log'))`);
    const [last]: Array<{ seq: string; hash: Buffer }> = await manager.query(`SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`);
    const record: AuditRecord = {
      seq: last ? Number(last.seq) + 1 : 1,
      at: this.clock.now(),
      actorKind: entry.actorKind,
      actorId: entry.actorId ?? null,
      actorName: entry.actorName ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      outcome: entry.outcome ?? 'OK',
      status: entry.status ?? null,
      ip: entry.ip ?? null,
      requestId: entry.requestId ?? null,
      // Round-tripped through JSON so the hash covers exactly what jsonb will give back.
      details: JSON.parse(JSON.stringify(entry.details ?? {})) as Record<string, unknown>,
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    await manager.query(
      `INSERT INTO audit_log (seq, at, actor_kind, actor_id, actor_name, action, target_type, target_id, outcome, status,
                              ip, request_id, details, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $15)`,
      [
        record.seq,
        record.at,
        record.actorKind,
        record.actorId,
        record.actorName,
        record.action,
        record.targetType,
        record.targetId,
        record.outcome,
        record.status,
        record.ip,
        record.requestId,
        JSON.stringify(record.details),
        prevHash,
        chainHash(this.key, prevHash, record),
      ],
    );
    return record.seq;
  }

  /** The chain checked row by row, then held against every anchor on record (rows cut from the end are found). */
  async verify(): Promise<ChainVerdict> {
    const query = <R>(sql: string, params: unknown[]) => this.dataSource.query<R[]>(sql, params);
    const verdict = await verifyChain(
      this.key,
      auditRows((sql, params) => this.dataSource.query<AuditRow[]>(sql, params)),
    );
    return verifyAgainstAnchors(this.key, verdict, await storedAnchors(query), query);
  }

  /**
   * Signs the chain's head and keeps the anchor (audit:anchor, and the daily job). The
   * anchor is returned to be exported too: a copy outside the database is what survives an
   * administrator deleting the newest rows and anchors together.
   */
  async anchor(source: 'SCHEDULE' | 'CLI'): Promise<AuditAnchor | null> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('qingfeng:audit_log'))`);
      const [head]: Array<{ seq: string; hash: Buffer }> = await m.query(`SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`);
      if (!head) return null;
      const anchor = signAnchor(this.key, { seq: Number(head.seq), hash: head.hash, at: this.clock.now() });
      await m.query(`INSERT INTO audit_anchor (seq, hash, at, signature, source) VALUES ($1, $2, $3, $4, $5)`, [
        anchor.seq,
        head.hash,
        anchor.at,
        Buffer.from(anchor.signature, 'hex'),
        source,
      ]);
      return anchor;
    });
  }

  /** Newest first, filtered, keyset-paginated by seq. */
  async page(query: AuditQuery): Promise<AuditPageDto> {
    const rows = await this.select(query, query.before ?? null, query.limit + 1, 'DESC');
    const items = rows.slice(0, query.limit).map(toDto);
    return { items, nextBefore: rows.length > query.limit ? items.at(-1)!.seq : null };
  }

  /** For export: oldest first, every matching row, read a page at a time. */
  async *exportRows(query: Omit<AuditQuery, 'before' | 'limit'>): AsyncGenerator<AuditEntryDto> {
    let after = 0;
    for (;;) {
      const rows = await this.select(query, after, 1000, 'ASC');
      for (const row of rows) yield toDto(row);
      if (rows.length < 1000) return;
      after = Number(rows.at(-1)!.seq);
    }
  }

  private select(query: Omit<AuditQuery, 'before' | 'limit'>, cursor: number | null, limit: number, order: 'ASC' | 'DESC') {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (query.from) add(`at >= (?::date)::timestamptz`, query.from);
    if (query.to) add(`at < ((?::date) + 1)::timestamptz`, query.to);
    if (query.actorId) add('actor_id = ?', query.actorId);
    if (query.action) add(`starts_with(action, ?)`, query.action);
    if (query.targetType) add('target_type = ?', query.targetType);
    // The object of a row: its path's id, or an id its request body named.
    if (query.targetId) add(`(target_id = ? OR details->'bodyIds' @> to_jsonb(?::text))`, query.targetId);
    if (cursor !== null) add(order === 'DESC' ? 'seq < ?' : 'seq > ?', cursor);
    params.push(limit);
    return this.dataSource.query<AuditRow[]>(
      `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq ${order} LIMIT $${params.length}`,
      params,
    );
  }
}

function toDto(row: AuditRow): AuditEntryDto {
  const r = fromRow(row);
  return {
    seq: r.seq,
    at: r.at.toISOString(),
    actorKind: r.actorKind,
    actorId: r.actorId,
    actorName: r.actorName,
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    outcome: r.outcome,
    status: r.status,
    ip: r.ip,
    requestId: r.requestId,
    details: r.details,
    hash: r.hash.toString('hex'),
  };
}
