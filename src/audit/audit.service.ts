import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../infra/config/app-config.js';
import { Clock } from '../infra/clock/clock.js';
import {
  auditChainKey,
  auditRows,
  chainHash,
  GENESIS_HASH,
  verifyChain,
  type AuditRecord,
  type ChainVerdict,
  type StoredAuditRecord,
} from './audit-chain.js';
import { AuditRepository } from './audit.repository.js';
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
    private readonly repository: AuditRepository,
  ) {
    this.key = auditChainKey(config.hashKey);
  }

  async record(entry: AuditEntry, manager?: EntityManager): Promise<number> {
    if (manager) return this.append(manager, entry);
    return this.dataSource.transaction((m) => this.append(m, entry));
  }

  private async append(manager: EntityManager, entry: AuditEntry): Promise<number> {
    await this.repository.lockChain(manager);
    const last = await this.repository.head(manager);
    const record: AuditRecord = {
      seq: last ? last.seq + 1 : 1,
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
    await this.repository.append(manager, record, prevHash, chainHash(this.key, prevHash, record));
    return record.seq;
  }

  /**
   * The chain's newest row: its seq and hash (hex). Given the transaction of an append made
   * just before, it is that append's row (the chain stays locked until the transaction ends).
   */
  async head(manager?: EntityManager): Promise<{ seq: number; hash: string } | null> {
    const row = await this.repository.head(manager ?? this.dataSource);
    return row ? { seq: row.seq, hash: row.hash.toString('hex') } : null;
  }

  /** The chain checked row by row, then held against every anchor on record (rows cut from the end are found). */
  async verify(): Promise<ChainVerdict> {
    const verdict = await verifyChain(this.key, auditRows(this.dataSource));
    return verifyAgainstAnchors(this.key, verdict, await storedAnchors(this.dataSource), this.dataSource);
  }

  /**
   * Signs the chain's head and keeps the anchor (audit:anchor, and the daily job). The
   * anchor is returned to be exported too: a copy outside the database is what survives an
   * administrator deleting the newest rows and anchors together.
   */
  async anchor(source: 'SCHEDULE' | 'CLI'): Promise<AuditAnchor | null> {
    return this.dataSource.transaction(async (m) => {
      await this.repository.lockChain(m);
      const head = await this.repository.head(m);
      if (!head) return null;
      const anchor = signAnchor(this.key, { seq: head.seq, hash: head.hash, at: this.clock.now() });
      await this.repository.insertAnchor(m, anchor, head.hash, source);
      return anchor;
    });
  }

  /** Newest first, filtered, keyset-paginated by seq. */
  async page(query: AuditQuery): Promise<AuditPageDto> {
    const rows = await this.repository.newestFirst(query, query.before ?? null, query.limit + 1);
    const items = rows.slice(0, query.limit).map(toDto);
    return { items, nextBefore: rows.length > query.limit ? items.at(-1)!.seq : null };
  }

  /** For export: oldest first, every matching row, read a page at a time. */
  async *exportRows(query: Omit<AuditQuery, 'before' | 'limit'>): AsyncGenerator<AuditEntryDto> {
    let after = 0;
    for (;;) {
      const rows = await this.repository.oldestFirst(query, after, 1000);
      for (const row of rows) yield toDto(row);
      if (rows.length < 1000) return;
      after = rows.at(-1)!.seq;
    }
  }
}

function toDto(r: StoredAuditRecord): AuditEntryDto {
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
