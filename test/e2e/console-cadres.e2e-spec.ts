import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CadresService } from '../../src/cadres/cadres.service.js';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { routeInventory } from '../../src/auth/route-inventory.js';
import { consoleForm, consolePage } from '../support/console-client.js';
import { createTestContext, type TestContext } from '../support/test-context.js';
import { passingRun, PUBLICITY_ROSTER } from './publicity-fixture.js';
import { validTip } from '../support/fixtures.js';
import { CadreRecordsService } from '../../src/cadres/cadre-records.service.js';
import { ProbationService } from '../../src/vetting/probation/probation.service.js';

/**
 * The cadre record in the console: the roster links each name to the record, which shows
 * the facts, posts and sanctions with their influence periods, and lets a cadre manager
 * record a sanction (the record holder's own record is refused, 回避). Codes show as labels.
 */
let ctx: TestContext;
let manager: string;
let cadreId: string;

const FORM_INPUT: Record<string, Record<string, string>> = {
  '/console/cadres/:id/sanctions': { kind: 'ADMONISHMENT', effectiveOn: '2026-03-01' },
  '/console/cadres/:id/findings': { outcome: 'SUBSTANTIATED', concludedOn: '2026-03-01' },
  '/console/cadres/:id/investigation': { underInvestigation: 'yes', since: '2026-03-01' },
  '/console/cadres/:id/file-audit': { auditedOn: '2026-03-01' },
  '/console/cadres/:id/personal-matters': { year: '2024', status: 'CONSISTENT', checkedOn: '2026-03-01' },
  '/console/cadres/:id/relations': { relatedPersonNo: 'P001', kind: 'SPOUSE' },
  '/console/cadres/:id/file/entries': {
    fact: 'BIRTH',
    source: 'CADRE_RESUME',
    documentDate: '1990-07-01',
    filledBySelf: 'self',
    statedDate: '1968-05',
  },
  '/console/cadres/:id/file/doubts/:doubtId/resolve': { resolution: '经查以履历表为准' },
  '/console/cadres/:id/file/complete': { auditedOn: '2026-03-01' },
};

async function recordState(): Promise<unknown> {
  const { rows } = await ctx.db.query(
    `SELECT c.under_investigation, c.file_audited_on,
            (SELECT count(*) FROM sanction WHERE cadre_id = c.id) AS sanctions,
            (SELECT count(*) FROM cadre_finding WHERE cadre_id = c.id) AS findings,
            (SELECT count(*) FROM personal_matters_report WHERE cadre_id = c.id) AS personal_matters,
            (SELECT count(*) FROM cadre_relation WHERE c.id IN (cadre_id, related_cadre_id)) AS relations,
            (SELECT count(*) FROM file_entry WHERE cadre_id = c.id) AS file_entries
       FROM cadre c WHERE c.id = $1`,
    [cadreId],
  );
  return rows[0];
}

const page = (path: string, token = manager) => consolePage(ctx.baseUrl, token, path);
const post = (path: string, form: Record<string, string>, token = manager) => consoleForm(ctx.baseUrl, token, path, form);

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

  it('shows the tips linked to the cadre, the vetting runs and the probation', async () => {
    const run = await passingRun(ctx);
    expect(run.liCadre).toBe(cadreId);
    await ctx.app.get(DataSource).transaction((m) =>
      ctx.app.get(ProbationService).start(m, {
        runId: run.runId,
        candidateId: run.li,
        cadreId,
        post: '测试区水务局副局长',
        appointedOn: '2026-02-01',
      }),
    );
    const tip = await request(ctx.baseUrl).post('/api/v1/public/reports').send(validTip());
    expect(tip.status).toBe(201);
    const { rows } = await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [tip.body.reportNumber]);
    await ctx.app.get(CadreRecordsService).linkReport({ reportId: rows[0].id, cadreId, source: 'STAFF' });
    const record = await page(`/console/cadres/${cadreId}`);
    expect(record.text).toContain(`<a href="/console/cases/${rows[0].id}">${tip.body.reportNumber}</a>　待分拣`);
    expect(record.text).toContain(`<a href="/console/vetting/runs/${run.runId}">2026年第一批：拟任测试区水务局副局长</a>　通过`);
    expect(record.text).toMatch(/测试区水务局副局长（2026-02-01 至 \d{4}-\d\d-\d\d）：考核未完成/);
    // Where the cadre is named in the vetting pages, the name opens the record.
    expect((await page(`/console/vetting/runs/${run.runId}`)).text).toContain(`<a href="/console/cadres/${cadreId}">李青</a>`);
    expect((await page('/console/vetting/probations')).text).toContain(`<a href="/console/cadres/${cadreId}">李青</a>`);
    // Those who may not read tips see neither the linked tips nor the findings.
    const operator = await ctx.staffToken(['INTAKE_OPERATOR']);
    const limited = await page(`/console/cadres/${cadreId}`, operator);
    expect(limited.text).toContain('无权查看举报的账号不显示关联举报。');
    expect(limited.text).not.toContain(tip.body.reportNumber);
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

  it('records a finding from another source, with its label and not its code', async () => {
    const refused = await post(`/console/cadres/${cadreId}/findings`, { source: '区委第二巡察组', outcome: 'PARTLY', summary: '公车私用' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('结论日期');
    expect(refused.text).toContain('区委第二巡察组');
    expect(refused.text).toMatch(/<option value="PARTLY" selected>部分属实<\/option>/);
    const saved = await post(`/console/cadres/${cadreId}/findings`, {
      source: '区委第二巡察组',
      outcome: 'PARTLY',
      concludedOn: '2026-04-02',
      summary: '公车私用',
    });
    expect(saved.status).toBe(303);
    expect(saved.headers['location']).toBe(`/console/cadres/${cadreId}#findings`);
    const record = await page(`/console/cadres/${cadreId}`);
    expect(record.text).toContain('2026-04-02　<strong>部分属实</strong>：公车私用');
  });

  it('records and ends an organisational investigation', async () => {
    expect((await post(`/console/cadres/${cadreId}/investigation`, { underInvestigation: 'yes', since: '2026-05-06' })).status).toBe(303);
    expect((await page(`/console/cadres/${cadreId}`)).text).toContain('正在接受组织调查</strong>（自 2026-05-06）');
    expect((await post(`/console/cadres/${cadreId}/investigation`, { underInvestigation: 'no' })).status).toBe(303);
    expect((await page(`/console/cadres/${cadreId}`)).text).not.toContain('正在接受组织调查</strong>');
    const { rows } = await ctx.db.query(`SELECT under_investigation, investigation_since FROM cadre WHERE id = $1`, [cadreId]);
    expect(rows[0]).toEqual({ under_investigation: false, investigation_since: null });
  });

  it('records the file audit, and an empty date opens the doubt again', async () => {
    const refused = await post(`/console/cadres/${cadreId}/file-audit`, { auditedOn: '2026-13-01', note: '出生日期已认定' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('专审完成日期：');
    expect(refused.text).toContain('出生日期已认定</textarea>');
    expect((await post(`/console/cadres/${cadreId}/file-audit`, { auditedOn: '2026-03-10', note: '出生日期已认定' })).status).toBe(303);
    expect((await page(`/console/cadres/${cadreId}`)).text).toContain('<dt>档案专审</dt><dd>2026-03-10</dd>');
    expect((await post(`/console/cadres/${cadreId}/file-audit`, { auditedOn: '', note: '学历存疑' })).status).toBe(303);
    expect((await page(`/console/cadres/${cadreId}`)).text).toContain('<dt>档案专审</dt><dd>未填</dd>');
  });

  it('records a personal-matters check with labels, refusing a result without its date', async () => {
    const refused = await post(`/console/cadres/${cadreId}/personal-matters`, { year: '2025', status: 'OMISSION', detail: '漏报房产一处' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('查核结果须写明查核日期');
    expect(refused.text).toContain('漏报房产一处</textarea>');
    const badYear = await post(`/console/cadres/${cadreId}/personal-matters`, { year: '二〇二五', status: 'NOT_VERIFIED' });
    expect(badYear.status).toBe(400);
    expect(badYear.text).toContain('年度：');
    const saved = await post(`/console/cadres/${cadreId}/personal-matters`, {
      year: '2025',
      status: 'OMISSION',
      checkedOn: '2026-03-20',
      checkReason: 'PROMOTION',
      detail: '漏报房产一处',
    });
    expect(saved.status).toBe(303);
    const record = await page(`/console/cadres/${cadreId}`);
    expect(record.text).toContain('2025 年度：漏报（提拔前查核）（2026-03-20）——漏报房产一处');
    expect(record.text).not.toContain('OMISSION<');
  });

  it('records a relative by person number, shown from both sides, and removes it', async () => {
    const other = (await ctx.app.get(CadresService).findByPersonNo('P002'))!.id;
    const unknown = await post(`/console/cadres/${cadreId}/relations`, { relatedPersonNo: 'P999', kind: 'SPOUSE' });
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('名册中没有人员编号为 P999 的干部');
    expect(unknown.text).toContain('value="P999"');
    expect((await post(`/console/cadres/${cadreId}/relations`, { relatedPersonNo: 'P002', kind: 'PARENT' })).status).toBe(303);
    expect((await page(`/console/cadres/${cadreId}`)).text).toContain(`本人的父母：<a href="/console/cadres/${other}">周明远</a>`);
    expect((await page(`/console/cadres/${other}`)).text).toContain(`本人的子女：<a href="/console/cadres/${cadreId}">李青</a>`);
    // Recorded again from the other side: corrected, not doubled.
    expect((await post(`/console/cadres/${other}/relations`, { relatedPersonNo: 'P003', kind: 'SIBLING' })).status).toBe(303);
    const { rows } = await ctx.db.query(`SELECT kind FROM cadre_relation WHERE $1 IN (cadre_id, related_cadre_id)`, [cadreId]);
    expect(rows).toEqual([{ kind: 'SIBLING' }]);
    expect((await page(`/console/cadres/${cadreId}`)).text).toContain('本人的兄弟姐妹：');
    expect((await post(`/console/cadres/${cadreId}/relations/${other}/remove`, {})).status).toBe(303);
    expect((await page(`/console/cadres/${cadreId}`)).text).toContain('未记录亲属关系。');
    expect((await post(`/console/cadres/${cadreId}/relations/${other}/remove`, {})).status).toBe(404);
  });

  // Every form of the record, generated from the route inventory: none may change the holder's own record.
  it('refuses a manager’s change to their own record through every form (回避)', async () => {
    const self = await ctx.staffToken(['SUPERVISOR']);
    const { rows } = await ctx.db.query(`SELECT s.user_id FROM staff_session s ORDER BY s.created_at DESC LIMIT 1`);
    await ctx.db.query(`UPDATE staff_user SET cadre_id = $2 WHERE id = $1`, [rows[0].user_id, cadreId]);
    const other = (await ctx.app.get(CadresService).findByPersonNo('P001'))!.id;
    const forms = routeInventory(ctx.app).filter((r) => r.method === 'POST' && r.path.startsWith('/console/cadres/:id/'));
    expect(forms.length).toBeGreaterThanOrEqual(7);
    const before = await recordState();
    for (const form of forms) {
      // Any other id in the path (a related cadre, a file record or doubt) is some other existing id: the refusal comes first.
      const path = form.path.replace(':id', cadreId).replace(/:\w+/g, other);
      const refused = await post(path, FORM_INPUT[form.path] ?? {}, self);
      expect([form.path, refused.status]).toEqual([form.path, 409]);
    }
    expect(await recordState()).toEqual(before);
  });
});
