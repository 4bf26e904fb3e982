import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../infra/config/app-config.js';
import { DomainException, notFound } from '../infra/http/domain-exception.js';
import { OutboxService, type OutboxEntry } from '../infra/queue/outbox.service.js';
import type { JobItem } from '../infra/queue/jobs.js';
import { drawSample } from './rules/random-draw.js';
import type { SanctionKind } from './rules/influence.js';
import { isUuid } from '../infra/http/id-param.js';

export type LinkSource = 'TRIAGE' | 'STAFF' | 'PUBLICITY' | 'IMPORT';
export type FindingOutcome = 'SUBSTANTIATED' | 'PARTLY' | 'UNSUBSTANTIATED' | 'UNVERIFIABLE';
export type PersonalMattersStatus = 'NOT_VERIFIED' | 'CONSISTENT' | 'OMISSION' | 'CONCEALMENT';

const PG_FOREIGN_KEY = '23503';

/**
 * Writes to a cadre's record. Every change that can alter a vetting verdict queues a
 * `cadre-record-changed` job in the same transaction (outbox), so open candidacies are
 * re-evaluated even if Redis is down at that moment.
 */
/** A year's random check of personal-matters reports (个人有关事项报告随机抽查), as staff read it. */
export interface PersonalMattersDrawView {
  year: number;
  ratio: number;
  seed: string;
  population: number;
  drawnAt: Date;
  drawn: Array<{ personNo: string; cadreId: string | null; name: string | null; unitName: string | null }>;
}

@Injectable()
export class CadreRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  private async change<T>(cadreId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!isUuid(cadreId)) throw notFound('干部');
    const job: JobItem = { queue: 'vetting', name: 'cadre-record-changed', data: { cadreId, changeId: randomUUID() } };
    const { result, entries } = await this.dataSource.transaction(async (manager) => {
      const [exists]: unknown[] = await manager.query(`SELECT 1 FROM cadre WHERE id = $1 FOR UPDATE`, [cadreId]);
      if (!exists) throw notFound('干部');
      const result = await work(manager);
      return { result, entries: await this.outbox.write(manager, [job]) };
    });
    await this.outbox.dispatch(entries);
    return result;
  }

  /**
   * Links a tip to the cadre it concerns (triage after a person confirms, or publicity).
   * Only a linked tip counts against a candidate: a namesake is another cadre row.
   */
  async linkReport(input: {
    reportId: string;
    cadreId: string;
    source: LinkSource;
    actorId?: string | null;
  }): Promise<{ linked: boolean }> {
    if (!isUuid(input.reportId)) throw notFound('举报');
    return this.change(input.cadreId, async (manager) => {
      try {
        const rows: unknown[] = await manager.query(
          `INSERT INTO cadre_report_link (report_id, cadre_id, source, linked_by) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING RETURNING report_id`,
          [input.reportId, input.cadreId, input.source, input.actorId ?? null],
        );
        return { linked: rows.length > 0 };
      } catch (error) {
        if ((error as { code?: string }).code === PG_FOREIGN_KEY) throw notFound('举报');
        throw error;
      }
    });
  }

  /**
   * The same link, written inside the caller's transaction (triage links the subjects it
   * is sure of together with the rest of its result, so a retried job cannot lose them).
   * The caller dispatches the returned outbox entries after commit.
   */
  async linkReportWithin(
    manager: EntityManager,
    input: { reportId: string; cadreIds: string[]; source: LinkSource },
  ): Promise<OutboxEntry[]> {
    const linked: Array<{ cadre_id: string }> = await manager.query(
      `INSERT INTO cadre_report_link (report_id, cadre_id, source) SELECT $1, unnest($2::uuid[]), $3
       ON CONFLICT DO NOTHING RETURNING cadre_id`,
      [input.reportId, input.cadreIds, input.source],
    );
    const jobs: JobItem[] = linked.map((l) => ({
      queue: 'vetting',
      name: 'cadre-record-changed',
      data: { cadreId: l.cadre_id, changeId: randomUUID() },
    }));
    return this.outbox.write(manager, jobs);
  }

  async unlinkReport(reportId: string, cadreId: string): Promise<void> {
    if (!isUuid(reportId)) throw notFound('举报');
    await this.change(cadreId, (m) => m.query(`DELETE FROM cadre_report_link WHERE report_id = $1 AND cadre_id = $2`, [reportId, cadreId]));
  }

  /** Cadre ids a tip is linked to. */
  async cadresLinkedTo(reportId: string): Promise<string[]> {
    if (!isUuid(reportId)) return [];
    const rows: Array<{ cadre_id: string }> = await this.dataSource.query(`SELECT cadre_id FROM cadre_report_link WHERE report_id = $1`, [
      reportId,
    ]);
    return rows.map((r) => r.cadre_id);
  }

  async recordSanction(input: {
    cadreId: string;
    kind: SanctionKind;
    effectiveOn: string;
    probationMonths?: number | null;
    reportId?: string | null;
    note?: string | null;
    actorId?: string | null;
  }): Promise<{ id: string }> {
    if (input.kind === 'PARTY_PROBATION' && input.probationMonths !== 12 && input.probationMonths !== 24) {
      throw new DomainException(HttpStatus.BAD_REQUEST, 'PROBATION_REQUIRED', '留党察看须写明察看期：一年（12）或二年（24）');
    }
    return this.change(input.cadreId, async (m) => {
      const [row]: Array<{ id: string }> = await m.query(
        `INSERT INTO sanction (cadre_id, kind, effective_on, probation_months, report_id, note, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          input.cadreId,
          input.kind,
          input.effectiveOn,
          input.kind === 'PARTY_PROBATION' ? input.probationMonths : null,
          input.reportId ?? null,
          input.note ?? null,
          input.actorId ?? null,
        ],
      );
      return { id: row!.id };
    });
  }

  /**
   * A conclusion about a cadre that did not come from a tip (巡察, 审计, another body's
   * decision), with the sanction decided on it. A finding about a tip is recorded on its
   * case when the case is concluded (CaseWorkflow), never here: the cadre record alone
   * must not be able to clear a tip that is still being handled.
   */
  async recordFinding(input: {
    cadreId: string;
    source?: string | null;
    outcome: FindingOutcome;
    concludedOn: string;
    summary?: string | null;
    sanction?: { kind: SanctionKind; effectiveOn: string; probationMonths?: number | null } | null;
    actorId?: string | null;
  }): Promise<{ id: string; sanctionId: string | null }> {
    return this.change(input.cadreId, async (m) => {
      let sanctionId: string | null = null;
      if (input.sanction) {
        const [s]: Array<{ id: string }> = await m.query(
          `INSERT INTO sanction (cadre_id, kind, effective_on, probation_months, recorded_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [input.cadreId, input.sanction.kind, input.sanction.effectiveOn, input.sanction.probationMonths ?? null, input.actorId ?? null],
        );
        sanctionId = s!.id;
      }
      const [row]: Array<{ id: string }> = await m.query(
        `INSERT INTO cadre_finding (cadre_id, source, outcome, concluded_on, summary, sanction_id, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [input.cadreId, input.source ?? null, input.outcome, input.concludedOn, input.summary ?? null, sanctionId, input.actorId ?? null],
      );
      return { id: row!.id, sanctionId };
    });
  }

  /**
   * A concluded case's finding onto the record of every cadre the tip is linked to, inside
   * the case workflow's transaction (the only way a finding about a tip is recorded). The
   * caller dispatches the returned outbox entries after commit.
   */
  async recordCaseFindingsWithin(
    manager: EntityManager,
    input: { reportId: string; outcome: FindingOutcome; concludedOn: string; summary: string | null; actorId: string | null },
  ): Promise<{ cadreIds: string[]; entries: OutboxEntry[] }> {
    const rows: Array<{ cadre_id: string }> = await manager.query(
      `INSERT INTO cadre_finding (cadre_id, report_id, source, outcome, concluded_on, summary, recorded_by)
       SELECT l.cadre_id, $1, 'CASE', $2, $3, $4, $5 FROM cadre_report_link l WHERE l.report_id = $1 ORDER BY l.cadre_id
       RETURNING cadre_id`,
      [input.reportId, input.outcome, input.concludedOn, input.summary, input.actorId],
    );
    const cadreIds = rows.map((r) => r.cadre_id);
    const jobs: JobItem[] = cadreIds.map((cadreId) => ({
      queue: 'vetting',
      name: 'cadre-record-changed',
      data: { cadreId, changeId: randomUUID() },
    }));
    return { cadreIds, entries: await this.outbox.write(manager, jobs) };
  }

  async setInvestigation(input: {
    cadreId: string;
    underInvestigation: boolean;
    since?: string | null;
    note?: string | null;
  }): Promise<void> {
    await this.change(input.cadreId, (m) =>
      m.query(
        `UPDATE cadre SET under_investigation = $2, investigation_since = CASE WHEN $2 THEN $3::date END,
                          investigation_note = $4, updated_at = now() WHERE id = $1`,
        [input.cadreId, input.underInvestigation, input.since ?? null, input.note ?? null],
      ),
    );
  }

  /** 档案审核: the personnel file audited on a date (null: a doubt is open again). */
  async recordFileAudit(input: { cadreId: string; auditedOn: string | null; note?: string | null }): Promise<void> {
    await this.change(input.cadreId, (m) =>
      m.query(`UPDATE cadre SET file_audited_on = $2, file_audit_note = $3, updated_at = now() WHERE id = $1`, [
        input.cadreId,
        input.auditedOn,
        input.note ?? null,
      ]),
    );
  }

  /** A year's personal-matters report and, once checked, its result (一致 / 漏报 / 瞒报). */
  async recordPersonalMatters(input: {
    cadreId: string;
    year: number;
    status: PersonalMattersStatus;
    checkedOn?: string | null;
    checkReason?: 'RANDOM' | 'PROMOTION' | 'TIP' | null;
    detail?: string | null;
    explainedOn?: string | null;
  }): Promise<void> {
    if (input.status !== 'NOT_VERIFIED' && !input.checkedOn) {
      throw new DomainException(HttpStatus.BAD_REQUEST, 'CHECKED_ON_REQUIRED', '查核结果须写明查核日期');
    }
    await this.change(input.cadreId, (m) =>
      m.query(
        `INSERT INTO personal_matters_report (cadre_id, year, status, checked_on, check_reason, detail, explained_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (cadre_id, year) DO UPDATE SET status = EXCLUDED.status, checked_on = EXCLUDED.checked_on,
           check_reason = coalesce(EXCLUDED.check_reason, personal_matters_report.check_reason), detail = EXCLUDED.detail,
           explained_on = EXCLUDED.explained_on, updated_at = now()`,
        [
          input.cadreId,
          input.year,
          input.status,
          input.checkedOn ?? null,
          input.checkReason ?? null,
          input.detail ?? null,
          input.explainedOn ?? null,
        ],
      ),
    );
  }

  /**
   * The year's random check: draws the configured share of all cadres with a fresh seed,
   * records seed and population, and marks the drawn reports for checking. Once per year.
   */
  async drawPersonalMattersCheck(
    year: number,
    actorId?: string | null,
  ): Promise<{ year: number; seed: string; ratio: number; population: number; drawn: string[] }> {
    const ratio = this.config.settings.cadres.personalMattersCheckRatio;
    const seed = randomBytes(16).toString('hex');
    return this.dataSource.transaction(async (m) => {
      const people: Array<{ person_no: string }> = await m.query(`SELECT person_no FROM cadre ORDER BY person_no`);
      if (people.length === 0) throw new DomainException(HttpStatus.CONFLICT, 'ROSTER_EMPTY', '干部名册为空，无法抽查：请先导入名册');
      const population = people.map((p) => p.person_no);
      const drawn = drawSample(population, ratio, seed);
      const inserted: unknown[] = await m.query(
        `INSERT INTO personal_matters_draw (year, ratio, seed, population, drawn, drawn_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (year) DO NOTHING RETURNING id`,
        [year, ratio, seed, population, drawn, actorId ?? null],
      );
      if (inserted.length === 0)
        throw new DomainException(HttpStatus.CONFLICT, 'ALREADY_DRAWN', `${year} 年度已抽查过，不能重抽；可按记录的种子复核`);
      await m.query(
        `INSERT INTO personal_matters_report (cadre_id, year, check_reason)
         SELECT id, $1, 'RANDOM' FROM cadre WHERE person_no = ANY($2::text[])
         ON CONFLICT (cadre_id, year) DO UPDATE SET check_reason = 'RANDOM', updated_at = now()`,
        [year, drawn],
      );
      return { year, seed, ratio, population: population.length, drawn };
    });
  }

  /** The share of cadres the year's random check draws (settings: cadres.personalMattersCheckRatio). */
  personalMattersCheckRatio(): number {
    return this.config.settings.cadres.personalMattersCheckRatio;
  }

  /** Every year's random check, newest first, with the drawn cadres' names as the roster has them now. */
  async listPersonalMattersDraws(): Promise<PersonalMattersDrawView[]> {
    const rows = await this.dataSource.query<
      Array<{
        year: number;
        ratio: string;
        seed: string;
        population: number;
        drawn_at: Date;
        drawn: Array<{ personNo: string; cadreId: string | null; name: string | null; unitName: string | null }>;
      }>
    >(
      `SELECT d.year, d.ratio, d.seed, cardinality(d.population) AS population, d.created_at AS drawn_at,
              (SELECT coalesce(json_agg(json_build_object('personNo', p.no, 'cadreId', c.id, 'name', c.name, 'unitName', u.name) ORDER BY p.no), '[]')
                 FROM unnest(d.drawn) AS p(no) LEFT JOIN cadre c ON c.person_no = p.no LEFT JOIN unit u ON u.id = c.unit_id) AS drawn
         FROM personal_matters_draw d
        ORDER BY d.year DESC`,
    );
    return rows.map((r) => ({
      year: r.year,
      ratio: Number(r.ratio),
      seed: r.seed,
      population: r.population,
      drawnAt: r.drawn_at,
      drawn: r.drawn,
    }));
  }

  /** Redraws a recorded check from its seed and population: true when it matches what was drawn. */
  async verifyPersonalMattersDraw(year: number): Promise<{ year: number; seed: string; matches: boolean; drawn: string[] }> {
    const [row]: Array<{ ratio: string; seed: string; population: string[]; drawn: string[] }> = await this.dataSource.query(
      `SELECT ratio, seed, population, drawn FROM personal_matters_draw WHERE year = $1`,
      [year],
    );
    if (!row) throw notFound(`${year} 年度抽查记录`);
    const again = drawSample(row.population, Number(row.ratio), row.seed);
    return { year, seed: row.seed, matches: JSON.stringify(again) === JSON.stringify([...row.drawn].sort()), drawn: row.drawn };
  }
}
