import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../../infra/clock/clock.js';
import { isUuid } from '../../infra/http/id-param.js';
import type { Queryable } from '../../infra/database/sql.js';
import { CadresRepository } from '../../cadres/cadres.repository.js';
import { AppointmentCalendarRepository } from './appointment-calendar.repository.js';
import type { IStandingCandidaciesManyResult } from './appointment-calendar.queries.js';

/** A candidacy still on the appointment calendar: its run is pending, or its notice is in (or before) its publicity period. */
export interface StandingCandidacy {
  candidateId: string;
  cadreId: string;
  name: string;
  proposedPost: string;
  runId: string;
  runTitle: string;
  runStartedOn: string;
  /** 暂缓任用 until this day (the candidacy is still open), else null. */
  suspendedUntil: string | null;
  /** The standing notice (任前公示) whose period has not ended yet; null while only the run is pending. */
  notice: { id: string; reference: string; startsOn: string; endsOn: string } | null;
}

/**
 * What other modules may ask about the appointment calendar (任前审查, 任前公示) without
 * reading vetting's tables: which cadres are candidates of a pending run or on a notice.
 *
 * A candidacy stands while no final decision is recorded (a suspension, 暂缓任用, still
 * runs until its last day). A withdrawn notice (撤销) no longer stands, and a candidacy
 * whose notice was withdrawn stands again only once it is published anew: a withdrawal
 * stops the appointment, so it makes no new tip urgent. The notice shown is the standing
 * one whose period has not ended; after it, the candidacy stands as a pending run until
 * the decision.
 *
 * Kept in a module of its own with nothing but the database and the clock, so that the
 * triage pipeline and the inbox can ask it without importing the vetting module (which
 * reaches triage only through a queued job).
 */
@Injectable()
export class AppointmentCalendar {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly repository: AppointmentCalendarRepository,
    private readonly cadres: CadresRepository,
  ) {}

  today(): string {
    return this.clock.today();
  }

  /**
   * The standing candidacies of these cadres, and of the candidates a tip was linked to
   * during publicity (`reportId`), in one query. `manager`: where to read: inside the caller's
   * transaction (triage asks under its locks), or where a staff read was sent (Reads).
   */
  async standing(query: { cadreIds: readonly string[]; reportId?: string | null }, manager?: Queryable): Promise<StandingCandidacy[]> {
    return (await this.standingMany([query], manager))[0]!;
  }

  /**
   * `standing` for many tips at once (a triage batch), in one query (two when one stands):
   * one answer per query, in the order given, each as it would be asked alone.
   */
  async standingMany(
    queries: ReadonlyArray<{ cadreIds: readonly string[]; reportId?: string | null }>,
    manager?: Queryable,
  ): Promise<StandingCandidacy[][]> {
    const asked = queries.map((query) => ({
      cadreIds: new Set(query.cadreIds.filter((id) => isUuid(id))),
      reportId: query.reportId && isUuid(query.reportId) ? query.reportId : null,
    }));
    const cadreIds = [...new Set(asked.flatMap((a) => [...a.cadreIds]))];
    const reportIds = [...new Set(asked.flatMap((a) => (a.reportId ? [a.reportId] : [])))];
    if (cadreIds.length === 0 && reportIds.length === 0) return queries.map(() => []);
    const found = await this.repository.standingMany(manager ?? this.dataSource, { cadreIds, reportIds, today: this.today() });
    const cadres = found.length ? await this.cadres.summariesByIds([...new Set(found.map((r) => r.cadre_id))], manager) : [];
    return asked.map((a) => {
      const mine = found.filter((r) => a.cadreIds.has(r.cadre_id) || (a.reportId !== null && r.linked_reports.includes(a.reportId)));
      if (mine.length === 0) return [];
      const ids = new Set(mine.map((r) => r.cadre_id));
      return ordered(
        mine,
        cadres.filter((c) => ids.has(c.id)),
      );
    });
  }
}

type StandingRow = IStandingCandidaciesManyResult;

/** Rows of standing candidacies as callers get them: a run's by the cadre's number (the order of `cadres`), runs newest first. */
function ordered(found: readonly StandingRow[], cadres: ReadonlyArray<{ id: string; name: string }>): StandingCandidacy[] {
  const cadre = new Map(cadres.map((c, i) => [c.id, { i, name: c.name }]));
  const run = new Map<string, number>();
  for (const r of found) if (!run.has(r.run_id)) run.set(r.run_id, run.size);
  const rows = found
    .filter((r) => cadre.has(r.cadre_id))
    .map((r) => ({ ...r, name: cadre.get(r.cadre_id)!.name }))
    .sort((a, b) => run.get(a.run_id)! - run.get(b.run_id)! || cadre.get(a.cadre_id)!.i - cadre.get(b.cadre_id)!.i);
  return rows.map((r) => ({
    candidateId: r.candidate_id,
    cadreId: r.cadre_id,
    name: r.name,
    proposedPost: r.proposed_post,
    runId: r.run_id,
    runTitle: r.run_title,
    runStartedOn: r.run_started_on,
    suspendedUntil: r.suspended_until,
    notice:
      r.notice_id && r.reference && r.starts_on && r.ends_on
        ? { id: r.notice_id, reference: r.reference, startsOn: r.starts_on, endsOn: r.ends_on }
        : null,
  }));
}
