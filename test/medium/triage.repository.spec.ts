import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { TriageRepository, type TriageRecord } from '../../src/triage/triage.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The triage pipeline's queries on a migrated Postgres: reading tips, repeat candidates, saving what triage found. */
describe('TriageRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  let triage: TriageRepository;
  let serial = 0;
  const cadreA = randomUUID();

  async function tip(
    body: string,
    receivedAt: string,
    extra: { category?: string; scores?: Record<string, number> } = {},
  ): Promise<string> {
    const id = randomUUID();
    serial += 1;
    const number = `QF-T-${String(serial).padStart(5, '0')}`;
    await db.query(
      `INSERT INTO report (id, number, channel, real_name, receipt_hash, body, subjects, category_claimed, received_at, category, category_scores)
       VALUES ($1, $2::text, 'WEB', false, sha256(convert_to($2::text, 'UTF8')), $3, '[{"name":"张三"}]', 'BRIBERY', $4, $5, $6)`,
      [id, number, body, receivedAt, extra.category ?? null, extra.scores ? JSON.stringify(extra.scores) : null],
    );
    return id;
  }

  const record = (reportId: string, over: Partial<TriageRecord> = {}): TriageRecord => ({
    reportId,
    pairs: [],
    bands: [11, 12, 13],
    cadreIds: [cadreA],
    tokens: ['张三', '收受', '财物'],
    contentTokens: ['收受', '财物', '工程'],
    minhash: Array.from({ length: 64 }, (_, i) => i + 1),
    categories: [{ code: 'BRIBERY', final: 0.9 }],
    modelVersion: null,
    anchors: [],
    priorityReasons: ['类别严重程度 5：+50'],
    subjects: [
      {
        role: 'SUBJECT',
        role_reason: null,
        status: 'LINKED',
        cadre_id: cadreA,
        mentions: ['张三'],
        candidates: [{ personId: cadreA }],
        position: 0,
      },
    ],
    deadlines: [
      { kind: 'ACCEPTANCE_NOTICE', dueOn: '2026-03-06', remindOn: '2026-03-05' },
      { kind: 'DISPOSITION', dueOn: '2026-03-20', remindOn: '2026-03-18' },
    ],
    ...over,
  });

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    triage = new TriageRepository(dataSource);
  });

  afterAll(() => close());

  it('reads tips by id with the newest model version, leaving unknown ids out', async () => {
    const id = await tip('反映张三收受财物。', '2026-03-01T02:00:00Z');
    const unknown = randomUUID();
    let [row] = await triage.tipsToTriage([id, unknown]);
    expect(row).toEqual({
      id,
      body: '反映张三收受财物。',
      subjects: [{ name: '张三' }],
      categoryClaimed: 'BRIBERY',
      realName: false,
      receivedAt: new Date('2026-03-01T02:00:00Z'),
      triagedAt: null,
      version: expect.any(String),
      modelVersion: null,
    });
    await db.query(`INSERT INTO category_model (examples, categories, model) VALUES (10, 2, '{}'), (12, 2, '{}')`);
    [row] = await triage.tipsToTriage([id]);
    expect(row!.modelVersion).toBe(2);
    expect(await triage.tipsToTriage([unknown])).toEqual([]);
  });

  it('saves what triage found of a batch of one in one statement and answers the deadlines set now (each once)', async () => {
    const earlier = await tip('早先反映张三收受财物。', '2026-03-01T01:00:00Z');
    const id = await tip('又反映张三收受财物。', '2026-03-02T01:00:00Z');
    const saved = await dataSource.transaction((m) =>
      triage.saveBatch(m, [record(id, { pairs: [{ later: id, earlier, score: 0.8, reasons: ['被反映人相同'] }] })]),
    );
    expect(saved).toEqual([
      { id: expect.stringMatching(/^\d+$/), dueOn: '2026-03-06', remindOn: '2026-03-05' },
      { id: expect.stringMatching(/^\d+$/), dueOn: '2026-03-20', remindOn: '2026-03-18' },
    ]);
    const one = async (sql: string) => (await db.query(sql, [id])).rows;
    expect(await one(`SELECT earlier_id, score, reasons FROM report_repeat WHERE report_id = $1`)).toEqual([
      { earlier_id: earlier, score: 0.8, reasons: ['被反映人相同'] },
    ]);
    expect(await one(`SELECT band, key FROM report_minhash_band WHERE report_id = $1 ORDER BY band`)).toEqual([
      { band: 0, key: 11 },
      { band: 1, key: 12 },
      { band: 2, key: 13 },
    ]);
    expect(await one(`SELECT cadre_id FROM report_subject_cadre WHERE report_id = $1`)).toEqual([{ cadre_id: cadreA }]);
    expect(await one(`SELECT tokens, content_tokens, model_version, priority_reasons FROM report_triage WHERE report_id = $1`)).toEqual([
      {
        tokens: ['张三', '收受', '财物'],
        content_tokens: ['收受', '财物', '工程'],
        model_version: null,
        priority_reasons: ['类别严重程度 5：+50'],
      },
    ]);
    expect(await one(`SELECT role, status, cadre_id, mentions, position FROM report_subject WHERE report_id = $1`)).toEqual([
      { role: 'SUBJECT', status: 'LINKED', cadre_id: cadreA, mentions: ['张三'], position: 0 },
    ]);
    // The report itself is the reports module's: triage's statement leaves it alone.
    expect(await one(`SELECT triaged_at, category FROM report WHERE id = $1`)).toEqual([{ triaged_at: null, category: null }]);
    // A deadline already set is not set again (ON CONFLICT DO NOTHING).
    await db.query(`DELETE FROM report_triage WHERE report_id = $1`, [id]);
    await db.query(`DELETE FROM report_subject WHERE report_id = $1`, [id]);
    expect(await triage.saveBatch(dataSource, [record(id)])).toEqual([]);
  });

  it('finds repeat candidates of a batch of one through a shared cadre or a shared MinHash band, oldest first, with what the database compared', async () => {
    const cadreC = randomUUID();
    const cadreD = randomUUID();
    const bySubject = await tip('张三在工程中收受财物。', '2026-04-01T01:00:00Z', { category: 'BRIBERY', scores: { BRIBERY: 0.9 } });
    const byBand = await tip('另一件事，文字几乎相同。', '2026-04-02T01:00:00Z', { category: 'OTHER', scores: { OTHER: 0.5 } });
    const unrelated = await tip('无关的举报。', '2026-04-03T01:00:00Z');
    const later = await tip('张三的事又来了。', '2026-04-09T01:00:00Z');
    const mine = await tip('张三收受工程老板财物。', '2026-04-05T01:00:00Z');
    const sig = Array.from({ length: 64 }, (_, i) => i + 1);
    await triage.saveBatch(dataSource, [
      record(bySubject, { cadreIds: [cadreC], bands: [1, 2, 3], minhash: sig.map((x) => x + 1000) }),
      record(byBand, { cadreIds: [cadreD], bands: [7, 8, 9], minhash: sig, deadlines: [] }),
      record(unrelated, { cadreIds: [cadreD], bands: [4, 5, 6], minhash: sig, deadlines: [] }),
      record(later, { cadreIds: [cadreC], bands: [21, 22, 23], minhash: sig.map((x) => x + 2000), deadlines: [] }),
    ]);
    const [rows] = await triage.repeatCandidatesBatch(
      dataSource,
      [{ reportId: mine, cadreIds: [cadreC], bands: [99, 8, 98], minhash: sig, distinctTokens: ['收受', '财物', '老板'] }],
      { lookbackDays: 100_000, minSameMinhash: 50 },
    );
    expect(rows!.map((r) => [r.id, r.earlier, r.sharedCadres, r.sameMinhash])).toEqual([
      [bySubject, true, 1, 0],
      [byBand, true, 0, 64],
      [later, false, 1, 0],
    ]);
    const [subject, band] = rows!;
    expect(subject).toMatchObject({
      category: 'BRIBERY',
      categoryScores: { BRIBERY: 0.9 },
      body: '张三在工程中收受财物。',
      repeatOf: null,
      candidateTokens: 3,
      sharedTokens: 2,
      receivedAt: new Date('2026-04-01T01:00:00Z'),
    });
    expect(subject!.number).toMatch(/^QF-T-/);
    // Without a shared subject, neither the text nor the scores cross the wire.
    expect(band).toMatchObject({ category: 'OTHER', categoryScores: null, body: null, candidateTokens: 0, sharedTokens: 0 });
    // Outside the look-back window, nothing.
    expect(
      await triage.repeatCandidatesBatch(
        dataSource,
        [{ reportId: mine, cadreIds: [cadreC], bands: [99, 8, 98], minhash: sig, distinctTokens: [] }],
        {
          lookbackDays: 0,
          minSameMinhash: 50,
        },
      ),
    ).toEqual([[]]);
  });

  it('reads and replaces the reasons of tips’ priorities, several in one statement', async () => {
    const id = await tip('反映张三。', '2026-05-01T01:00:00Z');
    const other = await tip('反映张三的妻子。', '2026-05-01T02:00:00Z');
    expect(await triage.priorityReasons(dataSource, [id, other])).toEqual(new Map());
    await triage.saveBatch(dataSource, [record(id, { deadlines: [] }), record(other, { deadlines: [] })]);
    expect(await triage.priorityReasons(dataSource, [id])).toEqual(new Map([[id, ['类别严重程度 5：+50']]]));
    await triage.setPriorityReasons(dataSource, [
      { reportId: id, reasons: ['类别严重程度 5：+50', '拟任人选：+30'] },
      { reportId: other, reasons: ['拟任人选：+30'] },
    ]);
    await triage.setPriorityReasons(dataSource, []);
    expect(await triage.priorityReasons(dataSource, [id, other, randomUUID()])).toEqual(
      new Map([
        [id, ['类别严重程度 5：+50', '拟任人选：+30']],
        [other, ['拟任人选：+30']],
      ]),
    );
  });

  it('records a merge a person decided as a full-score repeat, once', async () => {
    const earlier = await tip('反映李四。', '2026-05-02T01:00:00Z');
    const later = await tip('又反映李四。', '2026-05-03T01:00:00Z');
    await triage.recordMergedRepeat(dataSource, later, earlier);
    await triage.recordMergedRepeat(dataSource, later, earlier);
    const { rows } = await db.query(`SELECT earlier_id, score, reasons FROM report_repeat WHERE report_id = $1`, [later]);
    expect(rows).toEqual([{ earlier_id: earlier, score: 1, reasons: ['经办人合并'] }]);
  });

  it('reads back what triage concluded for every tip, subjects in order', async () => {
    const id = await tip('再反映张三收受财物。', '2026-05-04T01:00:00Z');
    await triage.saveBatch(dataSource, [record(id, { deadlines: [] })]);
    const result = (await triage.allResults(dataSource)).get(id);
    expect(result).toMatchObject({
      tokens: ['张三', '收受', '财物'],
      subjects: [{ role: 'SUBJECT', status: 'LINKED', mentions: ['张三'] }],
    });
    expect((await triage.allResults(dataSource)).get(randomUUID())).toBeUndefined();
  });
});
