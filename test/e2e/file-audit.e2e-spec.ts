import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import request from 'supertest';
import { CadresService } from '../../src/cadres/cadres.service.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/**
 * The personnel-file audit over the API: records in, the rules' doubts out, completion
 * refused while one is open, the determinations kept and held against a later roster import.
 */
let ctx: TestContext;
let manager: string;
let reader: string;
let cadreId = '';
const HEAD = '人员编号,姓名,性别,出生年月,民族,籍贯,入党时间,参加工作时间,学历,单位,职务,职级,任现职时间,身份';
const row = (birth: string, education: string) =>
  `FE0001,鲁文博,男,${birth},汉族,本省,1995-07,1990-07,${education},示范区审计局,副局长,副科,2021-03,公务员`;

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await ctx.staffToken(['TRIAGE_OFFICER']);
  reader = await ctx.staffToken(['INTAKE_OPERATOR']);
  await upload([HEAD, row('1970-05', '大学本科')].join('\n'));
  cadreId = (await ctx.db.query(`SELECT id FROM cadre WHERE person_no = 'FE0001'`)).rows[0].id;
});
afterAll(async () => {
  await ctx?.close();
});

function upload(csv: string) {
  return request(ctx.baseUrl)
    .post('/api/v1/roster/imports')
    .set('Authorization', `Bearer ${manager}`)
    .attach('file', Buffer.from(csv), 'roster.csv');
}
const api = (token = manager) => ({
  get: (path: string) => request(ctx.baseUrl).get(`/api/v1/cadres/${cadreId}/file${path}`).set('Authorization', `Bearer ${token}`),
  post: (path: string, body: object) =>
    request(ctx.baseUrl).post(`/api/v1/cadres/${cadreId}/file${path}`).set('Authorization', `Bearer ${token}`).send(body),
  put: (path: string, body: object) =>
    request(ctx.baseUrl).put(`/api/v1/cadres/${cadreId}/file${path}`).set('Authorization', `Bearer ${token}`).send(body),
});
const birth = (statedDate: string, source: string, documentDate: string) => ({
  fact: 'BIRTH',
  statedDate,
  source,
  documentDate,
  filledBySelf: true,
});

describe('file audit API', () => {
  it('refuses a record missing what its fact needs, naming the field', async () => {
    const res = await api().post('/entries', {
      fact: 'WORK_HISTORY',
      source: 'APPOINTMENT_APPROVAL',
      documentDate: '2001-03',
      filledBySelf: false,
    });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['fromDate', 'post', 'unit']);
    const typo = await api().post('/entries', { ...birth('1968-05', 'CADRE_RESUME', '1990-07-01'), educationLevel: 'PHD' });
    expect(typo.status).toBe(400);
  });

  it('opens a doubt for conflicting birth dates, and blocks vetting until it is resolved', async () => {
    expect((await api().post('/entries', birth('1968-05', 'CADRE_RESUME', '1990-07-01'))).body).toMatchObject({
      opened: [],
      withdrawn: [],
    });
    const second = await api().post('/entries', birth('1970-05', 'CADRE_REGISTRATION', '2010-01-01'));
    expect(second.status).toBe(201);
    expect(second.body.opened).toEqual(['BIRTH_CONFLICT']);

    const view = await api(reader).get('');
    expect(view.status).toBe(200);
    expect(view.body.determinations[0]).toMatchObject({ fact: 'BIRTH', value: '1968-05' });
    expect(view.body.openDoubts).toBe(1);
    const facts = await ctx.app.get(CadresService).vettingFacts(cadreId);
    expect(facts.openFileDoubts.map((d) => d.rule)).toEqual(['BIRTH_CONFLICT']);

    // A reader may look, not change.
    expect((await api(reader).post('/entries', birth('1968-05', 'CADRE_RESUME', '1990-07-01'))).status).toBe(403);

    const done = await api().put('/completion', { auditedOn: '2026-12-01' });
    expect(done.status).toBe(409);
    expect(done.body.code).toBe('FILE_DOUBTS_OPEN');
    expect(done.body.message).toContain('尚有 1 项存疑事项未查明');

    // Nor through the record's plain 档案专审 date.
    const plain = await request(ctx.baseUrl)
      .put(`/api/v1/cadres/${cadreId}/file-audit`)
      .set('Authorization', `Bearer ${manager}`)
      .send({ auditedOn: '2026-12-01' });
    expect(plain.status).toBe(409);
    expect(plain.body.code).toBe('FILE_DOUBTS_OPEN');

    const doubtId = view.body.doubts[0].id as string;
    expect((await api().post(`/doubts/${doubtId}/resolve`, { resolution: '以1990年干部履历表为准' })).status).toBe(204);
    const again = await api().post(`/doubts/${doubtId}/resolve`, { resolution: '再次' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('FILE_DOUBT_RESOLVED');
    expect((await api().post(`/doubts/${cadreId}/resolve`, { resolution: '不存在的' })).status).toBe(404);
    expect((await ctx.app.get(CadresService).vettingFacts(cadreId)).openFileDoubts).toEqual([]);

    expect((await api().put('/completion', { auditedOn: '2026-12-01', note: '出生日期冲突已查明' })).status).toBe(204);
    const audited = await api(reader).get('');
    expect(audited.body.fileAuditedOn).toBe('2026-12-01');
    expect(audited.body.confirmed.find((d: { fact: string }) => d.fact === 'BIRTH')).toMatchObject({
      value: '1968-05',
      determinedOn: '2026-12-01',
    });
    const { rows } = await ctx.db.query(`SELECT birth_month FROM cadre WHERE id = $1`, [cadreId]);
    expect(rows[0].birth_month).toBe('1968-05');
  });

  it('flags a roster row that contradicts a determined fact, keeps the determined value and opens a doubt', async () => {
    const res = await upload([HEAD, row('1970-05', '大学本科')].join('\n'));
    expect(res.status).toBe(201);
    expect(res.body.conflicts).toEqual([
      {
        row: 2,
        personNo: 'FE0001',
        cadreId,
        name: '鲁文博',
        field: 'birthMonth',
        imported: '1970-05',
        determined: '1968-05',
        message: '出生年月“1970-05”与档案审核认定的 1968-05 不符，保留认定值',
      },
    ]);
    const { rows } = await ctx.db.query(`SELECT birth_month FROM cadre WHERE id = $1`, [cadreId]);
    expect(rows[0].birth_month).toBe('1968-05');
    const facts = await ctx.app.get(CadresService).vettingFacts(cadreId);
    expect(facts.openFileDoubts.map((d) => [d.rule, d.message])).toEqual([
      ['ROSTER_CONFLICT', '名册导入（roster.csv）：出生年月“1970-05”与档案审核认定的 1968-05 不符，保留认定值'],
    ]);
    // The same file again opens nothing new.
    expect((await upload([HEAD, row('1970-05', '大学本科')].join('\n'))).body.conflicts).toHaveLength(1);
    expect((await api(reader).get('')).body.openDoubts).toBe(1);
  });

  it('serves the worksheet as Word and Excel, with the cadre and the resolution inside', async () => {
    const binary = (path: string) =>
      api(reader)
        .get(path)
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });
    const docx = await binary('/worksheet.docx');
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const documentXml = await (await JSZip.loadAsync(docx.body as Buffer)).file('word/document.xml')!.async('string');
    expect(documentXml).toContain('鲁文博');
    expect(documentXml).toContain('以1990年干部履历表为准');
    expect(documentXml).toContain('名册导入（roster.csv）');
    const xlsx = await binary('/worksheet.xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain(encodeURIComponent('干部人事档案专项审核认定表-鲁文博-FE0001.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as ArrayBuffer);
    expect(book.getWorksheet('专项审核认定表')!.getCell('A2').value).toBe('姓名：鲁文博');
  });
});
