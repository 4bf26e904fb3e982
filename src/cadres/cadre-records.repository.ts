import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runCommand, runQuery, type Queryable } from '../infra/database/sql.js';
import * as q from './cadre-records.queries.js';

/** A year's random check as recorded, the drawn cadres as the roster has them now. */
export interface DrawRow {
  year: number;
  ratio: number;
  seed: string;
  population: number;
  drawnAt: Date;
  drawn: Array<{ personNo: string; cadreId: string | null; name: string | null; unitName: string | null }>;
}

/**
 * Writes to a cadre's record (cadre's investigation and file audit, sanction, cadre_finding,
 * cadre_report_link, personal_matters_report, personal_matters_draw); the queries are in
 * `cadre-records.sql`, typed from the schema. A method taking `on` runs on the caller's
 * transaction (the change's own, with its outbox job).
 */
@Injectable()
export class CadreRecordsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Locks the cadre's row until `on` ends; false for no such cadre. */
  async lockCadre(on: Queryable, cadreId: string): Promise<boolean> {
    return (await runQuery(q.lockCadre, { id: cadreId }, on)).length > 0;
  }

  /** Links a tip to a cadre; false when it was linked already. */
  async linkReport(on: Queryable, input: { reportId: string; cadreId: string; source: string; linkedBy: string | null }): Promise<boolean> {
    return (await runQuery(q.linkReport, input, on)).length > 0;
  }

  /** Links of many tips at once (`links`: report and cadre pairs); answers the links made now, in the order given. */
  async linkReportsToCadres(
    on: Queryable,
    links: ReadonlyArray<{ reportId: string; cadreId: string }>,
    source: string,
  ): Promise<Array<{ reportId: string; cadreId: string }>> {
    if (links.length === 0) return [];
    const rows = await runQuery(
      q.linkReportsToCadres,
      { reportIds: links.map((l) => l.reportId), cadreIds: links.map((l) => l.cadreId), source },
      on,
    );
    return rows.map((r) => ({ reportId: r.report_id, cadreId: r.cadre_id }));
  }

  async unlinkReport(on: Queryable, reportId: string, cadreId: string): Promise<void> {
    await runCommand(q.unlinkReport, { reportId, cadreId }, on);
  }

  /** Cadre ids a tip is linked to. */
  async cadresLinkedTo(reportId: string): Promise<string[]> {
    return (await runQuery(q.cadresLinkedTo, { reportId }, this.dataSource)).map((r) => r.cadre_id);
  }

  /** A sanction on the record; its id. */
  async insertSanction(
    on: Queryable,
    input: {
      cadreId: string;
      kind: string;
      effectiveOn: string;
      probationMonths: number | null;
      reportId: string | null;
      note: string | null;
      recordedBy: string | null;
    },
  ): Promise<string> {
    const [row] = await runQuery(q.insertSanction, input, on);
    return row!.id;
  }

  /** A finding not from a tip; its id. */
  async insertFinding(
    on: Queryable,
    input: {
      cadreId: string;
      source: string | null;
      outcome: string;
      concludedOn: string;
      summary: string | null;
      sanctionId: string | null;
      recordedBy: string | null;
    },
  ): Promise<string> {
    const [row] = await runQuery(q.insertFinding, input, on);
    return row!.id;
  }

  /** A concluded case's finding on every cadre its tip is linked to; those cadres, by id. */
  async insertCaseFindings(
    on: Queryable,
    input: { reportId: string; outcome: string; concludedOn: string; summary: string | null; recordedBy: string | null },
  ): Promise<string[]> {
    return (await runQuery(q.insertCaseFindings, input, on)).map((r) => r.cadre_id);
  }

  async setInvestigation(
    on: Queryable,
    input: { id: string; underInvestigation: boolean; since: string | null; note: string | null },
  ): Promise<void> {
    await runCommand(q.setInvestigation, input, on);
  }

  async setFileAudit(on: Queryable, input: { id: string; auditedOn: string | null; note: string | null }): Promise<void> {
    await runCommand(q.setFileAudit, input, on);
  }

  /** The year's personal-matters report, created or replaced (a check reason already recorded stays unless a new one is given). */
  async upsertPersonalMatters(
    on: Queryable,
    input: {
      cadreId: string;
      year: number;
      status: string;
      checkedOn: string | null;
      checkReason: string | null;
      detail: string | null;
      explainedOn: string | null;
    },
  ): Promise<void> {
    await runCommand(q.upsertPersonalMatters, input, on);
  }

  /** Every cadre's person number, in order: the population of a draw. */
  async allPersonNos(on: Queryable): Promise<string[]> {
    return (await runQuery(q.allPersonNos, undefined, on)).map((r) => r.person_no);
  }

  /** Records the year's draw; false when the year was drawn already. */
  async insertDraw(
    on: Queryable,
    input: { year: number; ratio: number; seed: string; population: string[]; drawn: string[]; drawnBy: string | null },
  ): Promise<boolean> {
    return (await runQuery(q.insertDraw, { ...input, ratio: String(input.ratio) }, on)).length > 0;
  }

  /** Marks the drawn cadres' reports of the year for a random check. */
  async markDrawn(on: Queryable, year: number, personNos: string[]): Promise<void> {
    await runCommand(q.markDrawn, { year, personNos }, on);
  }

  /** Every year's draw, newest first. */
  async draws(on: Queryable = this.dataSource): Promise<DrawRow[]> {
    const rows = await runQuery(q.draws, undefined, on);
    return rows.map((r) => ({
      year: r.year,
      ratio: Number(r.ratio),
      seed: r.seed,
      population: r.population,
      drawnAt: r.drawn_at,
      drawn: r.drawn as DrawRow['drawn'],
    }));
  }

  /** The year's draw as recorded, or null. */
  async draw(
    year: number,
    on: Queryable = this.dataSource,
  ): Promise<{ ratio: number; seed: string; population: string[]; drawn: string[] } | null> {
    const [row] = await runQuery(q.draw, { year }, on);
    return row ? { ratio: Number(row.ratio), seed: row.seed, population: row.population, drawn: row.drawn } : null;
  }
}
