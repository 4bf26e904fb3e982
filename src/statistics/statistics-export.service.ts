import { Injectable } from '@nestjs/common';
import { loadDocx, loadExcel } from '../infra/documents/load-libraries.js';
import { csvLine } from '../audit/csv.js';
import { AppConfig } from '../infra/config/app-config.js';
import type { Statistics } from './dto/statistics.dto.js';
import { labeller, statisticsTables, summaryParagraphs, type Cell, type StatTable } from './tables.js';
import { statisticsTexts } from './texts.js';

export interface ExportFile {
  fileName: string;
  body: Buffer;
}

const S = statisticsTexts;
const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
export function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[:\\/?*[\]]/g, '').slice(0, 28);
  let name = base;
  for (let n = 2; taken.has(name); n += 1) name = `${base}${n}`;
  taken.add(name);
  return name;
}

/** The periodic report's figures as CSV (formula-safe cells), XLSX and DOCX, all from the same tables. */
@Injectable()
export class StatisticsExportService {
  constructor(private readonly config: AppConfig) {}

  readonly label = labeller((code) => this.config.categories.find((c) => c.code === code)?.name ?? code);

  tables(stats: Statistics): StatTable[] {
    return statisticsTables(stats, this.label);
  }

  summary(stats: Statistics): string[] {
    return summaryParagraphs(stats, this.label);
  }

  private baseName(stats: Statistics): string {
    return `统计报告-${stats.range.from}至${stats.range.to}`;
  }

  csv(stats: Statistics): ExportFile {
    const lines = [csvLine([S.reportTitle]), csvLine([S.period(stats.range.from, stats.range.to)]), csvLine([S.asOf(stats.asOf)])];
    for (const t of this.tables(stats)) {
      lines.push('\r\n', csvLine([t.title]), csvLine(t.columns), ...t.rows.map((r) => csvLine(r)));
      if (t.total) lines.push(csvLine(t.total));
    }
    // A byte-order mark, so Excel opens the UTF-8 file as Chinese rather than mojibake.
    return { fileName: `${this.baseName(stats)}.csv`, body: Buffer.from(`\uFEFF${lines.join('')}`, 'utf8') };
  }

  async xlsx(stats: Statistics): Promise<ExportFile> {
    const book = new (await loadExcel()).Workbook();
    book.creator = this.config.settings.district.department;
    const taken = new Set<string>();
    const cover = book.addWorksheet(sheetName('概要', taken));
    cover.columns = [{ width: 120 }];
    for (const line of [S.reportTitle, S.period(stats.range.from, stats.range.to), S.asOf(stats.asOf), '', ...this.summary(stats)]) {
      cover.addRow([line]).alignment = { wrapText: true, vertical: 'top' };
    }
    cover.getRow(1).font = { bold: true, size: 14 };
    for (const t of this.tables(stats)) {
      const sheet = book.addWorksheet(sheetName(t.title, taken));
      sheet.columns = t.columns.map((c, i) => ({ header: c, width: i === 0 ? 28 : Math.max(10, c.length * 2 + 2) }));
      sheet.getRow(1).font = { bold: true };
      for (const r of t.rows) sheet.addRow(r);
      if (t.total) sheet.addRow(t.total).font = { bold: true };
    }
    return { fileName: `${this.baseName(stats)}.xlsx`, body: Buffer.from(await book.xlsx.writeBuffer()) };
  }

  async docx(stats: Statistics): Promise<ExportFile> {
    const d = await loadDocx();
    const run = (text: string, bold = false) => new d.TextRun({ text, bold, font: FONT });
    const para = (text: string, bold = false) => new d.Paragraph({ children: [run(text, bold)] });
    const cell = (value: Cell, bold = false) => new d.TableCell({ children: [para(value === null ? '—' : String(value), bold)] });
    const table = (t: StatTable) =>
      new d.Table({
        width: { size: 100, type: d.WidthType.PERCENTAGE },
        rows: [
          new d.TableRow({ tableHeader: true, children: t.columns.map((c) => cell(c, true)) }),
          ...(t.rows.length ? t.rows : [[S.none, ...t.columns.slice(1).map(() => null)]]).map(
            (r) => new d.TableRow({ children: r.map((v) => cell(v)) }),
          ),
          ...(t.total ? [new d.TableRow({ children: t.total.map((v) => cell(v, true)) })] : []),
        ],
      });
    const doc = new d.Document({
      creator: this.config.settings.district.department,
      title: S.reportTitle,
      styles: { default: { document: { run: { font: FONT, size: 22 } } } },
      sections: [
        {
          children: [
            new d.Paragraph({
              alignment: d.AlignmentType.CENTER,
              heading: d.HeadingLevel.TITLE,
              children: [new d.TextRun({ text: S.reportTitle, bold: true, font: FONT, size: 36 })],
            }),
            para(`${this.config.settings.district.department}　${S.period(stats.range.from, stats.range.to)}　${S.asOf(stats.asOf)}`),
            ...this.summary(stats).map((p) => para(p)),
            ...this.tables(stats).flatMap((t, i) => [
              new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [run(`${i + 1}. ${t.title}`, true)] }),
              table(t),
            ]),
          ],
        },
      ],
    });
    return { fileName: `${this.baseName(stats)}.docx`, body: await d.Packer.toBuffer(doc) };
  }
}
