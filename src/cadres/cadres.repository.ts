import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runQuery, type Queryable } from '../infra/database/sql.js';
import * as q from './cadres.queries.js';

/** A cadre as lists and lookups show them. */
export type CadreSummaryRow = q.ISummariesByNameResult;

/**
 * The cadres module's tables (cadre, cadre_post, unit, unit_name, roster_revision, sanction,
 * personal_matters_report, …) are read here and nowhere else; the queries are in
 * `cadres.sql`, typed from the schema.
 */
@Injectable()
export class CadresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  summariesByName(name: string): Promise<CadreSummaryRow[]> {
    return runQuery(q.summariesByName, { name }, this.dataSource);
  }

  summariesBySurname(surname: string, unitId: string | null): Promise<CadreSummaryRow[]> {
    return runQuery(q.summariesBySurname, { surname, unitId }, this.dataSource);
  }

  summariesByIds(ids: string[], on: Queryable = this.dataSource): Promise<CadreSummaryRow[]> {
    return runQuery(q.summariesByIds, { ids }, on);
  }

  async summaryByPersonNo(personNo: string): Promise<CadreSummaryRow | null> {
    const [row] = await runQuery(q.summaryByPersonNo, { personNo }, this.dataSource);
    return row ?? null;
  }

  async unitByName(name: string): Promise<q.IUnitByNameResult | null> {
    const [row] = await runQuery(q.unitByName, { name }, this.dataSource);
    return row ?? null;
  }

  async dictionary(): Promise<{ words: q.IDictionaryWordsResult; units: q.IDictionaryUnitsResult[] }> {
    const [[words], units] = await Promise.all([
      runQuery(q.dictionaryWords, undefined, this.dataSource),
      runQuery(q.dictionaryUnits, undefined, this.dataSource),
    ]);
    return { words: words!, units };
  }

  async rosterStamp(): Promise<string> {
    const [row] = await runQuery(q.rosterStamp, undefined, this.dataSource);
    return row!.stamp;
  }

  rosterPeople(): Promise<q.IRosterPeopleResult[]> {
    return runQuery(q.rosterPeople, undefined, this.dataSource);
  }

  rosterUnits(): Promise<q.IRosterUnitsResult[]> {
    return runQuery(q.rosterUnits, undefined, this.dataSource);
  }

  async list(
    filter: q.ICountCadresParams,
    page: { limit: number; offset: number },
    on: Queryable = this.dataSource,
  ): Promise<{ rows: CadreSummaryRow[]; total: number }> {
    const [[counted], rows] = await Promise.all([runQuery(q.countCadres, filter, on), runQuery(q.listCadres, { ...filter, ...page }, on)]);
    return { rows, total: counted?.total ?? 0 };
  }

  async record(id: string, on: Queryable = this.dataSource): Promise<q.ICadreRecordResult | null> {
    const [row] = await runQuery(q.cadreRecord, { id }, on);
    return row ?? null;
  }

  postHistory(cadreId: string, on: Queryable = this.dataSource): Promise<q.IPostHistoryResult[]> {
    return runQuery(q.postHistory, { cadreId }, on);
  }

  sanctionsOf(cadreId: string, on: Queryable = this.dataSource): Promise<q.ISanctionsOfResult[]> {
    return runQuery(q.sanctionsOf, { cadreId }, on);
  }

  personalMattersOf(cadreId: string, on: Queryable = this.dataSource): Promise<q.IPersonalMattersOfResult[]> {
    return runQuery(q.personalMattersOf, { cadreId }, on);
  }

  vettingCadres(ids: string[]): Promise<q.IVettingCadresResult[]> {
    return runQuery(q.vettingCadres, { ids }, this.dataSource);
  }

  vettingSanctions(ids: string[]): Promise<q.IVettingSanctionsResult[]> {
    return runQuery(q.vettingSanctions, { ids }, this.dataSource);
  }

  latestPersonalMatters(ids: string[]): Promise<q.ILatestPersonalMattersResult[]> {
    return runQuery(q.latestPersonalMatters, { ids }, this.dataSource);
  }

  /** The cadre's findings, newest first, without those from the tips in `hidden` (回避). */
  findingsOf(cadreId: string, hidden: readonly string[], on: Queryable = this.dataSource): Promise<q.IFindingsOfResult[]> {
    return runQuery(q.findingsOf, { cadreId, hidden: [...hidden] }, on);
  }

  /** Ids of the tips linked to the cadre, without those in `hidden` (回避). */
  async linkedReportsOf(cadreId: string, hidden: readonly string[], on: Queryable = this.dataSource): Promise<string[]> {
    return (await runQuery(q.linkedReportsOf, { cadreId, hidden: [...hidden] }, on)).map((r) => r.report_id);
  }

  /** Every tip linked to these cadres, as (cadre, tip) pairs. */
  /** The open cases linked to these cadres (status not among `concluded`), each cadre's oldest first. */
  async openCasesOfCadres(
    ids: string[],
    concluded: readonly string[],
  ): Promise<Array<{ cadreId: string; reportId: string; number: string; status: string; receivedAt: Date }>> {
    const rows = await runQuery(q.openCasesOfCadres, { ids, concluded: [...concluded] }, this.dataSource);
    return rows.map((r) => ({ cadreId: r.cadre_id, reportId: r.report_id, number: r.number, status: r.status, receivedAt: r.received_at }));
  }

  /** The cadres that exist among these, locked FOR SHARE until `on` (a transaction) ends. */
  async lockExisting(on: Queryable, ids: string[]): Promise<string[]> {
    return (await runQuery(q.lockExisting, { ids }, on)).map((r) => r.id);
  }

  /** Cadres' ids and names, ordered by name as Postgres orders them (unknown ids are left out). */
  namesByIdsOrdered(ids: string[], on: Queryable = this.dataSource): Promise<q.INamesByIdsOrderedResult[]> {
    return runQuery(q.namesByIdsOrdered, { ids }, on);
  }

  /** Each cadre's name, post, unit names and count of namesakes (a tip naming them is matched on these). */
  matchingHints(ids: string[]): Promise<q.IMatchingHintsResult[]> {
    return runQuery(q.matchingHints, { ids }, this.dataSource);
  }
}
