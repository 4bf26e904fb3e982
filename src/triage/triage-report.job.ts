import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CadreRecordsService } from '../cadres/cadre-records.service.js';
import { OutboxService, type OutboxEntry } from '../infra/queue/outbox.service.js';
import type { DataSource, EntityManager } from 'typeorm';
import { BatchedCalls } from '../infra/database/batched-calls.js';
import { buildCalendar, civilDate, type CalendarDays } from '../infra/calendar/working-days.js';
import { AppConfig } from '../infra/config/app-config.js';
import { JobHandler, type HandlesJob } from '../infra/queue/job-handler.js';
import type { JobData } from '../infra/queue/jobs.js';
import { AppointmentCalendar, type StandingCandidacy } from '../vetting/calendar/appointment-calendar.service.js';
import { analyzeTip, type TipAnalysis } from './analyze-tip.js';
import { deadlinesFor, disposeBeforeAppointments } from './assess/deadlines.js';
import { assessPriority } from './assess/priority.js';
import { predictNaiveBayes } from './categorize/naive-bayes.js';
import { CategoryModelService } from './category-model.service.js';
import { RuleCategorizer } from './keyword-categorizer.js';
import {
  leadingCategories,
  minSameMinhash,
  repeatQuery,
  requiredSharedCadres,
  scoreCandidates,
  type RepeatMatch,
  type RepeatSearchTip,
} from './repeats/repeat-finder.js';
import { RosterCache } from './roster-cache.service.js';
import { TriageSettings } from './triage-settings.js';
import { isUuid } from '../infra/http/id-param.js';
import { ReportsRepository, type TriageOfCase } from '../reports/reports.repository.js';
import type { NewReportEvent } from '../reports/events/report-events.repository.js';
import { TriageRepository, type TipToTriage, type TriageRecord } from './triage.repository.js';

type ReportRow = TipToTriage & { rosterStamp: string };

/** An analysed tip handed to the batch writer. */
interface TipToWrite {
  reportId: string;
  report: ReportRow;
  analysis: TipAnalysis;
  /** Its advisory lock keys: every cadre the tip may be about (`search.cadreIds`) and its MinHash bands. */
  keys: string[];
  search: RepeatSearchTip;
}

interface Repeats {
  earlier: RepeatMatch[];
  later: RepeatMatch[];
  rootId: string | null;
}

/** Per tip of a batch: triaged now, triaged before (or a duplicate), changed since it was read, or failed after commit. */
type WriteOutcome = 'triaged' | 'done' | 'changed' | { error: unknown };

/** Reads and analyses again at most this often when a tip changes while it is analysed. */
const MAX_ATTEMPTS = 3;

/**
 * The triage pipeline: segment, categorize, link subjects, find repeats, assess specificity
 * and priority, set deadlines. The jobs in flight together are written as a BATCH: one
 * transaction under the rows' and repeat keys' locks, in rounds of set-based statements
 * (`triageBatch`, `triageRound`); a quiet system writes each tip as a batch of one. A
 * retried or duplicated job finds the report triaged and does nothing, so each tip is
 * triaged exactly once.
 *
 * Round trips per batch: one read (the tips with the model version, and the roster stamp, in
 * parallel; shared by the jobs that start together), then each tip's analysis outside any
 * transaction, then BEGIN, the locks of all the batch's tips, and per round: the repeat
 * search (a LATERAL over the round's tips), the appointment calendar of the linked cadres
 * (is one a candidate of a pending run or on a notice: the tip is HIGH and disposed of
 * before it), one statement writing triage's tables, one writing the cases and their
 * timeline events (the reports module's), the cadre links; then COMMIT and one bulk queueing
 * of the outbox entries (the deadlines need no job: the deadline sweep finds them due). Rounds keep repeat detection exactly that of triaging
 * the tips one at a time in receipt order (see `triageRound`).
 *
 * Measured (`QF_BENCH_ONLY=triage QF_BENCH_SIZES=1000x10000 npm run bench`, 2-core machine
 * shared with other work, 2026-12-06): see docs/DEPLOYMENT.md ("worker (triage)").
 */
@Injectable()
@JobHandler('triage-report')
export class TriageReportJob implements HandlesJob<'triage-report'> {
  private readonly logger = new Logger(TriageReportJob.name);
  private readonly rules: RuleCategorizer;
  private readonly calendar: CalendarDays;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly settings: TriageSettings,
    private readonly roster: RosterCache,
    private readonly models: CategoryModelService,
    private readonly records: CadreRecordsService,
    private readonly outbox: OutboxService,
    private readonly appointments: AppointmentCalendar,
    private readonly reports: ReportsRepository,
    private readonly triage: TriageRepository,
  ) {
    this.rules = new RuleCategorizer(config.categories);
    this.calendar = buildCalendar(config.calendar);
  }

  /**
   * Tips read by concurrent jobs are read together: one query for all the jobs that start
   * while a read is under way (a burst costs a round trip per batch, not per tip).
   */
  private readonly reads = new BatchedCalls<string, ReportRow | undefined>({
    maxBatch: 64,
    maxInFlight: 2,
    runBatch: (ids) => this.readReports(ids),
    runOne: async (id) => (await this.readReports([id]))[0],
  });

  private async readReports(ids: string[]): Promise<Array<ReportRow | undefined>> {
    // The roster stamp is read with the batch, not per tip: the cache compares it to decide
    // whether its indexes are current.
    const [rows, rosterStamp] = await Promise.all([this.triage.tipsToTriage(ids), this.roster.stamp()]);
    const byId = new Map(rows.map((r) => [r.id, { ...r, rosterStamp }]));
    return ids.map((id) => byId.get(id));
  }

  /**
   * Tips analysed by concurrent jobs are written together: one transaction for all the jobs
   * that finish their analysis while a batch is under way (see `triageBatch`). A batch that
   * fails is run again tip by tip, so one tip's fault never fails another's.
   */
  private readonly writes = new BatchedCalls<TipToWrite, WriteOutcome>({
    maxBatch: 64,
    maxInFlight: 2,
    runBatch: (tips) => this.triageBatch(tips),
    runOne: async (tip) => (await this.triageBatch([tip]))[0]!,
  });

  async handle({ reportId }: JobData<'triage-report'>): Promise<void> {
    if (!isUuid(reportId)) {
      this.logger.warn(`triage: ${reportId} is no report id; nothing to do`);
      return;
    }
    for (let attempt = 1; ; attempt += 1) {
      const report = await this.reads.call(reportId);
      if (!report) {
        this.logger.warn(`triage: report ${reportId} does not exist; nothing to do`);
        return;
      }
      if (report.triagedAt) return;
      // The pure steps run outside the transaction: no lock is held while the CPU works.
      const [tools, model] = await Promise.all([this.roster.tools(report.rosterStamp), this.models.active(report.modelVersion)]);
      const predict = (tokens: readonly string[]) =>
        model ? { version: model.version, probabilities: predictNaiveBayes(model.model, tokens), examples: model.model.documents } : null;
      const tip = {
        body: report.body,
        subjects: report.subjects,
        categoryClaimed: report.categoryClaimed,
        receivedOn: civilDate(report.receivedAt, this.config.timeZone),
      };
      const analysis = analyzeTip(tip, tools, this.rules, predict, this.config.categories, this.settings.value);
      const cadreIds = subjectCadreIds(analysis);
      const search: RepeatSearchTip = {
        reportId,
        body: report.body,
        receivedAt: report.receivedAt,
        categories: leadingCategories(
          analysis.categorization.best,
          analysis.categorization.scores.map((s) => ({ code: s.code, score: s.final })),
        ),
        cadreIds,
        minSharedCadres: requiredSharedCadres(analysis.subjects),
        contentTokens: analysis.contentTokens,
        minhash: analysis.minhash,
        bands: analysis.bands,
      };
      const keys = [
        ...cadreIds.map((id) => `qf:repeat:cadre:${id}`),
        ...analysis.bands.map((key, band) => `qf:repeat:band:${band}:${key}`),
      ];
      const outcome = await this.writes.call({ reportId, report, analysis, keys, search });
      if (outcome === 'done' || outcome === 'triaged') return;
      if (outcome === 'changed') {
        if (attempt < MAX_ATTEMPTS) continue;
        throw new Error(`triage: report ${reportId} kept changing while it was analysed`);
      }
      throw outcome.error;
    }
  }

  /**
   * A batch of analysed tips in ONE transaction. Its first statement takes the rows of all
   * the batch's reports and then the union of their repeat keys (sorted), in one round trip
   * (ReportsRepository.lockBatchForTriage). A tip found triaged already (or a duplicate in
   * the batch) is 'done'; one changed since it was read is 'changed' (its job reads and
   * analyses it again).
   *
   * Two tips can only find each other as repeats through a shared subject or a shared
   * MinHash band. Locking exactly those keys (in one sorted order, so no two batches wait on
   * each other crosswise) makes tips that could be repeats of each other take turns, while
   * unrelated tips are triaged in parallel by every worker. The repeat search is a later
   * statement, so its snapshot sees every tip committed by whoever held a key.
   *
   * Within the batch the tips are triaged in ROUNDS, so that repeat detection is exactly
   * that of triaging them one at a time in receipt order (see `triageRound`): a round holds
   * tips that cannot see or touch each other's writes, and is written with one statement
   * per step for all its tips (the repeat candidates as a LATERAL over the tips, the
   * appointment calendar, SaveTriageBatch, RecordTriageBatch, the cadre links); the next
   * round reads what the earlier ones wrote, in the same transaction. After COMMIT the
   * outbox entries of the whole batch are queued at once.
   */
  private async triageBatch(tips: TipToWrite[]): Promise<WriteOutcome[]> {
    const keys = [...new Set(tips.flatMap((t) => t.keys))].sort();
    const ids = [...new Set(tips.map((t) => t.reportId))].sort();
    const order = tips
      .map((t, i) => ({ ...t, i }))
      .sort((a, b) => a.report.receivedAt.getTime() - b.report.receivedAt.getTime() || (a.reportId < b.reportId ? -1 : 1));
    const outcomes: WriteOutcome[] = new Array<WriteOutcome>(tips.length);
    const links: OutboxEntry[] = [];
    await this.dataSource.transaction(async (m) => {
      const locked = new Map((await this.reports.lockBatchForTriage(m, ids, keys)).map((r) => [r.id, r]));
      const pending: Array<TipToWrite & { i: number }> = [];
      const taken = new Set<string>();
      for (const t of order) {
        const row = locked.get(t.reportId);
        if (!row || row.triagedAt || taken.has(t.reportId)) outcomes[t.i] = 'done';
        else if (row.version !== t.report.version) outcomes[t.i] = 'changed';
        else {
          taken.add(t.reportId);
          pending.push(t);
          outcomes[t.i] = 'triaged';
        }
      }
      while (pending.length > 0) {
        links.push(...(await this.triageRound(m, pending)));
      }
    });
    try {
      await this.outbox.dispatch(links);
    } catch (error) {
      // Committed: the tips are triaged; their jobs fail as one tip's would (and find them triaged when retried).
      return outcomes.map((o) => (o === 'triaged' ? { error } : o));
    }
    return outcomes;
  }

  /**
   * One round: takes from `pending` (receipt order) the tips that can be written together
   * and writes them, set-based. A tip joins the round when no tip before it in `pending`
   * shares one of its lock keys (so no tip of the round can find another as a repeat, and
   * tips that can keep their receipt order), and none before it in the round found one of
   * its repeat candidates (so no two tips of the round change, or read what the other
   * changes of, the same earlier tip: the chain a later tip points at). The others wait for
   * a later round, which reads this one's writes.
   */
  private async triageRound(m: EntityManager, pending: Array<TipToWrite & { i: number }>): Promise<OutboxEntry[]> {
    const blocked = new Set<string>();
    const picked = pending.filter((t) => {
      const free = t.keys.every((k) => !blocked.has(k));
      for (const k of t.keys) blocked.add(k);
      return free;
    });
    const repeatSettings = this.settings.value.repeats;
    const candidates = await this.triage.repeatCandidatesBatch(
      m,
      picked.map((t) => repeatQuery(t.search)),
      { lookbackDays: repeatSettings.lookbackDays, minSameMinhash: minSameMinhash(repeatSettings.minJaccardWithoutSubject) },
    );
    const claimed = new Set<string>();
    const round = picked.flatMap((t, n) => {
      const rows = candidates[n]!;
      const free = rows.every((r) => !claimed.has(r.id));
      for (const r of rows) claimed.add(r.id);
      return free ? [{ tip: t, rows }] : [];
    });
    const done = new Set(round.map((x) => x.tip));
    pending.splice(0, pending.length, ...pending.filter((t) => !done.has(t)));

    // Subjects linked with confidence count on the cadre's record at once (vetting, 回避);
    // candidates wait for a person's choice.
    const sure = round.map(({ tip }) => [
      ...new Set(tip.analysis.subjects.filter((s) => s.role === 'SUBJECT' && s.status === 'LINKED').map((s) => s.candidates[0]!.personId)),
    ]);
    // Asked under the locks: a run started or a notice published meanwhile is either seen
    // here or raises this tip afterwards (its job waits for these locks; appointment-raise.job.ts).
    const appointments = await this.appointments.standingMany(
      round.map(({ tip }, n) => ({ cadreIds: sure[n]!, reportId: tip.reportId })),
      m,
    );
    const plans = round.map(({ tip, rows }, n) =>
      this.plan(tip, this.repeatsOf(scoreCandidates(tip.search, rows, repeatSettings)), appointments[n]!),
    );
    await this.triage.saveBatch(
      m,
      plans.map((p) => p.record),
    );
    await this.reports.recordTriageBatch(
      m,
      plans.map((p) => ({ triage: p.triage, events: p.events })),
    );
    return this.records.linkReportsWithin(m, {
      links: round.map(({ tip }, n) => ({ reportId: tip.reportId, cadreIds: sure[n]! })).filter((l) => l.cadreIds.length > 0),
      source: 'TRIAGE',
    });
  }

  /**
   * Earlier and later tips on the same matter. The chain this tip joins is that of the
   * earlier tip with the most evidence (the oldest of equals), so one loose match with an
   * old tip does not outweigh a clear retelling of a newer one.
   */
  private repeatsOf(matches: RepeatMatch[]): Repeats {
    const earlier = matches.filter((x) => x.earlier);
    const later = matches.filter((x) => !x.earlier);
    const best = earlier.reduce<RepeatMatch | null>((b, x) => (!b || x.evidence > b.evidence ? x : b), null);
    return { earlier, later, rootId: best?.rootId ?? null };
  }

  /**
   * Everything triage writes of a tip, as the round's two statements take it: its own
   * tables (repeats both ways: tips received later but triaged first repeat this one; the
   * repeat index keys, the triage record, the subjects, the deadlines), then the case and
   * its timeline events (the reports module's: the case itself, the later tips pointed at
   * this chain's first tip unless they already point at an older one, the REPEAT_FOUND and
   * TRIAGED events).
   */
  private plan(
    { reportId, report, analysis: a, search }: TipToWrite,
    repeats: Repeats,
    appointments: StandingCandidacy[],
  ): { record: TriageRecord; triage: TriageOfCase; events: NewReportEvent[] } {
    const settings = this.settings.value;
    const priority = assessPriority(
      { severity: a.severity, realName: report.realName, specific: a.specific, repeats: repeats.earlier.length, appointments },
      settings.priority,
    );
    const receivedOn = civilDate(report.receivedAt, this.config.timeZone);
    const deadlines = disposeBeforeAppointments(
      deadlinesFor(
        receivedOn,
        {
          acceptanceNoticeWorkingDays: this.config.settings.deadlines.acceptanceNoticeWorkingDays,
          dispositionWorkingDays: settings.deadlines.dispositionWorkingDays,
          concludeCalendarDays: this.config.settings.deadlines.concludeCalendarDays,
          remindWorkingDaysBefore: settings.deadlines.remindWorkingDaysBefore,
        },
        this.calendar,
      ),
      appointments,
      receivedOn,
      {
        runWorkingDays: this.config.settings.deadlines.agencyOpinionWorkingDays,
        remindWorkingDaysBefore: settings.deadlines.remindWorkingDaysBefore,
      },
      this.calendar,
    );
    const best = a.categorization.best;
    const pairs = [
      ...repeats.earlier.map((x) => ({ later: reportId, earlier: x.reportId, x })),
      ...repeats.later.map((x) => ({ later: x.reportId, earlier: reportId, x })),
    ];
    const triagedEvent = {
      category: best,
      confidence: a.confidence,
      modelVersion: a.categorization.modelVersion,
      scores: a.categorization.scores.slice(0, 5),
      transferTarget: a.transferTarget,
      subjects: a.subjects.map((s) => ({ role: s.role, status: s.status, mentions: s.mentions, top: s.candidates[0]?.personNo ?? null })),
      repeatOf: repeats.rootId,
      repeats: repeats.earlier.map((x) => ({ reportId: x.reportId, number: x.number, score: x.score })),
      specific: a.specific,
      priority: priority.score,
      appointments: appointments.map((x) => ({ candidateId: x.candidateId, runId: x.runId, noticeId: x.notice?.id ?? null })),
      deadlines,
    };
    const record: TriageRecord = {
      reportId,
      pairs: pairs.map((p) => ({ later: p.later, earlier: p.earlier, score: p.x.score, reasons: p.x.reasons })),
      bands: a.bands,
      cadreIds: search.cadreIds,
      tokens: a.tokens,
      contentTokens: a.contentTokens,
      minhash: a.minhash,
      categories: a.categorization.scores,
      modelVersion: a.categorization.modelVersion,
      anchors: a.anchors,
      priorityReasons: priority.reasons,
      subjects: a.subjects.map((s, position) => ({
        role: s.role,
        role_reason: s.roleReason,
        status: s.status,
        cadre_id: s.status === 'LINKED' ? s.candidates[0]!.personId : null,
        mentions: s.mentions,
        candidates: s.candidates,
        position,
      })),
      deadlines,
    };
    // The case, then the later tips' REPEAT_FOUND events and this tip's TRIAGED event, in that order.
    const triage: TriageOfCase = {
      reportId,
      category: best,
      categoryScores: Object.fromEntries(a.categorization.scores.map((s) => [s.code, s.final])),
      priority: priority.score,
      priorityLevel: priority.level,
      specific: a.specific,
      transferTarget: a.transferTarget,
      repeatOf: repeats.rootId,
      laterIds: repeats.later.map((x) => x.reportId),
      chainRootId: repeats.rootId ?? reportId,
    };
    const events: NewReportEvent[] = [
      ...repeats.later.map((x) => ({
        reportId: x.reportId,
        type: 'REPEAT_FOUND' as const,
        actorKind: 'SYSTEM' as const,
        data: { earlierId: reportId, score: x.score, reasons: x.reasons },
      })),
      { reportId, type: 'TRIAGED' as const, actorKind: 'SYSTEM' as const, data: triagedEvent },
    ];
    return { record, triage, events };
  }
}

/** Every cadre the tip may be about: the linked one, or each candidate. */
function subjectCadreIds(a: TipAnalysis): string[] {
  return [
    ...new Set(
      a.subjects
        .filter((s) => s.role === 'SUBJECT')
        .flatMap((s) => (s.status === 'LINKED' ? [s.candidates[0]!] : s.candidates).map((c) => c.personId)),
    ),
  ];
}
