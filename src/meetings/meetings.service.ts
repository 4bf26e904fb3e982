import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/conflict/viewer.js';
import type { StaffPrincipal } from '../auth/auth.decorators.js';
import { Clock } from '../infra/clock/clock.js';
import { DomainException, notFound } from '../infra/http/domain-exception.js';
import { AgencyDirectory } from '../verification/agencies/agency-directory.service.js';
import { proposeAgenda, type ItemKind } from './agenda-rules.js';
import { allowedDecisions, DECISION_LABELS, type DecisionKind } from './decision-rules.js';
import type { AddItemDto, AttendanceDto, OpinionsDto, ScheduleDto, UpdateDto } from './dto/meetings.dto.js';
import { ATTENDANCE_LABELS, type AgendaItemView, type AttendanceStatus, type MeetingSummary, type MeetingView } from './meeting-view.js';
import { VettingService } from '../vetting/vetting.service.js';
import { OpenItemsLoader } from './open-items.loader.js';
import { isUuid } from '../infra/http/id-param.js';
import type { ErrorCode } from '../infra/http/error-codes.js';

/** The tip an agenda item is about (a case item's report, an overdue request's report), or NULL; `i` is joint_meeting_item. */
const ITEM_REPORT = `(CASE i.kind WHEN 'CASE' THEN i.subject_id
                      WHEN 'OVERDUE_REQUEST' THEN (SELECT v.subject_id FROM verification_request v WHERE v.id = i.subject_id AND v.subject_kind = 'REPORT') END)`;

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

interface MeetingRow {
  id: string;
  number: string;
  title: string;
  held_on: string;
  place: string;
  convener: string;
  invited_agencies: string[];
  minutes: string;
  created_at: Date;
  updated_at: Date;
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
  ) {}

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
      const [meeting]: MeetingRow[] = await m.query(
        `SELECT *, to_char(held_on, 'YYYY-MM-DD') AS held_on FROM joint_meeting WHERE id = $1 FOR UPDATE`,
        [meetingId],
      );
      if (!meeting) throw notFound('联席会议');
      return work(m, meeting);
    });
  }

  async schedule(dto: ScheduleDto, staff: StaffPrincipal, viewer: Viewer): Promise<MeetingView> {
    const invited = [...new Set(dto.invitedAgencies)];
    for (const code of invited) this.agencies.require(code);
    const id = await this.dataSource.transaction(async (m) => {
      const [row]: Array<{ id: string }> = await m.query(
        `INSERT INTO joint_meeting (number, title, held_on, place, convener, invited_agencies, created_by)
         VALUES ('LX' || to_char($1::date, 'YYYY') || '-' || lpad(nextval('joint_meeting_number')::text, 3, '0'), $2, $1, $3, $4, $5, $6)
         RETURNING id`,
        [dto.heldOn, dto.title ?? `干部监督工作联席会议（${dto.heldOn}）`, dto.place, dto.convener, invited, staff.userId],
      );
      await this.addProposals(m, row!.id);
      return row!.id;
    });
    return this.view(id, viewer);
  }

  /** Appends the proposed items not yet on this agenda; returns how many were added. */
  private async addProposals(m: EntityManager, meetingId: string): Promise<number> {
    const proposals = proposeAgenda(await this.loader.load(m, meetingId, this.today()), this.today());
    if (proposals.length === 0) return 0;
    const added: unknown[] = await m.query(
      `INSERT INTO joint_meeting_item (meeting_id, position, kind, subject_id, title, reasons)
       SELECT $1, coalesce((SELECT max(position) FROM joint_meeting_item WHERE meeting_id = $1), 0) + p.n, p.kind, p.subject_id, p.title, p.reasons
         FROM jsonb_to_recordset($2::jsonb) AS p(kind text, subject_id uuid, title text, reasons jsonb, n int)
       ON CONFLICT (meeting_id, kind, subject_id) WHERE subject_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        meetingId,
        JSON.stringify(proposals.map((p, i) => ({ kind: p.kind, subject_id: p.subjectId, title: p.title, reasons: p.reasons, n: i + 1 }))),
      ],
    );
    return added.length;
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
      await m.query(
        `UPDATE joint_meeting SET title = coalesce($2, title), held_on = coalesce($3::date, held_on), place = coalesce($4, place), convener = coalesce($5, convener),
                invited_agencies = coalesce($6, invited_agencies), minutes = coalesce($7, minutes), updated_at = now()
          WHERE id = $1`,
        [meetingId, dto.title ?? null, dto.heldOn ?? null, dto.place ?? null, dto.convener ?? null, invited, dto.minutes ?? null],
      );
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
        const [report]: Array<{ number: string; real_name: boolean }> = await m.query(
          `SELECT number, real_name FROM report WHERE id = $1`,
          [dto.reportId],
        );
        if (!report) throw notFound('举报');
        item = {
          kind: 'CASE',
          subjectId: dto.reportId,
          title: `举报 ${report.number}${report.real_name ? '（实名）' : ''}`,
          reasons: dto.note ? [dto.note] : ['经办人提请会议研究'],
        };
      } else {
        item = { kind: 'FREE', subjectId: null, title: dto.title!, reasons: dto.note ? [dto.note] : [] };
      }
      const rows: unknown[] = await m.query(
        `INSERT INTO joint_meeting_item (meeting_id, position, kind, subject_id, title, reasons)
         SELECT $1, coalesce(max(position), 0) + 1, $2, $3, $4, $5::jsonb FROM joint_meeting_item WHERE meeting_id = $1
         ON CONFLICT (meeting_id, kind, subject_id) WHERE subject_id IS NOT NULL DO NOTHING RETURNING id`,
        [meetingId, item.kind, item.subjectId, item.title, JSON.stringify(item.reasons)],
      );
      if (rows.length === 0)
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
      const [item]: Array<{ decision: string | null }> = isUuid(itemId)
        ? await m.query(`SELECT decision FROM joint_meeting_item WHERE id = $1 AND meeting_id = $2`, [itemId, meetingId])
        : [];
      if (!item) throw notFound('议题');
      if (item.decision) throw new DomainException(HttpStatus.CONFLICT, 'ITEM_DECIDED', '该议题已作出决定，不能移出议程');
      await m.query(`DELETE FROM joint_meeting_item WHERE id = $1`, [itemId]);
    });
    return this.view(meetingId, viewer);
  }

  /** The new order must name every item of the agenda exactly once. */
  async reorder(meetingId: string, itemIds: string[], viewer: Viewer): Promise<MeetingView> {
    await this.locked(meetingId, async (m) => {
      // The items this viewer sees (回避): hidden ones keep their place.
      const params: unknown[] = [meetingId];
      const rows: Array<{ id: string }> = await m.query(
        `SELECT i.id FROM joint_meeting_item i WHERE i.meeting_id = $1 AND ${viewer.excluding(ITEM_REPORT, params)}`,
        params,
      );
      const current = new Set(rows.map((r) => r.id));
      const given = new Set(itemIds.map((id) => id.toLowerCase()));
      if (given.size !== itemIds.length || given.size !== current.size || [...given].some((id) => !current.has(id))) {
        throw unprocessable('ORDER_MISMATCH', `新顺序应恰好列出本次会议的全部 ${current.size} 个议题，各一次`);
      }
      await m.query(
        `UPDATE joint_meeting_item i SET position = o.n FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, n) WHERE i.id = o.id AND i.meeting_id = $1`,
        [meetingId, [...given]],
      );
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
        await m.query(
          `INSERT INTO joint_meeting_attendance (meeting_id, agency_code, status, attendee, note, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (meeting_id, agency_code) DO UPDATE SET status = EXCLUDED.status, attendee = EXCLUDED.attendee, note = EXCLUDED.note,
                                                               recorded_by = EXCLUDED.recorded_by, recorded_at = now()`,
          [meetingId, e.agencyCode, e.status, e.status === 'ABSENT' ? null : e.attendee, e.note ?? null, staff.userId],
        );
      }
    });
    return this.view(meetingId, viewer);
  }

  async recordOpinions(meetingId: string, itemId: string, dto: OpinionsDto, staff: StaffPrincipal, viewer: Viewer): Promise<MeetingView> {
    await this.visibleItem(itemId, viewer);
    await this.locked(meetingId, async (m, meeting) => {
      const [item]: Array<{ id: string }> = isUuid(itemId)
        ? await m.query(`SELECT id FROM joint_meeting_item WHERE id = $1 AND meeting_id = $2`, [itemId, meetingId])
        : [];
      if (!item) throw notFound('议题');
      this.requireInvited(
        meeting,
        dto.opinions.map((o) => o.agencyCode),
      );
      for (const o of dto.opinions) {
        await m.query(
          `INSERT INTO joint_meeting_opinion (item_id, agency_code, opinion, recorded_by) VALUES ($1, $2, $3, $4)
           ON CONFLICT (item_id, agency_code) DO UPDATE SET opinion = EXCLUDED.opinion, recorded_by = EXCLUDED.recorded_by, recorded_at = now()`,
          [itemId, o.agencyCode, o.opinion, staff.userId],
        );
      }
    });
    return this.view(meetingId, viewer);
  }

  /** 回避: an item about a tip hidden from the viewer answers 404 like an unknown item (and is audited). */
  async visibleItem(itemId: string, viewer: Viewer): Promise<void> {
    if (!isUuid(itemId) || viewer.hidden.length === 0) return;
    const [row]: Array<{ report_id: string | null }> = await this.dataSource.query(
      `SELECT ${ITEM_REPORT} AS report_id FROM joint_meeting_item i WHERE i.id = $1`,
      [itemId],
    );
    if (row?.report_id) await viewer.visible(row.report_id, '议题');
  }

  async list(viewer: Viewer): Promise<MeetingSummary[]> {
    const params: unknown[] = [];
    const rows: Array<{
      id: string;
      number: string;
      title: string;
      held_on: string;
      place: string;
      convener: string;
      items: string;
      decided: string;
    }> = await this.dataSource.query(
      `SELECT j.id, j.number, j.title, to_char(j.held_on, 'YYYY-MM-DD') AS held_on, j.place, j.convener,
              count(i.id) AS items, count(i.decision) AS decided
         FROM joint_meeting j LEFT JOIN joint_meeting_item i ON i.meeting_id = j.id AND ${viewer.excluding(ITEM_REPORT, params)}
        GROUP BY j.id ORDER BY j.held_on DESC, j.number DESC LIMIT 200`,
      params,
    );
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

  /** The meeting as this viewer may see it: items about tips hidden from them (回避) are left out, with their opinions. */
  async view(meetingId: string, viewer: Viewer): Promise<MeetingView> {
    if (!isUuid(meetingId)) throw notFound('联席会议');
    const db = this.dataSource;
    const itemParams: unknown[] = [meetingId];
    const visibleItem = viewer.excluding(ITEM_REPORT, itemParams);
    const [[meeting], attendance, items, opinions] = await Promise.all([
      db.query<MeetingRow[]>(`SELECT *, to_char(held_on, 'YYYY-MM-DD') AS held_on FROM joint_meeting WHERE id = $1`, [meetingId]),
      db.query<Array<{ agency_code: string; status: AttendanceStatus; attendee: string | null; note: string | null }>>(
        `SELECT agency_code, status, attendee, note FROM joint_meeting_attendance WHERE meeting_id = $1`,
        [meetingId],
      ),
      db.query<ItemRow[]>(
        `SELECT i.id, i.position, i.kind, i.subject_id, i.title, i.reasons, i.decision, i.decision_detail, i.decided_at,
                  CASE i.kind WHEN 'CASE' THEN 'REPORT' WHEN 'VETTING_CANDIDATE' THEN 'VETTING_CANDIDATE' WHEN 'OVERDUE_REQUEST' THEN v.subject_kind END AS target_kind,
                  CASE i.kind WHEN 'OVERDUE_REQUEST' THEN v.subject_id ELSE i.subject_id END AS target_id
             FROM joint_meeting_item i LEFT JOIN verification_request v ON i.kind = 'OVERDUE_REQUEST' AND v.id = i.subject_id
            WHERE i.meeting_id = $1 AND ${visibleItem} ORDER BY i.position, i.created_at`,
        itemParams,
      ),
      db.query<Array<{ item_id: string; agency_code: string; opinion: string }>>(
        `SELECT o.item_id, o.agency_code, o.opinion FROM joint_meeting_opinion o JOIN joint_meeting_item i ON i.id = o.item_id WHERE i.meeting_id = $1 AND ${visibleItem}`,
        itemParams,
      ),
    ]);
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

  private itemView(i: ItemRow, position: number, opinions: Array<{ agency_code: string; opinion: string }>): AgendaItemView {
    const target = i.target_kind && i.target_id ? { kind: i.target_kind, id: i.target_id } : null;
    const d = i.decision_detail;
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

interface ItemRow {
  id: string;
  position: number;
  kind: ItemKind;
  subject_id: string | null;
  title: string;
  reasons: string[];
  decision: DecisionKind | null;
  decision_detail: StoredDecision | null;
  decided_at: Date | null;
  target_kind: 'REPORT' | 'VETTING_CANDIDATE' | null;
  target_id: string | null;
}
