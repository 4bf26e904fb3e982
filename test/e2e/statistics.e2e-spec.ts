import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { asBytes, docxText } from '../support/downloads.js';
import { AGGREGATE_COUNTS } from '../../src/auth/conflict/viewer.js';
import { CadreRecordsService } from '../../src/cadres/cadre-records.service.js';
import { CadresService } from '../../src/cadres/cadres.service.js';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { civilDate } from '../../src/infra/calendar/working-days.js';
import { addDays } from '../../src/statistics/period.js';
import { VerificationTrackingService } from '../../src/verification/verification-tracking.service.js';
import { validTip } from '../support/fixtures.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/**
 * Known data through the real API (tips submitted, triaged by the worker, disposed and
 * closed by a supervisor; a vetting run; a quota), then every figure checked exactly.
 * Receipt times are moved back in SQL afterwards: the only way to have tips of earlier
 * days, and to put two of them on either side of the period's first China-time midnight.
 */
jest.setTimeout(90_000);
let ctx: TestContext;
let supervisor: string;
const today = civilDate(new Date(), 'Asia/Shanghai');
const from = addDays(today, -30);
const ids: Record<string, string> = {};
let ip = 0;

const ROSTER = [
  '人员编号,姓名,性别,出生年月,民族,籍贯,入党时间,参加工作时间,学历,单位,职务,职级,任现职时间,身份',
  'S001,李建国,男,1979.02,汉族,本省,2001.06,1999.08,大学本科,统计区财政局,副局长,副科,2021.03,公务员',
  'S002,陈志强,男,1982.05,汉族,本省,2005.06,2004.08,大学本科,统计区财政局,副局长,副科,2022.03,公务员',
  'S003,赵文华,女,1985.09,汉族,本省,2008.06,2007.08,研究生,统计区水务局,科长,四级主任科员,2022.05,公务员',
].join('\n');

const api = (method: 'get' | 'post' | 'put', path: string) =>
  request(ctx.baseUrl)[method](path).set('Authorization', `Bearer ${supervisor}`);

async function submit(name: string, overrides: Record<string, unknown> = {}): Promise<void> {
  const res = await request(ctx.baseUrl)
    .post('/api/v1/public/reports')
    .set('X-Forwarded-For', `198.51.100.${++ip}`)
    .send(validTip(overrides));
  expect(res.status).toBe(201);
  ids[name] = (await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [res.body.reportNumber])).rows[0].id;
}

async function act(name: string, action: string, body: Record<string, unknown>): Promise<void> {
  const res = await api('post', `/api/v1/triage/cases/${ids[name]}/${action}`).send(body);
  expect([200, 201]).toContain(res.status);
}

beforeAll(async () => {
  ctx = await createTestContext({ settings: { security: { trustProxy: 1 } } });
  await ctx.startWorker();
  supervisor = await ctx.staffToken(['SUPERVISOR']);

  await submit('t1', { category: 'OFFICE_BUYING' });
  await submit('t2', { category: 'CANVASSING_BRIBERY', anonymous: false, reporter: { name: '张三丰', phone: '13800138000' } });
  await submit('t3', { category: 'OUT_OF_SCOPE' });
  await submit('t4', { category: 'OFFICE_BUYING' });
  await submit('t5', { category: 'OFFICE_BUYING' });
  await submit('t6', { category: 'RUSH_PROMOTION' });
  await waitFor(
    async () => (await ctx.db.query(`SELECT count(*)::int AS n FROM report WHERE triaged_at IS NOT NULL`)).rows[0].n === 6,
    30_000,
    'triage of six tips',
  );

  // The categories are confirmed by staff, so the figures do not hang on the classifier.
  for (const [name, category] of Object.entries({
    t1: 'OFFICE_BUYING',
    t2: 'CANVASSING_BRIBERY',
    t3: 'OUT_OF_SCOPE',
    t4: 'OFFICE_BUYING',
    t5: 'OFFICE_BUYING',
    t6: 'RUSH_PROMOTION',
  })) {
    await act(name, 'category', { category });
  }
  await act('t1', 'disposition', { kind: 'PRELIMINARY_VERIFICATION', reason: '线索具体' });
  await act('t1', 'finding', { finding: 'SUBSTANTIATED', outcomeForReporter: '经核查，反映问题属实，已严肃处理。' });
  await act('t1', 'close', {});
  await act('t2', 'disposition', { kind: 'TALK_INQUIRY', reason: '函询本人' });
  await act('t2', 'finding', { finding: 'PARTLY', outcomeForReporter: '反映问题部分属实。' });
  await act('t2', 'close', {});
  await act('t3', 'disposition', { kind: 'NOT_ACCEPTED', reason: '不属于受理范围' });

  // Received 10, 4 and 1 days before their conclusion today: median 4 days.
  for (const [name, days] of [
    ['t1', 10],
    ['t2', 4],
    ['t3', 1],
  ] as const) {
    await ctx.db.query(`UPDATE report SET received_at = received_at - make_interval(days => $2) WHERE id = $1`, [ids[name], days]);
  }
  // One minute before the period's first China-time midnight (outside), and exactly at it (inside).
  await ctx.db.query(
    `UPDATE report SET received_at = ($2::date::timestamp AT TIME ZONE 'Asia/Shanghai') - interval '1 minute' WHERE id = $1`,
    [ids['t5'], from],
  );
  await ctx.db.query(`UPDATE report SET received_at = ($2::date::timestamp AT TIME ZONE 'Asia/Shanghai') WHERE id = $1`, [ids['t6'], from]);
  // t4's disposition deadline passed yesterday: overdue work.
  const moved = await ctx.db.query(
    `UPDATE report_deadline SET due_on = $2::date WHERE report_id = $1 AND kind = 'DISPOSITION' AND met_at IS NULL`,
    [ids['t4'], addDays(today, -1)],
  );
  expect(moved.rowCount).toBe(1);

  // Vetting: 李建国's file is not audited (held back); 陈志强 waits for the agencies (pending).
  await ctx.app.get(RosterImportService).import(Buffer.from(ROSTER));
  const cadres = ctx.app.get(CadresService);
  const [li, chen] = [(await cadres.findByPersonNo('S001'))!.id, (await cadres.findByPersonNo('S002'))!.id];
  const records = ctx.app.get(CadreRecordsService);
  await records.recordFileAudit({ cadreId: chen, auditedOn: addDays(today, -20) });
  await records.recordPersonalMatters({
    cadreId: chen,
    year: Number(today.slice(0, 4)),
    status: 'CONSISTENT',
    checkedOn: addDays(today, -20),
    checkReason: 'PROMOTION',
  });
  const run = await api('post', '/api/v1/vetting/runs').send({
    title: '统计测试批次',
    slate: [
      { cadreId: li, proposedPost: '统计区财政局局长' },
      { cadreId: chen, proposedPost: '统计区财政局局长' },
    ],
    agencyCodes: ['AUDIT'],
  });
  expect(run.status).toBe(201);
  // Quota: 财政局 副科 approved 1 with two in post (over by 1); 水务局 has no quota recorded.
  const unit = (await ctx.db.query(`SELECT id FROM unit WHERE name = '统计区财政局'`)).rows[0].id;
  expect((await api('put', `/api/v1/units/${unit}/quotas`).send({ level: '副科', approved: 1 })).status).toBe(204);
});
afterAll(async () => {
  await ctx?.close();
});

const counts = (list: Array<{ key: string; count: number }>) =>
  Object.fromEntries(list.filter((c) => c.count > 0).map((c) => [c.key, c.count]));

describe('statistics on the real database', () => {
  it('gives every figure of the period exactly', async () => {
    const res = await api('get', `/api/v1/statistics?from=${from}&to=${today}`);
    expect(res.status).toBe(200);
    const s = res.body;
    expect(s.range).toEqual({ from, to: today, unit: 'day' });
    expect(s.received.total).toBe(5); // t5 falls one minute before the period
    expect(s.received.realName).toBe(1);
    expect(s.received.byChannel).toEqual([
      { key: 'WEB', count: 5 },
      { key: 'SMS', count: 0 },
      { key: 'HOTLINE', count: 0 },
    ]);
    expect(counts(s.received.byCategory)).toEqual({ OFFICE_BUYING: 2, CANVASSING_BRIBERY: 1, OUT_OF_SCOPE: 1, RUSH_PROMOTION: 1 });
    expect(counts(s.received.byStatus)).toEqual({ TRIAGED: 2, CLOSED: 2, NOT_ACCEPTED: 1 });

    const web: number[] = s.received.series.byChannel.WEB;
    expect(s.received.series.buckets).toHaveLength(31);
    expect(s.received.series.buckets[0]).toBe(from);
    const at = (date: string) => web[s.received.series.buckets.indexOf(date)];
    expect([at(from), at(addDays(today, -10)), at(addDays(today, -4)), at(addDays(today, -1)), at(today)]).toEqual([1, 1, 1, 1, 1]);
    expect(web.reduce((a, b) => a + b, 0)).toBe(5);

    expect(s.dispositions.total).toBe(3);
    expect(counts(s.dispositions.byKind)).toEqual({ PRELIMINARY_VERIFICATION: 1, TALK_INQUIRY: 1, NOT_ACCEPTED: 1 });
    expect(s.concluded).toEqual({
      total: 3,
      medianDays: 4,
      byFinding: [
        { key: 'SUBSTANTIATED', count: 1 },
        { key: 'PARTLY', count: 1 },
        { key: 'UNSUBSTANTIATED', count: 0 },
        { key: 'UNVERIFIABLE', count: 0 },
        { key: 'NONE', count: 1 },
      ],
    });
    expect(s.overdue).toEqual({
      reports: 1,
      deadlines: [
        { key: 'ACCEPTANCE_NOTICE', count: 0 },
        { key: 'DISPOSITION', count: 1 },
        { key: 'CONCLUSION', count: 0 },
      ],
    });

    expect(s.vetting.candidates).toBe(2);
    expect(counts(s.vetting.byVerdict)).toEqual({ BLOCK: 1, PENDING: 1 });
    expect(s.vetting.heldBackByReason).toEqual([{ key: 'FILE_NOT_AUDITED', count: 1 }]);
    expect(counts(s.vetting.byDecision)).toEqual({ UNDECIDED: 2 });

    expect(s.quota.byLevel).toEqual([
      { level: '副科', approved: 1, occupied: 2, vacant: 0, over: 1, unitsOver: 1, withoutQuota: 0 },
      { level: '四级主任科员', approved: 0, occupied: 0, vacant: 0, over: 0, unitsOver: 0, withoutQuota: 1 },
    ]);
    expect(s.quota.overLines.map((l: { unitName: string; over: number }) => [l.unitName, l.over])).toEqual([['统计区财政局', 1]]);
    // Agency figures are the verification module's own (requests from the vetting run above).
    expect(s.agencies).toEqual(JSON.parse(JSON.stringify(await ctx.app.get(VerificationTrackingService).figures(AGGREGATE_COUNTS))));
    expect(s.agencies.find((a: { agencyCode: string }) => a.agencyCode === 'AUDIT')).toMatchObject({ requests: 2, answered: 0, open: 2 });
  });

  it('a period that starts with t5 counts it; one before the tips counts nothing', async () => {
    const wider = (await api('get', `/api/v1/statistics?from=${addDays(from, -1)}&to=${today}`)).body;
    expect(wider.received.total).toBe(6);
    expect(wider.range.unit).toBe('week');
    const before = (await api('get', `/api/v1/statistics?from=${addDays(from, -10)}&to=${addDays(from, -2)}`)).body;
    expect(before.received.total).toBe(0);
    expect(before.dispositions.total).toBe(0);
    expect(before.concluded.medianDays).toBeNull();
  });

  it.each([
    [`from=${today}&to=${from}`, '不能晚于截止日期'],
    ['from=2026-02-30', '起始日期应为有效日期'],
    ['to=yesterday', '截止日期应为有效日期'],
    ['from=2026-01-01&from=2026-02-01', 'from'],
    ['colour=red', 'colour'],
  ])('refuses ?%s with 400 and a clear message', async (query, message) => {
    for (const path of ['/api/v1/statistics', '/api/v1/statistics/export.xlsx']) {
      const res = await api('get', `${path}?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.message).toContain(message);
    }
  });

  it('the console pages answer a bad period with a 400 page, not a 500', async () => {
    const res = await api('get', `/console/statistics?from=${today}&to=${from}`).set('Accept', 'text/html');
    expect(res.status).toBe(400);
    expect(res.text).toContain('不能晚于截止日期');
  });

  it('exports the same figures as XLSX that reads back', async () => {
    const res = await asBytes(api('get', `/api/v1/statistics/export.xlsx?from=${from}&to=${today}`));
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(`统计报告-${from}至${today}.xlsx`));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    const rows = (name: string) => {
      const sheet = book.getWorksheet(name)!;
      const out: unknown[][] = [];
      sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    expect(rows('受理举报（按渠道）')).toEqual([
      ['渠道', '件数', '占比（%）'],
      ['网络', 5, 100],
      ['短信', 0, 0],
      ['电话', 0, 0],
      ['合计', 5, 100],
    ]);
    expect(rows('问题线索处置')).toContainEqual(['初步核实', 1, 33.3]);
    expect(rows('办结及核查结论')).toContainEqual(['属实', 1, 33.3]);
    expect(rows('任前审查结论')).toEqual([
      ['审查结论', '人数'],
      ['通过', 0],
      ['暂缓上会', 1],
      ['待定', 1],
      ['合计', 2],
    ]);
    expect(rows('超职数配备单位')).toEqual([
      ['单位', '职级', '核定职数', '实际配备', '超配'],
      ['统计区财政局', '副科', 1, 2, 1],
    ]);
    const cover = rows('概要')
      .map((r) => r[0])
      .join('\n');
    expect(cover).toContain('共受理干部选拔任用方面的举报5件，其中网络举报5件；实名举报1件，匿名举报4件。');
    expect(cover).toContain('办结3件，其中属实1件、部分属实1件、无核查结论（了结、转办、不予受理）1件；从受理到办结用时中位数4天。');
    expect(cover).toContain('本期任前审查干部2人，暂缓上会1人（档案未审核1人）。');
    expect(cover).toContain('核定领导职数1个，实际配备2人，缺配0人，超配1人，涉及超职数配备单位1个。');
  });

  it('exports CSV with a BOM and formula-safe cells, and DOCX with the report text', async () => {
    const csv = await api('get', `/api/v1/statistics/export.csv?from=${from}&to=${today}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).toContain('受理举报（按渠道）\r\n渠道,件数,占比（%）\r\n网络,5,100\r\n');
    expect(csv.text).toContain('统计区财政局,副科,1,2,1\r\n');

    const docx = await asBytes(api('get', `/api/v1/statistics/export.docx?from=${from}&to=${today}`));
    expect(docx.status).toBe(200);
    const text = await docxText(docx.body as Buffer);
    expect(text).toContain('举报受理与干部监督统计报告');
    expect(text).toContain('暂缓上会1人');
  });

  it('renders the dashboard and the report pages with the figures as tables', async () => {
    const page = await api('get', `/console/dashboard?from=${from}&to=${today}`).set('Accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<canvas id="chart-series"');
    expect(page.text).toMatch(/<th scope="row">网络<\/th><td class="num">5<\/td>/);
    const report = await api('get', `/console/statistics?from=${from}&to=${today}`).set('Accept', 'text/html');
    expect(report.status).toBe(200);
    expect(report.text).toContain('共受理干部选拔任用方面的举报5件');
    const chart = await request(ctx.baseUrl).get('/static/vendor/chart/chart.umd.min.js');
    expect(chart.status).toBe(200);
    expect(chart.headers['content-type']).toContain('javascript');
    expect((await request(ctx.baseUrl).get('/static/vendor/chart/package.json')).status).toBe(404);
  });
});
