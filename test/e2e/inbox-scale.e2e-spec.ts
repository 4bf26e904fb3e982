import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { INBOX_TOTAL_CAP } from '../../src/triage/inbox/inbox.service.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/**
 * The inbox at scale: totals are counted up to a cap (and said to be "more than" beyond
 * it), and the next open deadline the inbox sorts and filters by (report.next_due_on) is
 * kept right by the database whatever changes a deadline.
 */
let ctx: TestContext;
let officer: string;
const MANY = INBOX_TOTAL_CAP + 5;
const SMS = 7;

const inbox = (query: string) => request(ctx.baseUrl).get(`/api/v1/triage/inbox?${query}`).set('Authorization', `Bearer ${officer}`);

beforeAll(async () => {
  ctx = await createTestContext();
  officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  // Triaged tips in one statement, as the benchmark writes them: the first SMS_COUNT by SMS.
  await ctx.db.query(
    `INSERT INTO report (id, number, channel, status, real_name, receipt_hash, body, received_at, triaged_at, category, priority, priority_level)
     SELECT gen_random_uuid(), 'QF-T-' || lpad(g::text, 5, '0'), CASE WHEN g <= $2 THEN 'SMS' ELSE 'WEB' END, 'TRIAGED', false,
            sha256(('inbox-scale-' || g)::bytea), '第' || g || '件：反映某单位负责人在干部调整中收受财物。', now() - make_interval(mins => g), now(),
            'OFFICE_BUYING', g % 100, 'MEDIUM'
       FROM generate_series(1, $1::int) g`,
    [MANY, SMS],
  );
});
afterAll(async () => {
  await ctx?.close();
});

describe('inbox totals', () => {
  it('counts up to the cap, then says there are more', async () => {
    const first = await inbox('pageSize=20');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ page: 1, pageSize: 20, total: INBOX_TOTAL_CAP, totalCapped: true });
    expect(first.body.items).toHaveLength(20);
  });

  it('is exact below the cap', async () => {
    const sms = await inbox('channel=SMS');
    expect(sms.body).toMatchObject({ total: SMS, totalCapped: false });
    expect(sms.body.items).toHaveLength(SMS);
    const none = await inbox('channel=HOTLINE');
    expect(none.body).toMatchObject({ total: 0, totalCapped: false, items: [] });
  });

  it('counts past the cap when the page asked for lies beyond it', async () => {
    const last = await inbox(`pageSize=20&page=${Math.ceil(MANY / 20)}`);
    expect(last.body).toMatchObject({ total: MANY, totalCapped: false });
    expect(last.body.items).toHaveLength(MANY % 20 || 20);
    const before = await inbox(`pageSize=20&page=${Math.floor(INBOX_TOTAL_CAP / 20)}`);
    expect(before.body).toMatchObject({ total: INBOX_TOTAL_CAP, totalCapped: true });
  });

  it('shows a capped total as "more than" on the console page, with a next page', async () => {
    const page = await request(ctx.baseUrl).get('/console').set('Cookie', `qf_session=${officer}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`超过 ${INBOX_TOTAL_CAP} 件`);
    expect(page.text).toContain('下一页');
    const filtered = await request(ctx.baseUrl).get('/console?channel=SMS').set('Cookie', `qf_session=${officer}`);
    expect(filtered.text).toContain(`共 ${SMS} 件`);
    expect(filtered.text).not.toContain('下一页');
  });
});

describe('next open deadline', () => {
  it("follows every change to a report's deadlines: sort, next due and overdue", async () => {
    const [{ id }] = (await ctx.db.query(`SELECT id FROM report WHERE number = 'QF-T-00001'`)).rows;
    const nextDue = async () =>
      (await ctx.db.query(`SELECT to_char(next_due_on, 'YYYY-MM-DD') AS d FROM report WHERE id = $1`, [id])).rows[0].d as string | null;
    const item = async (query: string) =>
      ((await inbox(query)).body.items as Array<{ id: string; nextDue: unknown; overdue: boolean }>).find((i) => i.id === id);

    await ctx.db.query(
      `INSERT INTO report_deadline (report_id, kind, due_on, remind_on)
       VALUES ($1, 'CONCLUSION', current_date + 60, current_date + 57), ($1, 'ACCEPTANCE_NOTICE', current_date + 15, current_date + 12)`,
      [id],
    );
    const in15 = (await ctx.db.query(`SELECT to_char(current_date + 15, 'YYYY-MM-DD') AS d`)).rows[0].d;
    expect(await nextDue()).toBe(in15);
    // The only tip with a deadline comes first when sorted by due date.
    const byDue = await inbox('sort=due&pageSize=1');
    expect(byDue.body.items[0]).toMatchObject({ id, nextDue: { kind: 'ACCEPTANCE_NOTICE', dueOn: in15 }, overdue: false });

    await ctx.db.query(`UPDATE report_deadline SET due_on = current_date - 1 WHERE report_id = $1 AND kind = 'CONCLUSION'`, [id]);
    expect(await item('overdue=true')).toMatchObject({ nextDue: { kind: 'CONCLUSION' }, overdue: true });
    expect(await item('overdue=false&channel=SMS')).toBeUndefined();

    await ctx.db.query(`UPDATE report_deadline SET met_at = now() WHERE report_id = $1 AND kind = 'CONCLUSION'`, [id]);
    expect(await nextDue()).toBe(in15);
    expect(await item('overdue=true')).toBeUndefined();
    expect(await item('overdue=false&channel=SMS')).toMatchObject({ nextDue: { kind: 'ACCEPTANCE_NOTICE', dueOn: in15 }, overdue: false });

    await ctx.db.query(`DELETE FROM report_deadline WHERE report_id = $1 AND kind = 'ACCEPTANCE_NOTICE'`, [id]);
    expect(await nextDue()).toBeNull();
    expect(await item('channel=SMS')).toMatchObject({ nextDue: null, overdue: false });
  });

  it('is the same as reading the deadlines, for every report', async () => {
    const { rows } = await ctx.db.query(
      `SELECT count(*)::int AS wrong FROM report r
        WHERE r.next_due_on IS DISTINCT FROM (SELECT min(due_on) FROM report_deadline d WHERE d.report_id = r.id AND d.met_at IS NULL)`,
    );
    expect(rows[0].wrong).toBe(0);
  });
});
