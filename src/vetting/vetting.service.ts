import { quotaKey } from '../cadres/post-titles.js';
import { HttpStatus, Injectable } from '@nestjs/common';
import type { CandidateView, RunView } from './dto/vetting.dto.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/conflict/viewer.js';
import { CadresService } from '../cadres/cadres.service.js';
import { UnitsService } from '../cadres/units.service.js';
import { Clock } from '../infra/clock/clock.js';
import { DomainException, notFound } from '../infra/http/domain-exception.js';
import { OutboxService } from '../infra/queue/outbox.service.js';
import { VerificationService } from '../verification/verification.service.js';
import { evaluate, type Reason, type Verdict } from './vetting-rules.js';
import { recordStep, recordSteps, type StepActor } from './vetting-steps.js';
import { isUuid } from '../infra/http/id-param.js';

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
  ) {}

  private step(m: EntityManager | DataSource, runId: string, candidateId: string | null, step: string, data: object, actor: StepActor) {
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
    // A handful of statements whatever the slate's size: the run, its candidates, every
    // agency's opinion request and the record of each step, in slate order.
    const { runId, candidateIds, raises } = await this.dataSource.transaction(async (m) => {
      const [run]: Array<{ id: string }> = await m.query(
        `INSERT INTO vetting_run (title, started_on, agency_codes, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
        [input.title, today, agencyCodes, input.actorId ?? null],
      );
      const runId = run!.id;
      await this.step(m, runId, null, 'RUN_STARTED', { title: input.title, agencyCodes, candidates: input.slate.length }, actor);
      // One candidacy per cadre and run (UNIQUE (run_id, cadre_id)): the cadre tells the rows apart.
      const inserted: Array<{ id: string; cadre_id: string }> = await m.query(
        `INSERT INTO vetting_candidate (run_id, cadre_id, proposed_post, unit_id, level, promotion)
         SELECT $1, cadre_id, proposed_post, unit_id, level, promotion
           FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::boolean[]) WITH ORDINALITY AS s(cadre_id, proposed_post, unit_id, level, promotion, n)
          ORDER BY n
         RETURNING id, cadre_id`,
        [
          runId,
          input.slate.map((e) => e.cadreId),
          input.slate.map((e) => e.proposedPost),
          input.slate.map((e) => e.unitId ?? null),
          input.slate.map((e) => e.level ?? null),
          input.slate.map((e) => e.promotion ?? true),
        ],
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
      const raises = await this.outbox.write(
        m,
        inserted.map((c) => ({ queue: 'triage', name: 'appointment-raise', data: { cadreId: c.cadre_id, changeId: c.id } })),
      );
      return { runId, candidateIds, raises };
    });
    await this.outbox.dispatch(raises);
    const candidates = await this.evaluateCandidates(candidateIds, { trigger: 'RUN_STARTED' });
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
  async evaluateCandidates(candidateIds: string[], cause: { trigger: string; detail?: object }): Promise<CandidateView[]> {
    type Row = {
      id: string;
      run_id: string;
      cadre_id: string;
      unit_id: string | null;
      level: string | null;
      promotion: boolean;
      verdict: Verdict;
      reasons: Reason[];
      evaluations: number;
      decision: string | null;
    };
    const valid = candidateIds.filter((id) => isUuid(id));
    const rows: Row[] = valid.length
      ? await this.dataSource.query(`SELECT * FROM vetting_candidate WHERE id = ANY ($1::uuid[])`, [valid])
      : [];
    if (new Set(rows.map((r) => r.id)).size < new Set(candidateIds.map((id) => id.toLowerCase())).size) throw notFound('审查对象');
    // A suspended candidacy (暂缓任用) is still open: its verdict keeps following the facts.
    const open = rows.filter((c) => c.decision === null || c.decision === 'SUSPEND');
    if (open.length > 0) {
      const asOf = this.clock.today();
      const [facts, requests, quotas] = await Promise.all([
        this.cadres.vettingFactsMany(open.map((c) => c.cadre_id)),
        this.verification.requestsForMany(
          'VETTING_CANDIDATE',
          open.map((c) => c.id),
        ),
        this.units.quotasAt(open.flatMap((c) => (c.unit_id && c.level ? [{ unitId: c.unit_id, level: c.level }] : []))),
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
        });
        // Compared with keys in one order: jsonb gives them back in its own.
        const changed = c.evaluations === 0 || c.verdict !== result.verdict || canonicalJson(c.reasons) !== canonicalJson(result.reasons);
        return { c, result, changed };
      });
      await this.dataSource.transaction(async (m) => {
        await m.query(
          `UPDATE vetting_candidate v SET verdict = x.verdict, reasons = x.reasons, evaluated_on = $4, evaluated_at = now(), evaluations = v.evaluations + 1
             FROM unnest($1::uuid[], $2::text[], $3::jsonb[]) AS x(id, verdict, reasons) WHERE v.id = x.id`,
          [
            evaluated.map((e) => e.c.id),
            evaluated.map((e) => e.result.verdict),
            evaluated.map((e) => JSON.stringify(e.result.reasons)),
            asOf,
          ],
        );
        await recordSteps(
          m,
          evaluated
            .filter((e) => e.changed)
            .map(({ c, result }) => ({
              runId: c.run_id,
              candidateId: c.id,
              step: 'EVALUATED',
              data: {
                asOf,
                trigger: cause.trigger,
                ...cause.detail,
                previous: c.evaluations ? c.verdict : null,
                verdict: result.verdict,
                reasons: result.reasons,
              },
              actor: { kind: 'SYSTEM' as const },
            })),
        );
      });
    }
    return this.candidates(candidateIds);
  }

  /** Every undecided candidacy of a cadre, re-evaluated (a new fact on the cadre's record). */
  async reevaluateCadre(cadreId: string, cause: { trigger: string; detail?: object }): Promise<CandidateView[]> {
    const rows: Array<{ id: string }> = isUuid(cadreId)
      ? await this.dataSource.query(`SELECT id FROM vetting_candidate WHERE cadre_id = $1 AND (decision IS NULL OR decision = 'SUSPEND')`, [
          cadreId,
        ])
      : [];
    return rows.length
      ? this.evaluateCandidates(
          rows.map((r) => r.id),
          cause,
        )
      : [];
  }

  /** One candidacy as this viewer may read it (回避: reasons citing a tip hidden from them are left out). */
  async candidate(id: string, viewer: Viewer): Promise<CandidateView> {
    return this.forViewer((await this.candidates([id]))[0]!, viewer);
  }

  /** 回避: the reasons that cite a tip hidden from the viewer (an open tip, a tip during publicity) are left out. */
  forViewer(candidate: CandidateView, viewer: Viewer): CandidateView {
    return viewer.hidden.length ? { ...candidate, reasons: viewer.withoutHidden(candidate.reasons) } : candidate;
  }

  /** Candidate views in the order of the ids, in one query; an unknown id is a 404. */
  async candidates(ids: string[]): Promise<CandidateView[]> {
    const valid = ids.filter((id) => isUuid(id));
    const rows: Array<{
      id: string;
      cadre_id: string;
      person_no: string;
      name: string;
      proposed_post: string;
      verdict: Verdict;
      reasons: Reason[];
      evaluated_on: string | null;
      decision: string | null;
      decided_on: string | null;
      decision_note: string | null;
      suspended_until: string | null;
    }> = valid.length
      ? await this.dataSource.query(
          `SELECT v.id, v.cadre_id, c.person_no, c.name, v.proposed_post, v.verdict, v.reasons, to_char(v.evaluated_on, 'YYYY-MM-DD') AS evaluated_on,
                    v.decision, to_char(v.decided_on, 'YYYY-MM-DD') AS decided_on, v.decision_note, to_char(v.suspended_until, 'YYYY-MM-DD') AS suspended_until
               FROM vetting_candidate v JOIN cadre c ON c.id = v.cadre_id WHERE v.id = ANY ($1::uuid[])`,
          [valid],
        )
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => {
      const row = byId.get(id.toLowerCase()) ?? byId.get(id);
      if (!row) throw notFound('审查对象');
      return {
        id: row.id,
        cadreId: row.cadre_id,
        personNo: row.person_no,
        name: row.name,
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
    const [row]: Array<{ run_id: string }> = isUuid(candidateId)
      ? await this.dataSource.query(`SELECT run_id FROM vetting_candidate WHERE id = $1`, [candidateId])
      : [];
    if (!row) throw notFound('审查对象');
    return row.run_id;
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
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        run_id: string;
        title: string;
        started_on: string;
        proposed_post: string;
        verdict: Verdict;
        decision: string | null;
        decided_on: string | null;
      }>
    >(
      `SELECT v.id, v.run_id, r.title, to_char(r.started_on, 'YYYY-MM-DD') AS started_on, v.proposed_post, v.verdict, v.decision,
              to_char(v.decided_on, 'YYYY-MM-DD') AS decided_on
         FROM vetting_candidate v JOIN vetting_run r ON r.id = v.run_id WHERE v.cadre_id = $1 ORDER BY r.started_on DESC, r.id DESC`,
      [cadreId],
    );
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
    const rows: Array<{ id: string; name: string; proposed_post: string; verdict: Verdict; run_title: string }> =
      await this.dataSource.query(
        `SELECT v.id, c.name, v.proposed_post, v.verdict, r.title AS run_title
         FROM vetting_candidate v JOIN vetting_run r ON r.id = v.run_id JOIN cadre c ON c.id = v.cadre_id
        WHERE v.decision IS NULL OR v.decision = 'SUSPEND'
        ORDER BY r.started_on DESC, r.id DESC, c.name LIMIT $1`,
        [limit],
      );
    return rows.map((r) => ({ id: r.id, name: r.name, proposedPost: r.proposed_post, verdict: r.verdict, runTitle: r.run_title }));
  }

  async listRuns(
    limit = 50,
  ): Promise<Array<{ id: string; title: string; startedOn: string; candidates: number; pass: number; block: number; pending: number }>> {
    const rows: Array<{ id: string; title: string; started_on: string; candidates: number; pass: number; block: number; pending: number }> =
      await this.dataSource.query(
        `SELECT r.id, r.title, to_char(r.started_on, 'YYYY-MM-DD') AS started_on, count(c.id)::int AS candidates,
              count(*) FILTER (WHERE c.verdict = 'PASS')::int AS pass, count(*) FILTER (WHERE c.verdict = 'BLOCK')::int AS block,
              count(*) FILTER (WHERE c.verdict = 'PENDING')::int AS pending
         FROM vetting_run r LEFT JOIN vetting_candidate c ON c.run_id = r.id
        GROUP BY r.id ORDER BY r.started_on DESC, r.id DESC LIMIT $1`,
        [limit],
      );
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

  async getRun(runId: string, viewer: Viewer): Promise<RunView> {
    const [run]: Array<{ id: string; title: string; started_on: string; agency_codes: string[] }> = isUuid(runId)
      ? await this.dataSource.query(
          `SELECT id, title, to_char(started_on, 'YYYY-MM-DD') AS started_on, agency_codes FROM vetting_run WHERE id = $1`,
          [runId],
        )
      : [];
    if (!run) throw notFound('审查批次');
    const ids: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM vetting_candidate WHERE run_id = $1 ORDER BY id`, [
      runId,
    ]);
    const steps: Array<{ step: string; candidate_id: string | null; actor_kind: string; data: unknown; created_at: Date }> =
      await this.dataSource.query(
        `SELECT step, candidate_id, actor_kind, data, created_at FROM vetting_step WHERE run_id = $1 ORDER BY id`,
        [runId],
      );
    return {
      id: run.id,
      title: run.title,
      startedOn: run.started_on,
      agencyCodes: run.agency_codes,
      candidates: (await this.candidates(ids.map((i) => i.id))).map((c) => this.forViewer(c, viewer)),
      // 回避: a step whose record names a hidden tip (its id or number) is left out.
      steps: viewer
        .withoutHidden(steps)
        .map((s) => ({ step: s.step, candidateId: s.candidate_id, actorKind: s.actor_kind, data: s.data, at: s.created_at.toISOString() })),
    };
  }
}
