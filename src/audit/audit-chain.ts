import { createHmac } from 'node:crypto';
import { chainRowsAfter, type AuditSource } from './audit.repository.js';

/** One audit row as stored; `details` never holds a reporter's identity or any secret. */
export interface AuditRecord {
  seq: number;
  at: Date;
  actorKind: 'STAFF' | 'SYSTEM' | 'ANONYMOUS';
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: 'OK' | 'DENIED' | 'FAILED' | 'STARTED';
  status: number | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

export const GENESIS_HASH: Buffer = Buffer.alloc(32);

/** JSON with object keys sorted at every level: jsonb does not keep key order, so the hash must not depend on it. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

/**
 * The row's link in the chain: a keyed hash (HMAC-SHA256) over the previous row's hash
 * and every field of this row. Keyed, so someone who can write to the database but does
 * not hold the key cannot forge a consistent chain after changing a row.
 */
export function chainHash(key: Buffer, prevHash: Buffer, record: AuditRecord): Buffer {
  const canonical = stableJson([
    record.seq,
    record.at.toISOString(),
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
    record.details,
  ]);
  return createHmac('sha256', key).update(prevHash).update(canonical, 'utf8').digest();
}

export interface StoredAuditRecord extends AuditRecord {
  prevHash: Buffer;
  hash: Buffer;
}

export type ChainVerdict = { ok: true; rows: number; lastSeq: number } | { ok: false; rows: number; brokenSeq: number; reason: string };

/**
 * Walks rows in seq order and names the first one that does not fit: a gap in the
 * sequence (a row removed), a prev_hash that is not the previous row's hash (rows
 * reordered or removed), or a hash that does not match the content (a row changed).
 */
export async function verifyChain(key: Buffer, rows: AsyncIterable<StoredAuditRecord>): Promise<ChainVerdict> {
  let expectedSeq = 1;
  let prev: Buffer = GENESIS_HASH;
  let count = 0;
  for await (const row of rows) {
    const broken = (reason: string): ChainVerdict => ({ ok: false, rows: count, brokenSeq: row.seq, reason });
    if (row.seq !== expectedSeq) return broken(`序号不连续：应为 ${expectedSeq}，实为 ${row.seq}（有记录被删除）`);
    if (!row.prevHash.equals(prev)) return broken('前一条记录的哈希不符（记录被删除、插入或调换）');
    if (!chainHash(key, prev, row).equals(row.hash)) return broken('内容与哈希不符（记录被修改）');
    prev = row.hash;
    expectedSeq += 1;
    count += 1;
  }
  return { ok: true, rows: count, lastSeq: expectedSeq - 1 };
}

/** The chain's key, derived from QF_HASH_KEY for this purpose only. */
export function auditChainKey(hashKey: Buffer): Buffer {
  return createHmac('sha256', hashKey).update('qingfeng:audit-chain').digest();
}

/** An audit_log row as a raw query returns it (the CLI's query function is typed with it). */
export interface AuditRow {
  seq: string;
  at: Date;
  actor_kind: AuditRecord['actorKind'];
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  outcome: AuditRecord['outcome'];
  status: number | null;
  ip: string | null;
  request_id: string | null;
  details: Record<string, unknown>;
  prev_hash: Buffer;
  hash: Buffer;
}

/**
 * Every row in seq order, read in pages so a long trail is never loaded at once: from the
 * DataSource, or through a query function over a connection of the caller's own (the CLI).
 */
export async function* auditRows(query: AuditSource, pageSize = 1000) {
  let after = 0;
  for (;;) {
    const rows = await chainRowsAfter(query, after, pageSize);
    for (const row of rows) yield row;
    if (rows.length < pageSize) return;
    after = rows.at(-1)!.seq;
  }
}
