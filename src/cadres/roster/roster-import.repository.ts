import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runCommand, runQuery, type Queryable } from '../../infra/database/sql.js';
import type { RosterKey } from './roster-row.js';
import * as q from './roster-import.queries.js';

/** A cadre the file names, as stored: the fields an import compares, by the row's keys. */
export interface ExistingCadre {
  id: string;
  personNo: string;
  unitId: string;
  values: Record<string, string | null>;
}

/** One cadre as an import writes it; `quotaKeys` are the quota levels the entry occupies. */
export interface CadreUpsert {
  personNo: string;
  name: string;
  surname: string;
  gender: string;
  birthMonth: string;
  ethnicity: string | null;
  nativePlace: string | null;
  partyMonth: string | null;
  workMonth: string | null;
  education: string | null;
  unitId: string;
  post: string;
  level: string | null;
  postSince: string | null;
  statusKind: string | null;
  quotaKeys: string[];
}

/** What an import did, recorded whether or not it applied. */
export interface ImportRecord {
  fileName: string | null;
  mode: string;
  applied: boolean;
  rowsTotal: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: unknown[];
  importedBy: string | null;
}

/**
 * The roster import's statements (cadre, cadre_post, unit, unit_name, roster_import); the
 * queries are in `roster-import.sql`, typed from the schema. An import runs in one
 * transaction: pass its EntityManager as `on`.
 */
@Injectable()
export class RosterImportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Serialises imports until `on` ends. */
  async lock(on: Queryable): Promise<void> {
    await runQuery(q.lockRosterImport, undefined, on);
  }

  /** Unit ids by any of their names, for the names known. */
  async unitIdsByNames(on: Queryable, names: string[]): Promise<Map<string, string>> {
    const rows = await runQuery(q.unitIdsByNames, { names }, on);
    return new Map(rows.map((r) => [r.name, r.unit_id]));
  }

  /** New units with these current names; their ids by name. */
  async createUnits(on: Queryable, names: string[]): Promise<Map<string, string>> {
    const rows = await runQuery(q.createUnits, { names }, on);
    return new Map(rows.map((r) => [r.name, r.id]));
  }

  /** The cadres with these person numbers, locked until `on` ends, by person number. */
  async lockCadres(on: Queryable, personNos: string[]): Promise<Map<string, ExistingCadre>> {
    const rows = await runQuery(q.lockCadresByPersonNo, { personNos }, on);
    return new Map(rows.map((r) => [r.person_no, { id: r.id, personNo: r.person_no, unitId: r.unit_id, values: { ...r } }]));
  }

  /** Creates or updates the cadres by person number, in one statement. */
  async upsertCadres(on: Queryable, cadres: CadreUpsert[]): Promise<void> {
    // Text arrays may hold nulls (an empty cell): pg sends them as NULL elements.
    const col = (f: (c: CadreUpsert) => string | null) => cadres.map(f) as string[];
    await runCommand(
      q.upsertCadres,
      {
        personNos: col((c) => c.personNo),
        names: col((c) => c.name),
        surnames: col((c) => c.surname),
        genders: col((c) => c.gender),
        birthMonths: col((c) => c.birthMonth),
        ethnicities: col((c) => c.ethnicity),
        nativePlaces: col((c) => c.nativePlace),
        partyMonths: col((c) => c.partyMonth),
        workMonths: col((c) => c.workMonth),
        educations: col((c) => c.education),
        unitIds: col((c) => c.unitId),
        posts: col((c) => c.post),
        levels: col((c) => c.level),
        postSinces: col((c) => c.postSince),
        statusKinds: col((c) => c.statusKind),
        titles: col((c) => c.quotaKeys.join('\u001f')),
      },
      on,
    );
  }

  /** The cadres' current posts end (when the new one started, else this month) and their posts as now stored begin. */
  async movePosts(on: Queryable, moves: Array<{ personNo: string; since: string | null }>): Promise<void> {
    const personNos = moves.map((m) => m.personNo);
    await runCommand(q.endPosts, { personNos, sinces: moves.map((m) => m.since) as string[] }, on);
    await runCommand(q.startPosts, { personNos }, on);
  }

  /** Records the import; its id. */
  async recordImport(on: Queryable, record: ImportRecord): Promise<string> {
    const [row] = await runQuery(q.insertImport, { ...record, errors: JSON.stringify(record.errors) }, on);
    return row!.id;
  }

  /** The whole roster in the import's columns, by unit and person number. */
  exportRows(on: Queryable = this.dataSource): Promise<Array<Record<RosterKey, string | null>>> {
    return runQuery(q.exportRows, undefined, on);
  }
}
