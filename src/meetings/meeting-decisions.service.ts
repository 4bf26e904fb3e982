import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/conflict/viewer.js';
import type { StaffPrincipal } from '../auth/auth.decorators.js';
import { rolesGrant } from '../auth/roles.js';
import { DomainException, notFound } from '../infra/http/domain-exception.js';
import type { OutboxEntry } from '../infra/queue/outbox.service.js';
import { AgencyDirectory } from '../verification/agencies/agency-directory.service.js';
import { VerificationService } from '../verification/verification.service.js';
import type { CaseCommand } from '../reports/workflow/case-transitions.js';
import { CaseWorkflow, type MeetingContext } from '../reports/workflow/case-workflow.service.js';
import { allowedDecisions, proceedAgainstBlock, DECISION_LABELS, workingDaysUntil } from './decision-rules.js';
import type { DecisionDto } from './dto/meetings.dto.js';
import type { MeetingView } from './meeting-view.js';
import { VettingService } from '../vetting/vetting.service.js';
import { MeetingsService, type StoredDecision } from './meetings.service.js';
import { isUuid } from '../infra/http/id-param.js';
import type { ErrorCode } from '../infra/http/error-codes.js';
import { ReportEventsRepository } from '../reports/events/report-events.repository.js';
import type { ReportEventType } from '../reports/events/report-events.repository.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import { ReportSubjectsRepository } from '../triage/subjects/report-subjects.repository.js';
import { VettingRepository } from '../vetting/vetting.repository.js';
import { MeetingsRepository } from './meetings.repository.js';

const FINISHED = ['CLOSED', 'MERGED', 'TRANSFERRED', 'NOT_ACCEPTED'];
const conflict = (code: ErrorCode, message: string) => new DomainException(HttpStatus.CONFLICT, code, message);

type Target = { kind: 'REPORT' | 'VETTING_CANDIDATE'; id: string } | null;

type LockedReport = NonNullable<Awaited<ReturnType<ReportsRepository['lockForMeetingDecision']>>>;

interface Context {
  m: EntityManager;
  staff: StaffPrincipal;
  meeting: MeetingContext;
  itemId: string;
}

/**
 * A meeting's decision on one agenda item, taken once, in one transaction with its
 * follow-ups: "verify further" creates the verification requests (with their notices and
 * deadline jobs); transfer and closure change the case as the case actions would. Every
 * decision about a case is a report event carrying the meeting, so the case shows it.
 */
@Injectable()
export class MeetingDecisionsService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly verification: VerificationService,
    private readonly agencies: AgencyDirectory,
    private readonly workflow: CaseWorkflow,
    private readonly vetting: VettingService,
    private readonly events: ReportEventsRepository,
    private readonly repository: MeetingsRepository,
    private readonly reports: ReportsRepository,
    private readonly subjects: ReportSubjectsRepository,
    private readonly candidacies: VettingRepository,
  ) {}

  async decide(meetingId: string, itemId: string, dto: DecisionDto, staff: StaffPrincipal, viewer: Viewer): Promise<MeetingView> {
    await this.meetings.visibleItem(itemId, viewer);
    const outbox = await this.meetings.locked(meetingId, async (m, meeting) => {
      const item = isUuid(itemId) ? await this.repository.itemOfMeeting(m, meetingId, itemId, true) : null;
      if (!item) throw notFound('议题');
      if (item.decision) throw conflict('ITEM_DECIDED', '该议题已作出决定，不能再次决定');
      const target: Target = (await this.meetings.itemTargets([item], m)).get(item.id) ?? null;
      const allowed = allowedDecisions(item.kind, target?.kind ?? null);
      if (!allowed.includes(dto.kind)) {
        throw new DomainException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          'DECISION_NOT_ALLOWED',
          `该议题只能作出以下决定：${allowed.map((k) => DECISION_LABELS[k]).join('、')}`,
        );
      }
      const report = target?.kind === 'REPORT' ? await this.lockReport(m, target.id) : null;
      if (report && dto.kind !== 'PROCEED' && FINISHED.includes(report.status))
        throw conflict('REPORT_FINISHED', '该举报已办结（或已合并、转办、不予受理），只能记录“按程序推进”');
      if (report && dto.kind !== 'PROCEED' && report.status === 'RECEIVED')
        throw conflict('NOT_TRIAGED', '该举报尚未完成分拣，请分拣后再作出处理决定');
      const ctx: Context = { m, staff, meeting: await this.meetingContext(m, meeting, itemId), itemId };
      const stored: StoredDecision = { note: dto.note ?? null };
      if (target?.kind === 'VETTING_CANDIDATE') {
        const candidate = await this.vetting.candidate(target.id, viewer);
        const blocking = candidate.reasons.filter((r) => r.effect === 'BLOCK').map((r) => r.message);
        const check = proceedAgainstBlock(dto.kind, candidate, dto.confirmAgainstBlock === true);
        if (check === 'NEEDS_CONFIRMATION') {
          throw new DomainException(
            HttpStatus.CONFLICT,
            'CANDIDATE_BLOCKED',
            `${candidate.name}的任前审查结论为“不能上会”：${blocking.join('；')}。如会议确认仍按程序推进，请确认后再记录`,
            blocking.map((message) => ({ field: 'confirmAgainstBlock', message })),
          );
        }
        if (check === 'CONFIRMED') stored.againstBlock = blocking;
      }
      const entries: OutboxEntry[] = [];

      if (dto.kind === 'VERIFY_FURTHER') entries.push(...(await this.verifyFurther(ctx, target!, report, dto, stored)));
      if (dto.kind === 'TRANSFER') entries.push(...(await this.transfer(ctx, report!, dto, stored)));
      if (dto.kind === 'CLOSE') entries.push(...(await this.close(ctx, report!, dto, stored)));
      if (report) {
        await this.event(ctx, report.id, 'MEETING_DECISION', {
          meetingId: meeting.id,
          meetingNumber: meeting.number,
          itemId,
          decision: dto.kind,
          label: DECISION_LABELS[dto.kind],
          ...stored,
          supersededPending: report.disposition_pending && dto.kind !== 'PROCEED' ? report.disposition_pending.kind : null,
        });
      }
      await this.repository.setDecision(m, itemId, dto.kind, stored, staff.userId);
      await this.repository.touchMeeting(m, meetingId);
      return entries;
    });
    await this.verification.dispatch(outbox);
    return this.meetings.view(meetingId, viewer);
  }

  private async lockReport(m: EntityManager, reportId: string): Promise<LockedReport> {
    const report = await this.reports.lockForMeetingDecision(m, reportId);
    if (!report) throw notFound('举报');
    return report;
  }

  private async event(ctx: Context, reportId: string, type: ReportEventType, data: Record<string, unknown>): Promise<void> {
    await this.events.append(ctx.m, { reportId, type, actorKind: 'STAFF', actorId: ctx.staff.userId, data });
  }

  /**
   * The meeting's attendance decides whether its decision is collective: more than half of
   * the member agencies present or represented. A decision without that is a proposal a
   * supervisor approves (the case workflow decides which).
   */
  private async meetingContext(m: EntityManager, meeting: { id: string; number: string }, itemId: string): Promise<MeetingContext> {
    const attendance = (await this.repository.attendanceOf(meeting.id, m)).map((a) => ({ agencyCode: a.agency_code, status: a.status }));
    const present = attendance.filter((a) => a.status === 'PRESENT' || a.status === 'REPRESENTED').length;
    return { id: meeting.id, number: meeting.number, itemId, quorum: present * 2 > this.agencies.all.length, attendance };
  }

  /**
   * A change of the case decided by the meeting, through the one case workflow. A proposal
   * already waiting on the case is decided first by whoever may approve it: approved when
   * the meeting decided the same, refused when it decided otherwise.
   */
  private async caseChange(ctx: Context, report: LockedReport, command: CaseCommand, stored?: StoredDecision): Promise<OutboxEntry[]> {
    const actor = { kind: 'STAFF' as const, staff: ctx.staff };
    const entries: OutboxEntry[] = [];
    const pending = report.disposition_pending;
    if (pending && rolesGrant(ctx.staff.roles, 'reports:approve')) {
      const same =
        (command.type === 'CONCLUDE' && pending.kind === 'CLOSE') || (command.type === 'DISPOSE' && pending.kind === command.kind);
      const decided = await this.workflow.changeWithin(ctx.m, report.id, actor, {
        via: 'MEETING',
        meeting: ctx.meeting,
        command: { type: 'DECIDE', approve: same, comment: '联席会议研究决定' },
      });
      entries.push(...decided.entries);
      if (same) return entries;
    }
    const changed = await this.workflow.changeWithin(ctx.m, report.id, actor, { via: 'MEETING', meeting: ctx.meeting, command });
    if (stored && changed.result.pendingApproval) stored.pendingApproval = true;
    return [...entries, ...changed.entries];
  }

  private async verifyFurther(
    ctx: Context,
    target: Target & object,
    report: LockedReport | null,
    dto: DecisionDto,
    stored: StoredDecision,
  ): Promise<OutboxEntry[]> {
    const today = this.meetings.today();
    const term = workingDaysUntil(today, dto.dueOn!, this.verification.calendar);
    if ('error' in term) throw new DomainException(HttpStatus.BAD_REQUEST, 'INVALID_DUE_DATE', term.error);
    const question = dto.question!; // redacted where every request is written (VerificationService.createWithin)
    let cadreId: string | null;
    if (report) {
      cadreId = await this.subjects.firstLinkedCadre(ctx.m, report.id);
    } else {
      const candidate = await this.candidacies.cadreOfCandidate(ctx.m, target.id);
      if (!candidate) throw notFound('任前审查对象');
      cadreId = candidate;
    }
    const { created, outbox } = await this.verification.createWithin(ctx.m, {
      kind: 'VERIFICATION',
      subjectKind: target.kind,
      subjectId: target.id,
      cadreId,
      agencyCodes: dto.agencyCodes!,
      question,
      sentOn: today,
      workingDays: term.days,
      actorId: ctx.staff.userId,
      origin: { from: 'MEETING', meetingId: ctx.meeting.id, itemId: ctx.itemId },
    });
    Object.assign(stored, { agencyCodes: created.map((r) => r.agencyCode), dueOn: dto.dueOn, question, requests: created });
    if (report) {
      await this.event(ctx, report.id, 'VERIFICATION_REQUESTED', { requests: created, meetingId: ctx.meeting.id });
      // Verification is a disposition of its own (初步核实): a case not yet disposed is disposed so by the meeting.
      if (report.status === 'TRIAGED' && !report.disposition_pending) {
        outbox.push(
          ...(await this.caseChange(ctx, report, { type: 'DISPOSE', kind: 'PRELIMINARY_VERIFICATION', reason: dto.note ?? null })),
        );
      }
    }
    return outbox;
  }

  private async transfer(ctx: Context, report: LockedReport, dto: DecisionDto, stored: StoredDecision): Promise<OutboxEntry[]> {
    const agency = this.agencies.byName(dto.target!);
    if (!agency) {
      throw new DomainException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'UNKNOWN_TRANSFER_TARGET',
        `转办单位「${dto.target}」不在成员单位中：可选 ${this.agencies.all.map((a) => a.name).join('、')}`,
      );
    }
    stored.target = agency.code;
    return this.caseChange(ctx, report, { type: 'DISPOSE', kind: 'TRANSFER', target: agency.code, reason: dto.note ?? null }, stored);
  }

  /**
   * A case not yet disposed is closed as 予以了结; a case in handling is concluded (办结),
   * which, as in the case actions, needs the finding and the outcome told to the reporter.
   * Either is a proposal for a supervisor unless the meeting decided collectively.
   */
  private async close(ctx: Context, report: LockedReport, dto: DecisionDto, stored: StoredDecision): Promise<OutboxEntry[]> {
    if (report.status === 'IN_HANDLING' && (!report.finding || !report.outcome_for_reporter)) {
      throw conflict('FINDING_MISSING', '办结前请先在案件中记录核查结论和告知举报人的办理结果，再作出会议决定');
    }
    const command: CaseCommand =
      report.status === 'TRIAGED'
        ? { type: 'DISPOSE', kind: 'CLOSED_NO_ACTION', reason: dto.note ?? null }
        : { type: 'CONCLUDE', comment: dto.note ?? null };
    return this.caseChange(ctx, report, command, stored);
  }
}
