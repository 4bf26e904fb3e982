import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock.js';
import { Reads } from '../../infra/database/reads.js';
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
import { ReportsRepository } from '../../reports/reports.repository.js';
import { InboxRepository } from './inbox.repository.js';
import { AuthRepository } from '../../auth/auth.repository.js';

/** Inbox totals are exact up to this many matches (or the rows up to the page shown), then "more than". */
export const INBOX_TOTAL_CAP = 1000;

export type { CaseView };

/** The triage inbox and the case view. Selects no identity column, ever. */
@Injectable()
export class InboxService {
  constructor(
    private readonly reports: ReportsService,
    private readonly clock: Clock,
    private readonly settings: TriageSettings,
    private readonly appointments: AppointmentCalendar,
    private readonly inbox: InboxRepository,
    private readonly cases: ReportsRepository,
    private readonly staff: AuthRepository,
    private readonly reads: Reads,
  ) {}

  async list(query: InboxQuery, viewer: Viewer): Promise<InboxPage> {
    const staffId = viewer.staff.userId;
    const today = this.clock.today();
    const offset = (query.page - 1) * query.pageSize;
    // The total is counted up to a cap (a count of every match would read them all): beyond
    // it the page says "more than N", and there is always a next page to go to.
    const countLimit = Math.max(INBOX_TOTAL_CAP, offset + query.pageSize) + 1;
    // next_due_on is the earliest open deadline (kept by triggers on report_deadline): overdue when it is past.
    // A staff read: on the replica when it is fit and has this viewer's own writes.
    const filter = {
      status: query.status ?? null,
      category: query.category ?? null,
      channel: query.channel ?? null,
      priority: query.priority ?? null,
      unassigned: query.assignee === 'none',
      assignee: query.assignee && query.assignee !== 'none' ? (query.assignee === 'me' ? staffId : query.assignee) : null,
      // A number or its tail, or a reported person's name (as written in the tip, or a linked cadre's).
      q: query.q ? query.q.replace(/\s+/g, '').replace(/^qf-/i, 'QF-') : null, // numbers are kept upper-case, as mergeByNumber reads them
      overdue: query.overdue ?? null,
      today,
      // 回避: the page and its total both leave out the tips hidden from this viewer.
      hidden: viewer.hidden,
    };
    const order = { sort: query.sort === 'due' ? ('due' as const) : ('priority' as const), limit: query.pageSize, offset, countLimit };
    const { rows, counted } = await this.reads.run((on) => this.inbox.page(filter, order, on));
    const total = counted;
    return {
      items: rows.map((r) => ({
        id: r.id,
        number: r.number,
        channel: r.channel as Channel,
        status: r.status as ReportStatus,
        realName: r.real_name,
        category: r.category,
        categoryConfirmed: r.category_confirmed,
        categoryNeedsPerson:
          r.top_categories !== null &&
          !r.category_confirmed &&
          categorySuggestion(
            (r.top_categories as Array<CombinedScore | null>).filter((x): x is CombinedScore => x !== null),
            this.settings.value.confidence,
          ).needsPerson,
        priority: r.priority,
        priorityLevel: r.priority_level as InboxItem['priorityLevel'],
        specific: r.is_specific,
        subjects: r.subjects as InboxItem['subjects'],
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
    // Related tips (repeats, the case it repeats) hidden from this viewer are left out.
    const [r, t, subjects, { earlier, later }, deadlines, notes] = await this.reads.run(
      (on) =>
        Promise.all([
          this.cases.handling(on, id, viewer.hidden),
          this.inbox.triage(id, on),
          this.inbox.subjects(id, on),
          this.inbox.repeats(id, viewer.hidden, on),
          this.inbox.deadlines(id, today, on),
          this.inbox.notes(id, on),
        ]),
      // A case the primary has (reports.get found it) but the replica not yet: from the primary.
      ([handling]) => handling === null,
    );
    if (!r) throw notFound('举报');
    // Who proposed the pending disposition (a staff member's id, stored in the case).
    const proposedBy = (r.dispositionPending as { proposedBy?: unknown } | null)?.proposedBy;
    // The run or notice its cadres stand in now (a person's confirmation counts; a namesake
    // candidate does not). Staff reads too, on the replica when it is fit (Reads).
    const [proposerName, appointments] = await this.reads.run((on) =>
      Promise.all([
        typeof proposedBy === 'string' ? this.staff.displayNameByIdText(proposedBy, on) : null,
        this.appointments.standing(
          {
            cadreIds: subjects.flatMap((s) =>
              s.role === 'SUBJECT' && s.cadreId && ['LINKED', 'CONFIRMED'].includes(s.status) ? [s.cadreId] : [],
            ),
            reportId: id,
          },
          on,
        ),
      ]),
    );
    const iso = (d: Date | null) => d?.toISOString() ?? null;
    const { subjects: reportedSubjects, ...rest } = base;
    return {
      ...rest,
      reportedSubjects,
      triage: t
        ? {
            categoryConfirmed: r.categoryConfirmed,
            categories: t.categories,
            suggestion: categorySuggestion(t.categories as CombinedScore[], this.settings.value.confidence),
            modelVersion: t.modelVersion,
            transferTarget: r.transferTarget,
            specific: r.specific,
            anchors: t.anchors,
            priority: r.priority,
            priorityLevel: r.priorityLevel,
            priorityReasons: t.priorityReasons,
          }
        : null,
      subjects: subjects.map((s) => ({ ...s, decidedAt: iso(s.decidedAt) })),
      repeats: {
        repeatOf: r.repeatOfNumber,
        earlier,
        later,
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
        assigneeId: r.assigneeId,
        disposition: r.disposition,
        dispositionDetail: r.dispositionDetail,
        pendingDisposition: r.dispositionPending,
        pendingProposerName: proposerName,
        finding: r.finding,
        outcomeForReporter: r.outcomeForReporter,
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
