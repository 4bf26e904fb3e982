import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { consoleForm, consolePage } from '../support/console-client.js';
import { createTestContext, type TestContext } from '../support/test-context.js';
import { PUBLICITY_ROSTER } from './publicity-fixture.js';

/**
 * Units in the console: post quotas per unit and grade with the over-quota report (超职数),
 * and the units' other names (a former name before a reorganisation links old tips).
 */
let ctx: TestContext;
let session: string;
let unitId: string;

const page = (path: string) => consolePage(ctx.baseUrl, session, path);
const post = (path: string, form: Record<string, string>) => consoleForm(ctx.baseUrl, session, path, form);

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.app.get(RosterImportService).import(Buffer.from(PUBLICITY_ROSTER));
  unitId = (await ctx.db.query(`SELECT id FROM unit WHERE name = '测试区水务局'`)).rows[0].id;
  session = await ctx.staffToken(['SUPERVISOR']);
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

describe('units and quotas in the console', () => {
  it('sets a quota and reports the unit over it', async () => {
    const refused = await post('/console/units/quotas', { unitId, level: '四级主任科员', approved: '-1' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('field-error');
    expect(refused.text).toContain('value="四级主任科员"');
    expect((await post('/console/units/quotas', { unitId, level: '四级主任科员', approved: '1' })).status).toBe(303);
    const over = await page('/console/units?over=true');
    expect(over.status).toBe(200);
    expect(over.text).toMatch(/测试区水务局<\/td><td>四级主任科员<\/td><td>1<\/td><td>2<\/td><td><strong class="warning">超 1 名/);
  });

  it('adds a former name, and refuses a name another unit has', async () => {
    expect((await post('/console/units/names', { unitId, name: '测试区水利局', kind: 'FORMER' })).status).toBe(303);
    expect((await page('/console/units')).text).toContain('测试区水利局（曾用名）');
    const taken = await post('/console/units/names', { unitId, name: '测试区财政局', kind: 'ALIAS' });
    expect(taken.status).toBe(409);
    expect(taken.text).toContain('一个名称只能对应一个单位');
    expect(taken.text).toContain('value="测试区财政局"');
  });
});
