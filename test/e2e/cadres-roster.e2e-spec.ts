import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { CadresService } from '../../src/cadres/cadres.service.js';
import { UnitsService } from '../../src/cadres/units.service.js';
import { rosterRows, toCsv, toXlsx } from '../support/roster-fixture.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

let ctx: TestContext;
let manager: string;
let operator: string;

beforeAll(async () => {
  ctx = await createTestContext();
  manager = await ctx.staffToken(['TRIAGE_OFFICER']);
  operator = await ctx.staffToken(['INTAKE_OPERATOR']);
});
afterAll(async () => {
  await ctx?.close();
});

const upload = (token: string, file: Buffer | string, name: string, mode?: string) =>
  request(ctx.baseUrl)
    .post(`/api/v1/roster/imports${mode ? `?mode=${mode}` : ''}`)
    .set('Authorization', `Bearer ${token}`)
    .attach('file', Buffer.isBuffer(file) ? file : Buffer.from(file), name);

const count = async (table: string) => Number((await ctx.db.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

/** 500 rows; rows 11, 201 and 402 of the file (data lines 10, 200, 401) are broken. */
function rosterWithBadRows(): string[][] {
  const rows = rosterRows(500);
  rows[9]![3] = '1975.13'; //           impossible month
  rows[199]![2] = '未知'; //             gender
  rows[400]![0] = rows[3]![0]!; //       duplicate person number of file row 5
  return rows;
}

describe('roster import', () => {
  it('refuses a 500-row file with bad rows whole, naming each row, and changes nothing', async () => {
    const res = await upload(manager, toCsv(rosterWithBadRows()), 'roster.csv');
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('ROSTER_ROWS_INVALID');
    expect(res.body.message).toMatch(/3 行有误，整个文件未导入/);
    const fields = res.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(['第11行（T00010）', '第201行（T00200）', '第402行（T00004）']);
    expect(res.body.details[0].message).toMatch(/出生年月“1975.13”/);
    expect(res.body.details[2].message).toMatch(/与第 5 行重复/);
    expect(await count('cadre')).toBe(0);
    expect(await count('unit')).toBe(0);
  });

  it('with SKIP_INVALID applies the 497 good rows in one go and reports the 3 others', async () => {
    const res = await upload(manager, toCsv(rosterWithBadRows()), 'roster.csv', 'SKIP_INVALID');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ applied: true, rowsTotal: 500, created: 497, updated: 0, unchanged: 0 });
    expect(res.body.errors.map((e: { row: number }) => e.row)).toEqual([11, 201, 402]);
    expect(await count('cadre')).toBe(497);
    expect(await count('cadre_post')).toBe(497);
    const { rows } = await ctx.db.query(`SELECT birth_month, party_month, post_since, surname FROM cadre WHERE person_no = 'T00016'`);
    expect(rows[0]).toMatchObject({ surname: '欧阳' });
    expect(rows[0].birth_month).toMatch(/^\d{4}-\d{2}$/);
  });

  it('re-importing as XLSX updates people by 人员编号 without duplicating them, and keeps post history', async () => {
    const rows = rosterRows(500);
    rows[0]![9] = '测试区商务局'; // T00001 moves unit
    rows[0]![10] = '副局长';
    rows[0]![12] = '2026.03';
    const res = await upload(manager, await toXlsx(rows), 'roster.xlsx');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ applied: true, created: 3, updated: 1, unchanged: 496, errors: [] });
    expect(await count('cadre')).toBe(500);
    const history = await ctx.db.query(
      `SELECT u.name, p.post, p.started, p.ended FROM cadre_post p JOIN cadre c ON c.id = p.cadre_id JOIN unit u ON u.id = p.unit_id
        WHERE c.person_no = 'T00001' ORDER BY p.id`,
    );
    expect(history.rows).toEqual([
      expect.objectContaining({ name: '测试区财政局', ended: '2026-03' }),
      { name: '测试区商务局', post: '副局长', started: '2026-03', ended: null },
    ]);
  });

  it('refuses a file without the roster headers, and an unreadable workbook, with a 422 in Chinese', async () => {
    const noHeaders = await upload(manager, '编号,名字\nA1,张三\n', 'x.csv');
    expect(noHeaders.status).toBe(422);
    expect(noHeaders.body.message).toMatch(/表头缺少：人员编号、姓名/);
    const broken = await upload(manager, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]), 'x.xlsx');
    expect(broken.status).toBe(422);
    expect(broken.body.code).toBe('ROSTER_UNREADABLE');
  });

  it('lets only roster managers import', async () => {
    expect((await upload(operator, toCsv(rosterRows(2)), 'r.csv')).status).toBe(403);
    expect((await request(ctx.baseUrl).post('/api/v1/roster/imports').attach('file', Buffer.from('x'), 'r.csv')).status).toBe(401);
  });

  it('exports the roster as XLSX with the import headers', async () => {
    const res = await request(ctx.baseUrl)
      .get('/api/v1/roster/export.xlsx')
      .set('Authorization', `Bearer ${operator}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('人员编号');
    expect(sheet.rowCount).toBe(501);
  });
});

describe('lookups for linking tips', () => {
  it('finds cadres by full name, by surname within a unit, and units by a former name', async () => {
    const cadres = ctx.app.get(CadresService);
    const units = ctx.app.get(UnitsService);
    const homonyms = await cadres.findByName('赵国强');
    expect(homonyms.length).toBeGreaterThan(1);
    expect(new Set(homonyms.map((h) => h.personNo)).size).toBe(homonyms.length);

    const unit = (await cadres.findUnitByName('测试区林业局'))!;
    await units.addName(unit.unitId, '测试县林业局', 'FORMER');
    expect((await cadres.findUnitByName('测试县林业局'))?.unitId).toBe(unit.unitId);
    const inUnit = await cadres.findBySurname('孙', unit.unitId);
    expect(inUnit.length).toBeGreaterThan(0);
    expect(inUnit.every((c) => c.unitId === unit.unitId && c.surname === '孙')).toBe(true);

    const dictionary = await cadres.dictionary();
    expect(dictionary.surnames).toContain('欧阳');
    expect(dictionary.units.find((u) => u.unitId === unit.unitId)?.names).toEqual(['测试区林业局', '测试县林业局']);
    expect(dictionary.posts).toContain('副局长');

    // Triage's snapshot: every cadre in the index's shape, every unit with its other names.
    const snapshot = await cadres.rosterSnapshot();
    expect(snapshot.units.find((u) => u.name === '测试区林业局')?.aliases).toEqual(['测试县林业局']);
    expect(snapshot.people.find((p) => p.personNo === homonyms[0]!.personNo)).toEqual({
      id: homonyms[0]!.id,
      personNo: homonyms[0]!.personNo,
      name: '赵国强',
      unit: homonyms[0]!.unitName,
      post: homonyms[0]!.post,
      rank: homonyms[0]!.level,
      gender: expect.stringMatching(/^[男女]$/),
      // 任现职时间 as the import stores it (YYYY-MM): linking compares it with 2023年提上来的.
      postSince: expect.stringMatching(/^20\d\d-\d\d$/),
    });
  });

  it('a unit name belongs to one unit only', async () => {
    const cadres = ctx.app.get(CadresService);
    const a = (await cadres.findUnitByName('测试区财政局'))!;
    const res = await request(ctx.baseUrl)
      .post(`/api/v1/units/${a.unitId}/names`)
      .set('Authorization', `Bearer ${manager}`)
      .send({ name: '测试区林业局', kind: 'ALIAS' });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/已属于“测试区林业局”/);
  });

  it('searches the roster over HTTP', async () => {
    const res = await request(ctx.baseUrl).get('/api/v1/cadres?unit=测试县林业局&limit=5').set('Authorization', `Bearer ${operator}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(50);
    expect(res.body.items).toHaveLength(5);
    expect(res.body.items[0].unitName).toBe('测试区林业局');
  });
});

describe('quotas', () => {
  it('reports people in post minus approved per unit and level', async () => {
    const cadres = ctx.app.get(CadresService);
    const unit = (await cadres.findUnitByName('测试区教育局'))!;
    const put = await request(ctx.baseUrl)
      .put(`/api/v1/units/${unit.unitId}/quotas`)
      .set('Authorization', `Bearer ${manager}`)
      .send({ level: '副科', approved: 2 });
    expect(put.status).toBe(204);
    const res = await request(ctx.baseUrl).get('/api/v1/quotas?over=true').set('Authorization', `Bearer ${operator}`);
    expect(res.status).toBe(200);
    const line = res.body.find((l: { unitId: string; level: string }) => l.unitId === unit.unitId && l.level === '副科');
    const occupied = Number(
      (await ctx.db.query(`SELECT count(*) FROM cadre WHERE unit_id = $1 AND level = '副科'`, [unit.unitId])).rows[0].count,
    );
    expect(occupied).toBeGreaterThan(2);
    expect(line).toEqual({ unitId: unit.unitId, unitName: '测试区教育局', level: '副科', approved: 2, occupied, over: occupied - 2 });
  });
});
