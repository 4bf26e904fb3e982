import { quotaKey } from '../cadres/post-titles.js';
import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import type { CandidateView, RunView } from './dto/vetting.dto.js';
import type { CadreFacts } from '../cadres/dto/cadre-facts.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/conflict/viewer.js';
import { CadresService } from '../cadres/cadres.service.js';
import { UnitsService } from '../cadres/units.service.js';
import { Clock } from '../infra/clock/clock.js';
import { Reads } from '../infra/database/reads.js';
import type { Queryable } from '../infra/database/sql.js';
import { DomainException, notFound } from '../infra/http/domain-exception.js';
import { OutboxService } from '../infra/queue/outbox.service.js';
import { VerificationService } from '../verification/verification.service.js';
import { evaluate, type Verdict } from './vetting-rules.js';
import { recordStep, recordSteps, VettingRepository, type CandidateRow, type StepActor } from './vetting.repository.js';
import { CadresRepository } from '../cadres/cadres.repository.js';
import { orderedByCadreName } from './order-by-name.js';
import { isUuid } from '../infra/http/id-param.js';
import { PriorReportFacts } from './prior-report/prior-report-facts.service.js';

export interface SlateEntry {
  cadreId: string;
  proposedPost: string;
  /** The unit and level of the proposed post, for the quota check. */
  unitId?: string | null;
  level?: string | null;
  promotion?: boolean;
}

export type { CandidateView };

/** JSON with every object's keys sorted, so equal values read equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** An unknown id's 404 (a candidacy the replica has not replayed yet looks the same). */
const isNotFound = (error: unknown) => error instanceof HttpException && error.getStatus() === (HttpStatus.NOT_FOUND as number);

/**
 * Vetting runs (任前审查). Starting a run asks every chosen member agency for its opinion
 * on each candidate and evaluates the rules; later facts (answers, findings, new linked
 * tips) re-evaluate through queued jobs. Every step is recorded (全程记实).
 */
@Injectable()
export class VettingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cadres: CadresService,
    private readonly units: UnitsService,
    private readonly verification: VerificationService,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly repository: VettingRepository,
    private readonly reads: Reads,
    private readonly cadreRecords: CadresRepository,
    private readonly priorReports: PriorReportFacts,
  ) {}

  private step(m: EntityManager, runId: string, candidateId: string | null, step: string, data: object, actor: StepActor) {
    return recordStep(m, runId, candidateId, step, data, actor);
  }

  async startRun(input: {
    title: string;
    slate: SlateEntry[];
    agencyCodes?: string[];
    actorId?: string | null;
  }): Promise<{ runId: string; candidates: CandidateView[] }> {
    if (input.slate.length === 0) throw new DomainException(HttpStatus.BAD_REQUEST, 'EMPTY_SLATE', '请至少提名一名拟任人选');
    const agencyCodes = input.agencyCodes?.length ? [...new Set(input.agencyCodes)] : this.verification.agencies.map((a) => a.code);
    // The discipline body's integrity opinion must always be heard (纪检监察机关意见必听).
    for (const a of this.verification.agencies) if (a.integrityOpinion && !agencyCodes.includes(a.code)) agencyCodes.push(a.code);
    for (const code of agencyCodes) {
      if (!this.verification.agency(code)) throw new DomainException(HttpStatus.BAD_REQUEST, 'UNKNOWN_AGENCY', `未配置的成员单位：${code}`);
    }
    // Every cadre in one query; an unknown one is a 404, a repeated one a 400 (as before, in slate order).
    const cadres = new Map((await this.cadres.getByIds(input.slate.map((e) => e.cadreId))).map((c) => [c.id, c]));
    const seen = new Set<string>();
    for (const entry of input.slate) {
      const cadre = cadres.get(entry.cadreId.toLowerCase()) ?? cadres.get(entry.cadreId);
      if (!cadre) throw notFound('干部');
      if (seen.has(cadre.id))
        throw new DomainException(HttpStatus.BAD_REQUEST, 'DUPLICATE_CANDIDATE', `${cadre.name}（${cadre.personNo}）在名单中重复`);
      seen.add(cadre.id);
    }
    const today = this.clock.today();
    const actor = { kind: 'STAFF' as const, id: input.actorId ?? null };
    // What the evaluation reads of the cadres and of their proposed posts' quotas does not
    // depend on the run: it is read while the run is written (as of the run's start either way).
    const cadreFacts = this.cadreFacts(
      input.slate.map((e) => ({ cadreId: e.cadreId.toLowerCase(), unitId: e.unitId?.toLowerCase() ?? null, level: e.level ?? null })),
    );
    // Awaited by the evaluation; a run that fails to be written must not leave it unhandled.
    cadreFacts.catch(() => undefined);
    // A handful of statements whatever the slate's size: the run, its candidates, every
    // agency's opinion request and the record of each step, in slate order; then the first
    // evaluation, in the same transaction, so the jobs the run leaves (the agencies' requests,
    // the raises) reach the worker once the verdicts are saved, not while they are worked out.
    const { runId, candidates, raises } = await this.dataSource.transaction(async (m) => {
      const runId = await this.repository.insertRun(m, {
        title: input.title,
        startedOn: today,
        agencyCodes,
        createdBy: input.actorId ?? null,
      });
      await this.step(m, runId, null, 'RUN_STARTED', { title: input.title, agencyCodes, candidates: input.slate.length }, actor);
      // One candidacy per cadre and run (UNIQUE (run_id, cadre_id)): the cadre tells the rows apart.
      const inserted = await this.repository.insertCandidates(
        m,
        runId,
        input.slate.map((e) => ({
          cadreId: e.cadreId,
          proposedPost: e.proposedPost,
          unitId: e.unitId ?? null,
          level: e.level ?? null,
          promotion: e.promotion ?? true,
        })),
      );
      const byCadre = new Map(inserted.map((c) => [c.cadre_id, c.id]));
      const candidateIds = input.slate.map((e) => byCadre.get(e.cadreId.toLowerCase())!);
      const requests = await this.verification.requestOpinionsMany(m, {
        subjectKind: 'VETTING_CANDIDATE',
        subjects: input.slate.map((entry, i) => ({
          subjectId: candidateIds[i]!,
          cadreId: entry.cadreId,
          question: `拟任${entry.proposedPost}，请提供该同志的有关情况意见`,
        })),
        agencyCodes,
        sentOn: today,
        actorId: input.actorId ?? null,
      });
      await recordSteps(
        m,
        input.slate.flatMap((entry, i) => [
          {
            runId,
            candidateId: candidateIds[i]!,
            step: 'CANDIDATE_PROPOSED',
            data: { cadreId: entry.cadreId, proposedPost: entry.proposedPost, unitId: entry.unitId ?? null, level: entry.level ?? null },
            actor,
          },
          {
            runId,
            candidateId: candidateIds[i]!,
            step: 'OPINIONS_REQUESTED',
            data: { requests: requests.get(candidateIds[i]!) ?? [] },
            actor,
          },
        ]),
      );
      // Tips about the candidates triaged before today become urgent (triage raises them).
      const raises = await this.outbox.write(m, [
        { queue: 'triage', name: 'appointment-raise', data: { raises: inserted.map((c) => ({ cadreId: c.cadre_id, changeId: c.id })) } },
      ]);
      const candidates = await this.evaluate(candidateIds, { trigger: 'RUN_STARTED' }, { cadreFacts, on: m });
      return { runId, candidates, raises };
    });
    await this.outbox.dispatch(raises);
    return { runId, candidates };
  }

  /** Re-evaluates one candidacy against current facts; records a step when the verdict or its reasons change. */
  async evaluateCandidate(candidateId: string, cause: { trigger: string; detail?: object }): Promise<CandidateView> {
    return (await this.evaluateCandidates([candidateId], cause))[0]!;
  }

  /**
   * Re-evaluates candidacies against current facts, all facts loaded in a few queries
   * whatever their number; records a step for each whose verdict or reasons change.
   * The views come back in the order of the ids; an unknown id is a 404.
   */
  evaluateCandidates(candidateIds: string[], cause: { trigger: string; detail?: object }): Promise<CandidateView[]> {
    return this.evaluate(candidateIds, cause);
  }

  /** The cadres' vetting facts, and the quotas of the posts (unit and level) they are proposed to. */
  private async cadreFacts(
    candidacies: Array<{ cadreId: string; unitId: string | null; level: string | null }>,
  ): Promise<[Map<string, CadreFacts>, Map<string, { approved: number; occupied: number }>]> {
    return Promise.all([
      this.cadres.vettingFactsMany(candidacies.map((c) => c.cadreId)),
      this.units.quotasAt(candidacies.flatMap((c) => (c.unitId && c.level ? [{ unitId: c.unitId, level: c.level }] : []))),
    ]);
  }

  /**
   * evaluateCandidates. `on`: the transaction that wrote the candidacies and their requests (they
   * are read and saved in it); `cadreFacts`, when the caller started reading them already, holds
   * the facts and quotas of the cadres and posts of every open candidacy among the ids.
   */
  private async evaluate(
    candidateIds: string[],
    cause: { trigger: string; detail?: object },
    { cadreFacts, on = this.dataSource }: { cadreFacts?: ReturnType<VettingService['cadreFacts']>; on?: Queryable } = {},
  ): Promise<CandidateView[]> {
    const valid = candidateIds.filter((id) => isUuid(id));
    const rows = valid.length ? await this.repository.candidatesForEvaluation(valid, on) : [];
    if (new Set(rows.map((r) => r.id)).size < new Set(candidateIds.map((id) => id.toLowerCase())).size) throw notFound('审查对象');
    // A suspended candidacy (暂缓任用) is still open: its verdict keeps following the facts.
    const open = rows.filter((c) => c.decision === null || c.decision === 'SUSPEND');
    let saved: CandidateRow[] = [];
    if (open.length > 0) {
      const asOf = this.clock.today();
      const [[facts, quotas], requests, priorReports] = await Promise.all([
        cadreFacts ?? this.cadreFacts(open.map((c) => ({ cadreId: c.cadre_id, unitId: c.unit_id, level: c.level }))),
        this.verification.requestsForMany(
          'VETTING_CANDIDATE',
          open.map((c) => c.id),
          on,
        ),
        this.priorReports.factsOf(
          open.map((c) => ({ id: c.id, proposedPost: c.proposed_post, unitId: c.unit_id })),
          on,
        ),
      ]);
      const evaluated = open.map((c) => {
        const cadre = facts.get(c.cadre_id);
        if (!cadre) throw notFound('干部');
        const quota = c.unit_id && c.level ? quotas.get(`${c.unit_id}|${c.level}`) : undefined;
        const result = evaluate({
          asOf,
          promotion: c.promotion,
          cadre,
          opinions: (requests.get(c.id) ?? []).map((r) => ({
            requestId: r.id,
            agencyCode: r.agencyCode,
            agencyName: r.agencyName,
            dueOn: r.dueOn,
            reply: r.reply,
          })),
          quota:
            quota && c.unit_id && c.level
              ? {
                  unitId: c.unit_id,
                  level: c.level,
                  ...quota,
                  alreadyCounted: cadre.unitId === c.unit_id && cadre.quotaKeys.includes(quotaKey(c.level)),
                }
              : null,
          priorReport: priorReports.get(c.id) ?? null,
        });
        // Compared with keys in one order: jsonb gives them back in its own.
        const changed = c.evaluations === 0 || c.verdict !== result.verdict || canonicalJson(c.reasons) !== canonicalJson(result.reasons);
        return { c, result, changed };
      });
      // The evaluations and the EVALUATED step of each that changed, in one statement. The
      // step's data is {asOf, trigger, …detail, previous, verdict, reasons}; its reasons are
      // added by the statement from the evaluation's, which the step repeats.
      saved = await this.repository.saveEvaluations(
        on,
        asOf,
        evaluated.map(({ c, result, changed }) => ({
          id: c.id,
          runId: c.run_id,
          verdict: result.verdict,
          reasons: result.reasons,
          step: changed
            ? { asOf, trigger: cause.trigger, ...cause.detail, previous: c.evaluations ? c.verdict : null, verdict: result.verdict }
            : undefined,
        })),
      );
    }
    // The cadres are known: their names are read beside the candidacies, not after. The
    // candidacies just saved are not read again; the others on `on`, as they were read above.
    return this.candidates(
      candidateIds,
      rows.map((r) => r.cadre_id),
      on,
      saved,
    );
  }

  /** Every undecided candidacy of a cadre, re-evaluated (a new fact on the cadre's record). */
  async reevaluateCadre(cadreId: string, cause: { trigger: string; detail?: object }): Promise<CandidateView[]> {
    const ids = isUuid(cadreId) ? await this.repository.openCandidaciesOfCadre(cadreId) : [];
    return ids.length ? this.evaluateCandidates(ids, cause) : [];
  }

  /** One candidacy as this viewer may read it (回避: reasons citing a tip hidden from them are left out). */
  async candidate(id: string, viewer: Viewer): Promise<CandidateView> {
    // A staff read, on the replica when it is fit (Reads); one not replayed there yet, on the primary.
    const [found] = await this.reads.run(
      (on) =>
        this.candidates([id], undefined, on).catch((error: unknown) => {
          if (isNotFound(error)) return [];
          throw error;
        }),
      (rows) => rows.length === 0,
    );
    if (!found) throw notFound('审查对象');
    return this.forViewer(found, viewer);
  }

  /** 回避: the reasons that cite a tip hidden from the viewer (an open tip, a tip during publicity) are left out. */
  forViewer(candidate: CandidateView, viewer: Viewer): CandidateView {
    return viewer.hidden.length ? { ...candidate, reasons: viewer.withoutHidden(candidate.reasons) } : candidate;
  }

  /**
   * Candidate views in the order of the ids; an unknown id is a 404. The candidacies and their
   * cadres' names are read in one round trip when the caller knows the cadres (`cadreIds`);
   * the candidacies in `known` (rows the caller has just written) are not read.
   */
  async candidates(ids: string[], cadreIds?: string[], on?: Queryable, known: CandidateRow[] = []): Promise<CandidateView[]> {
    const had = new Set(known.map((r) => r.id));
    const valid = ids.filter((id) => isUuid(id) && !had.has(id.toLowerCase()));
    const read = (): Promise<CandidateRow[]> => (valid.length ? this.repository.candidateRows(valid, on) : Promise.resolve([]));
    const peopleOf = (list: CandidateRow[]) => {
      const cadresOf = [...new Set(list.map((r) => r.cadre_id))];
      return cadresOf.length ? this.cadres.getByIds(cadresOf, on) : Promise.resolve([]);
    };
    const [rows, people] = cadreIds?.length
      ? await Promise.all([read(), this.cadres.getByIds([...new Set(cadreIds)], on)])
      : await read().then(async (found) => [found, await peopleOf([...known, ...found])] as const);
    const cadreOf = new Map(people.map((c) => [c.id, c]));
    const byId = new Map([...known, ...rows].map((r) => [r.id, r]));
    return ids.map((id) => {
      const row = byId.get(id.toLowerCase()) ?? byId.get(id);
      const cadre = row && cadreOf.get(row.cadre_id);
      if (!row || !cadre) throw notFound('审查对象');
      return {
        id: row.id,
        cadreId: row.cadre_id,
        personNo: cadre.personNo,
        name: cadre.name,
        proposedPost: row.proposed_post,
        verdict: row.verdict,
        reasons: row.reasons,
        evaluatedOn: row.evaluated_on,
        decision: row.decision,
        decidedOn: row.decided_on,
        decisionNote: row.decision_note,
        suspendedUntil: row.suspended_until,
      };
    });
  }

  /** The run with its candidates and its full record of steps. */
  /** The latest runs, newest first, with how many candidates each verdict holds. */
  /** The run a candidate belongs to (404 for an unknown candidate). */
  async runOf(candidateId: string): Promise<string> {
    const runId = isUuid(candidateId) ? await this.repository.runOfCandidate(candidateId) : null;
    if (!runId) throw notFound('审查对象');
    return runId;
  }

  /** Every run the cadre was a candidate in, newest first: verdict and decision (the reasons stay on the run page). */
  async historyOfCadre(cadreId: string): Promise<
    Array<{
      candidateId: string;
      runId: string;
      runTitle: string;
      startedOn: string;
      proposedPost: string;
      verdict: Verdict;
      decision: string | null;
      decidedOn: string | null;
    }>
  > {
    if (!isUuid(cadreId)) return [];
    // The cadre page's vetting history: a staff read, on the replica when it is fit.
    const rows = await this.reads.run((on) => this.repository.historyOfCadre(cadreId, on));
    return rows.map((r) => ({
      candidateId: r.id,
      runId: r.run_id,
      runTitle: r.title,
      startedOn: r.started_on,
      proposedPost: r.proposed_post,
      verdict: r.verdict,
      decision: r.decision,
      decidedOn: r.decided_on,
    }));
  }

  /** Candidates without a final appointment decision, newest runs first: what a meeting may take up. */
  async openCandidates(
    limit = 200,
  ): Promise<Array<{ id: string; name: string; proposedPost: string; verdict: Verdict; runTitle: string }>> {
    // Whole runs, newest first; within a run by the cadre's name, as Postgres orders names; cut at `limit`.
    const open = await this.repository.openCandidatesOfLatestRuns(limit);
    const rows = await orderedByCadreName(
      this.cadreRecords,
      open,
      (c) => c.run_id,
      (c) => c.cadre_id,
      limit,
    );
    return rows.map((r) => ({ id: r.id, name: r.name, proposedPost: r.proposed_post, verdict: r.verdict, runTitle: r.run_title }));
  }

  async listRuns(
    limit = 50,
  ): Promise<Array<{ id: string; title: string; startedOn: string; candidates: number; pass: number; block: number; pending: number }>> {
    // The vetting page's runs: a staff read, on the replica when it is fit (Reads).
    const rows = await this.reads.run((on) => this.repository.listRuns(limit, on));
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      startedOn: r.started_on,
      candidates: r.candidates,
      pass: r.pass,
      block: r.block,
      pending: r.pending,
    }));
  }

  /**
   * On a staff GET, read on the replica when it is fit (Reads); a run started a moment ago and
   * not replayed there yet, on the primary.
   */
  async getRun(runId: string, viewer: Viewer): Promise<RunView> {
    if (!isUuid(runId)) throw notFound('审查批次');
    const found = await this.reads.run(
      async (on) => {
        const run = await this.repository.runById(runId, on);
        if (!run) return null;
        const [members, steps] = await Promise.all([this.repository.candidatesOfRun(runId, on), this.repository.stepsOfRun(runId, on)]);
        const candidates = await this.candidates(
          members.map((c) => c.id),
          members.map((c) => c.cadre_id),
          on,
        );
        return { run, steps, candidates };
      },
      (result) => result === null,
    );
    if (!found) throw notFound('审查批次');
    const { run, steps } = found;
    return {
      id: run.id,
      title: run.title,
      startedOn: run.started_on,
      agencyCodes: run.agency_codes,
      candidates: found.candidates.map((c) => this.forViewer(c, viewer)),
      // 回避: a step whose record names a hidden tip (its id or number) is left out.
      steps: viewer
        .withoutHidden(steps)
        .map((s) => ({ step: s.step, candidateId: s.candidate_id, actorKind: s.actor_kind, data: s.data, at: s.created_at.toISOString() })),
    };
  }
}
