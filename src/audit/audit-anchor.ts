import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ChainVerdict } from './audit-chain.js';
import { anchorsNewestFirst, hashAt, type AuditSource } from './audit.repository.js';

/**
 * A signed statement of the audit chain's head: "on <at> the chain ended at row <seq> with
 * hash <hash>". Exported (printed, written to a file, kept in audit_anchor) so that rows
 * deleted at the chain's end — which leave a shorter chain that still verifies — are found:
 * the chain must reach every anchor's row, with that row's hash. Signed with the audit key,
 * so a database administrator without it cannot write a matching anchor for a cut chain.
 */
export interface AuditAnchor {
  seq: number;
  /** The row's chain hash, hex. */
  hash: string;
  at: string;
  /** HMAC-SHA256 over "seq.hash.at" with the audit chain key, hex. */
  signature: string;
}

function mac(key: Buffer, a: Pick<AuditAnchor, 'seq' | 'hash' | 'at'>): Buffer {
  return createHmac('sha256', key).update(`qingfeng-audit-anchor.${a.seq}.${a.hash}.${a.at}`).digest();
}

export function signAnchor(key: Buffer, head: { seq: number; hash: Buffer; at: Date }): AuditAnchor {
  const unsigned = { seq: head.seq, hash: head.hash.toString('hex'), at: head.at.toISOString() };
  return { ...unsigned, signature: mac(key, unsigned).toString('hex') };
}

export function anchorSignatureValid(key: Buffer, anchor: AuditAnchor): boolean {
  const expected = mac(key, anchor);
  const given = Buffer.from(anchor.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The chain's verdict held against an anchor: the anchor must be genuine, the chain must
 * reach its row, and that row must have the anchored hash. `hashAt` is the stored hash of
 * the row at a sequence number (null when there is no such row).
 */
export function checkAnchor(key: Buffer, verdict: ChainVerdict, anchor: AuditAnchor, hashAt: Buffer | null): ChainVerdict {
  if (!verdict.ok) return verdict;
  if (!anchorSignatureValid(key, anchor)) {
    return {
      ok: false,
      rows: verdict.rows,
      brokenSeq: anchor.seq,
      reason: `锚点签名不符（${anchor.at} 的锚点不是本系统签发的，或已被改动）`,
    };
  }
  if (verdict.lastSeq < anchor.seq || !hashAt) {
    return {
      ok: false,
      rows: verdict.rows,
      brokenSeq: verdict.lastSeq + 1,
      reason: `日志链在第 ${verdict.lastSeq} 条后中断：${anchor.at} 的锚点记录链头为第 ${anchor.seq} 条（末尾记录被删除）`,
    };
  }
  if (hashAt.toString('hex') !== anchor.hash) {
    return {
      ok: false,
      rows: verdict.rows,
      brokenSeq: anchor.seq,
      reason: `第 ${anchor.seq} 条记录的哈希与 ${anchor.at} 的锚点不符（链被重写）`,
    };
  }
  return verdict;
}

/** The anchors kept in the database, newest first. */
export function storedAnchors(query: AuditSource): Promise<AuditAnchor[]> {
  return anchorsNewestFirst(query);
}

/** The chain's verdict held against every anchor given (the database's and exported files). */
export async function verifyAgainstAnchors(
  key: Buffer,
  verdict: ChainVerdict,
  anchors: readonly AuditAnchor[],
  query: AuditSource,
): Promise<ChainVerdict> {
  let out = verdict;
  for (const anchor of [...anchors].sort((a, b) => b.seq - a.seq)) {
    if (!out.ok) return out;
    out = checkAnchor(key, out, anchor, await hashAt(query, anchor.seq));
  }
  return out;
}
