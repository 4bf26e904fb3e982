import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { AuthRepository } from '../../src/auth/auth.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The auth module's statements on a migrated Postgres: accounts, sessions, reset requests, relations, 回避. */
describe('AuthRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  let auth: AuthRepository;
  const users: Record<string, string> = {};
  const cadres: Record<string, string> = {};

  async function user(username: string, displayName: string, roles = ['ADMIN']): Promise<string> {
    const [row] = (
      await db.query<{ id: string }>(
        `INSERT INTO staff_user (username, password_hash, display_name, roles) VALUES ($1, 'x', $2, $3) RETURNING id`,
        [username, displayName, roles],
      )
    ).rows;
    users[username] = row!.id;
    return row!.id;
  }

  async function cadre(personNo: string, name: string, unitId: string): Promise<string> {
    const [row] = (
      await db.query<{ id: string }>(
        `INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post, level, quota_keys)
         VALUES ($1, $2, $3, '男', '1980-01', $4, '科员', NULL, '{}') RETURNING id`,
        [personNo, name, name.slice(0, 1), unitId],
      )
    ).rows;
    cadres[personNo] = row!.id;
    return row!.id;
  }

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    auth = new AuthRepository(dataSource);
    await user('alice', '爱丽丝');
    await user('bob', '鲍勃');
    await user('carol', '卡罗尔', ['AUDITOR']);
    const [unit] = (await db.query<{ id: string }>(`INSERT INTO unit (name) VALUES ('区水务局') RETURNING id`)).rows;
    await cadre('A001', '王一', unit!.id);
    await cadre('A002', '王二', unit!.id);
    await cadre('A003', '李三', unit!.id);
  });

  afterAll(() => close());

  it('counts a failed login in one statement and returns the new count', async () => {
    const at = new Date('2025-06-01T02:00:00Z');
    expect(await auth.countFailedLogin(users['alice']!, at)).toBe(1);
    expect(await auth.countFailedLogin(users['alice']!, at)).toBe(2);
    expect(
      (await db.query(`SELECT last_failed_login_at FROM staff_user WHERE id = $1`, [users['alice']])).rows[0].last_failed_login_at,
    ).toEqual(at);
    expect(await auth.countFailedLogin(randomUUID(), at)).toBeNull();
  });

  it('sets, reads and clears an enrolment token, in the caller transaction', async () => {
    const expires = new Date('2030-01-01T00:00:00Z');
    expect(await auth.enrolmentToken(users['bob']!)).toEqual({ hash: null, expires: null });
    await dataSource.transaction((m) => auth.setEnrolmentToken(m, users['bob']!, Buffer.alloc(32, 7), expires));
    expect(await auth.enrolmentToken(users['bob']!)).toEqual({ hash: Buffer.alloc(32, 7), expires });
    await dataSource.transaction((m) => auth.clearEnrolmentToken(m, users['bob']!));
    expect(await auth.enrolmentToken(users['bob']!)).toEqual({ hash: null, expires: null });
    expect(await auth.enrolmentToken(randomUUID())).toBeNull();
  });

  it('lists accounts by username with live sessions, and updates one', async () => {
    await db.query(
      `INSERT INTO staff_session (user_id, token_hash, expires_at) VALUES ($1, '\\x01', now() + interval '1 hour'),
              ($1, '\\x02', now() - interval '1 hour'), ($1, '\\x03', now() + interval '1 hour')`,
      [users['bob']],
    );
    await db.query(`UPDATE staff_session SET revoked_at = now() WHERE token_hash = '\\x03'`);
    await auth.setEmail(users['bob']!, 'bob@example.org');
    const accounts = await auth.accounts();
    expect(accounts.map((a) => a.username)).toEqual(['alice', 'bob', 'carol']);
    expect(accounts[1]).toMatchObject({
      displayName: '鲍勃',
      roles: ['ADMIN'],
      email: 'bob@example.org',
      liveSessions: 1,
      totpEnabled: false,
    });
    expect(await auth.email(users['bob']!)).toBe('bob@example.org');
    await dataSource.transaction((m) =>
      auth.updateAccount(m, users['bob']!, {
        displayName: '鲍勃二',
        roles: ['ADMIN', 'AUDITOR'],
        agencyCode: null,
        email: null,
        active: false,
      }),
    );
    expect((await auth.accounts())[1]).toMatchObject({ displayName: '鲍勃二', roles: ['ADMIN', 'AUDITOR'], email: null, active: false });
  });

  it('finds another account linked to a cadre record', async () => {
    await db.query(`UPDATE staff_user SET cadre_id = $2 WHERE id = $1`, [users['alice'], cadres['A001']]);
    expect(await auth.otherAccountOfCadre(cadres['A001']!, users['bob']!)).toBe('alice');
    expect(await auth.otherAccountOfCadre(cadres['A001']!, users['alice']!)).toBeNull();
  });

  it('replaces a pending reset request of the same kind, lists pending ones and decides one once', async () => {
    const first = await dataSource.transaction((m) =>
      auth.requestReset(m, { targetId: users['carol']!, kind: 'PASSWORD', passwordHash: 'h1', requestedBy: users['alice']! }),
    );
    const second = await dataSource.transaction((m) =>
      auth.requestReset(m, { targetId: users['carol']!, kind: 'PASSWORD', passwordHash: 'h2', requestedBy: users['alice']! }),
    );
    expect(await auth.resetRequest(first)).toMatchObject({ status: 'REPLACED' });
    expect(await auth.resetRequest(second)).toEqual({
      targetId: users['carol'],
      kind: 'PASSWORD',
      passwordHash: 'h2',
      requestedBy: users['alice'],
      status: 'PENDING',
    });
    const pending = await auth.pendingResets(null);
    expect(pending.map((p) => [p.id, p.username, p.requesterName])).toEqual([[second, 'carol', '爱丽丝']]);
    expect(await auth.pendingResets(users['bob']!)).toEqual([]);
    expect((await auth.pendingResets(users['carol']!)).map((p) => p.id)).toEqual([second]);
    expect(await auth.decideReset(second, 'APPROVED', users['bob']!)).toBe(true);
    expect(await auth.decideReset(second, 'REFUSED', users['bob']!)).toBe(false);
    expect(await auth.resetRequest(second)).toMatchObject({ status: 'APPROVED' });
    expect(await auth.resetRequest(randomUUID())).toBeNull();
  });

  it('records, corrects and removes relations whichever way round, and reads both directions', async () => {
    const [a, b, c] = [cadres['A001']!, cadres['A002']!, cadres['A003']!];
    await dataSource.transaction((m) =>
      auth.upsertRelation(m, { cadreId: a, relatedCadreId: b, kind: 'PARENT', recordedBy: users['alice']! }),
    );
    await dataSource.transaction((m) => auth.upsertRelation(m, { cadreId: c, relatedCadreId: a, kind: 'SIBLING', recordedBy: null }));
    expect((await auth.relationsOf(a)).map((r) => [r.otherCadreId, r.kind, r.forward]).sort()).toEqual(
      [
        [b, 'PARENT', true],
        [c, 'SIBLING', false],
      ].sort(),
    );
    expect(
      await dataSource.transaction((m) => auth.correctRelation(m, { cadreId: b, relatedCadreId: a, kind: 'CHILD', recordedBy: null })),
    ).toBe(false);
    expect(
      await dataSource.transaction((m) => auth.correctRelation(m, { cadreId: a, relatedCadreId: b, kind: 'SPOUSE', recordedBy: null })),
    ).toBe(true);
    expect((await auth.relationsOf(b)).map((r) => [r.otherCadreId, r.kind, r.forward])).toEqual([[a, 'SPOUSE', false]]);
    expect(await auth.removeRelation(a, c)).toBe(true);
    expect(await auth.removeRelation(a, c)).toBe(false);
    expect((await auth.relationsOf(c)).length).toBe(0);
  });

  it('reads the exclusions of a cadre, all or among given tips', async () => {
    const report = randomUUID();
    const other = randomUUID();
    for (const [id, number] of [
      [report, 'QF-A-00001'],
      [other, 'QF-A-00002'],
    ])
      await db.query(
        `INSERT INTO report (id, number, channel, real_name, receipt_hash, body) VALUES ($1, $2::text, 'WEB', false, sha256($2::bytea), '反映某单位负责人收受财物。')`,
        [id, number],
      );
    await db.query(`INSERT INTO cadre_report_link (report_id, cadre_id, source) VALUES ($1, $2, 'STAFF')`, [report, cadres['A002']]);
    // A002 is A001's spouse (recorded above): a relative's tip.
    expect(await auth.exclusions(cadres['A001']!, false)).toEqual([{ reportId: report, reason: 'RELATIVE' }]);
    expect(await auth.exclusions(cadres['A002']!, false)).toEqual([{ reportId: report, reason: 'SUBJECT' }]);
    expect(await auth.exclusions(cadres['A003']!, false)).toEqual([]);
    expect(await auth.exclusions(cadres['A003']!, true)).toEqual([{ reportId: report, reason: 'SAME_UNIT' }]);
    expect(await auth.exclusionsAmong(cadres['A001']!, false, [other])).toEqual([]);
    expect(await auth.exclusionsAmong(cadres['A001']!, false, [other, report])).toEqual([{ reportId: report, reason: 'RELATIVE' }]);
  });

  it('names staff by id, and tells why a staff member must not see a tip', async () => {
    expect(await auth.displayNames(dataSource, [users['alice']!, users['bob']!, randomUUID()])).toEqual(
      new Map([
        [users['alice']!, '爱丽丝'],
        [users['bob']!, '鲍勃二'],
      ]),
    );
    expect(await auth.displayNames(dataSource, [])).toEqual(new Map());
    const tip = randomUUID();
    await db.query(
      `INSERT INTO report (id, number, channel, real_name, receipt_hash, body) VALUES ($1, 'QF-A-00003', 'WEB', false, sha256('QF-A-00003'::bytea), '反映某单位负责人收受财物。')`,
      [tip],
    );
    await db.query(`INSERT INTO cadre_report_link (report_id, cadre_id, source) VALUES ($1, $2, 'STAFF')`, [tip, cadres['A002']]);
    const subject = await user('dave', '戴夫');
    await db.query(`UPDATE staff_user SET cadre_id = $2 WHERE id = $1`, [subject, cadres['A002']]);
    expect(await auth.conflictOf(dataSource, subject, tip, false)).toBe('SUBJECT');
    // No cadre record: nothing to exclude.
    expect(await auth.conflictOf(dataSource, users['bob']!, tip, true)).toBeNull();
  });
});
