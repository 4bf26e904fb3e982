import { Injectable } from '@nestjs/common';
import { runQuery, type Queryable } from '../../infra/database/sql.js';
import * as q from './appointment-calendar.queries.js';

/**
 * The appointment calendar's read of the vetting module's tables (vetting_candidate,
 * vetting_run, publicity_*); the query is in `appointment-calendar.sql`, typed from the schema.
 */
@Injectable()
export class AppointmentCalendarRepository {
  /** Standing candidacies of the cadres and of the candidates linked to the tip, newest run first. On `on` (a caller's transaction, or the pool). */
  standing(on: Queryable, query: { cadreIds: string[]; reportId: string | null; today: string }): Promise<q.IStandingCandidaciesResult[]> {
    return runQuery(q.standingCandidacies, query, on);
  }

  /** `standing` for many tips at once: each row with the tips (of `reportIds`) its candidate is linked to. */
  standingMany(
    on: Queryable,
    query: { cadreIds: string[]; reportIds: string[]; today: string },
  ): Promise<q.IStandingCandidaciesManyResult[]> {
    return runQuery(q.standingCandidaciesMany, query, on);
  }
}
