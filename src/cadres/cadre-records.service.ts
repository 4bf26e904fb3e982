import { HttpStatus, Injectable } from '@nestjs/common';
import { Reads } from '../infra/database/reads.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../infra/config/app-config.js';
import { DomainException, notFound } from '../infra/http/domain-exception.js';
import { OutboxService, type OutboxEntry } from '../infra/queue/outbox.service.js';
import type { JobItem } from '../infra/queue/jobs.js';
import { CadreRecordsRepository } from './cadre-records.repository.js';
import { FileAuditRepository } from './file-audit/file-audit.repository.js';
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
    private readonly repository: CadreRecordsRepository,
    private readonly files: FileAuditRepository,
    private readonly reads: Reads,
  ) {}

  private async change<T>(cadreId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!isUuid(cadreId)) throw notFound('干部');
    const job: JobItem = { queue: 'vetting', name: 'cadre-record-changed', data: { cadreId, changeId: randomUUID() } };
    const { result, entries } = await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.lockCadre(manager, cadreId))) throw notFound('干部');
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
        const linked = await this.repository.linkReport(manager, {
          reportId: input.reportId,
          cadreId: input.cadreId,
          source: input.source,
          linkedBy: input.actorId ?? null,
        });
        return { linked };
      } catch (error) {
        if ((error as { code?: string }).code === PG_FOREIGN_KEY) throw notFound('举报');
        throw error;
      }
    });
  }

  /**
   * The same links for many tips at once, written inside the caller's transaction (triage
   * links the subjects it is sure of together with the rest of its result, so a retried job
   * cannot lose them): one statement for the links, one for the outbox. The caller dispatches
   * the returned outbox entries after commit.
   */
  async linkReportsWithin(
    manager: EntityManager,
    input: { links: ReadonlyArray<{ reportId: string; cadreIds: string[] }>; source: LinkSource },
  ): Promise<OutboxEntry[]> {
    const pairs = input.links.flatMap((l) => [...new Set(l.cadreIds)].map((cadreId) => ({ reportId: l.reportId, cadreId })));
    const linked = await this.repository.linkReportsToCadres(manager, pairs, input.source);
    const jobs: JobItem[] = linked.map(({ cadreId }) => ({
      queue: 'vetting',
      name: 'cadre-record-changed',
      data: { cadreId, changeId: randomUUID() },
    }));
    return this.outbox.write(manager, jobs);
  }

  async unlinkReport(reportId: string, cadreId: string): Promise<void> {
    if (!isUuid(reportId)) throw notFound('举报');
    await this.change(cadreId, (m) => this.repository.unlinkReport(m, reportId, cadreId));
  }

  /** Cadre ids a tip is linked to. */
  async cadresLinkedTo(reportId: string): Promise<string[]> {
    if (!isUuid(reportId)) return [];
    return this.repository.cadresLinkedTo(reportId);
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
      const id = await this.repository.insertSanction(m, {
        cadreId: input.cadreId,
        kind: input.kind,
        effectiveOn: input.effectiveOn,
        probationMonths: input.kind === 'PARTY_PROBATION' ? (input.probationMonths ?? null) : null,
        reportId: input.reportId ?? null,
        note: input.note ?? null,
        recordedBy: input.actorId ?? null,
      });
      return { id };
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
        sanctionId = await this.repository.insertSanction(m, {
          cadreId: input.cadreId,
          kind: input.sanction.kind,
          effectiveOn: input.sanction.effectiveOn,
          probationMonths: input.sanction.probationMonths ?? null,
          reportId: null,
          note: null,
          recordedBy: input.actorId ?? null,
        });
      }
      const id = await this.repository.insertFinding(m, {
        cadreId: input.cadreId,
        source: input.source ?? null,
        outcome: input.outcome,
        concludedOn: input.concludedOn,
        summary: input.summary ?? null,
        sanctionId,
        recordedBy: input.actorId ?? null,
      });
      return { id, sanctionId };
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
    const cadreIds = await this.repository.insertCaseFindings(manager, {
      reportId: input.reportId,
      outcome: input.outcome,
      concludedOn: input.concludedOn,
      summary: input.summary,
      recordedBy: input.actorId,
    });
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
      this.repository.setInvestigation(m, {
        id: input.cadreId,
        underInvestigation: input.underInvestigation,
        since: input.since ?? null,
        note: input.note ?? null,
      }),
    );
  }

  /**
   * A change to the cadre's record made by another part of the cadres module (the file
   * audit): the cadre's row held, `work` run, and the re-evaluation of its open candidacies
   * queued in the same transaction.
   */
  changeRecord<T>(cadreId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.change(cadreId, work);
  }

  /** The file audited on a date, inside a change (the file audit's completion). */
  async setFileAuditWithin(
    manager: EntityManager,
    input: { cadreId: string; auditedOn: string | null; note: string | null },
  ): Promise<void> {
    await this.repository.setFileAudit(manager, { id: input.cadreId, auditedOn: input.auditedOn, note: input.note });
  }

  /**
   * 档案审核: the personnel file audited on a date (null: a doubt is open again). A date is
   * refused while a doubt of the file audit (档案专项审核) is open, as completing that audit is.
   */
  async recordFileAudit(input: { cadreId: string; auditedOn: string | null; note?: string | null }): Promise<void> {
    await this.change(input.cadreId, async (m) => {
      const open = input.auditedOn === null ? 0 : await this.files.countOpenDoubts(m, input.cadreId);
      if (open > 0) {
        throw new DomainException(
          HttpStatus.CONFLICT,
          'FILE_DOUBTS_OPEN',
          `档案专项审核尚有 ${open} 项存疑事项未查明，不能记录审核完成：请在档案专项审核页面逐项查明`,
        );
      }
      await this.repository.setFileAudit(m, { id: input.cadreId, auditedOn: input.auditedOn, note: input.note ?? null });
    });
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
      this.repository.upsertPersonalMatters(m, {
        cadreId: input.cadreId,
        year: input.year,
        status: input.status,
        checkedOn: input.checkedOn ?? null,
        checkReason: input.checkReason ?? null,
        detail: input.detail ?? null,
        explainedOn: input.explainedOn ?? null,
      }),
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
      const population = await this.repository.allPersonNos(m);
      if (population.length === 0) throw new DomainException(HttpStatus.CONFLICT, 'ROSTER_EMPTY', '干部名册为空，无法抽查：请先导入名册');
      const drawn = drawSample(population, ratio, seed);
      const inserted = await this.repository.insertDraw(m, { year, ratio, seed, population, drawn, drawnBy: actorId ?? null });
      if (!inserted) throw new DomainException(HttpStatus.CONFLICT, 'ALREADY_DRAWN', `${year} 年度已抽查过，不能重抽；可按记录的种子复核`);
      await this.repository.markDrawn(m, year, drawn);
      return { year, seed, ratio, population: population.length, drawn };
    });
  }

  /** The share of cadres the year's random check draws (settings: cadres.personalMattersCheckRatio). */
  personalMattersCheckRatio(): number {
    return this.config.settings.cadres.personalMattersCheckRatio;
  }

  /** Every year's random check, newest first, with the drawn cadres' names as the roster has them now. */
  async listPersonalMattersDraws(): Promise<PersonalMattersDrawView[]> {
    // A staff read, on the replica when it is fit (Reads).
    return this.reads.run((on) => this.repository.draws(on));
  }

  /** Redraws a recorded check from its seed and population: true when it matches what was drawn. */
  async verifyPersonalMattersDraw(year: number): Promise<{ year: number; seed: string; matches: boolean; drawn: string[] }> {
    // A staff read, on the replica when it is fit (Reads); a draw made a moment ago, on the primary.
    const row = await this.reads.run(
      (on) => this.repository.draw(year, on),
      (found) => found === null,
    );
    if (!row) throw notFound(`${year} 年度抽查记录`);
    const again = drawSample(row.population, row.ratio, row.seed);
    return { year, seed: row.seed, matches: JSON.stringify(again) === JSON.stringify([...row.drawn].sort()), drawn: row.drawn };
  }
}
