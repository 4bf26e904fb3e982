import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CadreRecordsService } from '../cadres/cadre-records.service.js';
import { preparedQuery } from '../infra/database/prepared.js';
import { OutboxService } from '../infra/queue/outbox.service.js';
import type { PoolClient, QueryResult } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { BatchedCalls } from '../infra/database/batched-calls.js';
import { buildCalendar, civilDate, type CalendarDays } from '../infra/calendar/working-days.js';
import { AppConfig } from '../infra/config/app-config.js';
import { JobHandler, type HandlesJob } from '../infra/queue/job-handler.js';
import type { JobData } from '../infra/queue/jobs.js';
import type { ReportedPerson } from '../reports/entities/report.entity.js';
import { AppointmentCalendar, type StandingCandidacy } from '../vetting/calendar/appointment-calendar.service.js';
import { analyzeTip, type TipAnalysis } from './analyze-tip.js';
import { deadlinesFor, disposeBeforeAppointments } from './assess/deadlines.js';
import { assessPriority } from './assess/priority.js';
import { predictNaiveBayes } from './categorize/naive-bayes.js';
import { CategoryModelService, LATEST_MODEL_VERSION_SQL } from './category-model.service.js';
import { DeadlineScheduler, type ScheduledDeadline } from './deadlines/deadline-scheduler.service.js';
import { RuleCategorizer } from './keyword-categorizer.js';
import { findRepeats, leadingCategories, requiredSharedCadres, type RepeatMatch } from './repeats/repeat-finder.js';
import { RosterCache } from './roster-cache.service.js';
import { TriageSettings } from './triage-settings.js';
import { isUuid } from '../infra/http/id-param.js';
import { ReportEventsRepository } from '../reports/events/report-events.repository.js';

interface ReportRow {
  body: string;
  subjects: ReportedPerson[];
  category_claimed: string | null;
  real_name: boolean;
  received_at: Date;
  triaged_at: Date | null;
  /** To tell, under the row lock, that the tip was not changed since it was read (a transcript). */
  version: string;
  roster_stamp: string;
  model_version: number | null;
}

/** Reads and analyses again at most this often when a tip changes while it is analysed. */
const MAX_ATTEMPTS = 3;

/**
 * The triage pipeline for one tip: segment, categorize, link subjects, find repeats,
 * assess specificity and priority, set deadlines — all written in one transaction under
 * the report's row lock. A retried or duplicated job finds the report triaged and does
 * nothing, so each tip is triaged exactly once.
 *
 * Round trips per tip: one read (the tip, the roster stamp, the model version; shared by
 * the jobs that start together), then the analysis outside any transaction, then BEGIN
 * with the locks, the repeat search, the appointment calendar of the linked cadres (is one
 * a candidate of a pending run or on a notice: the tip is HIGH and disposed of before it),
 * one statement writing everything, the cadre links and COMMIT.
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
    private readonly scheduler: DeadlineScheduler,
    private readonly records: CadreRecordsService,
    private readonly outbox: OutboxService,
    private readonly appointments: AppointmentCalendar,
    private readonly events: ReportEventsRepository,
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
    const [rows, rosterStamp] = await Promise.all([
      preparedQuery<Omit<ReportRow, 'roster_stamp'> & { id: string }>(
        this.dataSource,
        'qf_triage_read',
        `SELECT r.id, r.body, r.subjects, r.category_claimed, r.real_name, r.received_at, r.triaged_at, r.updated_at::text AS version,
                s.model_version
           FROM report r, (SELECT ${LATEST_MODEL_VERSION_SQL} AS model_version) s
          WHERE r.id = ANY($1::uuid[])`,
        [ids],
      ),
      this.roster.stamp(),
    ]);
    const byId = new Map(rows.map((r) => [r.id, { ...r, roster_stamp: rosterStamp }]));
    return ids.map((id) => byId.get(id));
  }

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
      if (report.triaged_at) return;
      // The pure steps run outside the transaction: no lock is held while the CPU works.
      const [tools, model] = await Promise.all([this.roster.tools(report.roster_stamp), this.models.active(report.model_version)]);
      const predict = (tokens: readonly string[]) =>
        model ? { version: model.version, probabilities: predictNaiveBayes(model.model, tokens), examples: model.model.documents } : null;
      const tip = { body: report.body, subjects: report.subjects, categoryClaimed: report.category_claimed };
      const analysis = analyzeTip(tip, tools, this.rules, predict, this.config.categories, this.settings.value);
      const outcome = await this.transaction(reportId, analysis, async (m, locked) => {
        if (!locked || locked.triaged_at) return 'done' as const;
        if (locked.version !== report.version) return 'changed' as const;
        const cadreIds = subjectCadreIds(analysis);
        const repeats = await this.findRepeats(m, reportId, report, cadreIds, analysis);
        // Subjects linked with confidence count on the cadre's record at once (vetting, 回避);
        // candidates wait for a person's choice.
        const sure = analysis.subjects.filter((s) => s.role === 'SUBJECT' && s.status === 'LINKED').map((s) => s.candidates[0]!.personId);
        // Asked under the locks: a run started or a notice published meanwhile is either seen
        // here or raises this tip afterwards (its job waits for these locks; appointment-raise.job.ts).
        const appointments = await this.appointments.standing({ cadreIds: sure, reportId }, m);
        const deadlines = await this.save(m, reportId, report, analysis, cadreIds, repeats, appointments);
        const links = sure.length
          ? await this.records.linkReportWithin(m, { reportId, cadreIds: [...new Set(sure)], source: 'TRIAGE' })
          : [];
        return { scheduled: deadlines, links };
      });
      if (outcome === 'done') return;
      if (outcome === 'changed') {
        if (attempt < MAX_ATTEMPTS) continue;
        throw new Error(`triage: report ${reportId} kept changing while it was analysed`);
      }
      await Promise.all([this.outbox.dispatch(outcome.links), this.scheduler.schedule(outcome.scheduled)]);
      return;
    }
  }

  /**
   * One transaction whose first statement also takes the report's row lock and then
   * (unless it is triaged already) the repeat keys' locks: BEGIN and the locks leave in
   * one round trip (a multi-statement query, so its values are quoted literals).
   *
   * Two tips can only find each other as repeats through a shared subject or a shared
   * MinHash band. Locking exactly those keys (in one sorted order, so no two tips wait on
   * each other crosswise) makes tips that could be repeats of each other take turns,
   * while unrelated tips are triaged in parallel by every worker. The repeat search is
   * a later statement, so its snapshot sees every tip committed by whoever held a key.
   */
  private async transaction<T>(
    reportId: string,
    a: TipAnalysis,
    work: (m: EntityManager, locked: { triaged_at: Date | null; version: string } | undefined) => Promise<T>,
  ): Promise<T> {
    const cadreIds = subjectCadreIds(a);
    const lockKeys = [
      ...cadreIds.map((id) => `qf:repeat:cadre:${id}`),
      ...a.bands.map((key, band) => `qf:repeat:band:${band}:${key}`),
    ].sort();
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
    let open = false;
    try {
      const literal = (v: string) => client.escapeLiteral(v);
      const keys = lockKeys.length ? `ARRAY[${lockKeys.map(literal).join(',')}]::text[]` : `'{}'::text[]`;
      open = true;
      const results = (await client.query(
        `BEGIN;
         WITH r AS (SELECT triaged_at, updated_at::text AS version FROM report WHERE id = ${literal(reportId)}::uuid FOR UPDATE)
         SELECT r.triaged_at, r.version,
                CASE WHEN r.triaged_at IS NULL THEN (SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM unnest(${keys}) AS k) END AS locks
           FROM r`,
      )) as unknown as QueryResult[];
      const result = await work(runner.manager, results[1]!.rows[0] as { triaged_at: Date | null; version: string } | undefined);
      await client.query('COMMIT');
      open = false;
      return result;
    } catch (error) {
      if (open) await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /**
   * Earlier and later tips on the same matter. The chain this tip joins is that of the
   * earlier tip with the most evidence (the oldest of equals), so one loose match with an
   * old tip does not outweigh a clear retelling of a newer one.
   */
  private async findRepeats(
    m: EntityManager,
    reportId: string,
    report: Pick<ReportRow, 'body' | 'received_at'>,
    cadreIds: string[],
    a: TipAnalysis,
  ): Promise<{ earlier: RepeatMatch[]; later: RepeatMatch[]; rootId: string | null }> {
    const matches = await findRepeats(
      m,
      {
        reportId,
        body: report.body,
        receivedAt: report.received_at,
        categories: leadingCategories(
          a.categorization.best,
          a.categorization.scores.map((s) => ({ code: s.code, score: s.final })),
        ),
        cadreIds,
        minSharedCadres: requiredSharedCadres(a.subjects),
        contentTokens: a.contentTokens,
        minhash: a.minhash,
        bands: a.bands,
      },
      this.settings.value.repeats,
    );
    const earlier = matches.filter((x) => x.earlier);
    const later = matches.filter((x) => !x.earlier);
    const best = earlier.reduce<RepeatMatch | null>((b, x) => (!b || x.evidence > b.evidence ? x : b), null);
    return { earlier, later, rootId: best?.rootId ?? null };
  }

  /**
   * Everything triage writes, in one statement: repeats both ways (tips received later
   * but triaged first repeat this one, and are pointed at this chain's first tip unless
   * they already point at an older one), the repeat index keys, the triage record, the
   * subjects, the deadlines and the report itself; then the events on the case timeline
   * (the reports module's), in the same transaction.
   */
  private async save(
    m: EntityManager,
    reportId: string,
    report: ReportRow,
    a: TipAnalysis,
    cadreIds: string[],
    repeats: { earlier: RepeatMatch[]; later: RepeatMatch[]; rootId: string | null },
    appointments: StandingCandidacy[],
  ): Promise<ScheduledDeadline[]> {
    const settings = this.settings.value;
    const priority = assessPriority(
      { severity: a.severity, realName: report.real_name, specific: a.specific, repeats: repeats.earlier.length, appointments },
      settings.priority,
    );
    const receivedOn = civilDate(report.received_at);
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
    const saved = await preparedQuery<{ id: string; due_on: string; remind_on: string }>(
      m,
      'qf_triage_save',
      `WITH repeat_pairs AS (
         INSERT INTO report_repeat (report_id, earlier_id, score, reasons)
         SELECT * FROM unnest($2::uuid[], $3::uuid[], $4::real[], $5::jsonb[]) ON CONFLICT DO NOTHING
       ), later_chain AS (
         -- (The outer row needs its own alias: inside the subqueries a bare \`report\` is the inner one.)
         UPDATE report AS target SET repeat_of = $7, updated_at = now()
          WHERE target.id = ANY($6::uuid[]) AND (target.repeat_of IS NULL
                 OR (SELECT ROW(cur.received_at, cur.id) FROM report cur WHERE cur.id = target.repeat_of)
                  > (SELECT ROW(root.received_at, root.id) FROM report root WHERE root.id = $7))
       ), bands AS (
         INSERT INTO report_minhash_band (band, key, report_id)
         SELECT b - 1, k, $1::uuid FROM unnest($8::int[]) WITH ORDINALITY AS t(k, b) ON CONFLICT DO NOTHING
       ), subject_index AS (
         INSERT INTO report_subject_cadre (cadre_id, report_id) SELECT unnest($9::uuid[]), $1::uuid ON CONFLICT DO NOTHING
       ), triage AS (
         INSERT INTO report_triage (report_id, tokens, content_tokens, minhash, categories, model_version, anchors, priority_reasons)
         VALUES ($1::uuid, $10, $11, $12, $13::jsonb, $14, $15::jsonb, $16::jsonb)
       ), subjects AS (
         INSERT INTO report_subject (report_id, role, role_reason, status, cadre_id, mentions, candidates, position)
         SELECT $1::uuid, s.role, s.role_reason, s.status, s.cadre_id, ARRAY(SELECT jsonb_array_elements_text(s.mentions)), s.candidates, s.position
           FROM jsonb_to_recordset($17::jsonb) AS s(role text, role_reason text, status text, cadre_id uuid, mentions jsonb, candidates jsonb, position smallint)
       ), report_row AS (
         UPDATE report SET status = CASE WHEN status = 'RECEIVED' THEN 'TRIAGED' ELSE status END,
                           category = $18, category_scores = $19::jsonb, triaged_at = now(), updated_at = now(),
                           priority = $20, priority_level = $21, is_specific = $22, transfer_target = $23,
                           -- A tip staff handled before triage finished (merged into another) keeps its link.
                           repeat_of = CASE WHEN status = 'RECEIVED' THEN $24 ELSE repeat_of END
          WHERE id = $1::uuid
       )
       INSERT INTO report_deadline (report_id, kind, due_on, remind_on)
       SELECT $1::uuid, k, d, r FROM unnest($25::text[], $26::date[], $27::date[]) AS t(k, d, r)
       ON CONFLICT (report_id, kind) DO NOTHING
       RETURNING id::text, to_char(due_on, 'YYYY-MM-DD') AS due_on, to_char(remind_on, 'YYYY-MM-DD') AS remind_on`,
      [
        reportId,
        pairs.map((p) => p.later),
        pairs.map((p) => p.earlier),
        pairs.map((p) => p.x.score),
        pairs.map((p) => JSON.stringify(p.x.reasons)),
        repeats.later.map((x) => x.reportId),
        repeats.rootId ?? reportId,
        a.bands,
        cadreIds,
        a.tokens,
        a.contentTokens,
        a.minhash,
        JSON.stringify(a.categorization.scores),
        a.categorization.modelVersion,
        JSON.stringify(a.anchors),
        JSON.stringify(priority.reasons),
        JSON.stringify(
          a.subjects.map((s, position) => ({
            role: s.role,
            role_reason: s.roleReason,
            status: s.status,
            cadre_id: s.status === 'LINKED' ? s.candidates[0]!.personId : null,
            mentions: s.mentions,
            candidates: s.candidates,
            position,
          })),
        ),
        best,
        JSON.stringify(Object.fromEntries(a.categorization.scores.map((s) => [s.code, s.final]))),
        priority.score,
        priority.level,
        a.specific,
        a.transferTarget,
        repeats.rootId,
        deadlines.map((d) => d.kind),
        deadlines.map((d) => d.dueOn),
        deadlines.map((d) => d.remindOn),
      ],
    );
    // The later tips' REPEAT_FOUND events, then this tip's TRIAGED event, in that order.
    await this.events.appendAll(m, [
      ...repeats.later.map((x) => ({
        reportId: x.reportId,
        type: 'REPEAT_FOUND' as const,
        actorKind: 'SYSTEM' as const,
        data: { earlierId: reportId, score: x.score, reasons: x.reasons },
      })),
      { reportId, type: 'TRIAGED' as const, actorKind: 'SYSTEM' as const, data: triagedEvent },
    ]);
    return saved.map((d) => ({ id: d.id, dueOn: d.due_on, remindOn: d.remind_on }));
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
