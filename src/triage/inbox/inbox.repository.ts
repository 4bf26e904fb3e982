import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runQuery, type Queryable } from '../../infra/database/sql.js';
import * as q from './inbox.queries.js';

/** The inbox filters; each applies when given. */
export interface InboxFilter {
  status: string | null;
  category: string | null;
  channel: string | null;
  priority: string | null;
  /** Only cases nobody handles. */
  unassigned: boolean;
  /** Only cases this staff member handles. */
  assignee: string | null;
  /** A number or its tail, or a reported person's name. */
  q: string | null;
  /** Only overdue cases (true), only cases not overdue (false). */
  overdue: boolean | null;
  /** The civil date the overdue filter and flag are reckoned on. */
  today: string;
  /** Tips hidden from the viewer (回避): left out of the page and of the total. */
  hidden: readonly string[];
}

export type InboxRow = q.IInboxPageByPriorityResult;

/** What triage found of a case, as its case view shows it. */
export interface CaseTriageRecord {
  categories: unknown[];
  modelVersion: number | null;
  anchors: unknown[];
  priorityReasons: string[];
}

/** A subject of a case (a person the tip talks about). */
export interface CaseSubject {
  id: string;
  role: string;
  roleReason: string | null;
  status: string;
  cadreId: string | null;
  mentions: string[];
  candidates: unknown[];
  decidedAt: Date | null;
}

/** A repeat of a case, either way. */
export interface CaseRepeat {
  reportId: string;
  number: string;
  score: number;
  reasons: string[];
}

/**
 * The triage inbox and case view: triage's tables (report_triage, report_subject,
 * report_subject_cadre, report_repeat, report_deadline, report_note) with the case columns of
 * the reports module's published view (report_case_view) and a cadre's name from the cadres
 * module's (cadre_name_view), so a page stays one statement; the queries are in `inbox.sql`,
 * typed from the schema.
 */
@Injectable()
export class InboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A page of the inbox in one of its two orders, and the matches counted up to `countLimit`, in parallel. */
  async page(
    filter: InboxFilter,
    page: { sort: 'priority' | 'due'; limit: number; offset: number; countLimit: number },
    on: Queryable = this.dataSource,
  ): Promise<{ rows: InboxRow[]; counted: number }> {
    const params = { ...filter, hidden: filter.hidden.length ? [...filter.hidden] : null };
    const [rows, [counted]] = await Promise.all([
      runQuery(page.sort === 'due' ? q.inboxPageByDue : q.inboxPageByPriority, { ...params, limit: page.limit, offset: page.offset }, on),
      runQuery(q.inboxCount, { ...params, countLimit: page.countLimit }, on),
    ]);
    return { rows, counted: counted?.n ?? 0 };
  }

  async triage(reportId: string, on: Queryable = this.dataSource): Promise<CaseTriageRecord | null> {
    const [row] = await runQuery(q.caseTriage, { reportId }, on);
    return row
      ? {
          categories: row.categories as unknown[],
          modelVersion: row.model_version,
          anchors: row.anchors as unknown[],
          priorityReasons: row.priority_reasons as string[],
        }
      : null;
  }

  async subjects(reportId: string, on: Queryable = this.dataSource): Promise<CaseSubject[]> {
    const rows = await runQuery(q.caseSubjects, { reportId }, on);
    return rows.map((s) => ({
      id: s.id,
      role: s.role,
      roleReason: s.role_reason,
      status: s.status,
      cadreId: s.cadre_id,
      mentions: s.mentions,
      candidates: s.candidates as unknown[],
      decidedAt: s.decided_at,
    }));
  }

  /** The tips a case repeats (earlier) and those repeating it (later), oldest first, without those hidden from the viewer. */
  async repeats(
    reportId: string,
    hidden: readonly string[],
    on: Queryable = this.dataSource,
  ): Promise<{ earlier: CaseRepeat[]; later: CaseRepeat[] }> {
    const params = { reportId, hidden: hidden.length ? [...hidden] : null };
    const [earlier, later] = await Promise.all([runQuery(q.earlierRepeats, params, on), runQuery(q.laterRepeats, params, on)]);
    const repeat = (x: { report_id: string; number: string; score: number; reasons: unknown }): CaseRepeat => ({
      reportId: x.report_id,
      number: x.number,
      score: x.score,
      reasons: x.reasons as string[],
    });
    return { earlier: earlier.map(repeat), later: later.map(repeat) };
  }

  deadlines(reportId: string, today: string, on: Queryable = this.dataSource): Promise<q.ICaseDeadlinesResult[]> {
    return runQuery(q.caseDeadlines, { reportId, today }, on);
  }

  notes(reportId: string, on: Queryable = this.dataSource): Promise<q.ICaseNotesResult[]> {
    return runQuery(q.caseNotes, { reportId }, on);
  }
}
