import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { CategoryModelService } from '../../src/triage/category-model.service.js';
import { createTestContext, submitTriaged, waitFor, type TestContext } from '../support/test-context.js';

/**
 * A new district has a learned model before its staff confirm a single tip: the first
 * retraining learns from the shipped starter examples, and triage blends it with the rules.
 */
let ctx: TestContext;
let worker: INestApplicationContext;

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.app
    .get(RosterImportService)
    .import(
      Buffer.from(
        '人员编号,姓名,性别,出生年月,民族,籍贯,入党时间,参加工作时间,学历,单位,职务,职级,任现职时间,身份\nS0001,韩立新,男,1972-04,汉族,本市,1994-06,1993-08,大学本科,区水务局,局长,正科,2021-03,公务员\n',
      ),
      { fileName: 'roster.csv' },
    );
  worker = await ctx.startWorker();
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

describe('the starter model', () => {
  it('is trained from the shipped examples alone, and triage uses it', async () => {
    const shipped = readFileSync(join(ctx.env['QF_CONFIG_DIR']!, 'starter-examples.jsonl'), 'utf8').trim().split('\n').length;
    expect(shipped).toBeGreaterThan(400);
    expect(Number((await ctx.db.query(`SELECT count(*) FROM category_example`)).rows[0].count)).toBe(0);
    // The worker's schedule retrains at boot: the first version learns from the shipped examples.
    const trained = await waitFor(
      async () => (await ctx.db.query<{ version: number; examples: number }>(`SELECT version, examples FROM category_model`)).rows[0],
      30_000,
      'the first model',
    );
    expect(trained.examples).toBe(shipped);
    expect(await worker.get(CategoryModelService).retrain()).toBeNull(); // nothing new: no second version

    const reportId = await submitTriaged(ctx, {
      body: '区水务局局长韩立新去年给组织部的人送了二十万，今年就提拔成了局长，大家都说他的位子是买来的。',
    });
    const { rows } = await ctx.db.query<{ model_version: number; categories: Array<{ code: string; model: number | null }> }>(
      `SELECT model_version, categories FROM report_triage WHERE report_id = $1`,
      [reportId],
    );
    expect(rows[0]!.model_version).toBe(trained.version);
    // The model's probability sits beside the rules' share in every suggested category.
    expect(rows[0]!.categories.length).toBeGreaterThan(0);
    expect(rows[0]!.categories.every((c) => typeof c.model === 'number')).toBe(true);
  });
});
