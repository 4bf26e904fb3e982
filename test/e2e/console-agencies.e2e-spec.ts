import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuthService } from '../../src/auth/auth.service.js';
import { consoleForm, consolePage } from '../support/console-client.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';
import { validTip } from '../support/fixtures.js';

/**
 * 联席会议成员单位 on the administrator's console: the list with each agency's liaisons, adding
 * an agency, changing and retiring one; refused forms keep what was typed and name the field;
 * the staff page offers exactly the agencies in use.
 */
let ctx: TestContext;
let admin: string;

const page = (path: string, token = admin) => consolePage(ctx.baseUrl, token, path);
const post = (path: string, form: Record<string, string>, token = admin) => consoleForm(ctx.baseUrl, token, path, form);

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.startWorker();
  admin = await ctx.staffToken(['ADMIN']);
  await ctx.app.get(AuthService).createUser({
    username: 'liaison-audit',
    displayName: '审计联络员',
    password: 'Shenji-Lianluo-2026!',
    roles: ['AGENCY_LIAISON'],
    agencyCode: 'AUDIT',
  });
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

describe('member agencies in the console', () => {
  it('lists the agencies with their liaisons, linked from the admin navigation', async () => {
    const list = await page('/console/admin/agencies');
    expect(list.status).toBe(200);
    expect(list.text).toContain('href="/console/admin/agencies"');
    expect(list.text).toContain('纪委监委</a>（出具廉政意见）');
    expect(list.text).toMatch(/审计局<\/a><\/td>\s*<td>审计联络员（liaison-audit）<\/td>/);
  });

  it('adds an agency, refusing a bad code with the typed fields kept', async () => {
    const refused = await post('/console/admin/agencies', { code: 'tax', name: '税务局', aliases: '区税务局' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('单位代码应为大写字母、数字或下划线');
    expect(refused.text).not.toContain('单位代码：单位代码'); // a message that names its field is not prefixed again
    expect(refused.text).toContain('value="税务局"');
    expect(refused.text).toContain('区税务局</textarea>');
    const added = await post('/console/admin/agencies', {
      code: 'TAX',
      name: '税务局',
      aliases: '区税务局、税务分局',
      noticeEmail: 'tax@example.gov.cn',
    });
    expect(added.status).toBe(303);
    expect(added.headers['location']).toBe('/console/admin/agencies?done=created#agency-TAX');
    const list = await page('/console/admin/agencies?done=created');
    expect(list.text).toContain('已添加成员单位。');
    expect(list.text).toContain('区税务局\n税务分局</textarea>');
    expect((await page('/console/admin/staff')).text).toContain('<option value="TAX">税务局</option>');
    // The new member is one for the case workflow at once: offered as a transfer target on the
    // case page and accepted by the transfer itself, named (never by its code) where it shows.
    const officer = await ctx.staffToken(['TRIAGE_OFFICER']);
    const tip = await request(ctx.baseUrl).post('/api/v1/public/reports').send(validTip());
    const reportId = await waitFor(
      async () =>
        (await ctx.db.query(`SELECT id FROM report WHERE number = $1 AND status = 'TRIAGED'`, [tip.body.reportNumber])).rows[0]?.id as
          string | undefined,
      30_000,
      'triage',
    );
    expect((await page(`/console/cases/${reportId}`, officer)).text).toContain('<option value="TAX">税务局</option>');
    const transfer = await request(ctx.baseUrl)
      .post(`/api/v1/triage/cases/${reportId}/disposition`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ kind: 'TRANSFER', target: '区税务局', reason: '属税务部门职责' });
    expect(transfer.status).toBe(200);
    expect((await page(`/console/cases/${reportId}`, officer)).text).toContain('转税务局办理');
    const again = await post('/console/admin/agencies', { code: 'TAX', name: '税务局' });
    expect(again.status).toBe(409);
    expect(again.text).toContain('成员单位代码或名称已存在');
  });

  it('changes and retires an agency; a retired one is not offered for liaison accounts', async () => {
    const refused = await post('/console/admin/agencies/TAX', { name: '区税务局', noticeEmail: 'not-an-address', active: 'on' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('接收通知的邮箱：邮箱地址格式不正确');
    expect(refused.text).toContain('value="not-an-address"');
    expect((await post('/console/admin/agencies/TAX', { name: '区税务局', aliases: '税务分局', active: 'on' })).status).toBe(303);
    const { rows } = await ctx.db.query(`SELECT name, aliases, notice_email, active FROM agency WHERE code = 'TAX'`);
    expect(rows[0]).toEqual({ name: '区税务局', aliases: ['税务分局'], notice_email: null, active: true });
    expect((await post('/console/admin/agencies/TAX', { name: '区税务局' })).status).toBe(303);
    expect((await page('/console/admin/agencies')).text).toContain('区税务局</a>（已停用）');
    expect((await page('/console/admin/staff')).text).not.toContain('<option value="TAX">');
    // Nor bound to a liaison through any path (the account rules read the directory, not the config file).
    const liaison = {
      username: 'tax.two',
      displayName: '孙税',
      roles: 'AGENCY_LIAISON',
      agencyCode: 'TAX',
      password: 'Sun-Shui-Liaison-2026!',
    };
    const bound = await post('/console/admin/staff', liaison);
    expect(bound.status).toBe(400);
    expect(bound.text).toContain('未知成员单位：TAX');
    expect((await post('/console/admin/agencies/TAX', { name: '区税务局', active: 'on' })).status).toBe(303);
    expect((await post('/console/admin/staff', liaison)).status).toBe(303);
    expect((await post('/console/admin/agencies/NOPE', { name: '无此单位' })).status).toBe(404);
  });

  it('is the administrator’s alone', async () => {
    const supervisor = await ctx.staffToken(['SUPERVISOR']);
    expect((await page('/console/admin/agencies', supervisor)).status).toBe(403);
    expect((await post('/console/admin/agencies', { code: 'X1', name: '某某局' }, supervisor)).status).toBe(403);
  });
});
