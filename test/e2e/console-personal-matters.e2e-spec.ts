import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { consoleForm, consolePage } from '../support/console-client.js';
import { createTestContext, type TestContext } from '../support/test-context.js';
import { PUBLICITY_ROSTER } from './publicity-fixture.js';

/**
 * 个人有关事项报告随机抽查 in the console: a cadre manager draws the year's check (once a
 * year), everyone who reads the roster sees who was drawn and can redraw from the recorded
 * seed; a draw altered afterwards no longer verifies.
 */
let ctx: TestContext;
let manager: string;
let reader: string;

const page = (path: string, token = manager) => consolePage(ctx.baseUrl, token, path);
const post = (path: string, form: Record<string, string>, token = manager) => consoleForm(ctx.baseUrl, token, path, form);

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.app.get(RosterImportService).import(Buffer.from(PUBLICITY_ROSTER));
  manager = await ctx.staffToken(['SUPERVISOR']);
  reader = await ctx.staffToken(['INTAKE_OPERATOR']);
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

describe('the personal-matters random check in the console', () => {
  it('is reached from the roster and offers this year, with the configured share', async () => {
    expect((await page('/console/cadres')).text).toContain('href="/console/personal-matters"');
    const empty = await page('/console/personal-matters');
    expect(empty.status).toBe(200);
    expect(empty.text).toContain('尚未进行随机抽查。');
    expect(empty.text).toContain('按 10% 的比例');
    expect(empty.text).toMatch(/name="year"[^>]*value="20\d\d"/);
  });

  it('refuses a year that is not one, keeping what was typed', async () => {
    const refused = await post('/console/personal-matters/draws', { year: '二〇二六' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('年度：');
    expect(refused.text).toContain('value="二〇二六"');
  });

  it('draws once a year; the drawn cadres link to their records and are marked for a random check', async () => {
    const drawn = await post('/console/personal-matters/draws', { year: '2026' });
    expect(drawn.status).toBe(303);
    expect(drawn.headers['location']).toBe('/console/personal-matters#year-2026');
    const listed = await page('/console/personal-matters');
    expect(listed.text).toContain('<h2>2026 年度</h2>');
    const { rows } = await ctx.db.query(
      `SELECT c.id, c.name, p.check_reason FROM personal_matters_report p JOIN cadre c ON c.id = p.cadre_id WHERE p.year = 2026`,
    );
    expect(rows).toHaveLength(1); // ceil(3 × 10 %)
    expect(rows[0].check_reason).toBe('RANDOM');
    expect(listed.text).toContain(`<a href="/console/cadres/${rows[0].id}#personal-matters">${rows[0].name}</a>`);
    expect((await page(`/console/cadres/${rows[0].id}`)).text).toContain('2026 年度：未查核（随机抽查）');
    const again = await post('/console/personal-matters/draws', { year: '2026' });
    expect(again.status).toBe(409);
    expect(again.text).toContain('2026 年度已抽查过，不能重抽');
  });

  it('verifies a draw from its seed, and shows an altered draw as not matching', async () => {
    expect((await page('/console/personal-matters?verify=2026', reader)).text).toContain('结果与记录一致');
    await ctx.db.query(`UPDATE personal_matters_draw SET drawn = ARRAY['P999'] WHERE year = 2026`);
    const altered = await page('/console/personal-matters?verify=2026', reader);
    expect(altered.text).toContain('复核不一致');
    expect(altered.text).toContain('（已不在名册）');
  });

  it('offers the draw only to those who manage cadre records', async () => {
    const read = await page('/console/personal-matters', reader);
    expect(read.status).toBe(200);
    expect(read.text).not.toContain('action="/console/personal-matters/draws"');
    expect((await post('/console/personal-matters/draws', { year: '2027' }, reader)).status).toBe(403);
  });
});
