import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { IdentityAccessRepository } from '../../src/identity/identity-access.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The identity module's repository of requests to see a reporter's identity, on a migrated Postgres. */
describe('IdentityAccessRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  const repository = new IdentityAccessRepository();
  const tips: string[] = [randomUUID(), randomUUID()];
  let officer: string;
  let custodian: string;

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    const staff = async (username: string) =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO staff_user (username, password_hash, display_name, roles) VALUES ($1, 'x', $1, '{TRIAGE_OFFICER}') RETURNING id`,
          [username],
        )
      ).rows[0]!.id;
    officer = await staff('officer');
    custodian = await staff('custodian');
    for (const [n, id] of tips.entries())
      await db.query(
        `INSERT INTO report (id, number, channel, real_name, receipt_hash, body) VALUES ($1, $2::text, 'WEB', false, sha256($2::bytea), '反映某单位负责人收受财物。')`,
        [id, `QF-I-0000${n}`],
      );
  });
  afterAll(async () => {
    await close();
  });

  it('stores one pending request per requester and tip, lists them by status and by requester, hidden tips left out', async () => {
    const first = await repository.insert(dataSource, {
      reportId: tips[0]!,
      requesterId: officer,
      reason: '核查需要联系举报人了解具体情况',
    });
    expect(first).toEqual(expect.any(String));
    expect(
      await repository.insert(dataSource, { reportId: tips[0]!, requesterId: officer, reason: '再次申请联系举报人核实情况' }),
    ).toBeNull();
    const second = await repository.insert(dataSource, {
      reportId: tips[1]!,
      requesterId: officer,
      reason: '第二件举报需要联系举报人核实',
    });
    expect((await repository.byStatus(dataSource, 'PENDING', [])).map((r) => r.id)).toEqual([first, second]);
    expect((await repository.byStatus(dataSource, 'PENDING', [tips[0]!])).map((r) => r.id)).toEqual([second]);
    expect((await repository.ofRequester(dataSource, officer, [])).map((r) => r.id)).toEqual([second, first]);
    expect(await repository.ofRequester(dataSource, custodian, [])).toEqual([]);
    expect(await repository.byId(dataSource, first!)).toMatchObject({
      reportId: tips[0],
      requesterId: officer,
      reason: '核查需要联系举报人了解具体情况',
      status: 'PENDING',
      decidedBy: null,
    });
    expect(await repository.byId(dataSource, randomUUID())).toBeNull();
  });

  it('records a decision on a request locked in a transaction; a decided request frees the requester to ask again', async () => {
    const [request] = await repository.byStatus(dataSource, 'PENDING', []);
    const decidedAt = new Date('2026-03-04T02:00:00Z');
    const expiresAt = new Date('2026-03-05T02:00:00Z');
    await dataSource.transaction(async (m) => {
      expect((await repository.lock(m, request!.id))?.status).toBe('PENDING');
      await repository.decide(m, request!.id, { status: 'APPROVED', decidedBy: custodian, decidedAt, note: '同意', expiresAt });
    });
    expect(await repository.byId(dataSource, request!.id)).toMatchObject({
      status: 'APPROVED',
      decidedBy: custodian,
      decidedAt,
      decisionNote: '同意',
      expiresAt,
    });
    expect((await repository.byStatus(dataSource, 'APPROVED', [])).map((r) => r.id)).toEqual([request!.id]);
    expect(
      await repository.insert(dataSource, { reportId: request!.reportId, requesterId: officer, reason: '查看期限将到，申请再次查看' }),
    ).toEqual(expect.any(String));
  });

  it('lists what waits for a custodian (not their own requests) and the approvals still open for a requester', async () => {
    const pending = await repository.pendingForCustodian(dataSource, custodian);
    expect(pending.map((r) => r.requesterId)).toEqual(pending.map(() => officer));
    expect(pending.length).toBeGreaterThan(0);
    expect(await repository.pendingForCustodian(dataSource, officer)).toEqual([]);
    const open = await repository.openApprovals(dataSource, officer);
    // The approval recorded above expired in March 2026 (before now): none still open.
    expect(open).toEqual([]);
    const [request] = await repository.byStatus(dataSource, 'PENDING', []);
    const expiresAt = new Date(Date.now() + 3600_000);
    await repository.decide(dataSource, request!.id, {
      status: 'APPROVED',
      decidedBy: custodian,
      decidedAt: new Date(),
      note: null,
      expiresAt,
    });
    expect(await repository.openApprovals(dataSource, officer)).toEqual([{ reportId: request!.reportId, expiresAt }]);
  });
});
