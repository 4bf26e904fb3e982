import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { AuthRepository } from '../../src/auth/auth.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** What other modules ask the auth repository of staff (assignees, names, digest and escalation recipients), on a migrated Postgres. */
describe('AuthRepository for other modules (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  let staff: AuthRepository;

  async function user(
    username: string,
    p: { roles: string; active?: boolean; email?: string | null; cadreId?: string | null },
  ): Promise<string> {
    const id = randomUUID();
    await db.query(
      `INSERT INTO staff_user (id, username, password_hash, display_name, roles, active, email, cadre_id)
       VALUES ($1, $2, 'x', $2 || '名', $3::text[], $4, $5, $6)`,
      [id, username, p.roles, p.active ?? true, p.email === undefined ? `${username}@example.org` : p.email, p.cadreId ?? null],
    );
    return id;
  }

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    staff = new AuthRepository(dataSource);
  });

  afterAll(() => close());

  it('reads an active member roles and a name by a stored id', async () => {
    const active = await user('s-active', { roles: '{TRIAGE_OFFICER}' });
    const gone = await user('s-gone', { roles: '{TRIAGE_OFFICER}', active: false });
    expect(await staff.activeRoles(dataSource, active)).toEqual(['TRIAGE_OFFICER']);
    expect(await dataSource.transaction((m) => staff.activeRoles(m, gone))).toBeNull();
    expect(await staff.activeRoles(dataSource, randomUUID())).toBeNull();
    expect(await staff.displayNameByIdText(active)).toBe('s-active名');
    expect(await staff.displayNameByIdText('not an id')).toBeNull();
  });

  it('lists digest recipients (active, with an email, not yet sent) and the supervisors a case may be escalated to', async () => {
    const [unit] = (await db.query<{ id: string }>(`INSERT INTO unit (name) VALUES ('区财政局') RETURNING id`)).rows;
    const [cadre] = (
      await db.query<{ id: string }>(
        `INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post, level)
         VALUES ('P900', '周八', '周', '男', '1975-01', $1, '局长', '正科') RETURNING id`,
        [unit!.id],
      )
    ).rows;
    const a = await user('d-a', { roles: '{SUPERVISOR}' });
    const b = await user('d-b', { roles: '{SUPERVISOR}', cadreId: cadre!.id });
    await user('d-c', { roles: '{SUPERVISOR}', email: null });
    await user('d-d', { roles: '{SUPERVISOR}', active: false });
    const e = await user('d-e', { roles: '{TRIAGE_OFFICER}' });
    const recipients = await staff.digestRecipients([a]);
    expect(
      recipients
        .map((r) => r.id)
        .filter((id) => [a, b, e].includes(id))
        .sort(),
    ).toEqual([b, e].sort());
    expect(recipients.find((r) => r.id === b)).toEqual({
      id: b,
      displayName: 'd-b名',
      email: 'd-b@example.org',
      roles: ['SUPERVISOR'],
      cadreId: cadre!.id,
    });

    const report = randomUUID();
    await db.query(
      `INSERT INTO report (id, number, channel, real_name, receipt_hash, body)
       VALUES ($1, 'QF-A-00001', 'WEB', false, sha256('QF-A-00001'::bytea), '反映周八。')`,
      [report],
    );
    const supervisors = async () =>
      (await staff.escalationRecipients(dataSource, report, false)).filter((s) => s.displayName.startsWith('d-'));
    expect(await supervisors()).toEqual([
      { displayName: 'd-a名', email: 'd-a@example.org' },
      { displayName: 'd-b名', email: 'd-b@example.org' },
    ]);
    // The tip is about b's own cadre record: b is not told (回避).
    await db.query(`INSERT INTO report_subject_cadre (cadre_id, report_id) VALUES ($1, $2)`, [cadre!.id, report]);
    expect(await supervisors()).toEqual([{ displayName: 'd-a名', email: 'd-a@example.org' }]);
  });
});
