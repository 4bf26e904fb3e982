import { Injectable } from '@nestjs/common';
import { runQuery, type Queryable } from '../../infra/database/sql.js';
import * as q from './appointment-calendar.queries.js';

/**
 * The appointment calendar's read of the vetting module's tables (vetting_candidate,
 * vetting_run, publicity_*); the query is in `appointment-calendar.sql`, typed from the schema.
 */
@Injectable()
export class AppointmentCalendarRepository {
  /**
   * Standing candidacies of the cadres and of the candidates linked to any of the tips, newest
   * run first, each row with the tips (of `reportIds`) its candidate is linked to. On `on` (a
   * caller's transaction, or the pool).
   */
  standingMany(
    on: Queryable,
    query: { cadreIds: string[]; reportIds: string[]; today: string },
  ): Promise<q.IStandingCandidaciesManyResult[]> {
    return runQuery(q.standingCandidaciesMany, query, on);
  }
}
