import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UnitsService } from '../../src/cadres/units.service.js';
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

  it('counts a post quota by the posts the roster names, however the 职务 cell decorates them', async () => {
    await ctx.app
      .get(RosterImportService)
      .import(
        Buffer.from(
          [
            '人员编号,姓名,性别,出生年月,民族,籍贯,入党时间,参加工作时间,学历,单位,职务,职级,任现职时间,身份',
            'Q001,甲一,男,1975.01,汉族,本省,1998.01,1997.07,大学本科,测试区交通运输局,党组书记、局长,正科,2020.01,公务员',
            'Q002,乙二,男,1978.02,汉族,本省,2000.01,1999.07,大学本科,测试区交通运输局,党组成员、副局长,副科,2021.01,公务员',
            'Q003,丙三,女,1980.03,汉族,本省,2003.01,2002.07,大学本科,测试区交通运输局,副局长（正科级）,二级主任科员,2022.01,公务员',
            'Q004,丁四,男,1985.04,汉族,本省,2008.01,2007.07,硕士研究生,测试区交通运输局,挂职副局长,四级主任科员,2025.01,公务员',
            'Q005,戊五,女,1983.05,汉族,本省,2006.01,2005.07,大学本科,测试区交通运输局,常务副局长,副科,2023.01,公务员',
          ].join('\n'),
        ),
      );
    const unit = (await ctx.db.query(`SELECT id FROM unit WHERE name = '测试区交通运输局'`)).rows[0].id as string;
    // Typed with a decoration, the quota is the 副局长 post's.
    expect((await post('/console/units/quotas', { unitId: unit, level: '副局长（正科级）', approved: '2' })).status).toBe(303);
    const { rows } = await ctx.db.query(`SELECT level FROM post_quota WHERE unit_id = $1`, [unit]);
    expect(rows).toEqual([{ level: '副局长' }]);
    // 党组成员、副局长, 副局长（正科级） and 常务副局长 hold it; the 挂职 deputy does not.
    expect(await ctx.app.get(UnitsService).quotaAt(unit, '副局长')).toEqual({ approved: 2, occupied: 3 });
    expect((await page('/console/units?over=true')).text).toMatch(
      /测试区交通运输局<\/td><td>副局长<\/td><td>2<\/td><td>3<\/td><td><strong class="warning">超 1 名/,
    );
  });

  it('adds a former name, and refuses a name another unit has', async () => {
    expect((await post('/console/units/names', { unitId, name: '测试区水利局', kind: 'FORMER' })).status).toBe(303);
    expect((await page('/console/units')).text).toContain('测试区水利局（曾用名）');
    const taken = await post('/console/units/names', { unitId, name: '测试区财政局', kind: 'ALIAS' });
    expect(taken.status).toBe(409);
    expect(taken.text).toContain('一个名称只能对应一个单位');
    expect(taken.text).toContain('value="测试区财政局"');
  });

  it('records the month a name came into use (档案审核 checks posts against it), refusing a malformed one', async () => {
    const bad = await post('/console/units/names', { unitId, name: '测试区水电局', kind: 'FORMER', inUseFrom: '1984.01' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('启用年月格式应为 YYYY-MM');
    expect(bad.text).toContain('value="1984.01"');
    expect((await post('/console/units/names', { unitId, name: '测试区水电局', kind: 'FORMER', inUseFrom: '1984-01' })).status).toBe(303);
    expect((await page('/console/units')).text).toContain('测试区水电局（曾用名，1984-01 起使用）');
  });
});
