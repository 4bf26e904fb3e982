import type { TableCell } from 'docx';
import { loadDocx, loadExcel } from '../../infra/documents/load-libraries.js';
import { CATALOGUE } from '../../infra/labels/catalogue.js';
import type { FileAuditView } from './file-audit.dto.js';
import { FACT_KINDS, type FactKind } from './file-rules.js';

/**
 * 干部人事档案专项审核认定表 in the form auditors use: the cadre, then per fact (三龄二历一身份)
 * the records found (document, its date, what it states), the determination and its basis,
 * the doubts and how each was resolved; signature lines for 审核人 and 复核人.
 */
export interface WorksheetInput {
  view: FileAuditView;
  unitName: string;
  post: string;
  department: string;
  today: string;
}

const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };
const FACTS: Record<FactKind, string> = CATALOGUE.fileFact;
const SOURCES: Record<string, string> = CATALOGUE.fileSource;
const LEVELS: Record<string, string> = CATALOGUE.educationLevel;
const STATUS: Record<string, string> = CATALOGUE.fileDoubtStatus;

type Entry = FileAuditView['entries'][number];

/** What a record states, in words. */
export function statedText(e: Entry): string {
  const period = e.fromDate ? `${e.fromDate} 至 ${e.toDate ?? '今'}` : '';
  switch (e.fact) {
    case 'EDUCATION':
      return [
        e.educationLevel ? LEVELS[e.educationLevel] : '',
        e.institution ?? '',
        period,
        e.fullTime ? '全日制' : '在职',
        e.diploma ? '有学历证明' : '无学历证明',
      ]
        .filter(Boolean)
        .join('，');
    case 'WORK_HISTORY':
      return [period, `${e.unit ?? ''}${e.post ?? ''}`].filter(Boolean).join(' ');
    case 'CADRE_STATUS':
      return e.status ?? '';
    default:
      return e.statedDate ?? '';
  }
}

function rowsByFact(view: FileAuditView) {
  const determinations = view.confirmed.length ? view.confirmed : view.determinations;
  return FACT_KINDS.map((fact) => {
    const d = determinations.find((x) => x.fact === fact);
    return {
      fact,
      entries: view.entries.filter((e) => e.fact === fact),
      value: d?.value ?? null,
      reasons: d?.reasons ?? [],
      doubts: view.doubts.filter((x) => x.fact === fact),
    };
  });
}

const doubtText = (d: FileAuditView['doubts'][number]) =>
  `【${STATUS[d.status]}】${d.message}${d.resolution ? `；查核情况和处理意见：${d.resolution}` : ''}`;

const recordText = (e: Entry) =>
  `《${SOURCES[e.source]}》（${e.documentDate}，${e.filledBySelf ? '本人填写' : '组织形成'}）：${statedText(e)}`;

function headline(input: WorksheetInput): string {
  const v = input.view;
  return v.fileAuditedOn
    ? `审核完成日期：${v.fileAuditedOn}`
    : `审核状态：尚未完成（存疑 ${v.openDoubts} 项未查明）　制表日期：${input.today}`;
}

export async function worksheetDocx(input: WorksheetInput): Promise<Buffer> {
  const d = await loadDocx();
  const v = input.view;
  const text = (value: string, bold = false) => new d.Paragraph({ children: [new d.TextRun({ text: value, bold, font: FONT })] });
  const cell = (value: string | string[], bold = false) =>
    new d.TableCell({ children: (Array.isArray(value) ? (value.length ? value : ['—']) : [value || '—']).map((x) => text(x, bold)) });
  const row = (...cells: TableCell[]) => new d.TableRow({ children: cells });
  const doc = new d.Document({
    creator: input.department,
    title: `干部人事档案专项审核认定表（${v.name}）`,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [
      {
        children: [
          new d.Paragraph({
            alignment: d.AlignmentType.CENTER,
            heading: d.HeadingLevel.TITLE,
            children: [new d.TextRun({ text: '干部人事档案专项审核认定表', bold: true, font: FONT, size: 36 })],
          }),
          text(`${input.department}　${headline(input)}`),
          new d.Table({
            width: { size: 100, type: d.WidthType.PERCENTAGE },
            rows: [
              row(
                cell('姓名', true),
                cell(v.name),
                cell('人员编号', true),
                cell(v.personNo),
                cell('单位及职务', true),
                cell(`${input.unitName}${input.post}`),
              ),
            ],
          }),
          new d.Paragraph({
            heading: d.HeadingLevel.HEADING_2,
            children: [new d.TextRun({ text: '审核认定情况（三龄二历一身份）', font: FONT, bold: true })],
          }),
          new d.Table({
            width: { size: 100, type: d.WidthType.PERCENTAGE },
            rows: [
              row(
                cell('审核项目', true),
                cell('档案记载（材料、形成时间、内容）', true),
                cell('认定结果', true),
                cell('认定依据及理由', true),
                cell('存疑事项及处理', true),
              ),
              ...rowsByFact(v).map((r) =>
                row(
                  cell(FACTS[r.fact]),
                  cell(r.entries.map(recordText)),
                  cell(r.value ?? '未认定'),
                  cell(r.reasons),
                  cell(r.doubts.map(doubtText)),
                ),
              ),
            ],
          }),
          text(''),
          text('审核人（签名）：＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日'),
          text('复核人（签名）：＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日'),
          text(`审核单位（盖章）：${input.department}`),
        ],
      },
    ],
  });
  return d.Packer.toBuffer(doc);
}

export async function worksheetXlsx(input: WorksheetInput): Promise<Buffer> {
  const v = input.view;
  const book = new (await loadExcel()).Workbook();
  book.creator = input.department;
  const sheet = book.addWorksheet('专项审核认定表');
  sheet.columns = [{ width: 14 }, { width: 60 }, { width: 28 }, { width: 60 }, { width: 60 }];
  sheet.mergeCells('A1:E1');
  sheet.getCell('A1').value = '干部人事档案专项审核认定表';
  sheet.getCell('A1').font = { bold: true, size: 16 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.addRow([`姓名：${v.name}`, `人员编号：${v.personNo}`, `单位及职务：${input.unitName}${input.post}`, headline(input)]);
  const header = sheet.addRow(['审核项目', '档案记载（材料、形成时间、内容）', '认定结果', '认定依据及理由', '存疑事项及处理']);
  header.font = { bold: true };
  for (const r of rowsByFact(v)) {
    const line = sheet.addRow([
      FACTS[r.fact],
      r.entries.map(recordText).join('\n') || '—',
      r.value ?? '未认定',
      r.reasons.join('\n') || '—',
      r.doubts.map(doubtText).join('\n') || '—',
    ]);
    line.alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.addRow([]);
  sheet.addRow(['审核人（签名）：', '', '日期：']);
  sheet.addRow(['复核人（签名）：', '', '日期：']);
  sheet.addRow([`审核单位：${input.department}`]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
