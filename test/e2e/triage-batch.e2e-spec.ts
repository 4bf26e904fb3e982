import { afterAll, describe, expect, it, jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import type { ReportsRepository } from '../../src/reports/reports.repository.js';
import { TriageReportJob } from '../../src/triage/triage-report.job.js';
import type { TriageRecord, TriageRepository } from '../../src/triage/triage.repository.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/**
 * The tips in flight are triaged as a batch (triage-report.job.ts): one transaction, rounds of
 * set-based statements. Triaging the same tips one at a time in receipt order and all in one
 * batch must write the same rows, apart from ids and timestamps.
 */
const ROSTER = [
  '人员编号,姓名,性别,出生年月,民族,籍贯,入党时间,参加工作时间,学历,单位,职务,职级,任现职时间,身份',
  'E001,宋建明,男,1975-03,汉族,本省,1998-07,1996-08,大学本科,区自然资源局,局长,正科,2020-01,公务员',
  'E002,韩小燕,女,1980-05,汉族,本省,2003-06,2002-08,大学本科,区自然资源局,副局长,副科,2021-03,公务员',
  'E003,宋建明,男,1979-11,汉族,本省,2001-07,2000-08,大专,河口镇,副镇长,副科,2022-05,公务员',
  'E004,蔡志远,男,1972-09,汉族,本省,1995-07,1993-08,大学本科,区应急管理局,局长,正科,2019-06,公务员',
].join('\n');

const COPY = '2026年5月，某街道办事处在换届前一周突击提拔了六名干部，其中两人不符合任职年限，群众议论很大。';

/** In receipt order: retellings of one story, near-copies naming nobody, homonyms, unrelated tips. */
const TIPS: Array<{ body: string; subjects?: Array<Record<string, string>> }> = [
  { body: '2026年3月，原国土局的韩副局长在办公室收受下属现金五万元，承诺年底提拔其为科长，单位多人知晓。' },
  { body: COPY },
  { body: '应急管理局蔡志远局长2026年5月以来在某矿业公司兼职担任顾问，每月领取报酬八千元。' },
  { body: '自然资源局韩小燕副局长收了下属五万块现金，答应年底提拔他当科长，局里很多人都知道这件事。' },
  { body: '宋建明到处托关系跑官要官，想当一把手，说不提拔就不干了。' },
  { body: COPY },
  { body: '我家和邻居因为宅基地有纠纷，打了两年官司，法院判决后对方不执行，请组织部帮忙。' },
  { body: '听说韩小燕副局长2026年3月收了五万元现金，答应把送钱的人提拔为科长。' },
  { body: '宋建明为了当一把手到处托关系跑官要官，还说不提拔就不干了。' },
  { body: COPY },
  { body: '蔡志远在矿业公司兼职当顾问，每个月拿八千元报酬，2026年5月开始的。' },
];

const contexts: TestContext[] = [];
afterAll(async () => {
  for (const ctx of contexts) await ctx.close();
});

/** A fresh district with the roster and the tips, untriaged (no outbox rows: nothing triages them but the test). */
async function district(): Promise<{ ctx: TestContext; worker: INestApplicationContext; ids: string[] }> {
  const ctx = await createTestContext({ settings: { queues: { outboxRelayIntervalMs: 60_000, outboxRelayGraceMs: 0 } } });
  contexts.push(ctx);
  writeFileSync(join(ctx.env['QF_CONFIG_DIR']!, 'triage.local.yaml'), 'model:\n  minExamples: 3\n  starterExamples: false\n');
  await ctx.app.get(RosterImportService).import(Buffer.from(ROSTER), { fileName: 'roster.csv' });
  // 蔡志远 is a candidate of a pending vetting run: tips about him are urgent and disposed of before it.
  await ctx.db.query(
    `WITH run AS (INSERT INTO vetting_run (title, started_on, agency_codes) VALUES ('2026年第一批', current_date, '{ZZB}') RETURNING id)
     INSERT INTO vetting_candidate (run_id, cadre_id, proposed_post) SELECT run.id, c.id, '区应急管理局党委书记' FROM run, cadre c WHERE c.person_no = 'E004'`,
  );
  const worker = await ctx.startWorker();
  const { rows } = await ctx.db.query<{ id: string }>(
    `INSERT INTO report (id, number, channel, real_name, receipt_hash, subjects, body, received_at)
     SELECT gen_random_uuid(), 'B-' || lpad(t.n::text, 2, '0'), 'WEB', false, sha256(('batch' || t.n)::bytea), '[{"note":"见正文"}]'::jsonb, t.body,
            now() - make_interval(mins => 60 - t.n::int)
       FROM unnest($1::text[]) WITH ORDINALITY AS t(body, n)
     ORDER BY t.n
     RETURNING id`,
    [TIPS.map((t) => t.body)],
  );
  const { rows: ordered } = await ctx.db.query<{ id: string }>(`SELECT id FROM report WHERE id = ANY ($1) ORDER BY received_at`, [
    rows.map((r) => r.id),
  ]);
  return { ctx, worker, ids: ordered.map((r) => r.id) };
}

/** Every row triage wrote, ids replaced by the tips' numbers (and cadres' person numbers), timestamps left out. */
async function written(db: TestContext['db']): Promise<Record<string, unknown[]>> {
  const { rows: reports } = await db.query<{ id: string; number: string }>(`SELECT id, number FROM report`);
  const { rows: cadres } = await db.query<{ id: string; person_no: string }>(`SELECT id, person_no FROM cadre`);
  const names = new Map<string, string>([
    ...reports.map((r) => [r.id, r.number] as const),
    ...cadres.map((c) => [c.id, c.person_no] as const),
  ]);
  const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
  const q = async (sql: string) =>
    (await db.query(sql)).rows.map((r) => JSON.parse(JSON.stringify(r).replace(uuid, (id) => names.get(id) ?? 'ID')) as unknown);
  const sorted = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
  return {
    cases: await q(
      `SELECT id, status, category, category_scores, priority, priority_level, is_specific, transfer_target, repeat_of, triaged_at IS NOT NULL AS triaged
         FROM report ORDER BY number`,
    ),
    triage: await q(
      `SELECT report_id, tokens, content_tokens, minhash, categories, model_version, anchors, priority_reasons
         FROM report_triage t JOIN report r ON r.id = t.report_id ORDER BY r.number`,
    ),
    subjects: sorted(await q(`SELECT report_id, role, role_reason, status, cadre_id, mentions, candidates, position FROM report_subject`)),
    subjectIndex: sorted(await q(`SELECT cadre_id, report_id FROM report_subject_cadre`)),
    bands: sorted(await q(`SELECT band, key, report_id FROM report_minhash_band`)),
    repeats: sorted(await q(`SELECT report_id, earlier_id, score, reasons FROM report_repeat`)),
    deadlines: sorted(await q(`SELECT report_id, kind, due_on::text, remind_on::text FROM report_deadline`)),
    // Each case's timeline in order (ids of events differ; their order within a case must not).
    events: await q(
      `SELECT e.report_id, e.type, e.actor_kind, e.data FROM report_event e JOIN report r ON r.id = e.report_id ORDER BY r.number, e.id`,
    ),
    links: sorted(await q(`SELECT report_id, cadre_id, source FROM cadre_report_link`)),
    outbox: sorted(await q(`SELECT queue, job_name, payload->>'cadreId' AS cadre FROM outbox`)),
  };
}

interface Internals {
  reports: ReportsRepository;
  triage: TriageRepository;
}

describe('triage of a burst as a batch', () => {
  let oneByOne: Record<string, unknown[]>;

  it('triages the tips one at a time in receipt order (the reference)', async () => {
    const { ctx, worker, ids } = await district();
    const job = worker.get(TriageReportJob);
    for (const reportId of ids) await job.handle({ reportId });
    oneByOne = await written(ctx.db);
    expect(oneByOne['cases']!.every((c) => (c as { triaged: boolean }).triaged)).toBe(true);
  });

  it('writes the same rows when all the tips (and a duplicated job) go in one batch, finding repeats within it', async () => {
    const { ctx, worker, ids } = await district();
    const job = worker.get(TriageReportJob);
    const internals = job as unknown as Internals;
    const locks = jest.spyOn(internals.reports, 'lockBatchForTriage');
    // The jobs arrive in another order than receipt, one of them twice.
    const jobs = [...ids].reverse().concat(ids[3]!);
    await Promise.all(jobs.map((reportId) => job.handle({ reportId })));
    // One batch, not rerun tip by tip (a failed batch would have been: one call per tip).
    expect(locks.mock.calls.map((c) => c[1].length)).toEqual([ids.length]);
    const batched = await written(ctx.db);
    expect(batched).toEqual(oneByOne);
    // Repeats of each other within the batch were found: the retellings and the near-copies.
    const { rows } = await ctx.db.query<{ number: string; root: string | null }>(
      `SELECT r.number, root.number AS root FROM report r LEFT JOIN report root ON root.id = r.repeat_of ORDER BY r.number`,
    );
    const root = Object.fromEntries(rows.map((r) => [r.number, r.root]));
    expect([root['B-04'], root['B-08']]).toEqual(['B-01', 'B-01']);
    expect([root['B-06'], root['B-10']]).toEqual(['B-02', 'B-02']);
    expect(root['B-11']).toBe('B-03');
    // The appointment calendar was asked for the batch: the tips about the candidate are urgent.
    const { rows: urgent } = await ctx.db.query<{ number: string }>(
      `SELECT r.number FROM report r JOIN report_event e ON e.report_id = r.id AND e.type = 'TRIAGED'
        WHERE jsonb_array_length(e.data->'appointments') > 0 ORDER BY r.number`,
    );
    expect(urgent.map((r) => r.number)).toEqual(['B-03', 'B-11']);
    const triagedEvents = await ctx.db.query(`SELECT report_id, count(*)::int AS n FROM report_event WHERE type = 'TRIAGED' GROUP BY 1`);
    expect(triagedEvents.rows.map((r: { n: number }) => r.n)).toEqual(ids.map(() => 1));
  });

  it('triages the others of a batch when one tip cannot be written', async () => {
    const { ctx, worker, ids } = await district();
    const job = worker.get(TriageReportJob);
    const internals = job as unknown as Internals;
    const bad = ids[4]!;
    const save = internals.triage.saveBatch.bind(internals.triage);
    jest.spyOn(internals.triage, 'saveBatch').mockImplementation(async (on, records: readonly TriageRecord[]) => {
      if (records.some((r) => r.reportId === bad)) throw new Error('a value Postgres refuses');
      return save(on, records);
    });
    const results = await Promise.allSettled(ids.map((reportId) => job.handle({ reportId })));
    expect(results.map((r) => r.status)).toEqual(ids.map((id) => (id === bad ? 'rejected' : 'fulfilled')));
    const { rows } = await ctx.db.query<{ id: string; triaged: boolean }>(
      `SELECT id, triaged_at IS NOT NULL AS triaged FROM report WHERE id = ANY ($1)`,
      [ids],
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.triaged]))).toEqual(Object.fromEntries(ids.map((id) => [id, id !== bad])));
  });
});
