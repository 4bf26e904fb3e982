import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runCommand, runQuery, type Queryable } from '../../infra/database/sql.js';
import type { Determination, DoubtRule, EducationLevel, FactKind, FileDoubt, FileEntry, SourceKind } from './file-rules.js';
import * as q from './file-audit.queries.js';

/** A record of the file as stored, with who typed it and when. */
export interface StoredEntry extends FileEntry {
  note: string | null;
  enteredBy: string | null;
  enteredAt: Date;
}

export interface StoredDoubt {
  id: string;
  key: string;
  rule: DoubtRule;
  fact: FactKind;
  message: string;
  entryIds: string[];
  status: 'OPEN' | 'RESOLVED';
  resolution: string | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  openedAt: Date;
}

export interface StoredDetermination extends Determination {
  /** The machine value the roster is held to: a date, an education level, a status; null for none. */
  code: string | null;
  determinedOn: string;
  determinedBy: string | null;
}

export type NewEntry = Omit<FileEntry, 'id'> & { note: string | null; enteredBy: string | null };

/** The key a doubt is found again by: its rule and the records it is about. */
export function doubtKey(d: Pick<FileDoubt, 'rule' | 'entryIds'>): string {
  return `${d.rule}:${[...d.entryIds].sort().join(',')}`;
}

/**
 * A cadre's personnel-file audit (tables file_entry, file_doubt, file_determination, and the
 * roster columns of cadre the determinations overwrite); the queries are in
 * `file-audit.sql`, typed from the schema. A method taking `on` runs on the caller's
 * transaction.
 */
@Injectable()
export class FileAuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async entries(cadreId: string, on: Queryable = this.dataSource): Promise<StoredEntry[]> {
    const rows = await runQuery(q.entriesOf, { cadreId }, on);
    return rows.map((r) => ({
      id: r.id,
      fact: r.fact as FactKind,
      statedDate: r.stated_date,
      fromDate: r.from_date,
      toDate: r.to_date,
      educationLevel: r.education_level as EducationLevel | null,
      institution: r.institution,
      diploma: r.diploma,
      fullTime: r.full_time,
      unit: r.unit,
      post: r.post,
      status: r.status,
      source: r.source as SourceKind,
      documentDate: r.document_date,
      filledBySelf: r.filled_by_self,
      note: r.note,
      enteredBy: r.entered_by,
      enteredAt: r.entered_at,
    }));
  }

  async insertEntry(on: Queryable, cadreId: string, e: NewEntry): Promise<string> {
    const [row] = await runQuery(q.insertEntry, { cadreId, ...e }, on);
    return row!.id;
  }

  /** Removes a record of the cadre's file; false when there is no such record on this cadre. */
  async deleteEntry(on: Queryable, cadreId: string, id: string): Promise<boolean> {
    return (await runQuery(q.deleteEntry, { cadreId, id }, on)).length > 0;
  }

  async doubts(cadreId: string, on: Queryable = this.dataSource): Promise<StoredDoubt[]> {
    const rows = await runQuery(q.doubtsOf, { cadreId }, on);
    return rows.map((r) => ({
      id: r.id,
      key: r.key,
      rule: r.rule as DoubtRule,
      fact: r.fact as FactKind,
      message: r.message,
      entryIds: r.entry_ids,
      status: r.status as StoredDoubt['status'],
      resolution: r.resolution,
      resolvedBy: r.resolved_by,
      resolvedAt: r.resolved_at,
      openedAt: r.opened_at,
    }));
  }

  /**
   * Brings the stored doubts in line with what the rules found: new ones opened, open ones
   * the rules no longer find withdrawn (a roster's are kept), resolved ones left resolved.
   * The rules of the doubts opened and withdrawn come back.
   */
  async syncDoubts(on: Queryable, cadreId: string, found: FileDoubt[]): Promise<{ opened: string[]; withdrawn: string[] }> {
    const doubts = found.map((d) => ({ key: doubtKey(d), rule: d.rule, fact: d.fact, message: d.message, entry_ids: d.entryIds }));
    const upserted = doubts.length ? await runQuery(q.upsertDoubts, { cadreId, doubts: JSON.stringify(doubts) }, on) : [];
    const stale = await runQuery(q.deleteStaleDoubts, { cadreId, keys: doubts.map((d) => d.key) }, on);
    return { opened: upserted.filter((r) => r.opened).map((r) => r.rule), withdrawn: stale.map((r) => r.rule) };
  }

  /** Resolves an open doubt with a note; null when it is not an open doubt of this cadre. */
  async resolveDoubt(
    on: Queryable,
    input: { cadreId: string; id: string; resolution: string; resolvedBy: string | null },
  ): Promise<{ rule: string; message: string } | null> {
    const [row] = await runQuery(q.resolveDoubt, input, on);
    return row ? { rule: row.rule, message: row.message } : null;
  }

  /** The doubt's status, or null when the cadre has no such doubt. */
  async doubtStatus(on: Queryable, cadreId: string, id: string): Promise<string | null> {
    const [row] = await runQuery(q.doubtState, { cadreId, id }, on);
    return row?.status ?? null;
  }

  async countOpenDoubts(on: Queryable, cadreId: string): Promise<number> {
    const [row] = await runQuery(q.countOpenDoubts, { cadreId }, on);
    return row!.open;
  }

  /** Open doubts of many cadres, by cadre id, in the order they were opened. */
  async openDoubtsOf(
    ids: string[],
    on: Queryable = this.dataSource,
  ): Promise<Map<string, Array<{ id: string; rule: string; fact: string; message: string }>>> {
    const out = new Map<string, Array<{ id: string; rule: string; fact: string; message: string }>>();
    if (ids.length === 0) return out;
    for (const r of await runQuery(q.openDoubtsOfCadres, { ids }, on)) {
      const list = out.get(r.cadre_id) ?? [];
      list.push({ id: r.id, rule: r.rule, fact: r.fact, message: r.message });
      out.set(r.cadre_id, list);
    }
    return out;
  }

  /** Replaces the cadre's determinations with those confirmed now. */
  async replaceDeterminations(
    on: Queryable,
    input: {
      cadreId: string;
      determinations: Array<Determination & { code: string | null }>;
      determinedOn: string;
      determinedBy: string | null;
    },
  ): Promise<void> {
    await runCommand(q.deleteDeterminations, { cadreId: input.cadreId }, on);
    await runCommand(
      q.insertDeterminations,
      {
        cadreId: input.cadreId,
        determinedOn: input.determinedOn,
        determinedBy: input.determinedBy,
        determinations: JSON.stringify(
          input.determinations.map((d) => ({ fact: d.fact, value: d.value, code: d.code, reasons: d.reasons, basis: d.basis })),
        ),
      },
      on,
    );
  }

  async determinations(cadreId: string, on: Queryable = this.dataSource): Promise<StoredDetermination[]> {
    const rows = await runQuery(q.determinationsOf, { cadreId }, on);
    return rows.map((r) => ({
      fact: r.fact as FactKind,
      value: r.value,
      code: r.code,
      reasons: r.reasons as string[],
      basis: r.basis as string[],
      determinedOn: r.determined_on,
      determinedBy: r.determined_by,
    }));
  }

  /** The determined codes of many cadres: cadre id → fact → code. */
  async determinedOf(on: Queryable, ids: string[]): Promise<Map<string, Map<FactKind, string>>> {
    const out = new Map<string, Map<FactKind, string>>();
    if (ids.length === 0) return out;
    for (const r of await runQuery(q.determinedOfCadres, { ids }, on)) {
      const facts = out.get(r.cadre_id) ?? new Map<FactKind, string>();
      facts.set(r.fact as FactKind, r.code!);
      out.set(r.cadre_id, facts);
    }
    return out;
  }

  /** The roster columns take the determined values (null leaves a column as it is). */
  async applyDetermined(
    on: Queryable,
    input: { cadreId: string; birthMonth: string | null; partyMonth: string | null; workMonth: string | null; education: string | null },
  ): Promise<void> {
    await runCommand(q.applyDetermined, input, on);
  }

  /** A roster's contradictions as open doubts; the cadres with a doubt newly opened. */
  async insertRosterDoubts(
    on: Queryable,
    doubts: Array<{ cadreId: string; key: string; fact: FactKind; message: string }>,
  ): Promise<string[]> {
    if (doubts.length === 0) return [];
    const rows = await runQuery(
      q.insertRosterDoubts,
      { doubts: JSON.stringify(doubts.map((d) => ({ cadre_id: d.cadreId, key: d.key, fact: d.fact, message: d.message }))) },
      on,
    );
    return [...new Set(rows.map((r) => r.cadre_id))];
  }
}
