import type { Permission } from '../../auth/roles.js';
import type { ReportStatus } from '../report-status.js';
import type { ErrorCode } from '../../infra/http/error-codes.js';

/**
 * The case workflow's one transition table (案件流转表): for every command that changes a
 * tip's state, the states it may start from, the permission it needs, whether it needs a
 * second person's approval, the state it leads to, the deadlines it meets and the event it
 * writes. Pure: the CaseWorkflow service applies what `planTransition` decides, and every
 * entry point (inbox, joint meeting, cadre record, vetting, agency portal) goes through it.
 */

export const DISPOSITION_KINDS = [
  'TALK_INQUIRY',
  'PRELIMINARY_VERIFICATION',
  'FILED_PENDING',
  'CLOSED_NO_ACTION',
  'TRANSFER',
  'NOT_ACCEPTED',
] as const;
export type DispositionKind = (typeof DISPOSITION_KINDS)[number];

export const FINDING_OUTCOMES = ['SUBSTANTIATED', 'PARTLY', 'UNSUBSTANTIATED', 'UNVERIFIABLE'] as const;
export type FindingOutcome = (typeof FINDING_OUTCOMES)[number];

export type DeadlineKind = 'ACCEPTANCE_NOTICE' | 'DISPOSITION' | 'CONCLUSION';
const ALL_DEADLINES: DeadlineKind[] = ['ACCEPTANCE_NOTICE', 'DISPOSITION', 'CONCLUSION'];
const FIRST_DEADLINES: DeadlineKind[] = ['ACCEPTANCE_NOTICE', 'DISPOSITION'];

/** Where a command came from: each entry point of the system that can change a case. */
export const CASE_ENTRY_POINTS = ['INBOX', 'MEETING', 'CADRE_RECORD', 'VETTING', 'PORTAL', 'SYSTEM'] as const;
export type CaseEntryPoint = (typeof CASE_ENTRY_POINTS)[number];

/** The changes of a case's state. Category, subjects, notes and assignment are not state changes. */
export type CaseCommand =
  | { type: 'DISPOSE'; kind: DispositionKind; target?: string | null; reason?: string | null }
  | { type: 'RECORD_FINDING'; finding: FindingOutcome; outcomeForReporter: string }
  | { type: 'CONCLUDE'; comment?: string | null } // 办结
  | { type: 'MERGE'; intoReportId: string }
  | { type: 'DECIDE'; approve: boolean; comment?: string | null } // a supervisor on a pending proposal
  | { type: 'REOPEN'; reason: string };

export type CaseCommandType = CaseCommand['type'];

/** A proposal waiting for a second person (the command as proposed, with who proposed it). */
export interface PendingProposal {
  command: Extract<CaseCommand, { type: 'DISPOSE' | 'CONCLUDE' }>;
  proposedBy: string;
  proposedAt: string;
  via: CaseEntryPoint;
  meeting?: { id: string; number: string } | null;
}

export interface CaseState {
  status: ReportStatus;
  pending: PendingProposal | null;
  finding: string | null;
  outcomeForReporter: string | null;
}

/** What the actor brings: whether they may approve, and whether a meeting decided collectively. */
export interface CaseActorFacts {
  userId: string;
  mayApprove: boolean;
  /** A joint meeting's collective decision, with the attendance that made it (quorum reached). */
  collective: boolean;
}

/** Which commands need a supervisor's approval, from `approvals` in config/triage.yaml. */
export interface ApprovalPolicy {
  dispositions: readonly string[];
  close: boolean;
}

export const FINISHED_STATUSES: readonly ReportStatus[] = ['CLOSED', 'MERGED', 'TRANSFERRED', 'NOT_ACCEPTED'];

/** The status a disposition leads to. */
export const DISPOSITION_STATUS: Record<DispositionKind, ReportStatus> = {
  TALK_INQUIRY: 'IN_HANDLING',
  PRELIMINARY_VERIFICATION: 'IN_HANDLING',
  FILED_PENDING: 'IN_HANDLING',
  CLOSED_NO_ACTION: 'CLOSED',
  TRANSFER: 'TRANSFERRED',
  NOT_ACCEPTED: 'NOT_ACCEPTED',
};

interface Row {
  from: readonly ReportStatus[];
  permission: Permission;
  /** Needs a second person's approval: always, never, or as the approval policy says. */
  approval: 'policy' | 'never';
  event: string;
}

/** The transition table. `to` and `meets` depend on the command's detail and are worked out below. */
export const TRANSITIONS: Record<CaseCommandType, Row> = {
  DISPOSE: { from: ['TRIAGED', 'IN_HANDLING'], permission: 'reports:handle', approval: 'policy', event: 'DISPOSED' },
  RECORD_FINDING: { from: ['IN_HANDLING'], permission: 'reports:handle', approval: 'never', event: 'FINDING_RECORDED' },
  CONCLUDE: { from: ['IN_HANDLING'], permission: 'reports:handle', approval: 'policy', event: 'CLOSED' },
  MERGE: { from: ['RECEIVED', 'TRIAGED', 'IN_HANDLING'], permission: 'reports:handle', approval: 'never', event: 'MERGED' },
  DECIDE: { from: ['TRIAGED', 'IN_HANDLING'], permission: 'reports:approve', approval: 'never', event: 'DECISION_APPROVED' },
  REOPEN: { from: ['CLOSED', 'TRANSFERRED', 'NOT_ACCEPTED'], permission: 'reports:approve', approval: 'never', event: 'REOPENED' },
};

export type Refusal = { outcome: 'REFUSE'; status: 403 | 409 | 422; code: ErrorCode; message: string };
export type Plan =
  | {
      outcome: 'APPLY';
      command: CaseCommand;
      to: ReportStatus;
      meets: DeadlineKind[];
      event: string;
      approvedProposal: PendingProposal | null;
    }
  | { outcome: 'PROPOSE'; proposal: PendingProposal['command']; event: 'DISPOSITION_PROPOSED' | 'CLOSE_PROPOSED' }
  | { outcome: 'REJECT_PROPOSAL'; proposal: PendingProposal; event: 'DECISION_REJECTED' }
  | Refusal;

const refuse = (status: Refusal['status'], code: ErrorCode, message: string): Refusal => ({ outcome: 'REFUSE', status, code, message });

/** Whether this command, as given, needs a second person under the policy. */
export function needsApproval(command: CaseCommand, policy: ApprovalPolicy): boolean {
  if (TRANSITIONS[command.type].approval === 'never') return false;
  if (command.type === 'DISPOSE') return policy.dispositions.includes(command.kind);
  if (command.type === 'CONCLUDE') return policy.close;
  return false;
}

function effectOf(command: Extract<CaseCommand, { type: 'DISPOSE' | 'CONCLUDE' }>): {
  to: ReportStatus;
  meets: DeadlineKind[];
  event: string;
} {
  if (command.type === 'CONCLUDE') return { to: 'CLOSED', meets: ALL_DEADLINES, event: 'CLOSED' };
  const to = DISPOSITION_STATUS[command.kind];
  return { to, meets: to === 'IN_HANDLING' ? FIRST_DEADLINES : ALL_DEADLINES, event: 'DISPOSED' };
}

/**
 * Decides what a command does to a case in a given state, for a given actor. The actor's
 * permission for the command's row is checked by the caller (it has the roles); this
 * decides state, approval and the effect.
 */
export function planTransition(state: CaseState, command: CaseCommand, actor: CaseActorFacts, policy: ApprovalPolicy): Plan {
  const row = TRANSITIONS[command.type];
  if (!row.from.includes(state.status)) {
    if (state.status === 'RECEIVED') return refuse(409, 'NOT_TRIAGED', '该举报尚未完成分拣，请分拣后再办理');
    if (FINISHED_STATUSES.includes(state.status) && command.type !== 'REOPEN') {
      return refuse(409, 'REPORT_FINISHED', '该举报已办结（或已合并、转办、不予受理），不能再办理');
    }
    if (command.type === 'REOPEN') return refuse(409, 'NOT_REOPENABLE', '只有已办结、已转办或不予受理的举报可以重新办理');
    if (command.type === 'RECORD_FINDING')
      return refuse(409, 'NOT_IN_HANDLING', '请先作出处置（谈话函询、初步核实或暂存待查），再记录核查结论');
    if (command.type === 'CONCLUDE') return refuse(409, 'NOT_IN_HANDLING', '只有办理中的举报可以办结');
    return refuse(409, 'INVALID_TRANSITION', '该举报当前的状态不允许这项操作');
  }

  switch (command.type) {
    case 'DECIDE': {
      const pending = state.pending;
      if (!pending) return refuse(409, 'NO_PENDING_DECISION', '该举报没有待审批的处置或办结');
      if (pending.proposedBy === actor.userId)
        return refuse(403, 'SELF_APPROVAL', '不能审批自己提出的处置或办结：须由另一位科长（分管领导）审批');
      if (!command.approve) return { outcome: 'REJECT_PROPOSAL', proposal: pending, event: 'DECISION_REJECTED' };
      const again = planTransition({ ...state, pending: null }, pending.command, { ...actor, mayApprove: true, collective: false }, policy);
      if (again.outcome !== 'APPLY')
        return again.outcome === 'REFUSE' ? again : refuse(409, 'INVALID_TRANSITION', '待审批事项已不适用于该举报的当前状态');
      return { ...again, approvedProposal: pending };
    }
    case 'DISPOSE':
    case 'CONCLUDE': {
      if (state.pending) return refuse(409, 'DECISION_PENDING', '已有待审批的处置或办结，请等待审批结果');
      if (command.type === 'CONCLUDE' && (!state.finding || !state.outcomeForReporter)) {
        return refuse(409, 'FINDING_MISSING', '办结前请先记录核查结论和告知举报人的办理结果');
      }
      if (needsApproval(command, policy) && !(actor.mayApprove || actor.collective)) {
        return { outcome: 'PROPOSE', proposal: command, event: command.type === 'CONCLUDE' ? 'CLOSE_PROPOSED' : 'DISPOSITION_PROPOSED' };
      }
      const effect = effectOf(command);
      return { outcome: 'APPLY', command, ...effect, approvedProposal: null };
    }
    case 'RECORD_FINDING':
      return { outcome: 'APPLY', command, to: state.status, meets: [], event: 'FINDING_RECORDED', approvedProposal: null };
    case 'MERGE':
      return { outcome: 'APPLY', command, to: 'MERGED', meets: ALL_DEADLINES, event: 'MERGED', approvedProposal: null };
    case 'REOPEN':
      return { outcome: 'APPLY', command, to: 'IN_HANDLING', meets: [], event: 'REOPENED', approvedProposal: null };
  }
}
