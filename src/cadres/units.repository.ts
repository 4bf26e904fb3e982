import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runCommand, runQuery, type Queryable } from '../infra/database/sql.js';
import * as q from './units.queries.js';

/** A unit's other name. */
export interface OtherUnitName {
  name: string;
  kind: 'ALIAS' | 'FORMER';
  /** The month the name came into use (YYYY-MM), when recorded. */
  inUseFrom: string | null;
}

/** Approved and occupied posts of a unit at a level (approved null: no quota recorded). */
export interface QuotaRow {
  unitId: string;
  unitName: string;
  level: string;
  approved: number | null;
  occupied: number;
}

/**
 * Units, their names and post quotas (tables unit, unit_name, post_quota, unit_post_tally and
 * unit_post_tally_delta, with the cadres who occupy them); the queries are in `units.sql`, typed from the schema. Levels are given
 * as stored (normalised by the caller).
 */
@Injectable()
export class UnitsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async exists(unitId: string): Promise<boolean> {
    return (await runQuery(q.unitExists, { id: unitId }, this.dataSource)).length > 0;
  }

  /** Units' current names by id; unknown ids are absent. */
  async namesOf(ids: string[], on: Queryable = this.dataSource): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    return new Map((await runQuery(q.unitNamesOf, { ids }, on)).map((r) => [r.id, r.name]));
  }

  /** Every unit with its other names, by name. */
  async withNames(on: Queryable = this.dataSource): Promise<Array<{ id: string; name: string; otherNames: OtherUnitName[] }>> {
    const rows = await runQuery(q.unitsWithNames, undefined, on);
    return rows.map((r) => ({ id: r.id, name: r.name, otherNames: r.other_names as unknown as OtherUnitName[] }));
  }

  /** Adds (or re-kinds) an other name of the unit; false when the name belongs to another unit or is a current name. */
  async addName(unitId: string, name: string, kind: 'ALIAS' | 'FORMER', inUseFrom: string | null = null): Promise<boolean> {
    return (await runQuery(q.addName, { unitId, name, kind, inUseFrom }, this.dataSource)).length > 0;
  }

  /** Every name of the units these names belong to, with the month each came into use. */
  async namesOfUnitsNamed(names: string[]): Promise<Array<{ name: string; unitId: string; inUseFrom: string | null }>> {
    if (names.length === 0) return [];
    const rows = await runQuery(q.namesOfUnitsNamed, { names }, this.dataSource);
    return rows.map((r) => ({ name: r.name, unitId: r.unit_id, inUseFrom: r.in_use_from }));
  }

  /** The current name of the unit that has this name, or null. */
  async ownerOfName(name: string): Promise<string | null> {
    const [row] = await runQuery(q.nameOwner, { name }, this.dataSource);
    return row?.name ?? null;
  }

  async setQuota(unitId: string, level: string, approved: number): Promise<void> {
    await runCommand(q.setQuota, { unitId, level, approved }, this.dataSource);
  }

  /** The quota at a unit and level with its occupants, or null when none is recorded. */
  async quotaAt(unitId: string, level: string): Promise<{ approved: number; occupied: number } | null> {
    const [row] = await runQuery(q.quotaAt, { unitId, level }, this.dataSource);
    return row ? { approved: row.approved, occupied: row.occupied } : null;
  }

  /** quotaAt for many pairs in one query; pairs without a quota are absent. */
  async quotasAt(
    pairs: Array<{ unitId: string; level: string }>,
  ): Promise<Array<{ unitId: string; level: string; approved: number; occupied: number }>> {
    const rows = await runQuery(q.quotasAt, { unitIds: pairs.map((p) => p.unitId), levels: pairs.map((p) => p.level) }, this.dataSource);
    return rows.map((r) => ({ unitId: r.unit_id, level: r.level, approved: r.approved, occupied: r.occupied }));
  }

  /** Every unit and level with people in post or an approved quota, by unit name and level (occupants from the post tally). */
  async quotaReport(on: Queryable = this.dataSource): Promise<QuotaRow[]> {
    const rows = await runQuery(q.quotaReport, undefined, on);
    return rows.map((r) => ({ unitId: r.unit_id, unitName: r.unit_name, level: r.level, approved: r.approved, occupied: r.occupied }));
  }

  /** Folds the post tally's pending lines (unit_post_tally_delta, written by cadre's triggers) into it; how many lines moved. */
  async foldPostTally(): Promise<number> {
    const [row] = await runQuery(q.foldPostTally, undefined, this.dataSource);
    return Number(row?.moved ?? 0);
  }
}
