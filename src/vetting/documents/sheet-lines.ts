import { CATALOGUE, labelOf } from '../../infra/labels/catalogue.js';
import type { CadreFacts } from '../../cadres/dto/cadre-facts.js';
import type { PriorReportFact, Reason, ReasonCode, Verdict } from '../vetting-rules.js';

/**
 * The checks of the vetting sheet (任前审查表), one line per rule: what was checked, the
 * result and its evidence. A rule without a reason says what it found in order (the
 * date the file was audited, each agency's answer …), so the sheet shows the evidence
 * for a pass as well as for a bar.
 */
export interface SheetLine {
  item: string;
  result: '符合' | '不符合' | '待核' | '未涉及';
  evidence: string[];
}

export interface SheetFacts {
  cadre: CadreFacts;
  opinions: Array<{ agencyName: string; dueOn: string; reply: { adverse: boolean; body: string } | null }>;
  quota: { level: string; approved: number; occupied: number } | null;
  /** 报备, when the proposed post needs it. */
  priorReport: PriorReportFact | null;
  reasons: Reason[];
}

export const VERDICT_LABELS: Record<Verdict, string> = CATALOGUE.verdictOnSheet;

/** Each rule's line: `ok` gives the evidence of a pass, or null when the check does not apply (then `na` says why). */
const RULE_ITEMS: Array<{ item: string; codes: ReasonCode[]; ok: (f: SheetFacts) => string[] | null; na?: string }> = [
  {
    item: '干部人事档案审核（档案必审）',
    codes: ['FILE_NOT_AUDITED', 'FILE_DOUBT_OPEN'],
    ok: (f) => [`档案已于 ${f.cadre.fileAuditedOn} 审核，未发现问题`],
  },
  {
    item: '个人有关事项报告查核（报告必核）',
    codes: ['PERSONAL_MATTERS_NOT_VERIFIED', 'PERSONAL_MATTERS_DISCREPANCY'],
    ok: (f) => {
      const pm = f.cadre.personalMatters!;
      const explained = pm.status === 'OMISSION' ? `，已于 ${pm.explainedOn} 作出书面说明` : '';
      return [`${pm.year} 年度报告于 ${pm.checkedOn} 查核：${labelOf('personalMattersStatusOnSheet', pm.status)}${explained}`];
    },
  },
  {
    item: '纪检监察机关及联席会议成员单位意见（意见必听）',
    codes: ['AGENCY_REPLY_MISSING', 'AGENCY_ADVERSE_OPINION'],
    ok: (f) => (f.opinions.length ? f.opinions.map((o) => `${o.agencyName}：${o.reply?.body ?? ''}`) : ['未征求成员单位意见']),
  },
  { item: '信访举报核查（线索具体的必查）', codes: ['OPEN_REPORT_UNVERIFIED'], ok: () => ['无反映该同志且未核实的举报'] },
  { item: '处分、组织处理影响期', codes: ['SANCTION_IN_EFFECT'], ok: () => ['无处于影响期内的处分或组织处理'] },
  { item: '立案审查调查', codes: ['UNDER_INVESTIGATION'], ok: () => ['未被立案审查调查'] },
  {
    item: '领导职数',
    codes: ['OVER_QUOTA'],
    ok: (f) => (f.quota ? [`${f.quota.level}职数核定 ${f.quota.approved} 名、现有 ${f.quota.occupied} 名，有空缺`] : null),
    na: '未指定拟任单位和职级，未作职数核对',
  },
  {
    item: '向上级组织部门报备',
    codes: ['PRIOR_REPORT_REPLY_MISSING', 'PRIOR_REPORT_DISAGREED'],
    ok: (f) => {
      const p = f.priorReport;
      if (!p?.sent || !p.reply) return null;
      return [
        `拟任${p.post}，${p.sent.on} 报${p.sent.to}（${p.sent.reference}）`,
        `上级组织部门 ${p.reply.on} 回复同意（${p.reply.reference}）${p.reply.note ? `：${p.reply.note}` : ''}`,
      ];
    },
    na: '拟任职务无须事先报备',
  },
];

export function sheetLines(f: SheetFacts): SheetLine[] {
  return RULE_ITEMS.map(({ item, codes, ok, na }) => {
    const reasons = f.reasons.filter((r) => codes.includes(r.code));
    if (reasons.length > 0) {
      return { item, result: reasons.some((r) => r.effect === 'BLOCK') ? '不符合' : '待核', evidence: reasons.map((r) => r.message) };
    }
    const evidence = ok(f);
    return evidence ? { item, result: '符合', evidence } : { item, result: '未涉及', evidence: na ? [na] : [] };
  });
}

export const STEP_LABELS: Record<string, string> = CATALOGUE.vettingStepOnSheet;

/** A step of the run's record as stored (vetting_step). */
export interface RecordedStep {
  step: string;
  candidateId: string | null;
  data: unknown;
}

/**
 * The steps of a run that belong on one candidate's sheet: the candidate's own, and the
 * run's steps that concern every candidate or name this one (a notice published or withdrawn
 * lists the candidates it covered).
 */
export function stepsOfCandidate<S extends RecordedStep>(steps: S[], candidateId: string): S[] {
  return steps.filter((s) => {
    if (s.candidateId !== null) return s.candidateId === candidateId;
    const named = (s.data as { candidateIds?: unknown } | null)?.candidateIds;
    return !Array.isArray(named) || named.includes(candidateId);
  });
}

/** What a step of the 全程记实 says: its label, then its verdict, decision, notice and reason. */
export function stepText({ step, data }: RecordedStep): string {
  const d = (data ?? {}) as { verdict?: Verdict; label?: string; reference?: string; reason?: string; startsOn?: string; endsOn?: string };
  const parts = [STEP_LABELS[step] ?? '其他环节'];
  if (d.verdict) parts.push(`：${VERDICT_LABELS[d.verdict]}`);
  else if (d.label) parts.push(`：${d.label}`);
  if (d.reference) parts.push(`（公示编号 ${d.reference}${d.startsOn && d.endsOn ? `，${d.startsOn} 至 ${d.endsOn}` : ''}）`);
  if (d.reason) parts.push(`，理由：${d.reason}`);
  return parts.join('');
}
