import type ExcelJS from 'exceljs';
import { loadExcel } from '../../infra/documents/load-libraries.js';
import { ROSTER_COLUMNS, type RawRow, type RosterKey } from './roster-row.js';
import { textOf } from '../../infra/text/text-of.js';

export interface RosterSheet {
  /** Data lines keyed by column, with the line number a person sees in the file (header = 1). */
  rows: Array<{ rowNumber: number; raw: RawRow }>;
  /** Required headers the file lacks. */
  missingHeaders: string[];
}

export class RosterFileError extends Error {}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Reads a roster from XLSX (first sheet) or CSV (UTF-8, or GBK as Excel saves it on Chinese Windows). */
export async function readRosterFile(content: Buffer): Promise<RosterSheet> {
  const table = content.subarray(0, 4).equals(XLSX_MAGIC) ? await readXlsx(content) : readCsv(decodeText(content));
  const [header, ...lines] = table;
  if (!header) throw new RosterFileError('文件为空：第 1 行应为表头（人员编号、姓名……）');
  const index = new Map<string, number>();
  header.forEach((cell, i) => index.set(textOf(cell).replace(/\s+/g, ''), i));
  const missingHeaders = ROSTER_COLUMNS.filter((c) => c.required && !index.has(c.header)).map((c) => c.header);
  const rows: RosterSheet['rows'] = [];
  lines.forEach((line, i) => {
    if (line.every((cell) => cell === null || cell === undefined || textOf(cell).trim() === '')) return;
    const raw: RawRow = {};
    for (const column of ROSTER_COLUMNS) {
      const at = index.get(column.header);
      if (at !== undefined) raw[column.key] = line[at];
    }
    rows.push({ rowNumber: i + 2, raw });
  });
  return { rows, missingHeaders };
}

function decodeText(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gbk').decode(content);
  }
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new RosterFileError('CSV 格式错误：有未闭合的引号');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

async function readXlsx(content: Buffer): Promise<unknown[][]> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new RosterFileError('无法读取该 Excel 文件：请另存为 .xlsx 或 CSV（UTF-8）后重试');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const values: unknown[] = [];
    for (let c = 1; c <= Math.max(sheet.columnCount, row.cellCount); c += 1) values.push(cellValue(row.getCell(c).value));
    rows.push(values);
  }
  return rows;
}

/** Formula results, rich text and hyperlinks carry their value inside an object. */
function cellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return value.result ?? null;
  if ('text' in value) return value.text;
  return null;
}

/** The roster as an XLSX workbook with the same headers, so an export can be re-imported. */
export async function writeRosterXlsx(rows: Array<Record<RosterKey, string | null>>): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet('干部名册');
  sheet.columns = ROSTER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.key === 'unit' || c.key === 'post' ? 24 : 12 }));
  sheet.getRow(1).font = { bold: true };
  // Months as text: Excel would turn 2020.10 into the number 2020.1.
  for (const row of rows) sheet.addRow(Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, row[c.key] ?? ''])));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
