import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/conflict/viewer.js';
import { notFound } from '../infra/http/domain-exception.js';
import type { CadreFacts } from './dto/cadre-facts.js';
import type { CadreDetail, CadreDictionary, CadreListQuery, CadreSummary, UnitNames } from './dto/cadre.dto.js';
import { influenceLastDay, SANCTION_KINDS, type SanctionKind } from './rules/influence.js';

/** The roster as triage's in-memory index reads it. */
export interface RosterSnapshot {
  stamp: string;
  people: Array<{ id: string; personNo: string; name: string; unit: string; post: string; rank: string | null; gender: string | null }>;
  /** Each unit's current name and its other names (aliases, former names). */
  units: Array<{ name: string; aliases: string[] }>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The roster stamp as an SQL expression, for callers that read it along with other things in one statement. */
export const ROSTER_STAMP_SQL = `(SELECT revision::text FROM roster_revision)`;

export const SUMMARY_COLUMNS = `c.id, c.person_no, c.name, c.surname, c.gender, c.birth_month, c.unit_id, u.name AS unit_name, c.post, c.level`;

export interface SummaryRow {
  id: string;
  person_no: string;
  name: string;
  surname: string;
  gender: string;
  birth_month: string;
  unit_id: string;
  unit_name: string;
  post: string;
  level: string | null;
}

export function toSummary(r: SummaryRow): CadreSummary {
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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private async summaries(where: string, params: unknown[], manager?: EntityManager): Promise<CadreSummary[]> {
    const rows: SummaryRow[] = await (manager ?? this.dataSource).query(
      `SELECT ${SUMMARY_COLUMNS} FROM cadre c JOIN unit u ON u.id = c.unit_id WHERE ${where} ORDER BY c.person_no`,
      params,
    );
    return rows.map(toSummary);
  }

  /** Every cadre with exactly this name (homonyms included: tell them apart by unit, post, birth). */
  findByName(name: string): Promise<CadreSummary[]> {
    return this.summaries('c.name = $1', [name.replace(/\s+/g, '')]);
  }

  /** Cadres with this surname, optionally within one unit ("王局长" in a tip about a named unit). */
  findBySurname(surname: string, unitId?: string): Promise<CadreSummary[]> {
    return unitId ? this.summaries('c.surname = $1 AND c.unit_id = $2', [surname, unitId]) : this.summaries('c.surname = $1', [surname]);
  }

  /** Cadres currently in a unit. */
  findByUnit(unitId: string): Promise<CadreSummary[]> {
    return UUID.test(unitId) ? this.summaries('c.unit_id = $1', [unitId]) : Promise.resolve([]);
  }

  /** The unit known by this name: its current name, an alias or a former name. */
  async findUnitByName(name: string): Promise<UnitNames | null> {
    const rows: Array<{ unit_id: string; name: string; names: string[] }> = await this.dataSource.query(
      `SELECT u.id AS unit_id, u.name,
              array(SELECT n2.name FROM unit_name n2 WHERE n2.unit_id = u.id ORDER BY n2.kind <> 'CURRENT', n2.name) AS names
         FROM unit_name n JOIN unit u ON u.id = n.unit_id WHERE n.name = $1`,
      [name.trim()],
    );
    const row = rows[0];
    return row ? { unitId: row.unit_id, name: row.name, names: row.names } : null;
  }

  async getById(id: string): Promise<CadreSummary> {
    const [cadre] = UUID.test(id) ? await this.summaries('c.id = $1', [id]) : [];
    if (!cadre) throw notFound('干部');
    return cadre;
  }

  /** Cadres by id (unknown ids are left out), in one query. */
  getByIds(ids: string[]): Promise<CadreSummary[]> {
    const valid = ids.filter((id) => UUID.test(id));
    return valid.length ? this.summaries('c.id = ANY ($1::uuid[])', [valid]) : Promise.resolve([]);
  }

  async findByPersonNo(personNo: string): Promise<CadreSummary | null> {
    const [cadre] = await this.summaries('c.person_no = $1', [personNo.trim()]);
    return cadre ?? null;
  }

  /** All names, surnames, unit names (with aliases and former names) and posts: a user dictionary for jieba. */
  async dictionary(): Promise<CadreDictionary> {
    const [people, units] = await Promise.all([
      this.dataSource.query<Array<{ names: string[]; surnames: string[]; posts: string[] }>>(
        `SELECT array(SELECT DISTINCT name FROM cadre ORDER BY 1) AS names,
                  array(SELECT DISTINCT surname FROM cadre ORDER BY 1) AS surnames,
                  array(SELECT DISTINCT post FROM cadre_post ORDER BY 1) AS posts`,
      ),
      this.dataSource.query<Array<{ unit_id: string; name: string; names: string[] }>>(
        `SELECT u.id AS unit_id, u.name, array_agg(n.name ORDER BY n.kind <> 'CURRENT', n.name) AS names
             FROM unit u JOIN unit_name n ON n.unit_id = u.id GROUP BY u.id ORDER BY u.name`,
      ),
    ]);
    return {
      names: people[0]!.names,
      surnames: people[0]!.surnames,
      posts: people[0]!.posts,
      units: units.map((u) => ({ unitId: u.unit_id, name: u.name, names: u.names })),
    };
  }

  /**
   * A stamp that changes whenever cadres or unit names change, so a module holding an
   * in-memory index built from `rosterSnapshot()` knows when to rebuild it. A one-row
   * read: statement triggers bump the revision in the changing transaction.
   */
  async rosterStamp(): Promise<string> {
    const [row]: Array<{ stamp: string }> = await this.dataSource.query(`SELECT ${ROSTER_STAMP_SQL} AS stamp`);
    return row!.stamp;
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
    const [people, units] = await Promise.all([
      this.dataSource.query<RosterSnapshot['people']>(
        `SELECT c.id, c.person_no AS "personNo", c.name, u.name AS unit, c.post, c.level AS rank, c.gender
           FROM cadre c JOIN unit u ON u.id = c.unit_id ORDER BY c.person_no`,
      ),
      this.dataSource.query<RosterSnapshot['units']>(
        `SELECT u.name, coalesce(array_agg(n.name ORDER BY n.kind <> 'CURRENT', n.name) FILTER (WHERE n.name <> u.name), '{}') AS aliases
           FROM unit u LEFT JOIN unit_name n ON n.unit_id = u.id GROUP BY u.id, u.name ORDER BY u.name`,
      ),
    ]);
    return { stamp, people, units };
  }

  /** Staff search: by name, person number or unit name (any of its names), newest roster order. */
  async list(query: CadreListQuery): Promise<{ items: CadreSummary[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.q) {
      params.push(query.q.replace(/\s+/g, ''));
      where.push(`(c.name = $${params.length} OR c.person_no = $${params.length} OR c.name LIKE $${params.length} || '%')`);
    }
    if (query.unit) {
      params.push(query.unit);
      where.push(`c.unit_id = (SELECT unit_id FROM unit_name WHERE name = $${params.length})`);
    }
    if (query.level) {
      params.push(query.level);
      where.push(`c.level = $${params.length}`);
    }
    const clause = where.length ? where.join(' AND ') : 'true';
    const [counted] = await this.dataSource.query<Array<{ total: number }>>(
      `SELECT count(*)::int AS total FROM cadre c WHERE ${clause}`,
      params,
    );
    const total = counted?.total ?? 0;
    params.push(query.limit, query.offset);
    const rows = await this.dataSource.query<SummaryRow[]>(
      `SELECT ${SUMMARY_COLUMNS} FROM cadre c JOIN unit u ON u.id = c.unit_id WHERE ${clause}
        ORDER BY c.person_no LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { items: rows.map(toSummary), total };
  }

  /**
   * The cadre's record. Findings belong to cases: only a reader allowed to see tips
   * (`caseViewer`) gets them, with the report they came from, except from tips hidden from them (回避).
   */
  async getDetail(id: string, caseViewer: Viewer | null): Promise<CadreDetail> {
    const summary = await this.getById(id);
    const findingParams: unknown[] = [id];
    // 回避: findings from a tip hidden from the viewer are left out (with their summary and number).
    const visibleFinding = caseViewer?.excluding('f.report_id', findingParams) ?? 'true';
    const linkParams: unknown[] = [id];
    const visibleLink = caseViewer?.excluding('l.report_id', linkParams) ?? 'true';
    const [[c], posts, sanctions, matters, findings, links] = await Promise.all([
      this.dataSource.query<
        Array<{
          ethnicity: string | null;
          native_place: string | null;
          party_month: string | null;
          work_month: string | null;
          education: string | null;
          post_since: string | null;
          status_kind: string | null;
          under_investigation: boolean;
          investigation_since: string | null;
          file_audited_on: string | null;
        }>
      >(
        `SELECT ethnicity, native_place, party_month, work_month, education, post_since, status_kind, under_investigation,
                to_char(investigation_since, 'YYYY-MM-DD') AS investigation_since, to_char(file_audited_on, 'YYYY-MM-DD') AS file_audited_on
           FROM cadre WHERE id = $1`,
        [id],
      ),
      this.dataSource.query<Array<{ unit_name: string; post: string; level: string | null; started: string | null; ended: string | null }>>(
        `SELECT u.name AS unit_name, p.post, p.level, p.started, p.ended FROM cadre_post p JOIN unit u ON u.id = p.unit_id
          WHERE p.cadre_id = $1 ORDER BY p.id DESC`,
        [id],
      ),
      this.dataSource.query<
        Array<{ id: string; kind: SanctionKind; effective_on: string; probation_months: number | null; note: string | null }>
      >(
        `SELECT id, kind, to_char(effective_on, 'YYYY-MM-DD') AS effective_on, probation_months, note FROM sanction WHERE cadre_id = $1 ORDER BY effective_on DESC`,
        [id],
      ),
      this.dataSource.query<
        Array<{ year: number; status: string; checked_on: string | null; check_reason: string | null; detail: string | null }>
      >(
        `SELECT year, status, to_char(checked_on, 'YYYY-MM-DD') AS checked_on, check_reason, detail FROM personal_matters_report
          WHERE cadre_id = $1 ORDER BY year DESC`,
        [id],
      ),
      caseViewer
        ? this.dataSource.query<
            Array<{
              id: string;
              outcome: string;
              concluded_on: string;
              summary: string | null;
              report_id: string | null;
              report_number: string | null;
            }>
          >(
            `SELECT f.id, f.outcome, to_char(f.concluded_on, 'YYYY-MM-DD') AS concluded_on, f.summary, f.report_id, r.number AS report_number
               FROM cadre_finding f LEFT JOIN report r ON r.id = f.report_id WHERE f.cadre_id = $1 AND ${visibleFinding} ORDER BY f.concluded_on DESC`,
            findingParams,
          )
        : Promise.resolve(null),
      caseViewer
        ? this.dataSource.query<Array<{ report_id: string; number: string; status: string; received_at: Date }>>(
            `SELECT l.report_id, r.number, r.status, r.received_at FROM cadre_report_link l JOIN report r ON r.id = l.report_id
              WHERE l.cadre_id = $1 AND ${visibleLink} ORDER BY r.received_at DESC LIMIT 200`,
            linkParams,
          )
        : Promise.resolve(null),
    ]);
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
        kind: s.kind,
        kindLabel: SANCTION_KINDS[s.kind]?.label ?? s.kind,
        effectiveOn: s.effective_on,
        influenceUntil: influenceLastDay({ id: s.id, kind: s.kind, effectiveOn: s.effective_on, probationMonths: s.probation_months }),
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
          reportNumber: f.report_number,
        })) ?? null,
      linkedReports:
        links?.map((l) => ({ reportId: l.report_id, number: l.number, status: l.status, receivedAt: l.received_at.toISOString() })) ?? null,
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
   * vettingFacts of many cadres in four queries (a vetting run's slate), by cadre id; an
   * unknown id is absent. Sanctions come in date order, so a re-evaluation compares alike.
   */
  async vettingFactsMany(cadreIds: string[]): Promise<Map<string, CadreFacts>> {
    const ids = [...new Set(cadreIds.filter((id) => UUID.test(id)))];
    const out = new Map<string, CadreFacts>();
    if (ids.length === 0) return out;
    const [cadres, open, sanctions, matters] = await Promise.all([
      this.dataSource.query<
        Array<{
          id: string;
          unit_id: string;
          level: string | null;
          quota_keys: string[];
          under_investigation: boolean;
          investigation_since: string | null;
          file_audited_on: string | null;
        }>
      >(
        `SELECT id, unit_id, level, quota_keys, under_investigation, to_char(investigation_since, 'YYYY-MM-DD') AS investigation_since,
                to_char(file_audited_on, 'YYYY-MM-DD') AS file_audited_on FROM cadre WHERE id = ANY ($1::uuid[])`,
        [ids],
      ),
      this.dataSource.query<Array<{ cadre_id: string; id: string; number: string; status: string; received_at: Date }>>(
        `SELECT l.cadre_id, r.id, r.number, r.status, r.received_at FROM cadre_report_link l JOIN report r ON r.id = l.report_id
          WHERE l.cadre_id = ANY ($1::uuid[]) AND r.status NOT IN ('CLOSED', 'MERGED', 'TRANSFERRED', 'NOT_ACCEPTED')
          ORDER BY l.cadre_id, r.received_at, r.id`,
        [ids],
      ),
      this.dataSource.query<
        Array<{ cadre_id: string; id: string; kind: SanctionKind; effective_on: string; probation_months: number | null }>
      >(
        `SELECT cadre_id, id, kind, to_char(effective_on, 'YYYY-MM-DD') AS effective_on, probation_months FROM sanction
          WHERE cadre_id = ANY ($1::uuid[]) ORDER BY cadre_id, effective_on, id`,
        [ids],
      ),
      this.dataSource.query<
        Array<{
          cadre_id: string;
          year: number;
          status: string;
          checked_on: string | null;
          explained_on: string | null;
          detail: string | null;
        }>
      >(
        `SELECT DISTINCT ON (cadre_id) cadre_id, year, status, to_char(checked_on, 'YYYY-MM-DD') AS checked_on, to_char(explained_on, 'YYYY-MM-DD') AS explained_on, detail
           FROM personal_matters_report WHERE cadre_id = ANY ($1::uuid[]) ORDER BY cadre_id, year DESC`,
        [ids],
      ),
    ]);
    for (const row of cadres) {
      const pm = matters.find((m) => m.cadre_id === row.id);
      out.set(row.id, {
        cadreId: row.id,
        unitId: row.unit_id,
        level: row.level,
        quotaKeys: row.quota_keys,
        underInvestigation: row.under_investigation,
        investigationSince: row.investigation_since,
        fileAuditedOn: row.file_audited_on,
        openReports: open
          .filter((r) => r.cadre_id === row.id)
          .map((r) => ({ reportId: r.id, number: r.number, status: r.status, receivedAt: r.received_at.toISOString() })),
        sanctions: sanctions
          .filter((x) => x.cadre_id === row.id)
          .map((x) => ({ id: x.id, kind: x.kind, effectiveOn: x.effective_on, probationMonths: x.probation_months })),
        personalMatters: pm
          ? { year: pm.year, status: pm.status, checkedOn: pm.checked_on, explainedOn: pm.explained_on, detail: pm.detail }
          : null,
      });
    }
    return out;
  }
}
