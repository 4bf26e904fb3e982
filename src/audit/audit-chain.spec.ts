import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { chainHash, GENESIS_HASH, stableJson, verifyChain, type AuditRecord, type StoredAuditRecord } from './audit-chain.js';

const key = randomBytes(32);

function chain(n: number): StoredAuditRecord[] {
  const rows: StoredAuditRecord[] = [];
  let prev: Buffer = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const record: AuditRecord = {
      seq,
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)),
      actorKind: 'STAFF',
      actorId: '00000000-0000-4000-8000-000000000001',
      actorName: 'officer',
      action: 'report.view',
      targetType: 'report',
      targetId: `r${seq}`,
      outcome: 'OK',
      status: 200,
      ip: '127.0.0.1',
      requestId: `req-${seq}`,
      details: { b: 1, a: [seq, { y: 2, x: 1 }] },
    };
    const hash = chainHash(key, prev, record);
    rows.push({ ...record, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

async function* each<T>(rows: T[]) {
  yield* rows;
}

describe('audit hash chain', () => {
  it('accepts an untouched chain', async () => {
    expect(await verifyChain(key, each(chain(5)))).toEqual({ ok: true, rows: 5, lastSeq: 5 });
  });

  it('does not depend on the key order of details (jsonb reorders keys)', () => {
    expect(stableJson({ b: 1, a: { d: [1, { z: 0, y: 1 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":1,"z":0}]},"b":1}');
  });

  it.each([
    ['a changed field', (rows: StoredAuditRecord[]) => (rows[2]!.actorName = 'someone-else'), 3, '被修改'],
    ['a changed detail', (rows: StoredAuditRecord[]) => (rows[3]!.details = { b: 2 }), 4, '被修改'],
    ['a changed time', (rows: StoredAuditRecord[]) => (rows[1]!.at = new Date(0)), 2, '被修改'],
    ['a removed row', (rows: StoredAuditRecord[]) => rows.splice(2, 1), 4, '序号不连续'],
    ['swapped rows', (rows: StoredAuditRecord[]) => ([rows[1]!.seq, rows[2]!.seq] = [rows[2]!.seq, rows[1]!.seq]), 2, '前一条'],
  ])('names the first broken row after %s', async (_, tamper, brokenSeq, reason) => {
    const rows = chain(6);
    tamper(rows);
    rows.sort((a, b) => a.seq - b.seq);
    const verdict = await verifyChain(key, each(rows));
    expect(verdict).toMatchObject({ ok: false, brokenSeq });
    expect(verdict.ok ? '' : verdict.reason).toContain(reason);
  });

  it('a chain recomputed without the key does not verify', async () => {
    const rows = chain(3);
    const forger = randomBytes(32);
    let prev: Buffer = GENESIS_HASH;
    for (const row of rows) {
      row.actorName = 'forged';
      row.prevHash = prev;
      row.hash = chainHash(forger, prev, row);
      prev = row.hash;
    }
    expect(await verifyChain(key, each(rows))).toMatchObject({ ok: false, brokenSeq: 1 });
  });
});
