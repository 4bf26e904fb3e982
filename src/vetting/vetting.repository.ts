import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runCommand, runQuery, type Queryable } from '../infra/database/sql.js';
import type { Reason, Verdict } from './vetting-rules.js';
import * as q from './vetting.queries.js';

export type StepActor = { kind: 'STAFF' | 'SYSTEM' | 'AGENCY'; id?: string | null };

/** One line of a run's record (全程记实): kept with the appointment file, never edited. On `on`, the change's transaction. */
export async function recordStep(
  on: Queryable,
  runId: string,
  candidateId: string | null,
  step: string,
  data: object,
  actor: StepActor,
): Promise<void> {
  await runCommand(
    q.insertStep,
    { runId, candidateId, step, actorKind: actor.kind, actorId: actor.id ?? null, data: JSON.stringify(data) },
    on,
  );
}

/** Several lines of runs' records in one statement, kept in the order given. */
export async function recordSteps(
  on: Queryable,
  steps: Array<{ runId: string; candidateId: string | null; step: string; data: object; actor: StepActor }>,
): Promise<void> {
  if (steps.length === 0) return;
  const lines = steps.map((s) => ({
    runId: s.runId,
    candidateId: s.candidateId,
    step: s.step,
    actorKind: s.actor.kind,
    actorId: s.actor.id ?? null,
    data: s.data,
  }));
  await runCommand(q.insertSteps, { lines: JSON.stringify(lines) }, on);
}

/** A candidacy as its evaluation starts from it. */
export interface CandidateForEvaluation {
  id: string;
  run_id: string;
  cadre_id: string;
  proposed_post: string;
  unit_id: string | null;
  level: string | null;
  promotion: boolean;
  verdict: Verdict;
  reasons: Reason[];
  evaluations: number;
  decision: string | null;
}

/** A candidacy as views show it, without the cadre's name (the cadres module's). */
export interface CandidateRow {
  id: string;
  cadre_id: string;
  proposed_post: string;
  verdict: Verdict;
  reasons: Reason[];
  evaluated_on: string | null;
  decision: string | null;
  decided_on: string | null;
  decision_note: string | null;
  suspended_until: string | null;
}

/**
 * The vetting module's runs, candidacies and their record of steps (vetting_run,
 * vetting_candidate, vetting_step) are read and written here; the queries are in
 * `vetting.sql`, typed from the schema. A method that is part of a change takes the
 * transaction's EntityManager as `on`.
 */
@Injectable()
export class VettingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertRun(
    on: Queryable,
    run: { title: string; startedOn: string; agencyCodes: string[]; createdBy: string | null },
  ): Promise<string> {
    const [row] = await runQuery(q.insertRun, run, on);
    return row!.id;
  }

  /** A run's candidacies in slate order; each row says which cadre it is for. */
  insertCandidates(
    on: Queryable,
    runId: string,
    slate: Array<{ cadreId: string; proposedPost: string; unitId: string | null; level: string | null; promotion: boolean }>,
  ): Promise<Array<{ id: string; cadre_id: string }>> {
    return runQuery(
      q.insertCandidates,
      {
        runId,
        cadreIds: slate.map((e) => e.cadreId),
        proposedPosts: slate.map((e) => e.proposedPost),
        unitIds: slate.map((e) => e.unitId) as string[],
        levels: slate.map((e) => e.level) as string[],
        promotions: slate.map((e) => e.promotion),
      },
      on,
    );
  }

  async candidatesForEvaluation(ids: string[], on: Queryable = this.dataSource): Promise<CandidateForEvaluation[]> {
    const rows = await runQuery(q.candidatesForEvaluation, { ids }, on);
    return rows.map((r) => ({ ...r, verdict: r.verdict as Verdict, reasons: r.reasons as unknown as Reason[] }));
  }

  /**
   * Saves evaluations and, in the order given, records the EVALUATED step of each that has
   * `step` (its data but the reasons, which the step repeats from the evaluation), in one
   * statement: the reasons, a run's largest text, go to the database once and are not read
   * back. Answers the saved candidacies as views show them, with the reasons given.
   */
  async saveEvaluations(
    on: Queryable,
    asOf: string,
    evaluated: Array<{ id: string; runId: string; verdict: Verdict; reasons: Reason[]; step?: object }>,
  ): Promise<CandidateRow[]> {
    if (evaluated.length === 0) return [];
    const rows = await runQuery(
      q.saveEvaluations,
      {
        asOf,
        evaluations: JSON.stringify(
          evaluated.map((e) => ({ id: e.id, runId: e.runId, verdict: e.verdict, reasons: e.reasons, ...(e.step ? { step: e.step } : {}) })),
        ),
      },
      on,
    );
    const reasons = new Map(evaluated.map((e) => [e.id.toLowerCase(), e.reasons]));
    return rows.map((r) => ({ ...r, verdict: r.verdict as Verdict, reasons: reasons.get(r.id)! }));
  }

  async openCandidaciesOfCadre(cadreId: string): Promise<string[]> {
    return (await runQuery(q.openCandidaciesOfCadre, { cadreId }, this.dataSource)).map((r) => r.id);
  }

  async candidateRows(ids: string[], on: Queryable = this.dataSource): Promise<CandidateRow[]> {
    const rows = await runQuery(q.candidateRows, { ids }, on);
    return rows.map((r) => ({ ...r, verdict: r.verdict as Verdict, reasons: r.reasons as unknown as Reason[] }));
  }

  async runOfCandidate(id: string): Promise<string | null> {
    const [row] = await runQuery(q.runOfCandidate, { id }, this.dataSource);
    return row?.run_id ?? null;
  }

  async historyOfCadre(
    cadreId: string,
    on: Queryable = this.dataSource,
  ): Promise<Array<Omit<q.IHistoryOfCadreResult, 'verdict'> & { verdict: Verdict }>> {
    const rows = await runQuery(q.historyOfCadre, { cadreId }, on);
    return rows.map((r) => ({ ...r, verdict: r.verdict as Verdict }));
  }

  /** Open candidacies of the newest runs, enough to fill `limit` (whole runs), newest run first. */
  async openCandidatesOfLatestRuns(
    limit: number,
  ): Promise<Array<{ id: string; cadre_id: string; proposed_post: string; verdict: Verdict; run_title: string; run_id: string }>> {
    const rows = await runQuery(q.openCandidatesOfLatestRuns, { limit }, this.dataSource);
    return rows.map((r) => ({ ...r, verdict: r.verdict as Verdict }));
  }

  listRuns(limit: number, on: Queryable = this.dataSource): Promise<q.IListRunsResult[]> {
    return runQuery(q.listRuns, { limit }, on);
  }

  async runById(id: string, on: Queryable = this.dataSource): Promise<q.IRunByIdResult | null> {
    const [row] = await runQuery(q.runById, { id }, on);
    return row ?? null;
  }

  candidatesOfRun(runId: string, on: Queryable = this.dataSource): Promise<Array<{ id: string; cadre_id: string }>> {
    return runQuery(q.candidatesOfRun, { runId }, on);
  }

  stepsOfRun(runId: string, on: Queryable = this.dataSource): Promise<q.IStepsOfRunResult[]> {
    return runQuery(q.stepsOfRun, { runId }, on);
  }

  async candidatePlacement(id: string): Promise<{ run_id: string; unit_id: string | null; level: string | null } | null> {
    const [row] = await runQuery(q.candidatePlacement, { id }, this.dataSource);
    return row ?? null;
  }

  async candidateForOutcome(id: string): Promise<q.ICandidateForOutcomeResult | null> {
    const [row] = await runQuery(q.candidateForOutcome, { id }, this.dataSource);
    return row ?? null;
  }

  /** Records the outcome of a candidacy still open; false when another decision came first. */
  async recordDecision(
    on: Queryable,
    input: {
      id: string;
      decision: string;
      decidedOn: string;
      note: string | null;
      suspendedUntil: string | null;
      decidedBy: string | null;
    },
  ): Promise<boolean> {
    return (await runQuery(q.recordDecision, input, on)).length > 0;
  }

  // --- what meetings read

  async cadreOfCandidate(on: Queryable, id: string): Promise<string | null> {
    const [row] = await runQuery(q.cadreOfCandidate, { id }, on);
    return row?.cadre_id ?? null;
  }

  /** Candidacies' cadres and decisions, by id (unknown ids are left out). */
  decisionsOf(on: Queryable, ids: string[]): Promise<Array<{ id: string; cadre_id: string; decision: string | null }>> {
    return ids.length ? runQuery(q.decisionsOf, { ids }, on) : Promise.resolve([]);
  }

  /** Undecided candidacies that did not pass, oldest run first; `run_key` tells the runs apart in that order. */
  async undecidedNotPassed(
    on: Queryable,
  ): Promise<
    Array<{ id: string; cadre_id: string; title: string; proposed_post: string; verdict: Verdict; reasons: Reason[]; run_key: string }>
  > {
    const rows = await runQuery(q.undecidedNotPassed, undefined, on);
    return rows.map((r) => ({ ...r, verdict: r.verdict as Verdict, reasons: r.reasons as unknown as Reason[] }));
  }

  /** Candidates of the runs started in the civil dates `from`..`to` (inclusive), by verdict, by blocking reason of those held back, and by decision. */
  async periodCounts(
    period: { from: string; to: string },
    on: Queryable = this.dataSource,
  ): Promise<{
    byVerdict: Array<{ key: string | null; count: number }>;
    heldBackByReason: Array<{ key: string | null; count: number }>;
    byDecision: Array<{ key: string | null; count: number }>;
  }> {
    const params = { from: period.from, to: period.to };
    const [byVerdict, heldBackByReason, byDecision] = await Promise.all([
      runQuery(q.verdictCounts, params, on),
      runQuery(q.heldBackReasonCounts, params, on),
      runQuery(q.decisionCounts, params, on),
    ]);
    return { byVerdict, heldBackByReason, byDecision };
  }
}
