/**
 * Run by src/cadres/roster/roster-file.spec.ts in a child with a capped V8 heap: writes a roster
 * of ROWS lines with writeRosterXlsx, reads it back with readRosterFile, and prints what it read
 * as one JSON line. Reading or writing through a model of the whole workbook aborts the process
 * with "JavaScript heap out of memory" well before the streams need that much.
 */
import { readRosterFile, writeRosterXlsx } from '../../src/cadres/roster/roster-file.js';
import type { RosterKey } from '../../src/cadres/roster/roster-row.js';

const count = Number(process.argv[2]);
const rows: Array<Record<RosterKey, string | null>> = [];
for (let i = 0; i < count; i += 1) {
  rows.push({
    personNo: `M${String(i + 1).padStart(6, '0')}`,
    name: `测试${i % 997}`,
    gender: i % 2 ? '女' : '男',
    birthMonth: `${1965 + (i % 30)}.${String((i % 12) + 1).padStart(2, '0')}`,
    ethnicity: '汉族',
    nativePlace: '本省',
    partyMonth: i % 5 === 0 ? null : `${1990 + (i % 30)}.10`,
    workMonth: `${1988 + (i % 30)}.08`,
    education: '大学本科',
    unit: `测试区第${i % 300}局`,
    post: i % 4 ? '科员' : '副局长',
    level: '一级科员',
    postSince: `${2020 + (i % 5)}.10`,
    statusKind: '公务员',
  });
}
const file = await writeRosterXlsx(rows);
rows.length = 0;
const sheet = await readRosterFile(file);
const last = sheet.rows.at(-1);
process.stdout.write(
  JSON.stringify({
    rows: sheet.rows.length,
    missingHeaders: sheet.missingHeaders,
    first: sheet.rows[0],
    last: { rowNumber: last?.rowNumber, personNo: last?.raw.personNo, partyMonth: last?.raw.partyMonth },
    fileBytes: file.length,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }) + '\n',
);
