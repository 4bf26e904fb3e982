import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { CadresService } from '../../src/cadres/cadres.service.js';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { createTestContext, type TestContext } from '../support/test-context.js';
import { PUBLICITY_ROSTER } from './publicity-fixture.js';

/**
 * The cadre record in the console: the roster links each name to the record, which shows
 * the facts, posts and sanctions with their influence periods, and lets a cadre manager
 * record a sanction (the record holder's own record is refused, 回避). Codes show as labels.
 */
let ctx: TestContext;
let manager: string;
let cadreId: string;

const page = (path: string, token = manager) => request(ctx.baseUrl).get(path).set('Cookie', `qf_session=${token}`);
const post = (path: string, form: Record<string, string>, token = manager) =>
  request(ctx.baseUrl).post(path).set('Cookie', `qf_session=${token}`).set('Origin', ctx.baseUrl).type('form').send(form);

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.app.get(RosterImportService).import(Buffer.from(PUBLICITY_ROSTER));
  cadreId = (await ctx.app.get(CadresService).findByPersonNo('P003'))!.id;
  manager = await ctx.staffToken(['SUPERVISOR']);
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

describe('the cadre record in the console', () => {
  it('is linked from the roster and shows the facts', async () => {
    const roster = await page('/console/cadres');
    expect(roster.text).toContain(`href="/console/cadres/${cadreId}"`);
    const record = await page(`/console/cadres/${cadreId}`);
    expect(record.status).toBe(200);
    for (const text of ['李青', 'P003', '测试区水务局', '硕士研究生', '任职经历', '无处分或组织处理记录。'])
      expect(record.text).toContain(text);
  });

  it('records a sanction with its influence period, and keeps the form when refused', async () => {
    const refused = await post(`/console/cadres/${cadreId}/sanctions`, {
      kind: 'GOV_DEMERIT',
      effectiveOn: '2026-02-30',
      note: '违规发放津贴',
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('field-error');
    expect(refused.text).toContain('违规发放津贴</textarea>');
    expect(refused.text).toMatch(/<option value="GOV_DEMERIT" selected>/);
    const saved = await post(`/console/cadres/${cadreId}/sanctions`, {
      kind: 'GOV_DEMERIT',
      effectiveOn: '2026-03-01',
      note: '违规发放津贴',
    });
    expect(saved.status).toBe(303);
    const record = await page(`/console/cadres/${cadreId}`);
    expect(record.text).toContain('<td>记过</td><td>2026-03-01</td>');
    expect(record.text).not.toContain('>GOV_DEMERIT<');
  });

  it('refuses a manager’s change to their own record (回避)', async () => {
    const self = await ctx.staffToken(['SUPERVISOR']);
    const { rows } = await ctx.db.query(`SELECT s.user_id FROM staff_session s ORDER BY s.created_at DESC LIMIT 1`);
    await ctx.db.query(`UPDATE staff_user SET cadre_id = $2 WHERE id = $1`, [rows[0].user_id, cadreId]);
    const refused = await post(`/console/cadres/${cadreId}/sanctions`, { kind: 'ADMONISHMENT', effectiveOn: '2026-03-01' }, self);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    const { rows: sanctions } = await ctx.db.query(`SELECT kind FROM sanction WHERE cadre_id = $1`, [cadreId]);
    expect(sanctions.map((s: { kind: string }) => s.kind)).toEqual(['GOV_DEMERIT']);
  });
});
