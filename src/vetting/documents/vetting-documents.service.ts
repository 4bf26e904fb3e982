import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/conflict/viewer.js';
import type { TableCell, TableRow } from 'docx';
import { loadDocx, loadExcel, type Docx } from '../../infra/documents/load-libraries.js';
import { CadresService } from '../../cadres/cadres.service.js';
import { UnitsService } from '../../cadres/units.service.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { VerificationService } from '../../verification/verification.service.js';
import { ProbationService } from '../probation/probation.service.js';
import { DECISION_LABELS, type Decision } from '../publicity/outcome.service.js';
import { PublicityService } from '../publicity/publicity.service.js';
import { PublicityTipsService } from '../publicity/publicity-tips.service.js';
import { VettingService } from '../vetting.service.js';
import { VettingRepository } from '../vetting.repository.js';
import { PriorReportFacts } from '../prior-report/prior-report-facts.service.js';
import { sheetLines, stepsOfCandidate, stepText, VERDICT_LABELS } from './sheet-lines.js';

const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };

/** The sheet's building blocks over docx (loaded on first use). */
function builders(d: Docx) {
  const text = (value: string, bold = false) => new d.Paragraph({ children: [new d.TextRun({ text: value, bold, font: FONT })] });
  const cell = (value: string | string[], opts: { bold?: boolean; span?: number } = {}) =>
    new d.TableCell({ children: (Array.isArray(value) ? value : [value]).map((v) => text(v, opts.bold)), columnSpan: opts.span ?? 1 });
  const row = (...cells: TableCell[]) => new d.TableRow({ children: cells });
  const table = (rows: TableRow[]) => new d.Table({ rows, width: { size: 100, type: d.WidthType.PERCENTAGE } });
  const heading = (value: string) =>
    new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [new d.TextRun({ text: value, font: FONT, bold: true })] });
  return { text, cell, row, table, heading };
}

/** The vetting sheet (任前审查表) per candidate as DOCX and the slate (名单) as XLSX, in Chinese. */
@Injectable()
export class VettingDocumentsService {
  constructor(
    private readonly repository: VettingRepository,
    private readonly config: AppConfig,
    private readonly vetting: VettingService,
    private readonly cadres: CadresService,
    private readonly units: UnitsService,
    private readonly verification: VerificationService,
    private readonly publicity: PublicityService,
    private readonly tips: PublicityTipsService,
    private readonly probation: ProbationService,
    private readonly priorReports: PriorReportFacts,
  ) {
    this.time = new Intl.DateTimeFormat('zh-CN', { timeZone: config.timeZone, dateStyle: 'short', timeStyle: 'short' });
  }

  /** Times in the sheet, in the district's time zone. */
  private readonly time: Intl.DateTimeFormat;

  /** The candidate's vetting sheet as this viewer may read it (回避: hidden tips are not cited). */
  async sheet(candidateId: string, viewer: Viewer): Promise<{ fileName: string; body: Buffer }> {
    const d = await loadDocx();
    const { text, cell, row, table, heading } = builders(d);
    const candidate = await this.vetting.candidate(candidateId, viewer);
    const v = await this.repository.candidatePlacement(candidate.id);
    const run = await this.vetting.getRun(v!.run_id, viewer);
    const [detail, allFacts, requests, notice, allTips, probation, priorReports] = await Promise.all([
      this.cadres.getDetail(candidate.cadreId, null),
      this.cadres.vettingFacts(candidate.cadreId),
      this.verification.requestsFor('VETTING_CANDIDATE', candidate.id),
      this.publicity.noticeOfCandidate(candidate.id),
      this.tips.tipsOf(candidate.id),
      this.probation.ofCandidate(candidate.id),
      this.priorReports.factsOf([{ id: candidate.id, proposedPost: candidate.proposedPost, unitId: v!.unit_id }]),
    ]);
    const facts = { ...allFacts, openReports: allFacts.openReports.filter((r) => !viewer.hides(r.reportId)) };
    const tips = allTips.filter((t) => !viewer.hides(t.reportId));
    const quota = v!.unit_id && v!.level ? await this.units.quotaAt(v!.unit_id, v!.level) : null;
    const lines = sheetLines({
      cadre: facts,
      opinions: requests.map((r) => ({ agencyName: r.agencyName, dueOn: r.dueOn, reply: r.reply })),
      quota: quota && v!.level ? { level: v!.level, ...quota } : null,
      priorReport: priorReports.get(candidate.id) ?? null,
      reasons: candidate.reasons,
    });
    const dash = (s: string | null | undefined) => s || '—';
    const steps = stepsOfCandidate(run.steps, candidate.id);
    const withdrawal = steps.findLast((s) => s.step === 'PUBLICITY_WITHDRAWN');
    const withdrawn = withdrawal ? { data: withdrawal.data as { reference: string; reason: string } } : null;

    const doc = new d.Document({
      creator: this.config.settings.district.department,
      title: `干部任前审查表（${candidate.name}）`,
      styles: { default: { document: { run: { font: FONT, size: 22 } } } },
      sections: [
        {
          children: [
            new d.Paragraph({
              alignment: d.AlignmentType.CENTER,
              heading: d.HeadingLevel.TITLE,
              children: [new d.TextRun({ text: '干部任前审查表', bold: true, font: FONT, size: 36 })],
            }),
            text(`${this.config.settings.district.department}　审查批次：${run.title}　审查日期：${dash(candidate.evaluatedOn)}`),
            heading('一、基本情况'),
            table([
              row(
                cell('姓名', { bold: true }),
                cell(detail.name),
                cell('性别', { bold: true }),
                cell(detail.gender),
                cell('出生年月', { bold: true }),
                cell(detail.birthMonth),
              ),
              row(
                cell('民族', { bold: true }),
                cell(dash(detail.ethnicity)),
                cell('籍贯', { bold: true }),
                cell(dash(detail.nativePlace)),
                cell('入党时间', { bold: true }),
                cell(dash(detail.partyMonth)),
              ),
              row(
                cell('参加工作时间', { bold: true }),
                cell(dash(detail.workMonth)),
                cell('学历', { bold: true }),
                cell(dash(detail.education)),
                cell('身份', { bold: true }),
                cell(dash(detail.statusKind)),
              ),
              row(
                cell('人员编号', { bold: true }),
                cell(detail.personNo),
                cell('现任职务', { bold: true }),
                cell(`${detail.unitName}${detail.post}`, { span: 3 }),
              ),
              row(
                cell('现职级', { bold: true }),
                cell(dash(detail.level)),
                cell('拟任职务', { bold: true }),
                cell(candidate.proposedPost, { span: 3 }),
              ),
            ]),
            heading('二、审查事项（凡提四必）'),
            table([
              row(
                cell('序号', { bold: true }),
                cell('审查事项', { bold: true }),
                cell('结果', { bold: true }),
                cell('依据与说明', { bold: true }),
              ),
              ...lines.map((l, i) => row(cell(String(i + 1)), cell(l.item), cell(l.result), cell(l.evidence))),
            ]),
            text(`审查结论：${VERDICT_LABELS[candidate.verdict]}`, true),
            heading('三、任前公示'),
            text(
              notice
                ? `公示编号 ${notice.reference}，公示期 ${notice.startsOn} 至 ${notice.endsOn}（${notice.workingDays} 个工作日）`
                : withdrawn
                  ? `公示编号 ${withdrawn.data.reference} 已撤销，理由：${withdrawn.data.reason}；尚未重新公示`
                  : '尚未公示',
            ),
            text(
              notice
                ? tips.length
                  ? `公示期间收到反映 ${tips.length} 件：${tips.map((t) => t.number).join('、')}`
                  : '公示期间未收到反映'
                : '',
            ),
            heading('四、任用决定与试用期'),
            text(
              candidate.decision
                ? `${DECISION_LABELS[candidate.decision as Decision]}（${candidate.decidedOn}）${candidate.suspendedUntil ? `，暂缓至 ${candidate.suspendedUntil}` : ''}${candidate.decisionNote ? `：${candidate.decisionNote}` : ''}`
                : '尚未作出任用决定',
            ),
            text(
              probation
                ? `试用期 ${probation.startsOn} 至 ${probation.endsOn}${probation.result ? `，考核${probation.result === 'COMPETENT' ? '称职' : '不称职'}（${probation.assessedOn}）` : ''}`
                : '无试用期记录',
            ),
            heading('五、全程记实'),
            table([
              row(cell('时间', { bold: true }), cell('环节', { bold: true }), cell('经办', { bold: true })),
              ...steps.map((s) => {
                return row(
                  cell(this.time.format(new Date(s.at))),
                  cell(stepText(s)),
                  cell(s.actorKind === 'SYSTEM' ? '系统' : s.actorKind === 'AGENCY' ? '成员单位' : '工作人员'),
                );
              }),
            ]),
          ],
        },
      ],
    });
    return { fileName: `任前审查表-${candidate.name}-${candidate.personNo}.docx`, body: await d.Packer.toBuffer(doc) };
  }

  async slate(runId: string, viewer: Viewer): Promise<{ fileName: string; body: Buffer }> {
    const run = await this.vetting.getRun(runId, viewer);
    const book = new (await loadExcel()).Workbook();
    book.creator = this.config.settings.district.department;
    const sheet = book.addWorksheet('拟任人选名单');
    sheet.columns = [
      { header: '序号', width: 6 },
      { header: '人员编号', width: 12 },
      { header: '姓名', width: 10 },
      { header: '现任职务', width: 28 },
      { header: '拟任职务', width: 28 },
      { header: '审查结论', width: 12 },
      { header: '未通过或待定事项', width: 50 },
      { header: '公示编号', width: 14 },
      { header: '公示期', width: 24 },
      { header: '公示期间反映', width: 24 },
      { header: '任用决定', width: 12 },
      { header: '决定日期', width: 12 },
      { header: '试用期至', width: 12 },
    ];
    sheet.getRow(1).font = { bold: true };
    let n = 0;
    for (const c of run.candidates) {
      const [detail, notice, tips, probation] = await Promise.all([
        this.cadres.getById(c.cadreId),
        this.publicity.noticeOfCandidate(c.id),
        this.tips.tipsOf(c.id),
        this.probation.ofCandidate(c.id),
      ]);
      n += 1;
      sheet.addRow([
        n,
        c.personNo,
        c.name,
        `${detail.unitName}${detail.post}`,
        c.proposedPost,
        VERDICT_LABELS[c.verdict],
        c.reasons.map((r) => r.message).join('；'),
        notice?.reference ?? '',
        notice ? `${notice.startsOn} 至 ${notice.endsOn}` : '',
        tips.map((t) => t.number).join('、'),
        c.decision ? DECISION_LABELS[c.decision as Decision] : '',
        c.decidedOn ?? '',
        probation?.endsOn ?? '',
      ]);
    }
    const body = Buffer.from(await book.xlsx.writeBuffer());
    return { fileName: `拟任人选名单-${run.title}.xlsx`, body };
  }
}
