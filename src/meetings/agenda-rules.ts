/**
 * Which open items a joint meeting should discuss, and why. Pure: the caller loads the
 * items (cases, requests, vetting candidates) and today's date; nothing here reads a clock
 * or a database.
 */
import { CATALOGUE, labelOf } from '../infra/labels/catalogue.js';

export type ItemKind = 'CASE' | 'OVERDUE_REQUEST' | 'VETTING_CANDIDATE' | 'FREE';

export interface OpenCase {
  reportId: string;
  number: string;
  status: string;
  realName: boolean;
  receivedAt: string;
  category: string | null;
  /** A disposition or closure proposed and waiting for approval (triage's disposition_pending). */
  pendingKind: string | null;
  /** Verification requests of the case that are not cancelled. */
  requests: Array<{ number: string; agencyName: string; answered: boolean }>;
}

export interface OpenRequest {
  requestId: string;
  number: string;
  agencyName: string;
  subjectKind: 'REPORT' | 'VETTING_CANDIDATE';
  subjectId: string;
  /** The case number or the candidate's name, for the title. */
  subjectLabel: string;
  dueOn: string;
  answered: boolean;
  /** The case is still open / the candidate undecided: otherwise the delay no longer matters. */
  subjectOpen: boolean;
}

export interface OpenCandidate {
  candidateId: string;
  runTitle: string;
  name: string;
  proposedPost: string;
  verdict: 'PASS' | 'BLOCK' | 'PENDING';
  /** The vetting reasons' short texts (what blocks or is pending). */
  reasons: string[];
  /** A decision (appoint, do not appoint, suspend) has been taken: nothing left to discuss. */
  decided: boolean;
}

export interface OpenItems {
  cases: OpenCase[];
  requests: OpenRequest[];
  candidates: OpenCandidate[];
  /** Subjects already on another meeting's agenda and not yet decided there. */
  scheduled: ReadonlySet<string>;
}

export interface ProposedItem {
  kind: Exclude<ItemKind, 'FREE'>;
  subjectId: string;
  title: string;
  reasons: string[];
}

const VERDICT_LABELS: Record<OpenCandidate['verdict'], string> = CATALOGUE.verdictOnAgenda;
const OPEN_CASE = ['TRIAGED', 'IN_HANDLING'];

function caseReasons(c: OpenCase): string[] {
  const reasons: string[] = [];
  if (c.pendingKind) reasons.push(`拟${labelOf('pendingDecision', c.pendingKind)}，待审批`);
  if (c.status === 'IN_HANDLING' && c.requests.length > 0 && c.requests.every((r) => r.answered)) {
    reasons.push(`成员单位已全部答复（${[...new Set(c.requests.map((r) => r.agencyName))].join('、')}），待研究处理意见`);
  }
  return reasons;
}

const overdueReason = (r: OpenRequest) => `${r.agencyName}的请求 ${r.number} 已逾期（答复期限 ${r.dueOn}）`;

/**
 * The proposed agenda: cases awaiting a decision (real-name first, then oldest), overdue
 * requests (oldest due first), then vetting candidates whose verdict is not a pass and who
 * are undecided. An overdue request about a subject that is itself on the agenda is folded
 * into that item's reasons instead of being a second item.
 */
export function proposeAgenda(items: OpenItems, today: string): ProposedItem[] {
  const cases = items.cases
    .filter((c) => OPEN_CASE.includes(c.status) && !items.scheduled.has(c.reportId))
    .map((c) => ({ c, reasons: caseReasons(c) }))
    .filter((x) => x.reasons.length > 0)
    .sort(
      (a, b) =>
        Number(b.c.realName) - Number(a.c.realName) || a.c.receivedAt.localeCompare(b.c.receivedAt) || a.c.number.localeCompare(b.c.number),
    )
    .map(({ c, reasons }): ProposedItem => ({
      kind: 'CASE',
      subjectId: c.reportId,
      title: `举报 ${c.number}${c.realName ? '（实名）' : ''}`,
      reasons,
    }));

  const candidates = items.candidates
    .filter((c) => !c.decided && c.verdict !== 'PASS' && !items.scheduled.has(c.candidateId))
    .map((c): ProposedItem => ({
      kind: 'VETTING_CANDIDATE',
      subjectId: c.candidateId,
      title: `任前审查：${c.name}，拟任${c.proposedPost}（${c.runTitle}）`,
      reasons: [`审查结论：${VERDICT_LABELS[c.verdict]}`, ...c.reasons],
    }));

  const bySubject = new Map([...cases, ...candidates].map((i) => [i.subjectId, i]));
  const requests: ProposedItem[] = [];
  const overdue = items.requests
    .filter((r) => !r.answered && r.subjectOpen && today > r.dueOn)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.number.localeCompare(b.number));
  for (const r of overdue) {
    const host = bySubject.get(r.subjectId);
    if (host) host.reasons.push(overdueReason(r));
    else if (!items.scheduled.has(r.requestId)) {
      const about = r.subjectKind === 'REPORT' ? `举报 ${r.subjectLabel}` : `任前审查 ${r.subjectLabel}`;
      requests.push({
        kind: 'OVERDUE_REQUEST',
        subjectId: r.requestId,
        title: `逾期未复：${r.number}（${about}）`,
        reasons: [overdueReason(r)],
      });
    }
  }
  return [...cases, ...requests, ...candidates];
}
