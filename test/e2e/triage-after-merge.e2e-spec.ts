import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { validTip } from '../support/fixtures.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/**
 * Staff may act on a tip before its triage job has run (a busy queue): a tip merged into
 * another while still RECEIVED keeps its status and its link to the case it joined when
 * triage finishes later. (Found under load: triage overwrote repeat_of, so a merged tip
 * lost its case, and retention no longer followed the surviving case.)
 */
let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext(); // no worker yet: triage waits in the queue
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

describe('triage after staff already handled the tip', () => {
  it('keeps a merge made before triage ran', async () => {
    const ids: string[] = [];
    for (const body of [
      '2026年3月，某局副局长王某某在民主推荐前宴请考察组成员拉票。',
      '某局王副局长推荐前请考察组吃饭拉票，大家都知道，请组织查一查。',
    ]) {
      const res = await request(ctx.baseUrl).post('/api/v1/public/reports').send(validTip({ body }));
      const { rows } = await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [res.body.reportNumber]);
      ids.push(rows[0].id);
    }
    const [first, second] = ids as [string, string];
    const officer = await ctx.staffToken(['TRIAGE_OFFICER']);
    const merged = await request(ctx.baseUrl)
      .post(`/api/v1/triage/cases/${second}/merge`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ intoReportId: first });
    expect(merged.status).toBe(200);
    await ctx.startWorker();
    await waitFor(
      async () =>
        (await ctx.db.query(`SELECT count(*)::int AS n FROM report_triage WHERE report_id = ANY($1::uuid[])`, [ids])).rows[0].n === 2
          ? true
          : undefined,
      30_000,
      'triage',
    );
    const { rows } = await ctx.db.query(`SELECT status, repeat_of FROM report WHERE id = $1`, [second]);
    expect(rows[0]).toEqual({ status: 'MERGED', repeat_of: first });
  });
});
