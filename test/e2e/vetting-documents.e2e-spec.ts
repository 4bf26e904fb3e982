import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { asBytes, docxText } from '../support/downloads.js';
import { CadreRecordsService } from '../../src/cadres/cadre-records.service.js';
import { VettingService } from '../../src/vetting/vetting.service.js';
import { createTestContext, type TestContext } from '../support/test-context.js';
import { passingRun, shortestPeriod } from './publicity-fixture.js';

let ctx: TestContext;
let officer: string;
let run: Awaited<ReturnType<typeof passingRun>>;

beforeAll(async () => {
  ctx = await createTestContext();
  officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  run = await passingRun(ctx);
  const res = await request(ctx.baseUrl)
    .post(`/api/v1/vetting/runs/${run.runId}/notices`)
    .set('Authorization', `Bearer ${officer}`)
    .send({ ...shortestPeriod(ctx), candidateIds: [run.zhou] });
  expect(res.status).toBe(201);
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

/** A download as raw bytes. */
const download = (url: string, token: string | null = officer) => {
  const req = asBytes(request(ctx.baseUrl).get(url));
  return token ? req.set('Authorization', `Bearer ${token}`) : req;
};

describe('vetting documents', () => {
  jest.setTimeout(60_000);

  it('the vetting sheet (任前审查表) is a DOCX in Chinese with every rule, its result and evidence', async () => {
    const res = await download(`/api/v1/vetting/candidates/${run.zhou}/sheet.docx`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('任前审查表-周明远-P001.docx'));
    const text = await docxText(res.body as Buffer);
    for (const line of [
      '干部任前审查表',
      '周明远',
      '测试区财政局副局长',
      '测试区财政局局长',
      '干部人事档案审核（档案必审）',
      '档案已于 2026-01-05 审核，未发现问题',
      '个人有关事项报告查核（报告必核）',
      '2025 年度报告于 2026-01-06 查核：如实报告',
      '纪检监察机关及联席会议成员单位意见（意见必听）',
      '未发现不良反映',
      '信访举报核查（线索具体的必查）',
      '处分、组织处理影响期',
      '立案审查调查',
      '领导职数',
      '审查结论：通过',
      '公示编号 GS-',
      '公示期间未收到反映',
      '启动任前审查',
      '发布任前公示',
    ]) {
      expect(text).toContain(line);
    }
    expect(text.match(/符合/g)!.length).toBeGreaterThanOrEqual(6);
  });

  it('the sheet of a blocked candidate names the bar and its evidence', async () => {
    await ctx.app.get(CadreRecordsService).setInvestigation({ cadreId: run.liCadre, underInvestigation: true, since: '2026-01-20' });
    expect((await ctx.app.get(VettingService).evaluateCandidate(run.li, { trigger: 'TEST' })).verdict).toBe('BLOCK');
    const text = await docxText((await download(`/api/v1/vetting/candidates/${run.li}/sheet.docx`)).body as Buffer);
    expect(text).toContain('正在接受立案审查调查');
    expect(text).toContain('不符合');
    expect(text).toContain('审查结论：不通过');
    expect(text).toContain('尚未公示');
  });

  it('the slate is an XLSX that reads back with each candidate, verdict and publicity', async () => {
    const res = await download(`/api/v1/vetting/runs/${run.runId}/slate.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    const sheet = book.getWorksheet('拟任人选名单')!;
    const rows = sheet
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(expect.arrayContaining(['序号', '人员编号', '姓名', '拟任职务', '审查结论', '公示编号']));
    const byName = Object.fromEntries(rows.slice(1).map((r) => [r[2], r]));
    expect(byName['周明远']).toEqual(
      expect.arrayContaining(['P001', '测试区财政局副局长', '测试区财政局局长', '通过', expect.stringMatching(/^GS-\d{4}-\d{4}$/)]),
    );
    expect(byName['李青']).toEqual(expect.arrayContaining(['P003', '测试区水务局副局长', '不通过', '正在接受立案审查调查']));
  });

  it('only staff with vetting:read may download', async () => {
    expect((await download(`/api/v1/vetting/runs/${run.runId}/slate.xlsx`, null)).status).toBe(401);
    const liaison = await ctx.staffToken(['AGENCY_LIAISON'], 'DISCIPLINE');
    expect((await download(`/api/v1/vetting/candidates/${run.zhou}/sheet.docx`, liaison)).status).toBe(403);
    expect((await download('/api/v1/vetting/candidates/00000000-0000-4000-8000-000000000000/sheet.docx')).status).toBe(404);
  });
});
