import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { consoleForm, consolePage } from '../support/console-client.js';
import { createTestContext, submitTriaged, type TestContext } from '../support/test-context.js';
import { PUBLICITY_ROSTER } from './publicity-fixture.js';

/**
 * What triage tells the officer on the case page, and why: how sure the suggested category
 * is, "needs a person" (需人工定类) when it is not sure, each candidate cadre's score with
 * every point explained, and why a tip was taken for a repeat. The roster holds two
 * 周明远 in different units.
 */
let ctx: TestContext;
let officer: string;
const ids: Record<'clear' | 'unsure' | 'retold', string> = { clear: '', unsure: '', retold: '' };

const submit = (body: string) =>
  submitTriaged(ctx, { subjects: [{ name: '周明远', unit: '', post: '' }], category: undefined, incidentPlace: undefined, body });

beforeAll(async () => {
  ctx = await createTestContext();
  // The rules' own explanations, and a model only from staff confirmations: no starter model
  // (test/e2e/starter-model.e2e-spec.ts and the triage browser journey cover that one).
  writeFileSync(join(ctx.env['QF_CONFIG_DIR']!, 'triage.local.yaml'), 'model:\n  starterExamples: false\n');
  await ctx.startWorker();
  await ctx.app.get(RosterImportService).import(Buffer.from(PUBLICITY_ROSTER));
  officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  ids.clear = await submit('测试区财政局副局长周明远2026年3月花钱买官，给县里领导送了二十万元现金，副局长的位子是买来的。');
  ids.unsure = await submit('周明远的事情请组织上好好查一查，群众意见很大。');
  ids.retold = await submit('测试区财政局的周明远副局长，2026年3月给领导送了二十万元现金，花钱买来了副局长的位子。');
}, 120_000);
afterAll(async () => {
  await ctx?.close();
});

const page = async (id: string) => {
  const res = await consolePage(ctx.baseUrl, officer, `/console/cases/${id}`);
  expect(res.status).toBe(200);
  return res.text;
};
const caseView = async (id: string) =>
  (await request(ctx.baseUrl).get(`/api/v1/triage/cases/${id}`).set('Authorization', `Bearer ${officer}`).expect(200)).body;

describe('the case page explains triage', () => {
  it('a clear tip: the suggested category, how sure, and the evidence', async () => {
    const view = await caseView(ids.clear);
    expect(view.category).toBe('OFFICE_BUYING');
    expect(view.triage.suggestion.needsPerson).toBe(false);
    expect(view.triage.suggestion.confidence).toBeGreaterThanOrEqual(0.7);
    const html = await page(ids.clear);
    expect(html).toContain(`买官卖官（系统建议，把握 ${Math.round(view.triage.suggestion.confidence * 100)}%）`);
    expect(html).toMatch(/依据：[^<]*买官/);
    expect(html).not.toContain('需人工定类');
  });

  it('a tip with no evidence for any category: needs a person, and says there is none', async () => {
    const view = await caseView(ids.unsure);
    expect(view.triage.suggestion).toMatchObject({ needsPerson: true, confidence: 0, candidates: [] });
    const html = await page(ids.unsure);
    expect(html).toContain('<strong>需人工定类</strong>（系统把握 0%）');
    expect(html).toContain('文中没有找到任何类别的依据');
  });

  it('the inbox marks the tips whose category needs a person', async () => {
    const inbox = await request(ctx.baseUrl).get('/api/v1/triage/inbox').set('Authorization', `Bearer ${officer}`).expect(200);
    const marked = Object.fromEntries(
      inbox.body.items.map((i: { id: string; categoryNeedsPerson: boolean }) => [i.id, i.categoryNeedsPerson]),
    );
    expect(marked).toEqual({ [ids.clear]: false, [ids.unsure]: true, [ids.retold]: false });
    const html = (await consolePage(ctx.baseUrl, officer, '/console')).text;
    const rows = html.split('<tr').filter((r) => r.includes('/console/cases/'));
    expect(rows.filter((r) => r.includes('需人工定类')).map((r) => r.includes(ids.unsure))).toEqual([true]);
  });

  it('every candidate cadre with its score and each point of it: linked, and held for a person', async () => {
    const clear = await page(ids.clear);
    expect(clear).toContain('为何关联此人（各候选得分）');
    expect(clear).toMatch(
      /周明远（测试区财政局 副局长）：[\d.]+ 分（姓名相同：周明远，\+4 分；单位相符：[^）]*测试区财政局[^；]*，\+3 分；/,
    );
    expect(clear).toMatch(/领先其他候选人 [\d.]+ 分，自动关联/);
    const unsure = await page(ids.unsure);
    expect(unsure).toContain('为何未自动关联（各候选得分相近或不足）');
    // Both namesakes, each with the same explained score: nothing tells them apart.
    const scores = [...unsure.matchAll(/周明远（测试区(财政局|水务局) [^）]+）：([\d.]+) 分（姓名相同：周明远/g)].map((m) => [m[1], m[2]]);
    expect(scores.map(([unit]) => unit).sort()).toEqual(['水务局', '财政局']);
    expect(scores[0]![1]).toBe(scores[1]![1]);
    expect(unsure).toMatch(/与 周明远（测试区(财政局|水务局) [^）]+） 得分相同，文中无法区分，需人工确认/);
  });

  it('a retold tip names the earlier one and why it was taken for a repeat', async () => {
    const view = await caseView(ids.retold);
    expect(view.repeats.earlier.map((r: { reportId: string }) => r.reportId)).toEqual([ids.clear]);
    const reasons: string[] = view.repeats.earlier[0].reasons;
    expect(reasons.length).toBeGreaterThan(0);
    const html = await page(ids.retold);
    expect(html).toContain(`<a href="/console/cases/${ids.clear}">`);
    expect(html).toContain(`判断依据：${reasons.join('；')}`);
  });
});

describe('the dashboard learning curve', () => {
  it('counts, in the order staff confirmed them, how often the suggested category was the one confirmed', async () => {
    // Runs last: confirming categories changes what the case pages above show.
    const confirm = async (id: string, category: string) =>
      expect((await consoleForm(ctx.baseUrl, officer, `/console/cases/${id}/category`, { category })).status).toBe(303);
    const before = (await consolePage(ctx.baseUrl, officer, '/console/dashboard')).text;
    expect(before).toContain('分类建议准确率（随人工确认累积）');
    expect(before).toMatch(/<table class="stats" id="table-learning">[\s\S]*?（无）[\s\S]*?<\/table>/);
    await confirm(ids.clear, 'OFFICE_BUYING'); // the suggestion, confirmed
    await confirm(ids.unsure, 'OUT_OF_SCOPE'); // no suggestion to confirm
    await confirm(ids.retold, 'CANVASSING_BRIBERY'); // the suggestion, corrected
    const after = (await consolePage(ctx.baseUrl, officer, '/console/dashboard')).text;
    expect(after).toMatch(
      /<tr><th scope="row">第 1–3 件<\/th><td class="num">3<\/td><td class="num">1<\/td><td class="num">33.3<\/td><td class="num">规则<\/td><\/tr>/,
    );
  });
});
