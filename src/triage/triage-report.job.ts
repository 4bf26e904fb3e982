import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CadreRecordsService } from '../cadres/cadre-records.service.js';
import { OutboxService, type OutboxEntry } from '../infra/queue/outbox.service.js';
import type { DataSource, EntityManager } from 'typeorm';
import { buildCalendar, civilDate, type CalendarDays } from '../infra/calendar/working-days.js';
import { AppConfig } from '../infra/config/app-config.js';
import { JobHandler, type HandlesJob } from '../infra/queue/job-handler.js';
import type { JobData } from '../infra/queue/jobs.js';
import type { ReportedPerson } from '../reports/entities/report.entity.js';
import { analyzeTip, type TipAnalysis } from './analyze-tip.js';
import { deadlinesFor } from './assess/deadlines.js';
import { assessPriority } from './assess/priority.js';
import { predictNaiveBayes } from './categorize/naive-bayes.js';
import { CategoryModelService } from './category-model.service.js';
import { DeadlineScheduler, type ScheduledDeadline } from './deadlines/deadline-scheduler.service.js';
import { RuleCategorizer } from './keyword-categorizer.js';
import { findRepeats, type RepeatMatch } from './repeats/repeat-finder.js';
import { RosterCache } from './roster-cache.service.js';
import { TriageSettings } from './triage-settings.js';

interface ReportRow {
  body: string;
  subjects: ReportedPerson[];
  category_claimed: string | null;
  real_name: boolean;
  received_at: Date;
  triaged_at: Date | null;
}

/**
 * The triage pipeline for one tip: segment, categorize, link subjects, find repeats,
 * assess specificity and priority, set deadlines — all written in one transaction under
 * the report's row lock. A retried or duplicated job finds the report triaged and does
 * nothing, so each tip is triaged exactly once.
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
  ) {
    this.rules = new RuleCategorizer(config.categories);
    this.calendar = buildCalendar(config.calendar);
  }

  async handle({ reportId }: JobData<'triage-report'>): Promise<void> {
    const [tools, model] = await Promise.all([this.roster.tools(), this.models.active()]);
    const predict = (tokens: readonly string[]) => (model ? { version: model.version, probabilities: predictNaiveBayes(model.model, tokens) } : null);
    const { scheduled, links } = await this.dataSource.transaction(async (m) => {
      const nothing = { scheduled: [] as ScheduledDeadline[], links: [] as OutboxEntry[] };
      const [report]: ReportRow[] = await m.query(
        `SELECT body, subjects, category_claimed, real_name, received_at, triaged_at FROM report WHERE id = $1 FOR UPDATE`,
        [reportId],
      );
      if (!report) {
        this.logger.warn(`triage: report ${reportId} does not exist; nothing to do`);
        return nothing;
      }
      if (report.triaged_at) return nothing;
      const tip = { body: report.body, subjects: report.subjects, categoryClaimed: report.category_claimed };
      const analysis = analyzeTip(tip, tools, this.rules, predict, this.config.categories, this.settings.value);
      const repeats = await this.registerRepeats(m, reportId, analysis);
      const deadlines = await this.save(m, reportId, report, analysis, repeats);
      // Subjects linked with confidence count on the cadre's record at once (vetting, 回避);
      // candidates wait for a person's choice.
      const sure = analysis.subjects.filter((s) => s.role === 'SUBJECT' && s.status === 'LINKED').map((s) => s.candidates[0]!.personId);
      const links = sure.length ? await this.records.linkReportWithin(m, { reportId, cadreIds: [...new Set(sure)], source: 'TRIAGE' }) : [];
      return { scheduled: deadlines, links };
    });
    await this.outbox.dispatch(links);
    await this.scheduler.schedule(scheduled);
  }

  /**
   * Two tips can only find each other as repeats through a shared subject or a shared
   * MinHash band. Locking exactly those keys (in one sorted order, so no two tips wait on
   * each other crosswise) makes tips that could be repeats of each other take turns,
   * while unrelated tips are triaged in parallel by every worker.
   */
  private async registerRepeats(m: EntityManager, reportId: string, a: TipAnalysis): Promise<{ earlier: RepeatMatch[]; rootId: string | null }> {
    const cadreIds = [...new Set(a.subjects.filter((s) => s.role === 'SUBJECT').flatMap((s) => (s.status === 'LINKED' ? [s.candidates[0]!] : s.candidates).map((c) => c.personId)))];
    const lockKeys = [...cadreIds.map((id) => `qf:repeat:cadre:${id}`), ...a.bands.map((key, band) => `qf:repeat:band:${band}:${key}`)].sort();
    await m.query(`SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM unnest($1::text[]) AS k`, [lockKeys]);
    const matches = await findRepeats(
      m,
      { reportId, category: a.categorization.best, cadreIds, contentTokens: a.contentTokens, minhash: a.minhash, bands: a.bands },
      this.settings.value.repeats,
    );
    const earlier = matches.filter((x) => x.earlier);
    const later = matches.filter((x) => !x.earlier);
    const rootId = earlier[0]?.rootId ?? null;
    for (const x of earlier) {
      await m.query(`INSERT INTO report_repeat (report_id, earlier_id, score, reasons) VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT DO NOTHING`, [
        reportId, x.reportId, x.score, JSON.stringify(x.reasons),
      ]);
    }
    // Tips received later but triaged first: they repeat this one (order of processing must not matter).
    for (const x of later) {
      await m.query(`INSERT INTO report_repeat (report_id, earlier_id, score, reasons) VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT DO NOTHING`, [
        x.reportId, reportId, x.score, JSON.stringify(x.reasons),
      ]);
      // Point it at this chain's first tip unless it already points at an older one. (The
      // outer row needs its own alias: inside the subquery a bare `report` is the inner one.)
      await m.query(
        `UPDATE report AS target SET repeat_of = $2, updated_at = now()
          WHERE target.id = $1 AND (target.repeat_of IS NULL
                 OR (SELECT ROW(cur.received_at, cur.id) FROM report cur WHERE cur.id = target.repeat_of)
                  > (SELECT ROW(root.received_at, root.id) FROM report root WHERE root.id = $2))`,
        [x.reportId, rootId ?? reportId],
      );
      await m.query(`INSERT INTO report_event (report_id, type, actor_kind, data) VALUES ($1, 'REPEAT_FOUND', 'SYSTEM', $2::jsonb)`, [
        x.reportId, JSON.stringify({ earlierId: reportId, score: x.score, reasons: x.reasons }),
      ]);
    }
    const params = a.bands.map((key, band) => [band, key]);
    await m.query(
      `INSERT INTO report_minhash_band (band, key, report_id) SELECT b, k, $1 FROM unnest($2::smallint[], $3::int[]) AS t(b, k) ON CONFLICT DO NOTHING`,
      [reportId, params.map((p) => p[0]), params.map((p) => p[1])],
    );
    if (cadreIds.length > 0) {
      await m.query(`INSERT INTO report_subject_cadre (cadre_id, report_id) SELECT unnest($2::uuid[]), $1 ON CONFLICT DO NOTHING`, [reportId, cadreIds]);
    }
    return { earlier, rootId };
  }

  private async save(
    m: EntityManager,
    reportId: string,
    report: ReportRow,
    a: TipAnalysis,
    repeats: { earlier: RepeatMatch[]; rootId: string | null },
  ): Promise<ScheduledDeadline[]> {
    const settings = this.settings.value;
    const priority = assessPriority(
      { severity: a.severity, realName: report.real_name, specific: a.specific, repeats: repeats.earlier.length, pendingVetting: false },
      settings.priority,
    );
    const deadlines = deadlinesFor(
      civilDate(report.received_at),
      {
        acceptanceNoticeWorkingDays: this.config.settings.deadlines.acceptanceNoticeWorkingDays,
        dispositionWorkingDays: settings.deadlines.dispositionWorkingDays,
        concludeCalendarDays: this.config.settings.deadlines.concludeCalendarDays,
        remindWorkingDaysBefore: settings.deadlines.remindWorkingDaysBefore,
      },
      this.calendar,
    );
    await m.query(
      `INSERT INTO report_triage (report_id, tokens, content_tokens, minhash, categories, model_version, anchors, priority_reasons)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7::jsonb, $8::jsonb)`,
      [reportId, a.tokens, a.contentTokens, a.minhash, JSON.stringify(a.categorization.scores), a.categorization.modelVersion, JSON.stringify(a.anchors), JSON.stringify(priority.reasons)],
    );
    for (const [position, s] of a.subjects.entries()) {
      await m.query(
        `INSERT INTO report_subject (report_id, role, role_reason, status, cadre_id, mentions, candidates, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)`,
        [reportId, s.role, s.roleReason, s.status, s.status === 'LINKED' ? s.candidates[0]!.personId : null, s.mentions, JSON.stringify(s.candidates), position],
      );
    }
    const saved: Array<{ id: string; due_on: string; remind_on: string }> = await m.query(
      `INSERT INTO report_deadline (report_id, kind, due_on, remind_on)
       SELECT $1, k, d, r FROM unnest($2::text[], $3::date[], $4::date[]) AS t(k, d, r)
       ON CONFLICT (report_id, kind) DO NOTHING
       RETURNING id::text, to_char(due_on, 'YYYY-MM-DD') AS due_on, to_char(remind_on, 'YYYY-MM-DD') AS remind_on`,
      [reportId, deadlines.map((d) => d.kind), deadlines.map((d) => d.dueOn), deadlines.map((d) => d.remindOn)],
    );
    const best = a.categorization.best;
    await m.query(
      `UPDATE report SET status = CASE WHEN status = 'RECEIVED' THEN 'TRIAGED' ELSE status END,
                         category = $2, category_scores = $3::jsonb, triaged_at = now(), updated_at = now(),
                         priority = $4, priority_level = $5, is_specific = $6, transfer_target = $7, repeat_of = $8
        WHERE id = $1`,
      [
        reportId, best, JSON.stringify(Object.fromEntries(a.categorization.scores.map((s) => [s.code, s.final]))),
        priority.score, priority.level, a.specific, a.transferTarget, repeats.rootId,
      ],
    );
    await m.query(`INSERT INTO report_event (report_id, type, actor_kind, data) VALUES ($1, 'TRIAGED', 'SYSTEM', $2::jsonb)`, [
      reportId,
      JSON.stringify({
        category: best,
        modelVersion: a.categorization.modelVersion,
        scores: a.categorization.scores.slice(0, 5),
        transferTarget: a.transferTarget,
        subjects: a.subjects.map((s) => ({ role: s.role, status: s.status, mentions: s.mentions, top: s.candidates[0]?.personNo ?? null })),
        repeatOf: repeats.rootId,
        repeats: repeats.earlier.map((x) => ({ reportId: x.reportId, number: x.number, score: x.score })),
        specific: a.specific,
        priority: priority.score,
        deadlines,
      }),
    ]);
    return saved.map((d) => ({ id: d.id, dueOn: d.due_on, remindOn: d.remind_on }));
  }
}
