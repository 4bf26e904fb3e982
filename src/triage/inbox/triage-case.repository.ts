import { Injectable } from '@nestjs/common';
import { runCommand, runQuery, type Queryable } from '../../infra/database/sql.js';
import * as q from './triage-case.queries.js';

/** A subject of a tip as a staff action reads it. */
export interface SubjectForAction {
  status: string;
  role: string;
  cadreId: string | null;
  candidates: Array<{ personId: string }>;
}

/**
 * What staff actions on a case change of the triage module's tables (report_subject,
 * report_subject_cadre, report_note, category_example; report_triage read): the queries are
 * in `triage-case.sql`, typed from the schema. Each call runs on `on`, the transaction
 * holding the case's row lock.
 */
@Injectable()
export class TriageCaseRepository {
  /** The tokens triage kept of a tip; null before triage. */
  async tokens(on: Queryable, reportId: string): Promise<string[] | null> {
    const [row] = await runQuery(q.triageTokens, { reportId }, on);
    return row ? row.tokens : null;
  }

  /** A category staff confirmed or corrected, as the learned model's training example (the latest wins). */
  async saveExample(
    on: Queryable,
    e: { reportId: string; category: string; tokens: string[]; source: 'CONFIRMED' | 'CORRECTED'; staffId: string },
  ): Promise<void> {
    await runCommand(q.upsertExample, e, on);
  }

  /** A subject of the tip by id; null for no such subject of this tip. */
  async subject(on: Queryable, reportId: string, id: string): Promise<SubjectForAction | null> {
    const [row] = await runQuery(q.subjectOf, { id, reportId }, on);
    return row
      ? { status: row.status, role: row.role, cadreId: row.cadre_id, candidates: row.candidates as unknown as Array<{ personId: string }> }
      : null;
  }

  /** A person confirms who a subject is: the cadre, with the candidates in the order shown. */
  async confirmSubject(on: Queryable, s: { id: string; cadreId: string; candidates: unknown[]; staffId: string }): Promise<void> {
    await runCommand(q.confirmSubject, { id: s.id, cadreId: s.cadreId, candidates: JSON.stringify(s.candidates), staffId: s.staffId }, on);
  }

  /** Puts the cadre in the index of cadres the tip may be about (finds repeats). */
  async indexCadre(on: Queryable, reportId: string, cadreId: string): Promise<void> {
    await runCommand(q.indexSubjectCadre, { reportId, cadreId }, on);
  }

  /** Whether a subject of the tip (not unlinked) is the cadre. */
  async hasSubject(on: Queryable, reportId: string, cadreId: string): Promise<boolean> {
    const rows = await runQuery(q.linkedSubject, { reportId, cadreId }, on);
    return rows.length > 0;
  }

  /** A subject staff add, confirmed from the start; answers its id. */
  async addSubject(on: Queryable, s: { reportId: string; cadreId: string; candidates: unknown[]; staffId: string }): Promise<string> {
    const [row] = await runQuery(
      q.addSubject,
      { reportId: s.reportId, cadreId: s.cadreId, candidates: JSON.stringify(s.candidates), staffId: s.staffId },
      on,
    );
    return row!.id;
  }

  /** Unlinks a subject, and keeps in the tip's cadre index only cadres some remaining subject may be. */
  async unlinkSubject(on: Queryable, s: { reportId: string; id: string; staffId: string }): Promise<void> {
    await runCommand(q.unlinkSubject, { id: s.id, staffId: s.staffId }, on);
    await runCommand(q.pruneSubjectCadres, { reportId: s.reportId }, on);
  }

  /** An internal note; answers when it was written. */
  async addNote(on: Queryable, n: { id: string; reportId: string; authorId: string; body: string }): Promise<Date> {
    const [row] = await runQuery(q.addNote, n, on);
    return row!.created_at;
  }
}
