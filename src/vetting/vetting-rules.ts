import type { CadreFacts } from '../cadres/dto/cadre-facts.js';
import { sanctionsInEffect } from '../cadres/rules/influence.js';
import { quotaAllows } from '../cadres/rules/quota.js';
import { SANCTION_KINDS } from '../cadres/rules/influence.js';

/**
 * The pre-appointment checks (凡提四必 and the other bars of DOMAIN.md), each a pure
 * function of the facts on a date. A reason either blocks the candidate or leaves the
 * verdict pending (an answer is awaited); each points at its evidence.
 */
export type ReasonCode =
  | 'OPEN_REPORT_UNVERIFIED'
  | 'SANCTION_IN_EFFECT'
  | 'AGENCY_ADVERSE_OPINION'
  | 'AGENCY_REPLY_MISSING'
  | 'PERSONAL_MATTERS_DISCREPANCY'
  | 'FILE_NOT_AUDITED'
  | 'FILE_DOUBT_OPEN'
  | 'OVER_QUOTA'
  // Beyond the dataset's seven: DOMAIN.md bars these too.
  | 'UNDER_INVESTIGATION'
  | 'PERSONAL_MATTERS_NOT_VERIFIED'
  // 报备: the higher organization department's reply on a post that needs it.
  | 'PRIOR_REPORT_REPLY_MISSING'
  | 'PRIOR_REPORT_DISAGREED';

export type Evidence =
  | { type: 'REPORT'; reportId: string; number: string }
  | { type: 'SANCTION'; sanctionId: string; kind: string; effectiveOn: string; lastDay: string }
  | { type: 'REQUEST'; requestId: string; agencyCode: string; dueOn: string; overdue?: boolean }
  | { type: 'QUOTA'; unitId: string; level: string; approved: number; occupied: number }
  | { type: 'CADRE'; cadreId: string; field: string }
  | { type: 'FILE_DOUBT'; cadreId: string; doubtId: string; rule: string }
  | { type: 'PERSONAL_MATTERS'; cadreId: string; year: number | null }
  | { type: 'PRIOR_REPORT'; candidateId: string; post: string; sentOn: string | null; repliedOn: string | null };

export interface Reason {
  code: ReasonCode;
  effect: 'BLOCK' | 'PENDING';
  message: string;
  evidence: Evidence;
}

export type Verdict = 'PASS' | 'BLOCK' | 'PENDING';

export interface OpinionFact {
  requestId: string;
  agencyCode: string;
  agencyName: string;
  dueOn: string;
  reply: { adverse: boolean; body: string } | null;
}

/**
 * 报备 of a candidacy whose proposed post needs it (`post`, the configured post it matched):
 * the report sent upward and the higher department's reply, each when recorded.
 */
export interface PriorReportFact {
  candidateId: string;
  post: string;
  sent: { on: string; reference: string; to: string } | null;
  reply: { on: string; reference: string; result: 'AGREE' | 'DISAGREE'; note: string | null } | null;
}

export interface CandidateFacts {
  asOf: string;
  /** Above the cadre's former level (matters for accountability measures). */
  promotion: boolean;
  cadre: CadreFacts;
  opinions: OpinionFact[];
  /** Quota at the proposed unit and level, when one is recorded; alreadyCounted: the cadre holds that level there now. */
  quota: { unitId: string; level: string; approved: number; occupied: number; alreadyCounted: boolean } | null;
  /** 报备, when the proposed post needs it; absent or null when it does not. */
  priorReport?: PriorReportFact | null;
}

/**
 * 档案必审: the file audited by the date, and no doubt of its audit still open (a doubt about
 * 三龄二历一身份 suspends the candidacy until it is resolved, whatever the audit date).
 */
export function fileAuditRule(f: CandidateFacts): Reason[] {
  const reasons: Reason[] = [];
  const audited = f.cadre.fileAuditedOn;
  if (!audited || audited > f.asOf) {
    reasons.push({
      code: 'FILE_NOT_AUDITED',
      effect: 'BLOCK',
      message: '干部人事档案未经审核（档案必审）',
      evidence: { type: 'CADRE', cadreId: f.cadre.cadreId, field: 'fileAuditedOn' },
    });
  }
  for (const d of f.cadre.openFileDoubts) {
    reasons.push({
      code: 'FILE_DOUBT_OPEN',
      effect: 'BLOCK',
      message: `档案存疑未查明：${d.message}`,
      evidence: { type: 'FILE_DOUBT', cadreId: f.cadre.cadreId, doubtId: d.doubtId, rule: d.rule },
    });
  }
  return reasons;
}

export function personalMattersRule(f: CandidateFacts): Reason[] {
  const pm = f.cadre.personalMatters;
  const evidence: Evidence = { type: 'PERSONAL_MATTERS', cadreId: f.cadre.cadreId, year: pm?.year ?? null };
  if (!pm || pm.status === 'NOT_VERIFIED' || !pm.checkedOn || pm.checkedOn > f.asOf) {
    return [{ code: 'PERSONAL_MATTERS_NOT_VERIFIED', effect: 'PENDING', message: '个人有关事项报告尚未查核（报告必核）', evidence }];
  }
  if (pm.status === 'CONCEALMENT')
    return [{ code: 'PERSONAL_MATTERS_DISCREPANCY', effect: 'BLOCK', message: `个人有关事项瞒报（${pm.year}年度）：不得提拔`, evidence }];
  if (pm.status === 'OMISSION' && !pm.explainedOn) {
    return [
      { code: 'PERSONAL_MATTERS_DISCREPANCY', effect: 'BLOCK', message: `个人有关事项漏报（${pm.year}年度），尚未作出书面说明`, evidence },
    ];
  }
  return [];
}

export function agencyOpinionRule(f: CandidateFacts): Reason[] {
  return f.opinions.flatMap((o): Reason[] => {
    if (!o.reply) {
      const overdue = f.asOf > o.dueOn;
      return [
        {
          code: 'AGENCY_REPLY_MISSING',
          effect: 'PENDING',
          message: `${o.agencyName}尚未回复意见（限 ${o.dueOn} 前${overdue ? '，已逾期' : ''}）`,
          evidence: { type: 'REQUEST', requestId: o.requestId, agencyCode: o.agencyCode, dueOn: o.dueOn, overdue },
        },
      ];
    }
    if (o.reply.adverse) {
      return [
        {
          code: 'AGENCY_ADVERSE_OPINION',
          effect: 'BLOCK',
          message: `${o.agencyName}反映有不利情况：${o.reply.body.slice(0, 200)}`,
          evidence: { type: 'REQUEST', requestId: o.requestId, agencyCode: o.agencyCode, dueOn: o.dueOn },
        },
      ];
    }
    return [];
  });
}

/** 有情况反映、未审查核实的不上会: each open tip linked to this cadre (not a namesake) blocks. */
export function openReportRule(f: CandidateFacts): Reason[] {
  return f.cadre.openReports.map((r) => ({
    code: 'OPEN_REPORT_UNVERIFIED' as const,
    effect: 'BLOCK' as const,
    message: `有反映该同志的举报（${r.number}）尚未核实`,
    evidence: { type: 'REPORT' as const, reportId: r.reportId, number: r.number },
  }));
}

export function sanctionRule(f: CandidateFacts): Reason[] {
  return sanctionsInEffect(f.cadre.sanctions, f.asOf, f.promotion).map((s) => ({
    code: 'SANCTION_IN_EFFECT' as const,
    effect: 'BLOCK' as const,
    message: `${SANCTION_KINDS[s.kind].label}（${s.effectiveOn} 起）影响期至 ${s.lastDay}`,
    evidence: { type: 'SANCTION' as const, sanctionId: s.id, kind: s.kind, effectiveOn: s.effectiveOn, lastDay: s.lastDay },
  }));
}

export function investigationRule(f: CandidateFacts): Reason[] {
  if (!f.cadre.underInvestigation) return [];
  return [
    {
      code: 'UNDER_INVESTIGATION',
      effect: 'BLOCK',
      message: '正在接受立案审查调查',
      evidence: { type: 'CADRE', cadreId: f.cadre.cadreId, field: 'underInvestigation' },
    },
  ];
}

export function quotaRule(f: CandidateFacts): Reason[] {
  const q = f.quota;
  if (!q || quotaAllows(q, q.alreadyCounted)) return [];
  return [
    {
      code: 'OVER_QUOTA',
      effect: 'BLOCK',
      message: `该单位${q.level}职数核定 ${q.approved} 名、现有 ${q.occupied} 名，无空缺职数`,
      evidence: { type: 'QUOTA', unitId: q.unitId, level: q.level, approved: q.approved, occupied: q.occupied },
    },
  ];
}

/**
 * 报备: a candidate for a post that needs it goes to the decision meeting only with the higher
 * organization department's reply. No reply yet (or one dated after the day) is an answer
 * awaited, PENDING like an agency's missing opinion: a PENDING candidate is not published nor
 * appointed (both require PASS). A reply that does not agree blocks.
 */
export function priorReportRule(f: CandidateFacts): Reason[] {
  const p = f.priorReport;
  if (!p) return [];
  const evidence: Evidence = {
    type: 'PRIOR_REPORT',
    candidateId: p.candidateId,
    post: p.post,
    sentOn: p.sent?.on ?? null,
    repliedOn: p.reply?.on ?? null,
  };
  if (!p.reply || p.reply.on > f.asOf) {
    const message = p.sent
      ? `拟任${p.post}须经上级组织部门同意：已于 ${p.sent.on} 报备${p.sent.to}（${p.sent.reference}），尚未回复`
      : `拟任${p.post}须事先向上级组织部门报备，尚未报备`;
    return [{ code: 'PRIOR_REPORT_REPLY_MISSING', effect: 'PENDING', message, evidence }];
  }
  if (p.reply.result === 'DISAGREE') {
    const note = p.reply.note ? `：${p.reply.note.slice(0, 200)}` : '';
    return [
      {
        code: 'PRIOR_REPORT_DISAGREED',
        effect: 'BLOCK',
        message: `上级组织部门 ${p.reply.on} 回复不同意（${p.reply.reference}）${note}`,
        evidence,
      },
    ];
  }
  return [];
}

export const RULES = [
  fileAuditRule,
  personalMattersRule,
  agencyOpinionRule,
  openReportRule,
  sanctionRule,
  investigationRule,
  quotaRule,
  priorReportRule,
];

/** Any blocking reason blocks; otherwise any awaited answer leaves it pending; otherwise it passes. */
export function evaluate(f: CandidateFacts): { verdict: Verdict; reasons: Reason[] } {
  const reasons = RULES.flatMap((rule) => rule(f));
  const verdict: Verdict = reasons.some((r) => r.effect === 'BLOCK') ? 'BLOCK' : reasons.length > 0 ? 'PENDING' : 'PASS';
  return { verdict, reasons };
}
