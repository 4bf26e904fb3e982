import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../infra/clock/clock.js';
import { isUuid } from '../../infra/http/id-param.js';

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
  ) {}

  today(): string {
    return this.clock.today();
  }

  /**
   * The standing candidacies of these cadres, and of the candidates a tip was linked to
   * during publicity (`reportId`), in one query. `manager`: read inside the caller's
   * transaction (triage asks under its locks).
   */
  async standing(query: { cadreIds: readonly string[]; reportId?: string | null }, manager?: EntityManager): Promise<StandingCandidacy[]> {
    const cadreIds = [...new Set(query.cadreIds.filter((id) => isUuid(id)))];
    const reportId = query.reportId && isUuid(query.reportId) ? query.reportId : null;
    if (cadreIds.length === 0 && !reportId) return [];
    const rows: Array<{
      candidate_id: string;
      cadre_id: string;
      name: string;
      proposed_post: string;
      run_id: string;
      run_title: string;
      run_started_on: string;
      suspended_until: string | null;
      notice_id: string | null;
      reference: string | null;
      starts_on: string | null;
      ends_on: string | null;
    }> = await (manager ?? this.dataSource).query(
      `SELECT v.id AS candidate_id, v.cadre_id, c.name, v.proposed_post, r.id AS run_id, r.title AS run_title,
              to_char(r.started_on, 'YYYY-MM-DD') AS run_started_on, to_char(v.suspended_until, 'YYYY-MM-DD') AS suspended_until,
              n.id AS notice_id, n.reference, to_char(n.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(n.ends_on, 'YYYY-MM-DD') AS ends_on
         FROM vetting_candidate v
         JOIN vetting_run r ON r.id = v.run_id
         JOIN cadre c ON c.id = v.cadre_id
         LEFT JOIN publicity_candidate p ON p.candidate_id = v.id AND NOT p.withdrawn
         LEFT JOIN publicity_notice n ON n.id = p.notice_id AND n.withdrawn_at IS NULL AND n.ends_on >= $3::date
        WHERE (v.cadre_id = ANY ($1::uuid[]) OR v.id IN (SELECT l.candidate_id FROM publicity_report_link l WHERE l.report_id = $2::uuid))
          AND (v.decision IS NULL OR (v.decision = 'SUSPEND' AND v.suspended_until >= $3::date))
          AND (p.candidate_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM publicity_candidate w WHERE w.candidate_id = v.id AND w.withdrawn))
        ORDER BY r.started_on DESC, r.id, c.person_no`,
      [cadreIds, reportId, this.today()],
    );
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
}
