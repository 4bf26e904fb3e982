import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readRosterFile, RosterFileError, writeRosterXlsx } from './roster-file.js';
import { ROSTER_COLUMNS, type RosterKey } from './roster-row.js';

const HEADERS = ROSTER_COLUMNS.map((c) => c.header);
const line = (personNo: string, unit = '测试区财政局') => [
  personNo,
  '王建国',
  '男',
  '1975.03',
  '汉族',
  '本省',
  '1998.07',
  '1997.08',
  '大学本科',
  unit,
  '科员',
  '一级科员',
  '2021.06',
  '公务员',
];

async function xlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A workbook whose first sheet (名册) is stored as sheet2.xml, after a sheet of notes. */
function twoSheets(): Promise<Buffer> {
  return xlsx((workbook) => {
    const notes = workbook.addWorksheet('说明');
    notes.addRow(['人员编号']);
    notes.addRow(['不是名册']);
    const roster = workbook.addWorksheet('名册');
    roster.addRow(HEADERS);
    roster.addRow(line('B1'));
    roster.getCell('D2').value = new Date(Date.UTC(1975, 2, 1));
    roster.getCell('D2').numFmt = 'yyyy.mm';
    (roster as unknown as { orderNo: number }).orderNo = 0;
    (notes as unknown as { orderNo: number }).orderNo = 1;
  });
}

/** The same parts stored in another order. */
async function repack(zip: JSZip, order: string[]): Promise<Buffer> {
  const out = new JSZip();
  for (const name of order) out.file(name, await zip.file(name)!.async('uint8array'));
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('readRosterFile, XLSX', () => {
  it('gives formula results, rich text, hyperlinks and dates their value', async () => {
    const file = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('名册');
      sheet.addRow(HEADERS);
      sheet.addRow(line('A1'));
      sheet.getCell('A2').value = { text: 'A001', hyperlink: 'https://example.org/a001' };
      sheet.getCell('B2').value = { richText: [{ text: '欧', font: { bold: true } }, { text: '阳锋' }] };
      sheet.getCell('D2').value = new Date(Date.UTC(1975, 2, 1));
      sheet.getCell('D2').numFmt = 'yyyy.mm';
      sheet.getCell('H2').value = { formula: 'CONCAT("1997",".08")', result: '1997.08' };
      sheet.getCell('M2').value = 2021.06;
    });
    const { rows, missingHeaders } = await readRosterFile(file);
    expect(missingHeaders).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.raw).toMatchObject({
      personNo: 'A001',
      name: '欧阳锋',
      birthMonth: new Date(Date.UTC(1975, 2, 1)),
      workMonth: '1997.08',
      postSince: 2021.06,
    });
  });

  it('gives every cell of a merged range its first cell, skips empty lines and keeps the file line numbers', async () => {
    const file = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('名册');
      sheet.addRow(HEADERS);
      for (let i = 1; i <= 4; i += 1) sheet.addRow(line(`A${i}`));
      sheet.getCell('J3').value = '测试区教育局';
      sheet.mergeCells('J3:J5');
      sheet.getRow(8).values = line('A8');
      sheet.getRow(9).values = ['', ' ', null];
    });
    const { rows } = await readRosterFile(file);
    expect(rows.map((r) => [r.rowNumber, r.raw.personNo, r.raw.unit])).toEqual([
      [2, 'A1', '测试区财政局'],
      [3, 'A2', '测试区教育局'],
      [4, 'A3', '测试区教育局'],
      [5, 'A4', '测试区教育局'],
      [8, 'A8', '测试区财政局'],
    ]);
  });

  it('refuses a merged range larger than any roster, such as a whole column', async () => {
    const zip = await JSZip.loadAsync(await xlsx((workbook) => workbook.addWorksheet('名册').addRows([HEADERS, line('H1')])));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file(
      'xl/worksheets/sheet1.xml',
      sheet.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="O2:P600000"/></mergeCells>'),
    );
    const file = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    await expect(readRosterFile(file)).rejects.toThrow('合并单元格的范围过大');
  });

  it('reads the first sheet in the workbook order only, and its row 1 as the header', async () => {
    const file = await twoSheets();
    expect((await readRosterFile(file)).rows.map((r) => r.raw.personNo)).toEqual(['B1']);

    const late = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('名册');
      sheet.getRow(2).values = HEADERS;
      sheet.getRow(3).values = line('C1');
    });
    expect((await readRosterFile(late)).missingHeaders).toEqual(ROSTER_COLUMNS.filter((c) => c.required).map((c) => c.header));
  });

  it('reads the same whatever order the parts are stored in', async () => {
    const zip = await JSZip.loadAsync(await twoSheets());
    const parts = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
    const expected = await readRosterFile(await repack(zip, parts));
    expect(expected.rows[0]!.raw).toMatchObject({ personNo: 'B1', birthMonth: new Date(Date.UTC(1975, 2, 1)) });
    const orders = [
      // Worksheets after the shared strings and relationships, before styles.xml and workbook.xml.
      [
        'xl/_rels/workbook.xml.rels',
        'xl/sharedStrings.xml',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet2.xml',
        'xl/styles.xml',
        'xl/workbook.xml',
      ],
      ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/worksheets/sheet2.xml', 'xl/styles.xml'],
      // The other sheet's part stored first; the roster's, listed first in workbook.xml, after it.
      ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'],
    ];
    for (const order of orders) {
      const file = await repack(zip, [...order, ...parts.filter((name) => !order.includes(name))]);
      expect(await readRosterFile(file)).toEqual(expected);
    }
  });

  it('refuses a workbook whose worksheet data is corrupt instead of waiting on it for ever', async () => {
    const file = await xlsx((workbook) => workbook.addWorksheet('名册').addRows([HEADERS, line('G1'), line('G2')]));
    const name = 'xl/worksheets/sheet1.xml';
    const header = file.indexOf(name) - 30;
    expect(file.readUInt32LE(header)).toBe(0x04034b50);
    // A deflate block of the reserved type 3: the inflater fails on the first byte.
    file[header + 30 + name.length + file.readUInt16LE(header + 28)] = 0xff;
    await expect(readRosterFile(file)).rejects.toThrow(RosterFileError);
  }, 10_000);

  it('stops after maxRows + 1 data lines, enough to refuse the file as too large', async () => {
    const lines = Array.from({ length: 10 }, (_, i) => line(`F${i}`));
    const file = await xlsx((workbook) => workbook.addWorksheet('名册').addRows([HEADERS, [], ...lines]));
    expect((await readRosterFile(file, { maxRows: 3 })).rows.map((r) => r.rowNumber)).toEqual([3, 4, 5, 6]);
    expect((await readRosterFile(file, { maxRows: 10 })).rows).toHaveLength(10);
    const csv = Buffer.from([HEADERS, ...lines].map((l) => l.join(',')).join('\n'));
    expect((await readRosterFile(csv, { maxRows: 3 })).rows).toHaveLength(4);
  });

  it('refuses an empty workbook and an unreadable file in Chinese', async () => {
    await expect(readRosterFile(await xlsx((workbook) => workbook.addWorksheet('名册')))).rejects.toThrow('文件为空');
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]);
    await expect(readRosterFile(broken)).rejects.toThrow(RosterFileError);
    await expect(readRosterFile(broken)).rejects.toThrow('无法读取该 Excel 文件：请另存为 .xlsx 或 CSV（UTF-8）后重试');
  });
});

describe('writeRosterXlsx', () => {
  it('writes the import headers in bold and months as text, so an export re-imports as it was', async () => {
    const person = Object.fromEntries(ROSTER_COLUMNS.map((c, i) => [c.key, line('E1')[i]!])) as Record<RosterKey, string | null>;
    person.postSince = '2020.10';
    person.partyMonth = null;
    const file = await writeRosterXlsx([person]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('干部名册');
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getCell('M2').value).toBe('2020.10');

    const { rows, missingHeaders } = await readRosterFile(file);
    expect(missingHeaders).toEqual([]);
    expect(rows).toEqual([{ rowNumber: 2, raw: { ...person, partyMonth: '' } }]);
  });
});

describe('readRosterFile, CSV', () => {
  it('reads UTF-8 with a BOM, quoted fields included, skipping empty lines', async () => {
    const text = `${HEADERS.join(',')}\r\n${line('D1').join(',')}\r\n,,\r\n"D,2",${line('x').slice(1).join(',')}\r\n`;
    const csv = await readRosterFile(Buffer.from('\uFEFF' + text));
    expect(csv.rows.map((r) => [r.rowNumber, r.raw.personNo])).toEqual([
      [2, 'D1'],
      [4, 'D,2'],
    ]);
  });
});

/**
 * The api runs with a capped heap: a roster read or written through exceljs's in-memory
 * Workbook aborted the process ("JavaScript heap out of memory") on 20,000 lines under a
 * 96 MB heap (and on 100,000 under 256 MB); streamed, it fits in less than half of that.
 */
describe('roster XLSX memory', () => {
  it('writes and reads back a 20,000-line roster in a process with a 96 MB heap', () => {
    const repo = resolve(import.meta.dirname, '../../..');
    const child = spawnSync(
      process.execPath,
      ['--max-old-space-size=96', '--import', './scripts/ts-register.mjs', 'test/support/roster-memory-child.ts', '20000'],
      { cwd: repo, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env['PATH']!, HOME: process.env['HOME']! } },
    );
    // On failure, the end of the child's stderr says why (an out-of-memory abort names its GCs).
    const outcome = { status: child.status, signal: child.signal };
    expect({ ...outcome, stderr: child.status === 0 ? '' : child.stderr.slice(-600) }).toEqual({ status: 0, signal: null, stderr: '' });
    const result = JSON.parse(child.stdout);
    expect(result).toMatchObject({
      rows: 20_000,
      missingHeaders: [],
      first: { rowNumber: 2, raw: { personNo: 'M000001', birthMonth: '1965.01', unit: '测试区第0局', postSince: '2020.10' } },
      last: { rowNumber: 20_001, personNo: 'M020000', partyMonth: '2009.10' },
    });
  }, 60_000);
});
