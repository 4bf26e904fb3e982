import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runCommand, runQuery, type Queryable } from '../infra/database/sql.js';
import type { ReportedPerson } from '../reports/entities/report.entity.js';
import * as q from './triage.queries.js';

/** A tip as the pipeline reads it before analysing it. */
export interface TipToTriage {
  id: string;
  body: string;
  subjects: ReportedPerson[];
  categoryClaimed: string | null;
  realName: boolean;
  receivedAt: Date;
  triagedAt: Date | null;
  /** To tell, under the row lock, that the tip was not changed since it was read (a transcript). */
  version: string;
  /** The newest category model version (null when none was trained). */
  modelVersion: number | null;
}

/** An earlier or later tip that may be a repeat, with what the database compared of it. */
export interface RepeatCandidateRow {
  id: string;
  number: string;
  receivedAt: Date;
  category: string | null;
  /** The candidate's category scores and text: only when it shares a subject (null otherwise). */
  categoryScores: Record<string, number> | null;
  body: string | null;
  repeatOf: string | null;
  sharedCadres: number;
  earlier: boolean;
  sameMinhash: number;
  candidateTokens: number;
  sharedTokens: number;
}

/** Everything triage writes of its own tables for one tip (one tip of SaveTriageBatch in triage.sql). */
export interface TriageRecord {
  reportId: string;
  /** Repeat pairs: `later` repeats `earlier`. */
  pairs: Array<{ later: string; earlier: string; score: number; reasons: string[] }>;
  bands: number[];
  /** Every cadre the tip may be about. */
  cadreIds: string[];
  tokens: string[];
  contentTokens: string[];
  minhash: number[];
  categories: unknown;
  modelVersion: number | null;
  anchors: unknown;
  priorityReasons: unknown;
  subjects: Array<{
    role: string;
    role_reason: string | null;
    status: string;
    cadre_id: string | null;
    mentions: string[];
    candidates: unknown;
    position: number;
  }>;
  deadlines: Array<{ kind: string; dueOn: string; remindOn: string }>;
}

/**
 * The triage pipeline's tables (report_triage, report_subject, report_subject_cadre,
 * report_minhash_band, report_repeat, report_deadline, and the model version of
 * category_model), for the triage job: the queries are in `triage.sql`, typed from the
 * schema. The case columns it compares come from the reports module's published view
 * (report_case_view), so each step stays one statement on the hot path.
 */
@Injectable()
export class TriageRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Tips by id (absent ids are left out), each with the newest model version, in one statement. */
  async tipsToTriage(ids: readonly string[]): Promise<TipToTriage[]> {
    const rows = await runQuery(q.tipsToTriage, { ids: [...ids] }, this.dataSource);
    return rows.map((r) => ({
      id: r.id,
      body: r.body,
      subjects: r.subjects as unknown as ReportedPerson[],
      categoryClaimed: r.category_claimed,
      realName: r.real_name,
      receivedAt: r.received_at,
      triagedAt: r.triaged_at,
      version: r.version,
      modelVersion: r.model_version,
    }));
  }

  /**
   * Candidates for repeats of many tips in one statement (see RepeatCandidatesBatch in
   * triage.sql): one list per tip, in the order given, each oldest first; on `on`, under
   * triage's locks.
   */
  async repeatCandidatesBatch(
    on: Queryable,
    tips: ReadonlyArray<{ reportId: string; cadreIds: string[]; bands: number[]; minhash: number[]; distinctTokens: string[] }>,
    search: { lookbackDays: number; minSameMinhash: number },
  ): Promise<RepeatCandidateRow[][]> {
    const lists: RepeatCandidateRow[][] = tips.map(() => []);
    if (tips.length === 0) return lists;
    const rows = await runQuery(
      q.repeatCandidatesBatch,
      {
        tips: JSON.stringify(
          tips.map((t, n) => ({
            n,
            report_id: t.reportId,
            cadre_ids: t.cadreIds,
            bands: t.bands,
            minhash: t.minhash,
            tokens: t.distinctTokens,
          })),
        ),
        lookbackDays: search.lookbackDays,
        minSameMinhash: search.minSameMinhash,
      },
      on,
    );
    for (const r of rows) {
      lists[r.n]!.push({
        id: r.id,
        number: r.number,
        receivedAt: r.received_at,
        category: r.category,
        categoryScores: r.category_scores as Record<string, number> | null,
        body: r.body,
        repeatOf: r.repeat_of,
        sharedCadres: r.shared_cadres,
        earlier: r.earlier,
        sameMinhash: r.same_minhash,
        candidateTokens: r.candidate_tokens ?? 0,
        sharedTokens: r.shared_tokens ?? 0,
      });
    }
    return lists;
  }

  /** Writes what triage found of many tips in one statement on `on` (SaveTriageBatch); answers the deadlines set now. */
  async saveBatch(on: Queryable, records: readonly TriageRecord[]): Promise<Array<{ id: string; dueOn: string; remindOn: string }>> {
    if (records.length === 0) return [];
    const pairs = records.flatMap((t) => t.pairs);
    const rows = await runQuery(
      q.saveTriageBatch,
      {
        tips: JSON.stringify(
          records.map((t) => ({
            report_id: t.reportId,
            bands: t.bands,
            cadre_ids: t.cadreIds,
            tokens: t.tokens,
            content_tokens: t.contentTokens,
            minhash: t.minhash,
            categories: t.categories,
            model_version: t.modelVersion,
            anchors: t.anchors,
            priority_reasons: t.priorityReasons,
            subjects: t.subjects,
            deadlines: t.deadlines.map((d) => ({ kind: d.kind, due_on: d.dueOn, remind_on: d.remindOn })),
          })),
        ),
        pairLater: pairs.map((p) => p.later),
        pairEarlier: pairs.map((p) => p.earlier),
        pairScores: pairs.map((p) => p.score),
        pairReasons: pairs.map((p) => JSON.stringify(p.reasons)),
      },
      on,
    );
    return rows.map((r) => ({ id: r.id, dueOn: r.due_on, remindOn: r.remind_on }));
  }

  /** The reasons of the cases' priorities, by case (a case not triaged has none: absent or null). */
  async priorityReasons(on: Queryable, reportIds: readonly string[]): Promise<Map<string, string[] | null>> {
    if (reportIds.length === 0) return new Map();
    const rows = await runQuery(q.priorityReasons, { reportIds: [...reportIds] }, on);
    return new Map(rows.map((row) => [row.report_id, row.priority_reasons as string[] | null]));
  }

  /** Each case's new priority reasons, in one statement. */
  async setPriorityReasons(on: Queryable, changes: ReadonlyArray<{ reportId: string; reasons: readonly string[] }>): Promise<void> {
    if (changes.length === 0) return;
    const rows = changes.map((c) => ({ report_id: c.reportId, reasons: c.reasons }));
    await runCommand(q.setPriorityReasons, { rows: JSON.stringify(rows) }, on);
  }

  /** Records that a person merged the case into an earlier one (a repeat with full score); once. */
  async recordMergedRepeat(on: Queryable, reportId: string, earlierId: string): Promise<void> {
    await runCommand(q.recordMergedRepeat, { reportId, earlierId }, on);
  }

  /** What triage concluded for every tip, by tip id: its tokens, category scores and subjects (for the eval command). */
  async allResults(on: Queryable): Promise<Map<string, { tokens: string[]; categories: unknown; subjects: unknown[] }>> {
    const rows = await runQuery(q.allResults, undefined, on);
    return new Map(rows.map((r) => [r.report_id, { tokens: r.tokens, categories: r.categories, subjects: r.subjects as unknown[] }]));
  }
}
