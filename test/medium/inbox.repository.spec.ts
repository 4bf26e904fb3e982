import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { InboxRepository, type InboxFilter } from '../../src/triage/inbox/inbox.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The triage inbox and case view reads, on a migrated Postgres (through the published views). */
describe('InboxRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  let inbox: InboxRepository;
  let serial = 0;
  let staff: string;
  let cadre: string;
  const all: InboxFilter = {
    status: null,
    category: null,
    channel: null,
    priority: null,
    unassigned: false,
    assignee: null,
    q: null,
    overdue: null,
    today: '2026-03-10',
    hidden: [],
  };
  const page: { sort: 'priority' | 'due'; limit: number; offset: number; countLimit: number } = {
    sort: 'priority',
    limit: 10,
    offset: 0,
    countLimit: 1001,
  };

  async function tip(p: { priority: number; channel?: string; category?: string; assignee?: string; due?: string; subjects?: string }) {
    const id = randomUUID();
    serial += 1;
    const number = `QF-I-${String(serial).padStart(5, '0')}`;
    await db.query(
      `INSERT INTO report (id, number, channel, real_name, receipt_hash, body, priority, priority_level, category, assignee_id, subjects)
       VALUES ($1, $2::text, $3, false, sha256(convert_to($2::text, 'UTF8')), $4, $5, 'HIGH', $6, $7, $8)`,
      [id, number, p.channel ?? 'WEB', `举报${number}的内容`, p.priority, p.category ?? null, p.assignee ?? null, p.subjects ?? '[]'],
    );
    if (p.due) {
      await db.query(`INSERT INTO report_deadline (report_id, kind, due_on, remind_on) VALUES ($1, 'DISPOSITION', $2, $2)`, [id, p.due]);
    }
    return { id, number };
  }

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    inbox = new InboxRepository(dataSource);
    staff = randomUUID();
    await db.query(
      `INSERT INTO staff_user (id, username, password_hash, display_name, roles) VALUES ($1, 'inbox-handler', 'x', '办理人', '{TRIAGE_OFFICER}')`,
      [staff],
    );
    const [unit] = (await db.query<{ id: string }>(`INSERT INTO unit (name) VALUES ('区水务局') RETURNING id`)).rows;
    const [row] = (
      await db.query<{ id: string }>(
        `INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post, level)
         VALUES ('P100', '赵四', '赵', '男', '1980-01', $1, '局长', '正科') RETURNING id`,
        [unit!.id],
      )
    ).rows;
    cadre = row!.id;
  });

  afterAll(() => close());

  it('pages in either index order with each filter, counts the matches and leaves hidden tips out', async () => {
    const high = await tip({ priority: 90, due: '2026-03-20', category: 'BRIBERY' });
    const low = await tip({ priority: 10, due: '2026-03-01', channel: 'SMS', assignee: staff, subjects: '[{"name":"钱五"}]' });
    const mid = await tip({ priority: 50 });
    await db.query(`INSERT INTO report_subject_cadre (cadre_id, report_id) VALUES ($1, $2)`, [cadre, mid.id]);
    await db.query(
      `INSERT INTO report_subject (report_id, role, status, mentions, candidates, position)
       VALUES ($1, 'SUBJECT', 'LINKED', '{孙六}', '[{"name":"孙六","unit":"柳河镇"}]', 0)`,
      [high.id],
    );
    await db.query(
      `INSERT INTO report_triage (report_id, tokens, content_tokens, minhash, categories, anchors, priority_reasons)
       VALUES ($1, '{}', '{}', '{1}', '[{"code":"BRIBERY","final":0.7},{"code":"OTHER","final":0.2},{"code":"X","final":0.1}]', '[]', '[]')`,
      [high.id],
    );
    const ids = async (filter: Partial<InboxFilter>, p: Partial<typeof page> = {}) => {
      const { rows, counted } = await inbox.page({ ...all, ...filter }, { ...page, ...p });
      return { ids: rows.map((r) => r.id), counted };
    };
    expect(await ids({})).toEqual({ ids: [high.id, mid.id, low.id], counted: 3 });
    expect(await ids({}, { sort: 'due' })).toEqual({ ids: [low.id, high.id, mid.id], counted: 3 });
    expect(await ids({}, { limit: 1, offset: 1 })).toEqual({ ids: [mid.id], counted: 3 });
    expect(await ids({}, { countLimit: 2 })).toMatchObject({ counted: 2 });
    expect(await ids({ channel: 'SMS' })).toEqual({ ids: [low.id], counted: 1 });
    expect(await ids({ category: 'BRIBERY' })).toEqual({ ids: [high.id], counted: 1 });
    expect(await ids({ status: 'CLOSED' })).toEqual({ ids: [], counted: 0 });
    expect(await ids({ priority: 'LOW' })).toEqual({ ids: [], counted: 0 });
    expect(await ids({ assignee: staff })).toEqual({ ids: [low.id], counted: 1 });
    expect(await ids({ unassigned: true })).toEqual({ ids: [high.id, mid.id], counted: 2 });
    expect(await ids({ overdue: true })).toEqual({ ids: [low.id], counted: 1 });
    expect(await ids({ overdue: false })).toEqual({ ids: [high.id, mid.id], counted: 2 });
    expect(await ids({ q: high.number })).toEqual({ ids: [high.id], counted: 1 });
    expect(await ids({ q: low.number.slice(-4) })).toEqual({ ids: [low.id], counted: 1 });
    expect(await ids({ q: '孙六' })).toEqual({ ids: [high.id], counted: 1 });
    expect(await ids({ q: '钱五' })).toEqual({ ids: [low.id], counted: 1 });
    expect(await ids({ q: '赵四' })).toEqual({ ids: [mid.id], counted: 1 });
    expect(await ids({ hidden: [mid.id, low.id] })).toEqual({ ids: [high.id], counted: 1 });

    const { rows } = await inbox.page(all, page);
    expect(rows[0]).toMatchObject({
      number: high.number,
      channel: 'WEB',
      status: 'RECEIVED',
      real_name: false,
      category: 'BRIBERY',
      category_confirmed: false,
      priority: 90,
      priority_level: 'HIGH',
      top_categories: [
        { code: 'BRIBERY', final: 0.7 },
        { code: 'OTHER', final: 0.2 },
      ],
      repeat_of_number: null,
      excerpt: `举报${high.number}的内容`,
      due_kind: 'DISPOSITION',
      due_on: '2026-03-20',
      overdue: false,
      subjects: [{ status: 'LINKED', mentions: ['孙六'], name: '孙六', unit: '柳河镇' }],
    });
    expect(rows[2]).toMatchObject({ overdue: true, top_categories: null, subjects: [] });
  });

  it('reads a case: triage record, subjects, repeats both ways without hidden tips, deadlines and notes', async () => {
    const earlier = await tip({ priority: 1 });
    const id = (await tip({ priority: 2, due: '2026-03-01' })).id;
    const later = await tip({ priority: 3 });
    await db.query(
      `INSERT INTO report_repeat (report_id, earlier_id, score, reasons) VALUES ($1, $2, 0.5, '["a"]'), ($3, $1, 0.75, '["b"]')`,
      [id, earlier.id, later.id],
    );
    await db.query(`INSERT INTO report_note (id, report_id, author_id, body) VALUES ($1, $2, $3, '备注')`, [randomUUID(), id, staff]);
    expect(await inbox.triage(id)).toBeNull();
    expect(await inbox.subjects(id)).toEqual([]);
    expect(await inbox.repeats(id, [])).toEqual({
      earlier: [{ reportId: earlier.id, number: earlier.number, score: 0.5, reasons: ['a'] }],
      later: [{ reportId: later.id, number: later.number, score: 0.75, reasons: ['b'] }],
    });
    expect(await inbox.repeats(id, [earlier.id])).toMatchObject({ earlier: [], later: [{ reportId: later.id }] });
    expect(await inbox.deadlines(id, '2026-03-10')).toEqual([
      {
        kind: 'DISPOSITION',
        due_on: '2026-03-01',
        remind_on: '2026-03-01',
        met_at: null,
        reminded_at: null,
        escalated_at: null,
        overdue: true,
      },
    ]);
    expect((await inbox.notes(id)).map((n) => [n.author_id, n.body])).toEqual([[staff, '备注']]);
  });
});
