import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/conflict/viewer.js';
import type { StaffPrincipal } from '../auth/auth.decorators.js';
import { CryptoService } from '../infra/crypto/crypto.service.js';
import { DomainException, notFound } from '../infra/http/domain-exception.js';
import type { OutboxEntry } from '../infra/queue/outbox.service.js';
import { AgencyDirectory } from '../verification/agencies/agency-directory.service.js';
import { redactExtract } from '../verification/redact.js';
import { VerificationService } from '../verification/verification.service.js';
import type { ItemKind } from './agenda-rules.js';
import { allowedDecisions, DECISION_LABELS, workingDaysUntil } from './decision-rules.js';
import type { DecisionDto } from './dto/meetings.dto.js';
import type { MeetingView } from './meeting-view.js';
import { MeetingsService, UUID, type StoredDecision } from './meetings.service.js';

const FINISHED = ['CLOSED', 'MERGED', 'TRANSFERRED', 'NOT_ACCEPTED'];
const ALL_DEADLINES = ['ACCEPTANCE_NOTICE', 'DISPOSITION', 'CONCLUSION'];
const conflict = (code: string, message: string) => new DomainException(HttpStatus.CONFLICT, code, message);

type Target = { kind: 'REPORT' | 'VETTING_CANDIDATE'; id: string } | null;

interface LockedReport {
  id: string;
  status: string;
  disposition: string | null;
  disposition_pending: { kind: string } | null;
  finding: string | null;
  outcome_for_reporter: string | null;
  reporter_identity: Buffer | null;
}

interface Context {
  m: EntityManager;
  staff: StaffPrincipal;
  meeting: { id: string; number: string };
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
    private readonly crypto: CryptoService,
  ) {}

  async decide(meetingId: string, itemId: string, dto: DecisionDto, staff: StaffPrincipal, viewer: Viewer): Promise<MeetingView> {
    await this.meetings.visibleItem(itemId, viewer);
    const outbox = await this.meetings.locked(meetingId, async (m, meeting) => {
      const [item]: Array<{ kind: ItemKind; decision: string | null; target_kind: 'REPORT' | 'VETTING_CANDIDATE' | null; target_id: string | null }> = UUID.test(itemId)
        ? await m.query(
            `SELECT i.kind, i.decision,
                    CASE i.kind WHEN 'CASE' THEN 'REPORT' WHEN 'VETTING_CANDIDATE' THEN 'VETTING_CANDIDATE' WHEN 'OVERDUE_REQUEST' THEN v.subject_kind END AS target_kind,
                    CASE i.kind WHEN 'OVERDUE_REQUEST' THEN v.subject_id ELSE i.subject_id END AS target_id
               FROM joint_meeting_item i LEFT JOIN verification_request v ON i.kind = 'OVERDUE_REQUEST' AND v.id = i.subject_id
              WHERE i.id = $1 AND i.meeting_id = $2 FOR UPDATE OF i`,
            [itemId, meetingId],
          )
        : [];
      if (!item) throw notFound('议题');
      if (item.decision) throw conflict('ITEM_DECIDED', '该议题已作出决定，不能再次决定');
      const target: Target = item.target_kind && item.target_id ? { kind: item.target_kind, id: item.target_id } : null;
      const allowed = allowedDecisions(item.kind, target?.kind ?? null);
      if (!allowed.includes(dto.kind)) {
        throw new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, 'DECISION_NOT_ALLOWED', `该议题只能作出以下决定：${allowed.map((k) => DECISION_LABELS[k]).join('、')}`);
      }
      const ctx: Context = { m, staff, meeting, itemId };
      const stored: StoredDecision = { note: dto.note ?? null };
      const entries: OutboxEntry[] = [];
      const report = target?.kind === 'REPORT' ? await this.lockReport(m, target.id) : null;
      if (report && dto.kind !== 'PROCEED' && FINISHED.includes(report.status)) throw conflict('REPORT_FINISHED', '该举报已办结（或已合并、转办、不予受理），只能记录“按程序推进”');
      if (report && dto.kind !== 'PROCEED' && report.status === 'RECEIVED') throw conflict('NOT_TRIAGED', '该举报尚未完成分拣，请分拣后再作出处理决定');

      if (dto.kind === 'VERIFY_FURTHER') entries.push(...(await this.verifyFurther(ctx, target!, report, dto, stored)));
      if (dto.kind === 'TRANSFER') await this.transfer(ctx, report!, dto, stored);
      if (dto.kind === 'CLOSE') await this.close(ctx, report!, dto);
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
      await m.query(`UPDATE joint_meeting_item SET decision = $2, decision_detail = $3::jsonb, decided_by = $4, decided_at = now() WHERE id = $1`, [
        itemId, dto.kind, JSON.stringify(stored), staff.userId,
      ]);
      await m.query(`UPDATE joint_meeting SET updated_at = now() WHERE id = $1`, [meetingId]);
      return entries;
    });
    await this.verification.dispatch(outbox);
    return this.meetings.view(meetingId, viewer);
  }

  private async lockReport(m: EntityManager, reportId: string): Promise<LockedReport> {
    const [report]: LockedReport[] = await m.query(
      `SELECT id, status, disposition, disposition_pending, finding, outcome_for_reporter, reporter_identity FROM report WHERE id = $1 FOR UPDATE`,
      [reportId],
    );
    if (!report) throw notFound('举报');
    return report;
  }

  private async event(ctx: Context, reportId: string, type: string, data: Record<string, unknown>): Promise<void> {
    await ctx.m.query(`INSERT INTO report_event (report_id, type, actor_kind, actor_id, data) VALUES ($1, $2, 'STAFF', $3, $4::jsonb)`, [reportId, type, ctx.staff.userId, JSON.stringify(data)]);
  }

  private async meet(ctx: Context, reportId: string, kinds: string[]): Promise<void> {
    await ctx.m.query(`UPDATE report_deadline SET met_at = now() WHERE report_id = $1 AND met_at IS NULL AND kind = ANY($2::text[])`, [reportId, kinds]);
  }

  /** A disposition by the meeting: the same change and event as the case actions' disposition, marked with the meeting. */
  private async dispose(ctx: Context, report: LockedReport, kind: string, status: string, detail: Record<string, unknown>, meets: string[]): Promise<void> {
    const full = { ...detail, meetingId: ctx.meeting.id, meetingNumber: ctx.meeting.number };
    await ctx.m.query(
      `UPDATE report SET status = $2, disposition = $3, disposition_detail = $4::jsonb, disposition_pending = NULL, updated_at = now(),
                         closed_at = CASE WHEN $2 IN ('CLOSED', 'TRANSFERRED') THEN now() ELSE closed_at END
        WHERE id = $1`,
      [report.id, status, kind, JSON.stringify(full)],
    );
    await this.meet(ctx, report.id, meets);
    await this.event(ctx, report.id, 'DISPOSED', { before: { status: report.status, disposition: report.disposition }, after: { status, disposition: kind, ...full } });
  }

  private async verifyFurther(ctx: Context, target: Target & object, report: LockedReport | null, dto: DecisionDto, stored: StoredDecision): Promise<OutboxEntry[]> {
    const today = this.meetings.today();
    const term = workingDaysUntil(today, dto.dueOn!, this.verification.calendar);
    if ('error' in term) throw new DomainException(HttpStatus.BAD_REQUEST, 'INVALID_DUE_DATE', term.error);
    let question = dto.question!;
    let cadreId: string | null;
    if (report) {
      // The reporter's name is only used to blank it out of what goes to the agency.
      const names = report.reporter_identity ? [(await this.crypto.decryptJson<{ name: string }>(report.reporter_identity)).name] : [];
      question = redactExtract(question, names);
      const [subject]: Array<{ cadre_id: string }> = await ctx.m.query(`SELECT cadre_id FROM report_subject WHERE report_id = $1 AND cadre_id IS NOT NULL ORDER BY position LIMIT 1`, [report.id]);
      cadreId = subject?.cadre_id ?? null;
    } else {
      const [candidate]: Array<{ cadre_id: string }> = await ctx.m.query(`SELECT cadre_id FROM vetting_candidate WHERE id = $1`, [target.id]);
      if (!candidate) throw notFound('任前审查对象');
      cadreId = candidate.cadre_id;
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
      if (report.status === 'TRIAGED') {
        await this.dispose(ctx, report, 'PRELIMINARY_VERIFICATION', 'IN_HANDLING', { target: null, reason: dto.note ?? null }, ['ACCEPTANCE_NOTICE', 'DISPOSITION']);
      } else if (report.disposition_pending) {
        await ctx.m.query(`UPDATE report SET disposition_pending = NULL, updated_at = now() WHERE id = $1`, [report.id]);
      }
    }
    return outbox;
  }

  private async transfer(ctx: Context, report: LockedReport, dto: DecisionDto, stored: StoredDecision): Promise<void> {
    const agency = this.agencies.byName(dto.target!);
    if (!agency) {
      throw new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, 'UNKNOWN_TRANSFER_TARGET', `转办单位「${dto.target}」不在成员单位中：可选 ${this.agencies.all.map((a) => a.name).join('、')}`);
    }
    stored.target = agency.code;
    await this.dispose(ctx, report, 'TRANSFER', 'TRANSFERRED', { target: agency.code, reason: dto.note ?? null }, ALL_DEADLINES);
  }

  /**
   * A case not yet disposed is closed as 予以了结; a case in handling is concluded (办结),
   * which, as in the case actions, needs the finding and the outcome told to the reporter.
   */
  private async close(ctx: Context, report: LockedReport, dto: DecisionDto): Promise<void> {
    if (report.status === 'TRIAGED') {
      await this.dispose(ctx, report, 'CLOSED_NO_ACTION', 'CLOSED', { target: null, reason: dto.note ?? null }, ALL_DEADLINES);
      return;
    }
    if (!report.finding || !report.outcome_for_reporter) {
      throw conflict('FINDING_MISSING', '办结前请先在案件中记录核查结论和告知举报人的办理结果，再作出会议决定');
    }
    await ctx.m.query(`UPDATE report SET status = 'CLOSED', closed_at = now(), disposition_pending = NULL, updated_at = now() WHERE id = $1`, [report.id]);
    await this.meet(ctx, report.id, ALL_DEADLINES);
    await this.event(ctx, report.id, 'CLOSED', {
      before: { status: report.status },
      after: { status: 'CLOSED', finding: report.finding },
      meetingId: ctx.meeting.id,
      meetingNumber: ctx.meeting.number,
    });
  }
}
