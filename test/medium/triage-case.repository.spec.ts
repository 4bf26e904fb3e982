import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { TriageCaseRepository } from '../../src/triage/inbox/triage-case.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** What staff actions change of triage's tables, on a migrated Postgres. */
describe('TriageCaseRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  const triage = new TriageCaseRepository();
  let staff: string;
  let serial = 0;

  async function tip(): Promise<string> {
    const id = randomUUID();
    serial += 1;
    const number = `QF-C-${String(serial).padStart(5, '0')}`;
    await db.query(
      `INSERT INTO report (id, number, channel, real_name, receipt_hash, body)
       VALUES ($1, $2::text, 'WEB', false, sha256(convert_to($2::text, 'UTF8')), '反映某单位负责人收受财物。')`,
      [id, number],
    );
    return id;
  }
  const rows = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows;

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    staff = randomUUID();
    await db.query(
      `INSERT INTO staff_user (id, username, password_hash, display_name, roles) VALUES ($1, 'case-handler', 'x', '办理人', '{TRIAGE_OFFICER}')`,
      [staff],
    );
  });

  afterAll(() => close());

  it('reads the tokens triage kept and keeps one training example per tip, the latest winning', async () => {
    const id = await tip();
    expect(await triage.tokens(dataSource, id)).toBeNull();
    await db.query(
      `INSERT INTO report_triage (report_id, tokens, content_tokens, minhash, categories, anchors, priority_reasons)
       VALUES ($1, '{收受,财物}', '{收受}', '{1}', '[]', '[]', '[]')`,
      [id],
    );
    expect(await triage.tokens(dataSource, id)).toEqual(['收受', '财物']);
    await triage.saveExample(dataSource, { reportId: id, category: 'BRIBERY', tokens: ['收受'], source: 'CONFIRMED', staffId: staff });
    await triage.saveExample(dataSource, { reportId: id, category: 'OTHER', tokens: ['收受'], source: 'CORRECTED', staffId: staff });
    expect(await rows(`SELECT category, source, staff_id FROM category_example WHERE report_id = $1`, [id])).toEqual([
      { category: 'OTHER', source: 'CORRECTED', staff_id: staff },
    ]);
  });

  it('confirms, adds and unlinks subjects, keeping the cadre index to the subjects that remain', async () => {
    const id = await tip();
    const a = randomUUID();
    const b = randomUUID();
    const [s] = await rows(
      `INSERT INTO report_subject (report_id, role, status, mentions, candidates, position)
       VALUES ($1, 'SUBJECT', 'CANDIDATES', '{张三}', $2, 0) RETURNING id::text`,
      [id, JSON.stringify([{ personId: a }, { personId: b }])],
    );
    await db.query(`INSERT INTO report_subject_cadre (cadre_id, report_id) VALUES ($1, $3), ($2, $3)`, [a, b, id]);
    const subjectId = s!.id as string;
    expect(await triage.subject(dataSource, id, subjectId)).toEqual({
      status: 'CANDIDATES',
      role: 'SUBJECT',
      cadreId: null,
      candidates: [{ personId: a }, { personId: b }],
    });
    expect(await triage.subject(dataSource, await tip(), subjectId)).toBeNull();
    await triage.confirmSubject(dataSource, { id: subjectId, cadreId: b, candidates: [{ personId: b }, { personId: a }], staffId: staff });
    expect(await triage.subject(dataSource, id, subjectId)).toMatchObject({
      status: 'CONFIRMED',
      cadreId: b,
      candidates: [{ personId: b }, { personId: a }],
    });
    expect(await triage.hasSubject(dataSource, id, b)).toBe(true);
    expect(await triage.hasSubject(dataSource, id, a)).toBe(false);

    const c = randomUUID();
    const added = await triage.addSubject(dataSource, { reportId: id, cadreId: c, candidates: [{ personId: c }], staffId: staff });
    await triage.indexCadre(dataSource, id, c);
    await triage.indexCadre(dataSource, id, c);
    expect(await rows(`SELECT role, status, cadre_id, mentions, position, decided_by FROM report_subject WHERE id = $1`, [added])).toEqual([
      { role: 'SUBJECT', status: 'CONFIRMED', cadre_id: c, mentions: [], position: 1, decided_by: staff },
    ]);

    await triage.unlinkSubject(dataSource, { reportId: id, id: subjectId, staffId: staff });
    expect(await triage.subject(dataSource, id, subjectId)).toMatchObject({ status: 'UNLINKED', cadreId: null });
    // a and b were only the unlinked subject's: c remains.
    expect(await rows(`SELECT cadre_id FROM report_subject_cadre WHERE report_id = $1`, [id])).toEqual([{ cadre_id: c }]);
  });

  it('adds an internal note and answers when it was written', async () => {
    const id = await tip();
    const noteId = randomUUID();
    const at = await triage.addNote(dataSource, { id: noteId, reportId: id, authorId: staff, body: '已电话联系' });
    expect(at).toBeInstanceOf(Date);
    expect(await rows(`SELECT report_id, author_id, body FROM report_note WHERE id = $1`, [noteId])).toEqual([
      { report_id: id, author_id: staff, body: '已电话联系' },
    ]);
  });
});
