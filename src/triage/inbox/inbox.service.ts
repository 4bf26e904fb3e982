import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../../infra/clock/clock.js';
import type { Viewer } from '../../auth/conflict/viewer.js';
import { notFound } from '../../infra/http/domain-exception.js';
import { ReportsService } from '../../reports/reports.service.js';
import type { Channel, ReportStatus } from '../../reports/report-status.js';
import { categorySuggestion } from '../categorize/confidence.js';
import type { CombinedScore } from '../categorize/combine.js';
import { TriageSettings } from '../triage-settings.js';
import { AppointmentCalendar } from '../../vetting/calendar/appointment-calendar.service.js';
import type { CaseView, InboxItem, InboxPage, InboxQuery } from './dto/inbox.dto.js';
import { isUuid } from '../../infra/http/id-param.js';

/** Inbox totals are exact up to this many matches (or the rows up to the page shown), then "more than". */
export const INBOX_TOTAL_CAP = 1000;

export type { CaseView };

type InboxRow = {
  id: string;
  number: string;
  channel: Channel;
  status: ReportStatus;
  real_name: boolean;
  category: string | null;
  category_confirmed: boolean;
  /** The two best categories triage found (null before triage; an entry null when there were fewer). */
  top_categories: Array<CombinedScore | null> | null;
  priority: number | null;
  priority_level: InboxItem['priorityLevel'];
  is_specific: boolean | null;
  repeat_of_number: string | null;
  assignee_id: string | null;
  excerpt: string;
  received_at: Date;
  due_kind: string | null;
  due_on: string | null;
  overdue: boolean;
  subjects: Array<{ status: string; mentions: string[]; name: string | null; unit: string | null }>;
};

interface CaseRow {
  category_confirmed: boolean;
  priority: number | null;
  priority_level: string | null;
  is_specific: boolean | null;
  transfer_target: string | null;
  assignee_id: string | null;
  disposition: string | null;
  disposition_detail: unknown;
  disposition_pending: unknown;
  finding: string | null;
  outcome_for_reporter: string | null;
  repeat_of: string | null;
  pending_proposer_name: string | null;
}
interface TriageRow {
  categories: unknown[];
  model_version: number | null;
  anchors: unknown[];
  priority_reasons: string[];
}
interface SubjectRow {
  id: string;
  role: string;
  role_reason: string | null;
  status: string;
  cadre_id: string | null;
  mentions: string[];
  candidates: unknown[];
  decided_at: Date | null;
}
interface RepeatRow {
  report_id: string;
  number: string;
  score: number;
  reasons: string[];
}
interface DeadlineRow {
  kind: string;
  due_on: string;
  remind_on: string;
  met_at: Date | null;
  reminded_at: Date | null;
  escalated_at: Date | null;
  overdue: boolean;
}
interface NoteRow {
  id: string;
  author_id: string;
  body: string;
  created_at: Date;
}

/** The triage inbox and the case view. Selects no identity column, ever. */
@Injectable()
export class InboxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly clock: Clock,
    private readonly settings: TriageSettings,
    private readonly appointments: AppointmentCalendar,
  ) {}

  async list(query: InboxQuery, viewer: Viewer): Promise<InboxPage> {
    const staffId = viewer.staff.userId;
    const today = this.clock.today();
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (query.status) add('r.status = ?', query.status);
    if (query.category) add('r.category = ?', query.category);
    if (query.channel) add('r.channel = ?', query.channel);
    if (query.priority) add('r.priority_level = ?', query.priority);
    if (query.assignee === 'none') where.push('r.assignee_id IS NULL');
    else if (query.assignee) add('r.assignee_id = ?::uuid', query.assignee === 'me' ? staffId : query.assignee);
    // next_due_on is the earliest open deadline (kept by triggers on report_deadline): overdue when it is past.
    if (query.q) {
      // A number or its tail, or a reported person's name (as written in the tip, or a linked cadre's).
      const q = query.q.replace(/\s+/g, '').replace(/^qf-/i, 'QF-'); // numbers are kept upper-case, as mergeByNumber reads them
      params.push(q);
      const p = `$${params.length}`;
      where.push(`(r.number = ${p} OR (${p} ~ '^[0-9-]{3,}$' AND r.number LIKE '%' || ${p})
        OR EXISTS (SELECT 1 FROM report_subject s WHERE s.report_id = r.id AND ${p} = ANY (s.mentions))
        OR EXISTS (SELECT 1 FROM jsonb_array_elements(r.subjects) e WHERE e->>'name' = ${p})
        OR EXISTS (SELECT 1 FROM report_subject_cadre x JOIN cadre c ON c.id = x.cadre_id WHERE x.report_id = r.id AND c.name = ${p}))`);
    }
    if (query.overdue === true) add('r.next_due_on < ?::date', today);
    else if (query.overdue === false) add('(r.next_due_on IS NULL OR r.next_due_on >= ?::date)', today);
    // 回避: the page and its total both leave out the tips hidden from this viewer.
    if (viewer.hidden.length) where.push(viewer.excluding('r.id', params));
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    // Both orders are index orders (report_inbox_priority, report_inbox_due): a page reads its own rows only.
    const order =
      query.sort === 'due'
        ? 'r.next_due_on ASC NULLS LAST, r.priority DESC NULLS LAST, r.received_at, r.id'
        : 'r.priority DESC NULLS LAST, r.next_due_on ASC NULLS LAST, r.received_at, r.id';
    const offset = (query.page - 1) * query.pageSize;
    // The total is counted up to a cap (a count of every match would read them all): beyond
    // it the page says "more than N", and there is always a next page to go to.
    const countLimit = Math.max(INBOX_TOTAL_CAP, offset + query.pageSize) + 1;
    const n = params.length;
    const [rows, [counted]] = await Promise.all([
      this.dataSource.query<InboxRow[]>(
        `SELECT r.id, r.number, r.channel, r.status, r.real_name, r.category, r.category_confirmed, r.priority, r.priority_level,
                r.is_specific, (SELECT jsonb_build_array(t.categories -> 0, t.categories -> 1) FROM report_triage t WHERE t.report_id = r.id) AS top_categories,
                rep.number AS repeat_of_number, r.assignee_id, left(r.body, 120) AS excerpt, r.received_at,
                nd.kind AS due_kind, to_char(r.next_due_on, 'YYYY-MM-DD') AS due_on, coalesce(r.next_due_on < $${n + 1}::date, false) AS overdue,
                coalesce((SELECT json_agg(json_build_object('status', s.status, 'mentions', s.mentions,
                                          'name', CASE WHEN s.status IN ('LINKED', 'CONFIRMED') THEN s.candidates->0->>'name' END,
                                          'unit', CASE WHEN s.status IN ('LINKED', 'CONFIRMED') THEN s.candidates->0->>'unit' END) ORDER BY s.position)
                            FROM report_subject s WHERE s.report_id = r.id AND s.role = 'SUBJECT'), '[]') AS subjects
           FROM (SELECT r.id FROM report r ${filter} ORDER BY ${order} LIMIT $${n + 2} OFFSET $${n + 3}) page
           JOIN report r ON r.id = page.id
           LEFT JOIN report rep ON rep.id = r.repeat_of
           LEFT JOIN LATERAL (SELECT d.kind FROM report_deadline d WHERE d.report_id = r.id AND d.met_at IS NULL AND d.due_on = r.next_due_on
                               ORDER BY d.kind LIMIT 1) nd ON true
          ORDER BY ${order}`,
        [...params, today, query.pageSize, offset],
      ),
      this.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM (SELECT 1 FROM report r ${filter} LIMIT $${n + 1}) matches`,
        [...params, countLimit],
      ),
    ]);
    const total = counted?.n ?? 0;
    return {
      items: rows.map((r) => ({
        id: r.id,
        number: r.number,
        channel: r.channel,
        status: r.status,
        realName: r.real_name,
        category: r.category,
        categoryConfirmed: r.category_confirmed,
        categoryNeedsPerson:
          r.top_categories !== null &&
          !r.category_confirmed &&
          categorySuggestion(
            r.top_categories.filter((x): x is CombinedScore => x !== null),
            this.settings.value.confidence,
          ).needsPerson,
        priority: r.priority,
        priorityLevel: r.priority_level,
        specific: r.is_specific,
        subjects: r.subjects,
        repeatOf: r.repeat_of_number,
        assigneeId: r.assignee_id,
        nextDue: r.due_kind && r.due_on ? { kind: r.due_kind, dueOn: r.due_on } : null,
        overdue: r.overdue,
        excerpt: r.excerpt,
        receivedAt: r.received_at.toISOString(),
      })),
      page: query.page,
      pageSize: query.pageSize,
      ...(total === countLimit ? { total: countLimit - 1, totalCapped: true } : { total, totalCapped: false }),
    };
  }

  async caseView(id: string, viewer: Viewer): Promise<CaseView> {
    if (!isUuid(id)) throw notFound('举报');
    const base = await this.reports.get(id, viewer);
    const today = this.clock.today();
    const db = this.dataSource;
    // Related tips (repeats, the case it repeats) hidden from this viewer are left out; $2 in each query below.
    const hiddenParams: unknown[] = viewer.hidden.length ? [viewer.hidden] : [];
    const [[r], [t], subjects, earlier, later, deadlines, notes] = await Promise.all([
      db.query<CaseRow[]>(
        `SELECT category_confirmed, priority, priority_level, is_specific, transfer_target, assignee_id, disposition, disposition_detail,
                disposition_pending, finding, outcome_for_reporter, (SELECT number FROM report e WHERE e.id = report.repeat_of AND ${viewer.excluding('e.id', [id])}) AS repeat_of,
                (SELECT u.display_name FROM staff_user u WHERE u.id::text = report.disposition_pending->>'proposedBy') AS pending_proposer_name
           FROM report WHERE id = $1`,
        [id, ...hiddenParams],
      ),
      db.query<TriageRow[]>(`SELECT categories, model_version, anchors, priority_reasons FROM report_triage WHERE report_id = $1`, [id]),
      db.query<SubjectRow[]>(
        `SELECT id::text, role, role_reason, status, cadre_id, mentions, candidates, decided_at FROM report_subject WHERE report_id = $1 ORDER BY position`,
        [id],
      ),
      db.query<RepeatRow[]>(
        `SELECT x.earlier_id AS report_id, e.number, x.score, x.reasons FROM report_repeat x JOIN report e ON e.id = x.earlier_id WHERE x.report_id = $1 AND ${viewer.excluding('e.id', [id])} ORDER BY e.received_at`,
        [id, ...hiddenParams],
      ),
      db.query<RepeatRow[]>(
        `SELECT x.report_id, e.number, x.score, x.reasons FROM report_repeat x JOIN report e ON e.id = x.report_id WHERE x.earlier_id = $1 AND ${viewer.excluding('e.id', [id])} ORDER BY e.received_at`,
        [id, ...hiddenParams],
      ),
      db.query<DeadlineRow[]>(
        `SELECT kind, to_char(due_on, 'YYYY-MM-DD') AS due_on, to_char(remind_on, 'YYYY-MM-DD') AS remind_on, met_at, reminded_at, escalated_at,
                (met_at IS NULL AND due_on < $2::date) AS overdue
           FROM report_deadline WHERE report_id = $1 ORDER BY due_on`,
        [id, today],
      ),
      db.query<NoteRow[]>(`SELECT id, author_id, body, created_at FROM report_note WHERE report_id = $1 ORDER BY created_at, id`, [id]),
    ]);
    if (!r) throw notFound('举报');
    // The run or notice its cadres stand in now (a person's confirmation counts; a namesake candidate does not).
    const appointments = await this.appointments.standing({
      cadreIds: subjects.flatMap((s) =>
        s.role === 'SUBJECT' && s.cadre_id && ['LINKED', 'CONFIRMED'].includes(s.status) ? [s.cadre_id] : [],
      ),
      reportId: id,
    });
    const iso = (d: Date | null) => d?.toISOString() ?? null;
    const { subjects: reportedSubjects, ...rest } = base;
    return {
      ...rest,
      reportedSubjects,
      triage: t
        ? {
            categoryConfirmed: r.category_confirmed,
            categories: t.categories,
            suggestion: categorySuggestion(t.categories as CombinedScore[], this.settings.value.confidence),
            modelVersion: t.model_version,
            transferTarget: r.transfer_target,
            specific: r.is_specific,
            anchors: t.anchors,
            priority: r.priority,
            priorityLevel: r.priority_level,
            priorityReasons: t.priority_reasons,
          }
        : null,
      subjects: subjects.map((s) => ({
        id: s.id,
        role: s.role,
        roleReason: s.role_reason,
        status: s.status,
        cadreId: s.cadre_id,
        mentions: s.mentions,
        candidates: s.candidates,
        decidedAt: iso(s.decided_at),
      })),
      repeats: {
        repeatOf: r.repeat_of,
        earlier: earlier.map((x) => ({
          reportId: x.report_id,
          number: x.number,
          score: x.score,
          reasons: x.reasons,
        })),
        later: later.map((x) => ({
          reportId: x.report_id,
          number: x.number,
          score: x.score,
          reasons: x.reasons,
        })),
      },
      appointments,
      deadlines: deadlines.map((d) => ({
        kind: d.kind,
        dueOn: d.due_on,
        remindOn: d.remind_on,
        metAt: iso(d.met_at),
        overdue: d.overdue,
        remindedAt: iso(d.reminded_at),
        escalatedAt: iso(d.escalated_at),
      })),
      handling: {
        assigneeId: r.assignee_id,
        disposition: r.disposition,
        dispositionDetail: r.disposition_detail,
        pendingDisposition: r.disposition_pending,
        pendingProposerName: r.pending_proposer_name,
        finding: r.finding,
        outcomeForReporter: r.outcome_for_reporter,
      },
      notes: notes.map((n) => ({
        id: n.id,
        authorId: n.author_id,
        body: n.body,
        createdAt: n.created_at.toISOString(),
      })),
    };
  }
}
