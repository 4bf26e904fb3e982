import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { StaffPrincipal } from '../../auth/auth.decorators.js';
import { ConflictOfInterestService } from '../../auth/conflict/conflict-of-interest.service.js';
import { rolesGrant } from '../../auth/roles.js';
import { CadreRecordsService } from '../../cadres/cadre-records.service.js';
import { Clock } from '../../infra/clock/clock.js';
import { DomainException, notFound } from '../../infra/http/domain-exception.js';
import { OutboxService, type OutboxEntry } from '../../infra/queue/outbox.service.js';
import { TriageSettings } from '../../triage/triage-settings.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { PUBLIC_STATUS_LABELS, publicStatusOf, type ReportStatus } from '../report-status.js';
import {
  planTransition,
  TRANSITIONS,
  type CaseCommand,
  type CaseEntryPoint,
  type CaseState,
  type PendingProposal,
} from './case-transitions.js';
import { isUuid } from '../../infra/http/id-param.js';
import { ReportEventsRepository } from '../events/report-events.repository.js';
import { ReportDeadlinesRepository } from '../../triage/deadlines/report-deadlines.repository.js';
import type { ReportEventType } from '../events/report-events.repository.js';
import { TriageRepository } from '../../triage/triage.repository.js';
import { ReportsRepository } from '../reports.repository.js';

/** Who changes the case: a staff member (from a request), or the system (a CLI tool run by an operator). */
export type CaseActor =
  { kind: 'STAFF'; staff: StaffPrincipal; ip?: string | null; requestId?: string | null } | { kind: 'SYSTEM'; name: string };

/** A joint meeting deciding on a case: its attendance decides whether the decision is collective. */
export interface MeetingContext {
  id: string;
  number: string;
  itemId: string;
  /** More than half of the member agencies present or represented. */
  quorum: boolean;
  attendance: Array<{ agencyCode: string; status: string }>;
}

export interface CaseChange {
  via: CaseEntryPoint;
  command: CaseCommand;
  meeting?: MeetingContext | null;
}

export interface CaseChangeResult {
  reportId: string;
  status: ReportStatus;
  /** The change waits for a supervisor's approval. */
  pendingApproval: boolean;
  /** The event written (DISPOSED, CLOSE_PROPOSED, …). */
  event: string;
  approved?: boolean;
  disposition?: string;
  finding?: string;
  into?: string;
}

/** The proposal as stored in report.disposition_pending (the inbox, meetings and pages read this shape). */
interface StoredPending {
  kind: string;
  target?: string | null;
  reason?: string | null;
  comment?: string | null;
  proposedBy: string;
  proposedAt: string;
  via?: CaseEntryPoint;
  meetingId?: string | null;
  meetingNumber?: string | null;
}

interface LockedReport {
  id: string;
  number: string;
  status: ReportStatus;
  disposition: string | null;
  disposition_pending: StoredPending | null;
  finding: string | null;
  outcome_for_reporter: string | null;
  repeat_of: string | null;
  received_at: Date;
}

function toProposal(stored: StoredPending | null): PendingProposal | null {
  if (!stored) return null;
  const command: PendingProposal['command'] =
    stored.kind === 'CLOSE'
      ? { type: 'CONCLUDE', comment: stored.comment ?? null }
      : {
          type: 'DISPOSE',
          kind: stored.kind as Extract<CaseCommand, { type: 'DISPOSE' }>['kind'],
          target: stored.target ?? null,
          reason: stored.reason ?? null,
        };
  return {
    command,
    proposedBy: stored.proposedBy,
    proposedAt: stored.proposedAt,
    via: stored.via ?? 'INBOX',
    meeting: stored.meetingId ? { id: stored.meetingId, number: stored.meetingNumber ?? '' } : null,
  };
}

function toStored(
  command: PendingProposal['command'],
  proposedBy: string,
  proposedAt: string,
  via: CaseEntryPoint,
  meeting: MeetingContext | null | undefined,
): StoredPending {
  const base = { proposedBy, proposedAt, via, meetingId: meeting?.id ?? null, meetingNumber: meeting?.number ?? null };
  if (command.type === 'CONCLUDE') return { kind: 'CLOSE', comment: command.comment ?? null, ...base };
  return { kind: command.kind, target: command.target ?? null, reason: command.reason ?? null, ...base };
}

/**
 * The one case workflow (案件流转): every change to a tip's state — disposition, approval,
 * transfer, merge, finding, conclusion, closing, reopening — from the inbox, a joint
 * meeting, a cadre record, a vetting run or the agency portal goes through `change`. Under
 * the report's row lock it checks 回避 (an excluded actor gets 404, as for an unknown
 * tip), the actor's permission, the transition table and its approval rule, and writes the
 * state, the case event and the audit row in one transaction. A conclusion writes the
 * finding onto each linked cadre's record in the same transaction: findings about a tip are
 * recorded on a concluded case, never on the cadre alone.
 */
@Injectable()
export class CaseWorkflow {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly conflicts: ConflictOfInterestService,
    private readonly settings: TriageSettings,
    private readonly records: CadreRecordsService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
    private readonly events: ReportEventsRepository,
    private readonly deadlines: ReportDeadlinesRepository,
    private readonly reports: ReportsRepository,
    private readonly repeats: TriageRepository,
  ) {}

  /** Applies one change in its own transaction. */
  async change(reportId: string, actor: CaseActor, change: CaseChange): Promise<CaseChangeResult> {
    const { result, entries } = await this.dataSource.transaction(async (m) => this.changeWithin(m, reportId, actor, change));
    await this.outbox.dispatch(entries);
    return result;
  }

  /**
   * The same, inside the caller's transaction (a meeting decision commits with its item).
   * The caller dispatches the returned outbox entries after commit.
   */
  async changeWithin(
    m: EntityManager,
    reportId: string,
    actor: CaseActor,
    change: CaseChange,
  ): Promise<{ result: CaseChangeResult; entries: OutboxEntry[] }> {
    const report = await this.lock(m, reportId, actor);
    const { command } = change;
    const row = TRANSITIONS[command.type];
    if (actor.kind === 'STAFF' && !rolesGrant(actor.staff.roles, row.permission)) {
      throw new DomainException(
        HttpStatus.FORBIDDEN,
        'FORBIDDEN',
        command.type === 'DECIDE' || command.type === 'REOPEN' ? '无权操作：须由科长（分管领导）审批' : '无权办理该举报',
      );
    }
    const state: CaseState = {
      status: report.status,
      pending: toProposal(report.disposition_pending),
      finding: report.finding,
      outcomeForReporter: report.outcome_for_reporter,
    };
    const mayApprove = actor.kind === 'SYSTEM' || rolesGrant(actor.staff.roles, 'reports:approve');
    const actorId = actor.kind === 'STAFF' ? actor.staff.userId : `system:${actor.name}`;
    const plan = planTransition(
      state,
      command,
      { userId: actorId, mayApprove, collective: change.meeting?.quorum ?? false },
      this.settings.value.approvals,
    );
    if (plan.outcome === 'REFUSE') throw new DomainException(plan.status, plan.code, plan.message);
    const context = {
      via: change.via,
      ...(change.meeting ? { meetingId: change.meeting.id, meetingNumber: change.meeting.number, itemId: change.meeting.itemId } : {}),
    };

    if (plan.outcome === 'PROPOSE') {
      const stored = toStored(plan.proposal, actorId, this.clock.now().toISOString(), change.via, change.meeting);
      await this.reports.setPendingDisposition(m, report.id, stored);
      await this.record(m, report, actor, plan.event, {
        before: { status: report.status, disposition: report.disposition },
        after: { pending: stored },
        ...context,
      });
      return { result: { reportId: report.id, status: report.status, pendingApproval: true, event: plan.event }, entries: [] };
    }
    if (plan.outcome === 'REJECT_PROPOSAL') {
      const comment = command.type === 'DECIDE' ? (command.comment ?? null) : null;
      await this.reports.setPendingDisposition(m, report.id, null);
      await this.record(m, report, actor, plan.event, {
        before: { pending: report.disposition_pending },
        after: { pending: null },
        comment,
        ...context,
      });
      return {
        result: { reportId: report.id, status: report.status, pendingApproval: false, event: plan.event, approved: false },
        entries: [],
      };
    }

    // APPLY: a proposal approved by a second person, or a change that needs none.
    if (plan.approvedProposal) {
      const comment = command.type === 'DECIDE' ? (command.comment ?? null) : null;
      await this.record(m, report, actor, 'DECISION_APPROVED', { pending: report.disposition_pending, comment, ...context });
    }
    const applied = plan.command;
    const entries: OutboxEntry[] = [];
    const extra: Partial<CaseChangeResult> = {};
    const collective =
      change.meeting && change.meeting.quorum && !plan.approvedProposal
        ? { collectiveDecision: { attendance: change.meeting.attendance } }
        : {};
    switch (applied.type) {
      case 'DISPOSE': {
        const meeting = change.meeting ?? plan.approvedProposal?.meeting ?? null;
        const detail = {
          target: applied.target ?? null,
          reason: applied.reason ?? null,
          ...(meeting ? { meetingId: meeting.id, meetingNumber: meeting.number } : {}),
        };
        await this.reports.applyDisposition(m, report.id, { status: plan.to, disposition: applied.kind, detail });
        entries.push(...(await this.noticeToReporter(m, report, plan.to, await this.deadlines.meet(m, report.id, plan.meets))));
        await this.record(m, report, actor, 'DISPOSED', {
          before: { status: report.status, disposition: report.disposition },
          after: { status: plan.to, disposition: applied.kind, ...detail },
          approvedProposal: plan.approvedProposal ? { proposedBy: plan.approvedProposal.proposedBy } : null,
          ...collective,
          ...context,
        });
        extra.disposition = applied.kind;
        break;
      }
      case 'RECORD_FINDING':
        await this.reports.recordFinding(m, report.id, applied.finding, applied.outcomeForReporter);
        await this.record(m, report, actor, 'FINDING_RECORDED', {
          before: { finding: report.finding, outcomeForReporter: report.outcome_for_reporter },
          after: { finding: applied.finding, outcomeForReporter: applied.outcomeForReporter },
          ...context,
        });
        extra.finding = applied.finding;
        break;
      case 'CONCLUDE': {
        await this.reports.conclude(m, report.id);
        entries.push(...(await this.noticeToReporter(m, report, plan.to, await this.deadlines.meet(m, report.id, plan.meets))));
        // The finding goes onto every linked cadre's record, with the case it came from.
        const findings = await this.records.recordCaseFindingsWithin(m, {
          reportId: report.id,
          outcome: report.finding as Parameters<CadreRecordsService['recordCaseFindingsWithin']>[1]['outcome'],
          concludedOn: this.clock.today(),
          summary: report.outcome_for_reporter,
          actorId: actor.kind === 'STAFF' ? actor.staff.userId : null,
        });
        entries.push(...findings.entries);
        await this.record(m, report, actor, 'CLOSED', {
          before: { status: report.status },
          after: { status: 'CLOSED', finding: report.finding },
          cadreFindings: findings.cadreIds,
          approvedProposal: plan.approvedProposal ? { proposedBy: plan.approvedProposal.proposedBy } : null,
          ...collective,
          ...context,
        });
        break;
      }
      case 'MERGE': {
        const into = await this.mergeTarget(m, report, applied.intoReportId, actor);
        await this.reports.mergeInto(m, report.id, { id: into.id, number: into.number, repeatOf: into.root });
        await this.repeats.recordMergedRepeat(m, report.id, into.id);
        await this.deadlines.meet(m, report.id, plan.meets);
        await this.record(m, report, actor, 'MERGED', {
          before: { status: report.status, repeatOf: report.repeat_of },
          after: { status: 'MERGED', into: into.id, number: into.number },
          ...context,
        });
        await this.record(m, { id: into.id, number: into.number }, actor, 'MERGED_IN', {
          reportId: report.id,
          number: report.number,
          ...context,
        });
        extra.into = into.number;
        break;
      }
      case 'REOPEN':
        await this.reports.reopen(m, report.id);
        await this.record(m, report, actor, 'REOPENED', {
          before: { status: report.status },
          after: { status: 'IN_HANDLING' },
          reason: applied.reason,
          ...context,
        });
        break;
      case 'DECIDE':
        throw new Error('a decision is applied as the proposal it approves');
    }
    return {
      result: {
        reportId: report.id,
        status: plan.to,
        pendingApproval: false,
        event: plan.event,
        ...(plan.approvedProposal ? { approved: true } : {}),
        ...extra,
      },
      entries,
    };
  }

  /** Locks the report; an excluded actor (回避) is told it does not exist, and the exclusion is audited. */
  private async lock(m: EntityManager, reportId: string, actor: CaseActor): Promise<LockedReport> {
    if (!isUuid(reportId)) throw notFound('举报');
    await this.refuseExcluded(reportId, actor);
    const report = await this.reports.lockForChange(m, reportId);
    if (!report) throw notFound('举报');
    return { ...report, disposition_pending: report.disposition_pending as StoredPending | null };
  }

  /** 回避 for actions on a case that are not state changes (category, subjects, notes): 404 when excluded. */
  assertVisible(reportId: string, actor: CaseActor): Promise<void> {
    return this.refuseExcluded(reportId, actor);
  }

  private async refuseExcluded(reportId: string, actor: CaseActor): Promise<void> {
    if (actor.kind !== 'STAFF') return;
    const excluded = await this.conflicts.exclusions([reportId], actor.staff);
    if (excluded.size === 0) return;
    await this.conflicts.record(this.auditActor(actor), excluded, 'case-workflow');
    throw notFound('举报');
  }

  private async mergeTarget(m: EntityManager, report: LockedReport, intoReportId: string, actor: CaseActor) {
    if (intoReportId === report.id) throw new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, 'MERGE_SELF', '不能把举报合并到它自己');
    if (!isUuid(intoReportId)) throw notFound('要合并到的举报');
    await this.refuseExcluded(intoReportId, actor);
    const into = await this.reports.mergeTargetOf(m, intoReportId);
    if (!into) throw notFound('要合并到的举报');
    const root = into.repeat_of ?? into.id;
    if (root === report.id) throw new DomainException(HttpStatus.CONFLICT, 'MERGE_CYCLE', '目标举报本身是本件的重复件，不能反向合并');
    return { id: into.id, number: into.number, root };
  }

  /**
   * What the reporter is told by SMS, if they left a phone: 受理 when the acceptance notice
   * falls due with this change, 已办结 when the tip is concluded. No tip content, ever.
   */
  private async noticeToReporter(m: EntityManager, report: LockedReport, to: ReportStatus, met: string[]): Promise<OutboxEntry[]> {
    const concluded = to !== 'MERGED' && publicStatusOf(report.status) !== 'CONCLUDED' && publicStatusOf(to) === 'CONCLUDED';
    const template = concluded
      ? { name: 'status-change' as const, reportNumber: report.number, statusLabel: PUBLIC_STATUS_LABELS.CONCLUDED }
      : met.includes('ACCEPTANCE_NOTICE')
        ? { name: 'reporter-acknowledgement' as const, reportNumber: report.number, receivedOn: this.clock.dateOf(report.received_at) }
        : null;
    if (!template) return [];
    const queued = await this.notifications.notifyReporterWithin(m, report.id, template);
    return queued?.outbox ?? [];
  }

  private auditActor(actor: CaseActor) {
    return actor.kind === 'STAFF'
      ? {
          actorKind: 'STAFF' as const,
          actorId: actor.staff.userId,
          actorName: actor.staff.username,
          ip: actor.ip ?? null,
          requestId: actor.requestId ?? null,
        }
      : { actorKind: 'SYSTEM' as const, actorName: actor.name };
  }

  /** The case event and its audit row, in the change's transaction. */
  private async record(
    m: EntityManager,
    report: { id: string; number: string },
    actor: CaseActor,
    type: ReportEventType,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.events.append(m, {
      reportId: report.id,
      type,
      actorKind: actor.kind,
      actorId: actor.kind === 'STAFF' ? actor.staff.userId : null,
      data,
    });
    // The audit row names the case and what happened to it, never the tip's content.
    const { via, meetingId, itemId } = data as { via?: string; meetingId?: string; itemId?: string };
    await this.audit.record(
      {
        ...this.auditActor(actor),
        action: `case.${type.toLowerCase()}`,
        targetType: 'reports',
        targetId: report.id,
        details: { number: report.number, via: via ?? null, meetingId: meetingId ?? null, itemId: itemId ?? null },
      },
      m,
    );
  }
}
