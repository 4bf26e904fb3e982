import type ExcelJS from 'exceljs';
import { Readable, Writable } from 'node:stream';
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

/**
 * Reads a roster from XLSX (first sheet) or CSV (UTF-8, or GBK as Excel saves it on Chinese Windows).
 * An XLSX file is read as a stream, row by row: memory grows with the rows kept, not with
 * exceljs's model of the workbook (which ran a 100,000-line roster out of a 256 MB heap).
 * `maxRows`: stop after that many data lines plus one, enough for the caller to refuse the
 * file as too large without holding all of it (a small XLSX can unpack to millions of lines).
 */
export async function readRosterFile(content: Buffer, options: { maxRows?: number } = {}): Promise<RosterSheet> {
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const lines = content.subarray(0, 4).equals(XLSX_MAGIC) ? await readXlsx(content, maxRows) : csvLines(readCsv(decodeText(content)));
  const first = lines.next();
  if (first.done) throw new RosterFileError('文件为空：第 1 行应为表头（人员编号、姓名……）');
  const index = new Map<string, number>();
  first.value.cells.forEach((cell, i) => index.set(textOf(cell).replace(/\s+/g, ''), i));
  const missingHeaders = ROSTER_COLUMNS.filter((c) => c.required && !index.has(c.header)).map((c) => c.header);
  const rows: RosterSheet['rows'] = [];
  for (const line of lines) {
    if (isBlank(line.cells)) continue;
    const raw: RawRow = {};
    for (const column of ROSTER_COLUMNS) {
      const at = index.get(column.header);
      if (at !== undefined) raw[column.key] = line.cells[at];
    }
    rows.push({ rowNumber: line.rowNumber, raw });
    if (rows.length > maxRows) break;
  }
  return { rows, missingHeaders };
}

const isBlank = (cells: unknown[]) => cells.every((cell) => cell === null || cell === undefined || textOf(cell).trim() === '');

/** A line of the file: its number as a person sees it (header = 1) and its cells from the first column. */
interface Line {
  rowNumber: number;
  cells: unknown[];
}

function* csvLines(table: string[][]): Iterator<Line> & Iterable<Line> {
  for (let i = 0; i < table.length; i += 1) yield { rowNumber: i + 1, cells: table[i]! };
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

const UNREADABLE_XLSX = '无法读取该 Excel 文件：请另存为 .xlsx 或 CSV（UTF-8）后重试';

/**
 * The first worksheet's lines, in order, with a missing row 1 as an empty header; empty lines
 * in between may be left out (the caller skips them anyway). Streamed with exceljs's
 * WorkbookReader: rows arrive one by one and only their values are kept. Merged cells are
 * listed after the rows in the sheet's XML, so they are read off the raw XML as it passes
 * and applied once the sheet ends: every cell of a merged range takes its first cell's value,
 * as the in-memory Workbook gives it.
 */
async function readXlsx(content: Buffer, maxRows: number): Promise<Iterator<Line> & Iterable<Line>> {
  const ExcelJS = await loadExcel();
  const lines = new Map<number, unknown[]>();
  const merges: string[] = [];
  const source = Readable.from(worksheetsLast(content));
  // exceljs pipes the file into unzipper, which reports an entry's corrupt data on its own
  // stream only, while exceljs waits on the entry for ever: the read would never end.
  let failed: (error: unknown) => void = () => undefined;
  const unzipFailed = new Promise<never>((_resolve, reject) => (failed = reject));
  const pipe = source.pipe.bind(source);
  source.pipe = ((destination: NodeJS.WritableStream) => pipe(destination.on('error', failed))) as typeof source.pipe;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell a date from a number; hyperlinks ignored leave a linked cell its text.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const read = async () => {
    let taken = false;
    for await (const sheet of reader) {
      // Only the first sheet in the workbook's order (workbook.xml) is kept, as Workbook.worksheets[0].
      const firstName = (reader as unknown as { model?: { sheets?: Array<{ name?: string }> } }).model?.sheets?.[0]?.name;
      const name = (sheet as unknown as { name?: string }).name;
      if (taken || (firstName !== undefined && name !== firstName)) {
        // Read through unkept, which also closes the temporary file exceljs may have put it in.
        for await (const row of sheet) void row;
        continue;
      }
      taken = true;
      tapMergeCells(sheet, merges);
      let dataLines = 0;
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: unknown[] = [];
        for (let c = 1; c < values.length; c += 1) cells.push(cellValue(values[c]));
        lines.set(row.number, cells);
        // Merged ranges come after the rows: stopping here, none is applied, so the lines counted are the lines kept.
        if (row.number > 1 && !isBlank(cells) && (dataLines += 1) > maxRows) break;
      }
    }
  };
  try {
    await Promise.race([read(), unzipFailed]);
  } catch {
    throw new RosterFileError(UNREADABLE_XLSX);
  }
  applyMerges(lines, merges);
  return orderedLines(lines);
}

/**
 * The file's zip entries with the worksheets moved after every other part: exceljs's reader
 * meets the parts in the order they are stored, and parses a worksheet met after the shared
 * strings and relationships but before workbook.xml (fails: "reading 'sheets'") or styles.xml
 * (dates come out as serial numbers). Excel stores those parts after the worksheets (the reader
 * then sets the worksheets aside in temporary files); other programs need not. Each entry is a
 * self-contained record (local header, data, data descriptor) that the streaming unzip reads
 * in turn, so moving whole records is enough; the slices share the file's memory. A file this
 * does not understand (zip64, data before the first entry) is passed on as it is.
 */
function worksheetsLast(content: Buffer): Buffer[] {
  const end = content.lastIndexOf(EOCD_SIGNATURE);
  if (end < 0 || end + 22 > content.length) return [content];
  const count = content.readUInt16LE(end + 10);
  const directorySize = content.readUInt32LE(end + 12);
  const directory = content.readUInt32LE(end + 16);
  if (count === 0xffff || directory === 0xffffffff || directory + directorySize > end) return [content];
  const entries: Array<{ name: string; offset: number }> = [];
  for (let at = directory, i = 0; i < count; i += 1) {
    if (at + 46 > end || content.readUInt32LE(at) !== 0x02014b50) return [content];
    const nameLength = content.readUInt16LE(at + 28);
    const offset = content.readUInt32LE(at + 42);
    if (offset >= directory || content.readUInt32LE(offset) !== 0x04034b50) return [content];
    entries.push({ name: content.toString('utf8', at + 46, at + 46 + nameLength), offset });
    at += 46 + nameLength + content.readUInt16LE(at + 30) + content.readUInt16LE(at + 32);
  }
  entries.sort((x, y) => x.offset - y.offset);
  if (entries[0]?.offset !== 0 || entries.some((e, i) => i > 0 && e.offset === entries[i - 1]!.offset)) return [content];
  const records = entries.map((e, i) => ({ name: e.name, bytes: content.subarray(e.offset, entries[i + 1]?.offset ?? directory) }));
  const isWorksheet = (name: string) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name);
  return [
    ...records.filter((r) => !isWorksheet(r.name)).map((r) => r.bytes),
    ...records.filter((r) => isWorksheet(r.name)).map((r) => r.bytes),
    content.subarray(directory),
  ];
}

const EOCD_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** The lines by number, each as wide as the widest (a cell past a line's end is null, as in a Workbook). */
function* orderedLines(lines: Map<number, unknown[]>): Iterator<Line> & Iterable<Line> {
  if (lines.size === 0) return;
  const numbers = [...lines.keys()].sort((a, b) => a - b);
  let width = 0;
  for (const cells of lines.values()) width = Math.max(width, cells.length);
  if (numbers[0] !== 1) yield { rowNumber: 1, cells: [] };
  for (const rowNumber of numbers) {
    const cells = lines.get(rowNumber)!;
    lines.delete(rowNumber);
    while (cells.length < width) cells.push(null);
    yield { rowNumber, cells };
  }
}

/**
 * Collects the `ref` of each `<mergeCell>` of the sheet's XML as the reader consumes it. A `<`
 * inside a cell's text is always escaped, so the tag cannot be forged by a value.
 */
function tapMergeCells(sheet: unknown, merges: string[]): void {
  const reader = sheet as { iterator: AsyncIterable<Buffer | string> };
  const source = reader.iterator;
  const pattern = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Za-z]+\d+:[A-Za-z]+\d+)"/g;
  reader.iterator = (async function* tap() {
    let carry = '';
    for await (const chunk of source) {
      const text = carry + (typeof chunk === 'string' ? chunk : chunk.toString('latin1'));
      let end = 0;
      for (const match of text.matchAll(pattern)) {
        merges.push(match[1]!);
        end = match.index + match[0].length;
      }
      // Keep a tail that may hold the start of a tag cut off by the chunk's end.
      carry = text.slice(Math.max(end, text.length - 256));
      yield chunk;
    }
  })();
}

/** More cells than a roster of the largest size accepted could fill: a whole column merged, say. */
const MERGED_CELLS_MAX = 1_000_000;

function applyMerges(lines: Map<number, unknown[]>, merges: string[]): void {
  let filled = 0;
  for (const ref of merges) {
    const [from, to] = ref.toUpperCase().split(':') as [string, string];
    const [top, left] = cellAddress(from);
    const [bottom, right] = cellAddress(to);
    filled += (bottom - top + 1) * (right - left + 1);
    if (filled > MERGED_CELLS_MAX) throw new RosterFileError('合并单元格的范围过大（如整列合并）：请取消合并后重试');
    const value = lines.get(top)?.[left - 1] ?? null;
    for (let r = top; r <= bottom; r += 1) {
      for (let c = left; c <= right; c += 1) {
        if (r === top && c === left) continue;
        let cells = lines.get(r);
        if (!cells) lines.set(r, (cells = []));
        while (cells.length < c) cells.push(null);
        cells[c - 1] = value;
      }
    }
  }
}

/** `B12` → [12, 2]. */
function cellAddress(address: string): [number, number] {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
  let column = 0;
  for (const ch of letters!) column = column * 26 + ch.charCodeAt(0) - 64;
  return [Number(digits), column];
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

/**
 * The roster as an XLSX workbook with the same headers, so an export can be re-imported.
 * Written with exceljs's streaming WorkbookWriter, each row committed as it is added: only the
 * compressed file is held, not a model of every cell.
 */
export async function writeRosterXlsx(rows: Iterable<Record<RosterKey, string | null>>): Promise<Buffer> {
  const ExcelJS = await loadExcel();
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('干部名册');
  sheet.columns = ROSTER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.key === 'unit' || c.key === 'post' ? 24 : 12 }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  // Months as text: Excel would turn 2020.10 into the number 2020.1.
  for (const row of rows) sheet.addRow(Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, row[c.key] ?? '']))).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
