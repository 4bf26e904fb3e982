import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/conflict/viewer.js';
import type { StaffPrincipal } from '../auth/auth.decorators.js';
import { Clock } from '../infra/clock/clock.js';
import { DomainException, notFound } from '../infra/http/domain-exception.js';
import { AgencyDirectory } from '../verification/agencies/agency-directory.service.js';
import { proposeAgenda, type ItemKind } from './agenda-rules.js';
import { allowedDecisions, DECISION_LABELS } from './decision-rules.js';
import type { AddItemDto, AttendanceDto, OpinionsDto, ScheduleDto, UpdateDto } from './dto/meetings.dto.js';
import { ATTENDANCE_LABELS, type AgendaItemView, type MeetingSummary, type MeetingView } from './meeting-view.js';
import { VettingService } from '../vetting/vetting.service.js';
import { OpenItemsLoader } from './open-items.loader.js';
import { isUuid } from '../infra/http/id-param.js';
import { Reads } from '../infra/database/reads.js';
import type { Queryable } from '../infra/database/sql.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import { VerificationRepository } from '../verification/verification.repository.js';
import { MeetingsRepository, type ItemRow, type MeetingRow } from './meetings.repository.js';
import type { ErrorCode } from '../infra/http/error-codes.js';

/** What a decision stored on an item holds (decision_detail). */
export interface StoredDecision {
  note: string | null;
  agencyCodes?: string[];
  dueOn?: string;
  question?: string;
  target?: string;
  requests?: Array<{ id: string; number: string; agencyCode: string; dueOn: string }>;
  /** The meeting's closure or transfer waits for a supervisor's approval (no quorum, recorded by a handler). */
  pendingApproval?: boolean;
  /** The meeting went ahead with a candidate whose check blocked, knowing these reasons. */
  againstBlock?: string[];
}

const unprocessable = (code: ErrorCode, message: string) => new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, code, message);

/** Joint meetings (联席会议): scheduling, the agenda (proposed, then edited), attendance, opinions. Decisions are in MeetingDecisionsService. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agencies: AgencyDirectory,
    private readonly loader: OpenItemsLoader,
    private readonly clock: Clock,
    private readonly vetting: VettingService,
    private readonly repository: MeetingsRepository,
    private readonly verification: VerificationRepository,
    private readonly reports: ReportsRepository,
    private readonly reads: Reads,
  ) {}

  /**
   * The tip each item is about (a case item's report, an overdue request's report), or null,
   * by item id: the request's subject is the verification module's.
   */
  async itemReports(
    items: Array<{ id: string; kind: ItemKind; subject_id: string | null }>,
    on?: Queryable,
  ): Promise<Map<string, string | null>> {
    const requestIds = items.flatMap((i) => (i.kind === 'OVERDUE_REQUEST' && i.subject_id ? [i.subject_id] : []));
    const subjects = await this.verification.subjectsOf(requestIds, on);
    return new Map(
      items.map((i) => {
        if (i.kind === 'CASE') return [i.id, i.subject_id];
        const request = i.kind === 'OVERDUE_REQUEST' && i.subject_id ? subjects.get(i.subject_id) : undefined;
        return [i.id, request?.subjectKind === 'REPORT' ? request.subjectId : null];
      }),
    );
  }

  /** What each item is about (a request item: the request's subject), by item id. */
  async itemTargets(
    items: Array<{ id: string; kind: ItemKind; subject_id: string | null }>,
    on?: Queryable,
  ): Promise<Map<string, { kind: 'REPORT' | 'VETTING_CANDIDATE'; id: string } | null>> {
    const requestIds = items.flatMap((i) => (i.kind === 'OVERDUE_REQUEST' && i.subject_id ? [i.subject_id] : []));
    const subjects = await this.verification.subjectsOf(requestIds, on);
    return new Map(
      items.map((i) => {
        if (i.kind === 'CASE' && i.subject_id) return [i.id, { kind: 'REPORT' as const, id: i.subject_id }];
        if (i.kind === 'VETTING_CANDIDATE' && i.subject_id) return [i.id, { kind: 'VETTING_CANDIDATE' as const, id: i.subject_id }];
        const request = i.kind === 'OVERDUE_REQUEST' && i.subject_id ? subjects.get(i.subject_id) : undefined;
        return [i.id, request ? { kind: request.subjectKind, id: request.subjectId } : null];
      }),
    );
  }

  today(): string {
    return this.clock.today();
  }

  private agencyName(code: string): string {
    return this.agencies.get(code)?.name ?? code;
  }

  /** Runs `work` with the meeting's row locked, so agenda edits and decisions do not interleave. */
  async locked<T>(meetingId: string, work: (m: EntityManager, meeting: MeetingRow) => Promise<T>): Promise<T> {
    if (!isUuid(meetingId)) throw notFound('联席会议');
    return this.dataSource.transaction(async (m) => {
      const meeting = await this.repository.lockMeeting(m, meetingId);
      if (!meeting) throw notFound('联席会议');
      return work(m, meeting);
    });
  }

  async schedule(dto: ScheduleDto, staff: StaffPrincipal, viewer: Viewer): Promise<MeetingView> {
    const invited = [...new Set(dto.invitedAgencies)];
    for (const code of invited) this.agencies.require(code);
    const id = await this.dataSource.transaction(async (m) => {
      const id = await this.repository.insertMeeting(m, {
        heldOn: dto.heldOn,
        title: dto.title ?? `干部监督工作联席会议（${dto.heldOn}）`,
        place: dto.place,
        convener: dto.convener,
        invitedAgencies: invited,
        createdBy: staff.userId,
      });
      await this.addProposals(m, id);
      return id;
    });
    return this.view(id, viewer);
  }

  /** Appends the proposed items not yet on this agenda; returns how many were added. */
  private async addProposals(m: EntityManager, meetingId: string): Promise<number> {
    const proposals = proposeAgenda(await this.loader.load(m, meetingId, this.today()), this.today());
    if (proposals.length === 0) return 0;
    return this.repository.appendItems(
      m,
      meetingId,
      proposals.map((p) => ({ kind: p.kind, subjectId: p.subjectId, title: p.title, reasons: p.reasons })),
    );
  }

  /** Adds what has become open since the agenda was proposed (items already there stay as edited). */
  async propose(meetingId: string, viewer: Viewer): Promise<MeetingView> {
    await this.locked(meetingId, (m) => this.addProposals(m, meetingId));
    return this.view(meetingId, viewer);
  }

  async update(meetingId: string, dto: UpdateDto, viewer: Viewer): Promise<MeetingView> {
    const invited = dto.invitedAgencies ? [...new Set(dto.invitedAgencies)] : null;
    for (const code of invited ?? []) this.agencies.require(code);
    await this.locked(meetingId, async (m) => {
      await this.repository.updateMeeting(m, meetingId, {
        title: dto.title ?? null,
        heldOn: dto.heldOn ?? null,
        place: dto.place ?? null,
        convener: dto.convener ?? null,
        invitedAgencies: invited,
        minutes: dto.minutes ?? null,
      });
    });
    return this.view(meetingId, viewer);
  }

  async addItem(meetingId: string, dto: AddItemDto, viewer: Viewer): Promise<MeetingView> {
    if (dto.reportId) await viewer.visible(dto.reportId);
    const candidate = dto.candidateId ? await this.vetting.candidate(dto.candidateId, viewer) : null;
    await this.locked(meetingId, async (m) => {
      let item: { kind: ItemKind; subjectId: string | null; title: string; reasons: string[] };
      if (candidate) {
        item = {
          kind: 'VETTING_CANDIDATE',
          subjectId: candidate.id,
          title: `拟任人选 ${candidate.name}（拟任${candidate.proposedPost}）`,
          reasons: dto.note ? [dto.note] : candidate.reasons.length ? candidate.reasons.map((r) => r.message) : ['经办人提请会议研究'],
        };
      } else if (dto.reportId) {
        const report = await this.reports.identityOf(m, dto.reportId);
        if (!report) throw notFound('举报');
        item = {
          kind: 'CASE',
          subjectId: dto.reportId,
          title: `举报 ${report.number}${report.realName ? '（实名）' : ''}`,
          reasons: dto.note ? [dto.note] : ['经办人提请会议研究'],
        };
      } else {
        item = { kind: 'FREE', subjectId: null, title: dto.title!, reasons: dto.note ? [dto.note] : [] };
      }
      const added = await this.repository.appendItems(m, meetingId, [item]);
      if (added === 0)
        throw new DomainException(
          HttpStatus.CONFLICT,
          'ALREADY_ON_AGENDA',
          candidate ? '该人选已在本次会议议程中' : '该举报已在本次会议议程中',
        );
    });
    return this.view(meetingId, viewer);
  }

  async removeItem(meetingId: string, itemId: string, viewer: Viewer): Promise<MeetingView> {
    await this.visibleItem(itemId, viewer);
    await this.locked(meetingId, async (m) => {
      const item = isUuid(itemId) ? await this.repository.itemOfMeeting(m, meetingId, itemId) : null;
      if (!item) throw notFound('议题');
      if (item.decision) throw new DomainException(HttpStatus.CONFLICT, 'ITEM_DECIDED', '该议题已作出决定，不能移出议程');
      await this.repository.deleteItem(m, itemId);
    });
    return this.view(meetingId, viewer);
  }

  /** The new order must name every item of the agenda exactly once. */
  async reorder(meetingId: string, itemIds: string[], viewer: Viewer): Promise<MeetingView> {
    await this.locked(meetingId, async (m) => {
      // The items this viewer sees (回避): hidden ones keep their place.
      const items = await this.repository.itemsOf(meetingId, m);
      const about = await this.itemReports(items, m);
      const rows = items.filter((i) => !viewer.hides(about.get(i.id)));
      const current = new Set(rows.map((r) => r.id));
      const given = new Set(itemIds.map((id) => id.toLowerCase()));
      if (given.size !== itemIds.length || given.size !== current.size || [...given].some((id) => !current.has(id))) {
        throw unprocessable('ORDER_MISMATCH', `新顺序应恰好列出本次会议的全部 ${current.size} 个议题，各一次`);
      }
      await this.repository.reorder(m, meetingId, [...given]);
    });
    return this.view(meetingId, viewer);
  }

  private requireInvited(meeting: MeetingRow, codes: string[]): void {
    const stranger = codes.find((c) => !meeting.invited_agencies.includes(c));
    if (stranger) throw unprocessable('NOT_INVITED', `成员单位 ${this.agencyName(stranger)} 未被邀请参加本次会议`);
  }

  async recordAttendance(meetingId: string, dto: AttendanceDto, staff: StaffPrincipal, viewer: Viewer): Promise<MeetingView> {
    await this.locked(meetingId, async (m, meeting) => {
      this.requireInvited(
        meeting,
        dto.entries.map((e) => e.agencyCode),
      );
      for (const e of dto.entries) {
        await this.repository.upsertAttendance(m, {
          meetingId,
          agencyCode: e.agencyCode,
          status: e.status,
          attendee: e.status === 'ABSENT' ? null : (e.attendee ?? null),
          note: e.note ?? null,
          recordedBy: staff.userId,
        });
      }
    });
    return this.view(meetingId, viewer);
  }

  async recordOpinions(meetingId: string, itemId: string, dto: OpinionsDto, staff: StaffPrincipal, viewer: Viewer): Promise<MeetingView> {
    await this.visibleItem(itemId, viewer);
    await this.locked(meetingId, async (m, meeting) => {
      const item = isUuid(itemId) ? await this.repository.itemOfMeeting(m, meetingId, itemId) : null;
      if (!item) throw notFound('议题');
      this.requireInvited(
        meeting,
        dto.opinions.map((o) => o.agencyCode),
      );
      for (const o of dto.opinions) {
        await this.repository.upsertOpinion(m, { itemId, agencyCode: o.agencyCode, opinion: o.opinion, recordedBy: staff.userId });
      }
    });
    return this.view(meetingId, viewer);
  }

  /** 回避: an item about a tip hidden from the viewer answers 404 like an unknown item (and is audited). */
  async visibleItem(itemId: string, viewer: Viewer): Promise<void> {
    if (!isUuid(itemId) || viewer.hidden.length === 0) return;
    const item = await this.repository.itemById(itemId);
    const reportId = item ? (await this.itemReports([item])).get(item.id) : null;
    if (reportId) await viewer.visible(reportId, '议题');
  }

  /** The latest meetings: a staff read, on the replica when it is fit (Reads). */
  async list(viewer: Viewer): Promise<MeetingSummary[]> {
    const rows = await this.reads.run(async (on) => {
      const rows = await this.repository.listMeetings(on);
      if (viewer.hidden.length && rows.length) {
        // 回避: items about a tip hidden from the viewer are not counted.
        const items = (
          await this.repository.itemsOfMeetings(
            rows.map((r) => r.id),
            on,
          )
        ).map((i, n) => ({ ...i, id: String(n) }));
        const about = await this.itemReports(items, on);
        const seen = items.filter((i) => !viewer.hides(about.get(i.id)));
        for (const r of rows) {
          const mine = seen.filter((i) => i.meeting_id === r.id);
          r.items = mine.length;
          r.decided = mine.filter((i) => i.decision !== null).length;
        }
      }
      return rows;
    });
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      heldOn: r.held_on,
      place: r.place,
      convener: r.convener,
      items: Number(r.items),
      decided: Number(r.decided),
    }));
  }

  /**
   * The meeting as this viewer may see it: items about tips hidden from them (回避) are left out,
   * with their opinions. On a staff GET, read on the replica when it is fit (Reads); a meeting
   * scheduled a moment ago and not replayed there yet, on the primary.
   */
  async view(meetingId: string, viewer: Viewer): Promise<MeetingView> {
    if (!isUuid(meetingId)) throw notFound('联席会议');
    const { meeting, attendance, allItems, allOpinions, targets } = await this.reads.run(
      async (on) => {
        const [meeting, attendance, allItems, allOpinions] = await Promise.all([
          this.repository.meetingById(meetingId, on),
          this.repository.attendanceOf(meetingId, on),
          this.repository.itemsOf(meetingId, on),
          this.repository.opinionsOf(meetingId, on),
        ]);
        return { meeting, attendance, allItems, allOpinions, targets: await this.itemTargets(allItems, on) };
      },
      (found) => found.meeting === null,
    );
    // 回避: items about a tip hidden from the viewer are left out, with their opinions.
    const items = allItems
      .map((i) => ({ ...i, target: targets.get(i.id) ?? null }))
      .filter((i) => !viewer.hides(i.target?.kind === 'REPORT' ? i.target.id : null));
    const visible = new Set(items.map((i) => i.id));
    const opinions = allOpinions.filter((o) => visible.has(o.item_id));
    if (!meeting) throw notFound('联席会议');
    const order = (code: string) => meeting.invited_agencies.indexOf(code);
    return {
      id: meeting.id,
      number: meeting.number,
      title: meeting.title,
      heldOn: meeting.held_on,
      place: meeting.place,
      convener: meeting.convener,
      invitedAgencies: meeting.invited_agencies.map((code) => ({ code, name: this.agencyName(code) })),
      minutes: meeting.minutes,
      attendance: attendance
        .sort((a, b) => order(a.agency_code) - order(b.agency_code))
        .map((a) => ({
          agencyCode: a.agency_code,
          agencyName: this.agencyName(a.agency_code),
          status: a.status,
          statusLabel: ATTENDANCE_LABELS[a.status],
          attendee: a.attendee,
          note: a.note,
        })),
      // 回避: an item naming a hidden tip in its title goes too, and reasons citing one (a candidate's open tip) are left out.
      items: items
        .filter((i) => !viewer.mentionsHidden(i.title))
        .map((i, index) =>
          this.itemView(
            { ...i, reasons: viewer.withoutHidden(i.reasons) },
            index + 1,
            opinions.filter((o) => o.item_id === i.id).sort((a, b) => order(a.agency_code) - order(b.agency_code)),
          ),
        ),
      createdAt: meeting.created_at.toISOString(),
      updatedAt: meeting.updated_at.toISOString(),
    };
  }

  private itemView(
    i: ItemRow & { target: { kind: 'REPORT' | 'VETTING_CANDIDATE'; id: string } | null },
    position: number,
    opinions: Array<{ agency_code: string; opinion: string }>,
  ): AgendaItemView {
    const target = i.target;
    const d = i.decision_detail as StoredDecision | null;
    return {
      id: i.id,
      position,
      kind: i.kind,
      subjectId: i.subject_id,
      target,
      title: i.title,
      reasons: i.reasons,
      opinions: opinions.map((o) => ({ agencyCode: o.agency_code, agencyName: this.agencyName(o.agency_code), opinion: o.opinion })),
      allowedDecisions: allowedDecisions(i.kind, target?.kind ?? null),
      decision:
        i.decision && d
          ? {
              kind: i.decision,
              label: DECISION_LABELS[i.decision],
              note: d.note,
              dueOn: d.dueOn ?? null,
              agencies: (d.agencyCodes ?? []).map((code) => ({ code, name: this.agencyName(code) })),
              target: d.target ? { code: d.target, name: this.agencyName(d.target) } : null,
              requests: d.requests ?? [],
              pendingApproval: d.pendingApproval ?? false,
              againstBlock: d.againstBlock ?? [],
              decidedAt: i.decided_at!.toISOString(),
            }
          : null,
    };
  }
}
