import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runCommand, runQuery, type Queryable } from '../../infra/database/sql.js';
import * as q from './probation.queries.js';

export type ProbationResult = 'COMPETENT' | 'NOT_COMPETENT';

/** A probation as read (the cadre's name is the cadres module's). */
export interface ProbationRow {
  id: string;
  candidate_id: string;
  cadre_id: string;
  post: string;
  starts_on: string;
  ends_on: string;
  reminded_at: Date | null;
  result: ProbationResult | null;
  assessed_on: string | null;
  assessment_note: string | null;
}

const toRow = (r: q.IProbationByIdResult): ProbationRow => ({ ...r, result: r.result as ProbationResult | null });

/**
 * The vetting module's table probation, read and written here and nowhere else; the queries
 * are in `probation.sql`, typed from the schema.
 */
@Injectable()
export class ProbationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    on: Queryable,
    input: { candidateId: string; cadreId: string; post: string; startsOn: string; endsOn: string },
  ): Promise<string> {
    const [row] = await runQuery(q.insertProbation, input, on);
    return row!.id;
  }

  /** A probation whose end has come and that is not reminded yet, locked in `on`'s transaction; null otherwise. */
  async lockDueForReminder(on: Queryable, id: string, today: string): Promise<q.ILockDueForReminderResult | null> {
    const [row] = await runQuery(q.lockDueForReminder, { id, today }, on);
    return row ?? null;
  }

  async markReminded(on: Queryable, id: string): Promise<void> {
    await runCommand(q.markReminded, { id }, on);
  }

  async dueForReminder(today: string): Promise<string[]> {
    return (await runQuery(q.dueForReminder, { today }, this.dataSource)).map((r) => r.id);
  }

  async assess(
    on: Queryable,
    input: { id: string; result: ProbationResult; assessedOn: string; note: string | null; assessedBy: string | null },
  ): Promise<void> {
    await runCommand(q.assess, input, on);
  }

  async byId(id: string): Promise<ProbationRow | null> {
    const [row] = await runQuery(q.probationById, { id }, this.dataSource);
    return row ? toRow(row) : null;
  }

  async ofCandidate(candidateId: string): Promise<ProbationRow | null> {
    const [row] = await runQuery(q.probationOfCandidate, { candidateId }, this.dataSource);
    return row ? toRow(row) : null;
  }

  async ofCadre(cadreId: string): Promise<ProbationRow[]> {
    return (await runQuery(q.probationsOfCadre, { cadreId }, this.dataSource)).map(toRow);
  }

  /** The latest `limit` assessed, and every one assessed the same day as the last of them; latest first. */
  async assessed(limit: number, on: Queryable = this.dataSource): Promise<ProbationRow[]> {
    return (await runQuery(q.assessedProbations, { limit }, on)).map(toRow);
  }

  /** The first 500 open, and every one ending the same day as the last of them; soonest end first. */
  async open(due: boolean, today: string, on: Queryable = this.dataSource): Promise<ProbationRow[]> {
    return (await runQuery(q.openProbations, { due, today }, on)).map(toRow);
  }
}
