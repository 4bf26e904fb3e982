import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { AuditAnchor } from '../../src/audit/audit-anchor.js';
import type { AuditRecord } from '../../src/audit/audit-chain.js';
import { anchorsNewestFirst, AuditRepository, chainRowsAfter, hashAt } from '../../src/audit/audit.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The audit trail's statements on a migrated Postgres: the append, the anchors, the pages. */
describe('AuditRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  let audit: AuditRepository;
  const staff = randomUUID();

  const hash = (n: number) => Buffer.alloc(32, n);
  const record = (seq: number, over: Partial<AuditRecord> = {}): AuditRecord => ({
    seq,
    at: new Date(`2025-06-0${seq}T02:00:00Z`),
    actorKind: 'STAFF',
    actorId: staff,
    actorName: '张三',
    action: 'reports.read',
    targetType: 'reports',
    targetId: `r${seq}`,
    outcome: 'OK',
    status: 200,
    ip: '10.0.0.1',
    requestId: `q${seq}`,
    details: { n: seq },
    ...over,
  });

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    audit = new AuditRepository(dataSource);
    // Three rows on an empty trail, as the service appends them: lock, head, row.
    expect(await dataSource.transaction((m) => audit.head(m))).toBeNull();
    for (const [seq, over] of [
      [1, {}],
      [2, { actorKind: 'SYSTEM', actorId: null, actorName: 'system', action: 'jobs.run', targetType: null, targetId: null, status: null }],
      [3, { action: 'reports.export', targetId: 'other', details: { bodyIds: ['r9'] } }],
    ] as const) {
      await dataSource.transaction(async (m) => {
        await audit.lockChain(m);
        const head = await audit.head(m);
        expect(head?.seq ?? 0).toBe(seq - 1);
        await audit.append(m, record(seq, over), head?.hash ?? hash(0), hash(seq));
      });
    }
  });

  afterAll(() => close());

  it('appends rows as given and reads the chain back in seq order, a page at a time', async () => {
    expect(await dataSource.transaction((m) => audit.head(m))).toEqual({ seq: 3, hash: hash(3) });
    const all = await audit.chainRowsAfter(0, 10);
    expect(all.map((r) => [r.seq, r.prevHash, r.hash])).toEqual([
      [1, hash(0), hash(1)],
      [2, hash(1), hash(2)],
      [3, hash(2), hash(3)],
    ]);
    expect(all[0]).toEqual({ ...record(1), prevHash: hash(0), hash: hash(1) });
    expect(all[1]).toMatchObject({ actorKind: 'SYSTEM', actorId: null, targetType: null, status: null, details: { n: 2 } });
    expect((await chainRowsAfter(dataSource, 1, 1)).map((r) => r.seq)).toEqual([2]);
    // The CLI's own query function reads the same rows.
    const viaFunction = (sql: string, params: unknown[]) => db.query(sql, params).then((r) => r.rows);
    expect(await chainRowsAfter(viaFunction, 0, 10)).toEqual(all);
    expect(await hashAt(viaFunction, 2)).toEqual(hash(2));
    expect(await hashAt(dataSource, 4)).toBeNull();
  });

  it('keeps anchors and reads them newest first', async () => {
    const anchor = (seq: number, at: string): AuditAnchor => ({
      seq,
      hash: hash(seq).toString('hex'),
      at,
      signature: hash(40 + seq).toString('hex'),
    });
    await dataSource.transaction((m) => audit.insertAnchor(m, anchor(2, '2025-06-02T03:00:00.000Z'), hash(2), 'SCHEDULE'));
    await dataSource.transaction((m) => audit.insertAnchor(m, anchor(3, '2025-06-03T03:00:00.000Z'), hash(3), 'CLI'));
    expect(await audit.anchors()).toEqual([anchor(3, '2025-06-03T03:00:00.000Z'), anchor(2, '2025-06-02T03:00:00.000Z')]);
    expect(await anchorsNewestFirst((sql, params) => db.query(sql, params).then((r) => r.rows))).toEqual(await audit.anchors());
    expect(await audit.hashAt(3)).toEqual(hash(3));
  });

  it('pages newest first and oldest first, each filter applying only when given', async () => {
    const seqs = (rows: Array<{ seq: number }>) => rows.map((r) => r.seq);
    expect(seqs(await audit.newestFirst({}, null, 10))).toEqual([3, 2, 1]);
    expect(seqs(await audit.newestFirst({}, 3, 1))).toEqual([2]);
    expect(seqs(await audit.oldestFirst({}, 1, 10))).toEqual([2, 3]);
    expect(seqs(await audit.newestFirst({ actorId: staff }, null, 10))).toEqual([3, 1]);
    expect(seqs(await audit.newestFirst({ action: 'reports.' }, null, 10))).toEqual([3, 1]);
    expect(seqs(await audit.newestFirst({ targetType: 'reports', from: '2025-06-02' }, null, 10))).toEqual([3]);
    expect(seqs(await audit.oldestFirst({ to: '2025-06-02' }, 0, 10))).toEqual([1, 2]);
    // The object of a row: its target, or an id its request body named.
    expect(seqs(await audit.newestFirst({ targetId: 'r9' }, null, 10))).toEqual([3]);
    expect(seqs(await audit.newestFirst({ targetId: 'r1' }, null, 10))).toEqual([1]);
    expect(seqs(await audit.newestFirst({ targetId: '', actorId: '' }, null, 10))).toEqual([3, 2, 1]);
  });
});
