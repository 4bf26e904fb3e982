import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runCommand, runQuery, type Queryable } from '../../infra/database/sql.js';
import * as q from './publicity.queries.js';

/** A publicity notice as read. */
export type NoticeRow = q.INoticeByIdResult;

/**
 * The vetting module's publicity tables (publicity_notice, publicity_candidate,
 * publicity_report_check, publicity_report_link), read and written here and nowhere else; the
 * queries are in `publicity.sql`, typed from the schema.
 */
@Injectable()
export class PublicityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A run's candidacies (in no particular order), with whether each is on a standing notice. */
  runCandidates(runId: string): Promise<q.IRunCandidatesForPublicityResult[]> {
    return runQuery(q.runCandidatesForPublicity, { runId }, this.dataSource);
  }

  async insertNotice(
    on: Queryable,
    notice: {
      runId: string;
      title: string;
      startsOn: string;
      endsOn: string;
      workingDays: number;
      contact: string;
      publishedBy: string | null;
    },
  ): Promise<{ id: string; reference: string }> {
    const [row] = await runQuery(q.insertNotice, notice, on);
    return row!;
  }

  async insertNoticeCandidates(on: Queryable, noticeId: string, candidateIds: string[]): Promise<void> {
    await runCommand(q.insertNoticeCandidates, { noticeId, candidateIds }, on);
  }

  noticeCandidates(noticeId: string, on: Queryable = this.dataSource): Promise<q.INoticeCandidatesResult[]> {
    return runQuery(q.noticeCandidates, { noticeId }, on);
  }

  async noticeById(id: string, on: Queryable = this.dataSource): Promise<NoticeRow | null> {
    const [row] = await runQuery(q.noticeById, { id }, on);
    return row ?? null;
  }

  async lockNotice(on: Queryable, id: string): Promise<NoticeRow | null> {
    const [row] = await runQuery(q.lockNotice, { id }, on);
    return row ?? null;
  }

  /** Takes the notice and its candidates down; returns its candidacies in their order on it. */
  async withdrawNotice(on: Queryable, input: { id: string; at: Date; by: string | null; reason: string }): Promise<string[]> {
    await runCommand(q.withdrawNotice, input, on);
    await runCommand(q.withdrawNoticeCandidates, { noticeId: input.id }, on);
    return (await runQuery(q.noticeCandidateIds, { noticeId: input.id }, on)).map((r) => r.candidate_id);
  }

  currentNotices(today: string): Promise<NoticeRow[]> {
    return runQuery(q.currentNotices, { today }, this.dataSource);
  }

  noticesOfRun(runId: string, on: Queryable = this.dataSource): Promise<NoticeRow[]> {
    return runQuery(q.noticesOfRun, { runId }, on);
  }

  async standingNoticeOf(candidateId: string, on: Queryable = this.dataSource): Promise<string | null> {
    const [row] = await runQuery(q.standingNoticeOfCandidate, { candidateId }, on);
    return row?.notice_id ?? null;
  }

  // --- tips received during publicity

  /** The periods of every notice (or of one), with when each was withdrawn. */
  noticePeriods(noticeId: string | null): Promise<q.INoticePeriodsResult[]> {
    return runQuery(q.noticePeriods, { noticeId }, this.dataSource);
  }

  /** Which of these tips were examined already. */
  async checkedAmong(ids: string[]): Promise<Set<string>> {
    const rows = ids.length ? await runQuery(q.checkedAmong, { ids }, this.dataSource) : [];
    return new Set(rows.map((r) => r.report_id));
  }

  /** The notices standing when a tip was received on `day` at `receivedAt`, each candidacy in its order on its notice. */
  noticesStandingAt(day: string, receivedAt: Date): Promise<q.INoticesStandingAtResult[]> {
    return runQuery(q.noticesStandingAt, { day, receivedAt }, this.dataSource);
  }

  /** Links a tip to a candidacy; false when it was linked already. */
  async insertReportLink(
    on: Queryable,
    link: { reportId: string; candidateId: string; noticeId: string; basis: string },
  ): Promise<boolean> {
    return (await runQuery(q.insertReportLink, link, on)).length > 0;
  }

  async markChecked(reportId: string): Promise<void> {
    await runCommand(q.markChecked, { reportId }, this.dataSource);
  }

  linksOf(candidateId: string): Promise<Array<{ report_id: string; basis: string }>> {
    return runQuery(q.linksOfCandidate, { candidateId }, this.dataSource);
  }
}
