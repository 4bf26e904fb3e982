import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/conflict/viewer.js';
import { notFound } from '../infra/http/domain-exception.js';
import type { CadreFacts } from './dto/cadre-facts.js';
import type { CadreDetail, CadreDictionary, CadreListQuery, CadreSummary, UnitNames } from './dto/cadre.dto.js';
import { CadresRepository, type CadreSummaryRow } from './cadres.repository.js';
import { ReportsRepository, type CaseSummary } from '../reports/reports.repository.js';
import { influenceLastDay, type SanctionKind } from './rules/influence.js';
import { labelOf } from '../infra/labels/catalogue.js';
import { isUuid } from '../infra/http/id-param.js';
import { Reads } from '../infra/database/reads.js';
import type { Queryable } from '../infra/database/sql.js';
import { FileAuditRepository } from './file-audit/file-audit.repository.js';

/** A cadre as triage's in-memory index reads one (linking's `RosterPerson`). */
export interface RosterSnapshotPerson {
  id: string;
  personNo: string;
  name: string;
  unit: string;
  post: string;
  rank: string | null;
  /** 男 or 女, from the roster's 性别 column: 那个女副局长. */
  gender: string | null;
  /** 任现职时间 (YYYY-MM): 2023年提上来的那个 tells two of one post apart. */
  postSince: string | null;
}

/** A unit's current name and its other names (aliases, former names). */
export interface RosterSnapshotUnit {
  name: string;
  aliases: readonly string[];
}

/** The roster as triage's in-memory index reads it. */
export interface RosterSnapshot {
  stamp: string;
  people: RosterSnapshotPerson[];
  units: RosterSnapshotUnit[];
}

function toSummary(r: CadreSummaryRow): CadreSummary {
  return {
    id: r.id,
    personNo: r.person_no,
    name: r.name,
    surname: r.surname,
    gender: r.gender,
    birthMonth: r.birth_month,
    unitId: r.unit_id,
    unitName: r.unit_name,
    post: r.post,
    level: r.level,
  };
}

/**
 * Read side of the cadre records, the service other modules use: indexed lookups by
 * full name, surname and unit (any of its names), and the dictionary for segmentation.
 */
@Injectable()
export class CadresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: CadresRepository,
    private readonly reports: ReportsRepository,
    private readonly files: FileAuditRepository,
    private readonly reads: Reads,
  ) {}

  /** Every cadre with exactly this name (homonyms included: tell them apart by unit, post, birth). */
  async findByName(name: string): Promise<CadreSummary[]> {
    return (await this.repository.summariesByName(name.replace(/\s+/g, ''))).map(toSummary);
  }

  /** Cadres with this surname, optionally within one unit ("王局长" in a tip about a named unit). */
  async findBySurname(surname: string, unitId?: string): Promise<CadreSummary[]> {
    if (unitId !== undefined && !isUuid(unitId)) return [];
    return (await this.repository.summariesBySurname(surname, unitId ?? null)).map(toSummary);
  }

  /** The unit known by this name: its current name, an alias or a former name. */
  async findUnitByName(name: string): Promise<UnitNames | null> {
    const row = await this.repository.unitByName(name.trim());
    return row ? { unitId: row.unit_id, name: row.name, names: row.names } : null;
  }

  async getById(id: string): Promise<CadreSummary> {
    const [cadre] = isUuid(id) ? await this.repository.summariesByIds([id]) : [];
    if (!cadre) throw notFound('干部');
    return toSummary(cadre);
  }

  /** Cadres by id (unknown ids are left out), in one query. */
  async getByIds(ids: string[], on?: Queryable): Promise<CadreSummary[]> {
    const valid = ids.filter((id) => isUuid(id));
    return valid.length ? (await this.repository.summariesByIds(valid, on)).map(toSummary) : [];
  }

  async findByPersonNo(personNo: string): Promise<CadreSummary | null> {
    const cadre = await this.repository.summaryByPersonNo(personNo.trim());
    return cadre ? toSummary(cadre) : null;
  }

  /** All names, surnames, unit names (with aliases and former names) and posts: a user dictionary for jieba. */
  async dictionary(): Promise<CadreDictionary> {
    const { words, units } = await this.repository.dictionary();
    return {
      names: words.names,
      surnames: words.surnames,
      posts: words.posts,
      units: units.map((u) => ({ unitId: u.unit_id, name: u.name, names: u.names })),
    };
  }

  /**
   * A stamp that changes whenever cadres or unit names change, so a module holding an
   * in-memory index built from `rosterSnapshot()` knows when to rebuild it. A one-row
   * read: statement triggers bump the revision in the changing transaction.
   */
  rosterStamp(): Promise<string> {
    return this.repository.rosterStamp();
  }

  /**
   * The whole current roster and every unit's other names, for an index built once per
   * roster change. Rows come straight in the shape the index wants: a 100,000-cadre
   * roster is read without intermediate copies (each would be another 100,000 objects).
   */
  async rosterSnapshot(): Promise<RosterSnapshot> {
    // The stamp first: a change committed while the rest is read makes the data newer than
    // the stamp, so the next look at the stamp rebuilds once more; never the other way round.
    const stamp = await this.rosterStamp();
    const [people, units] = await Promise.all([this.repository.rosterPeople(), this.repository.rosterUnits()]);
    return { stamp, people, units };
  }

  /** Staff search: by name, person number or unit name (any of its names), newest roster order. */
  async list(query: CadreListQuery): Promise<{ items: CadreSummary[]; total: number }> {
    const filter = { q: query.q ? query.q.replace(/\s+/g, '') : null, unit: query.unit ?? null, level: query.level ?? null };
    // A staff read: on the replica when it is fit (Reads).
    const { rows, total } = await this.reads.run((on) => this.repository.list(filter, { limit: query.limit, offset: query.offset }, on));
    return { items: rows.map(toSummary), total };
  }

  /**
   * The cadre's record. Findings belong to cases: only a reader allowed to see tips
   * (`caseViewer`) gets them, with the report they came from, except from tips hidden from them (回避).
   */
  async getDetail(id: string, caseViewer: Viewer | null): Promise<CadreDetail> {
    if (!isUuid(id)) throw notFound('干部');
    // 回避: findings and links of a tip hidden from the viewer are left out (with their summary and number).
    const hidden = caseViewer?.hidden ?? [];
    // A staff read: on the replica when it is fit (Reads).
    const { row, c, posts, sanctions, matters, findings, linkedIds, cases } = await this.reads.run(
      async (on) => {
        const [[row], c, posts, sanctions, matters, findings, linkedIds] = await Promise.all([
          this.repository.summariesByIds([id], on),
          this.repository.record(id, on),
          this.repository.postHistory(id, on),
          this.repository.sanctionsOf(id, on),
          this.repository.personalMattersOf(id, on),
          caseViewer ? this.repository.findingsOf(id, hidden, on) : Promise.resolve(null),
          caseViewer ? this.repository.linkedReportsOf(id, hidden, on) : Promise.resolve(null),
        ]);
        // The tips' numbers and states, from the reports module, in one more query.
        const reportIds = [...new Set([...(findings ?? []).flatMap((f) => (f.report_id ? [f.report_id] : [])), ...(linkedIds ?? [])])];
        const cases = new Map((await this.reports.caseSummaries(on, reportIds)).map((r) => [r.id, r]));
        return { row, c, posts, sanctions, matters, findings, linkedIds, cases };
      },
      (found) => !found.row,
    );
    if (!row) throw notFound('干部');
    const summary = toSummary(row);
    const links =
      linkedIds &&
      linkedIds
        .flatMap((reportId) => cases.get(reportId) ?? [])
        .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime())
        .slice(0, 200);
    if (!c) throw notFound('干部');
    return {
      ...summary,
      ethnicity: c.ethnicity,
      nativePlace: c.native_place,
      partyMonth: c.party_month,
      workMonth: c.work_month,
      education: c.education,
      postSince: c.post_since,
      statusKind: c.status_kind,
      underInvestigation: c.under_investigation,
      investigationSince: c.investigation_since,
      fileAuditedOn: c.file_audited_on,
      posts: posts.map((p) => ({
        unitName: p.unit_name,
        post: p.post,
        level: p.level,
        started: p.started,
        ended: p.ended,
      })),
      sanctions: sanctions.map((s) => ({
        id: s.id,
        kind: s.kind as SanctionKind,
        kindLabel: labelOf('sanctionKind', s.kind),
        effectiveOn: s.effective_on,
        influenceUntil: influenceLastDay({
          id: s.id,
          kind: s.kind as SanctionKind,
          effectiveOn: s.effective_on,
          probationMonths: s.probation_months,
        }),
        probationMonths: s.probation_months,
        note: s.note,
      })),
      personalMatters: matters.map((m) => ({
        year: m.year,
        status: m.status,
        checkedOn: m.checked_on,
        checkReason: m.check_reason,
        detail: m.detail,
      })),
      findings:
        findings?.map((f) => ({
          id: f.id,
          outcome: f.outcome,
          concludedOn: f.concluded_on,
          summary: f.summary,
          reportId: f.report_id,
          reportNumber: (f.report_id && cases.get(f.report_id)?.number) ?? null,
        })) ?? null,
      linkedReports:
        links?.map((l) => ({ reportId: l.id, number: l.number, status: l.status, receivedAt: l.receivedAt.toISOString() })) ?? null,
    };
  }

  /**
   * What the pre-appointment checks read. A linked tip is open while the report is not
   * concluded (closed, merged into another, transferred, not accepted) and no finding
   * about this cadre has been recorded on it.
   */
  async vettingFacts(cadreId: string): Promise<CadreFacts> {
    const facts = (await this.vettingFactsMany([cadreId])).get(cadreId);
    if (!facts) throw notFound('干部');
    return facts;
  }

  /**
   * vettingFacts of many cadres in six queries (a vetting run's slate: five at once, then
   * the linked tips' states), by cadre id; an unknown id is absent. Sanctions come in date
   * order, so a re-evaluation compares alike.
   */
  async vettingFactsMany(cadreIds: string[]): Promise<Map<string, CadreFacts>> {
    const ids = [...new Set(cadreIds.filter((id) => isUuid(id)))];
    const out = new Map<string, CadreFacts>();
    if (ids.length === 0) return out;
    // Open: not concluded (closed, merged into another, transferred, not accepted).
    const [cadres, open, sanctions, matters, doubts] = await Promise.all([
      this.repository.vettingCadres(ids),
      this.repository.openCasesOfCadres(ids, [...CONCLUDED]),
      this.repository.vettingSanctions(ids),
      this.repository.latestPersonalMatters(ids),
      this.files.openDoubtsOf(ids),
    ]);
    // By cadre, in each query's order: a slate's cadres are not each looked for in every row.
    const byCadre = <T>(rows: T[], cadreOf: (row: T) => string): Map<string, T[]> => {
      const out = new Map<string, T[]>();
      for (const row of rows) {
        const list = out.get(cadreOf(row));
        if (list) list.push(row);
        else out.set(cadreOf(row), [row]);
      }
      return out;
    };
    const openBy = byCadre(open, (o) => o.cadreId);
    const sanctionsBy = byCadre(sanctions, (x) => x.cadre_id);
    const mattersBy = byCadre(matters, (m) => m.cadre_id);
    for (const row of cadres) {
      const pm = mattersBy.get(row.id)?.[0];
      out.set(row.id, {
        cadreId: row.id,
        unitId: row.unit_id,
        level: row.level,
        quotaKeys: row.quota_keys,
        underInvestigation: row.under_investigation,
        investigationSince: row.investigation_since,
        fileAuditedOn: row.file_audited_on,
        openFileDoubts: (doubts.get(row.id) ?? []).map((d) => ({ doubtId: d.id, rule: d.rule, fact: d.fact, message: d.message })),
        openReports: (openBy.get(row.id) ?? []).map((r) => ({
          reportId: r.reportId,
          number: r.number,
          status: r.status as CaseSummary['status'],
          receivedAt: r.receivedAt.toISOString(),
        })),
        sanctions: (sanctionsBy.get(row.id) ?? []).map((x) => ({
          id: x.id,
          kind: x.kind as SanctionKind,
          effectiveOn: x.effective_on,
          probationMonths: x.probation_months,
        })),
        personalMatters: pm
          ? { year: pm.year, status: pm.status, checkedOn: pm.checked_on, explainedOn: pm.explained_on, detail: pm.detail }
          : null,
      });
    }
    return out;
  }
}

/** The states in which a tip no longer counts as open against a cadre. */
const CONCLUDED: ReadonlySet<CaseSummary['status']> = new Set(['CLOSED', 'MERGED', 'TRANSFERRED', 'NOT_ACCEPTED']);
