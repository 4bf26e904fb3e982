import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import type { ProbationView } from '../dto/publicity.dto.js';
export type { ProbationView };
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../infra/clock/clock.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { DomainException, notFound } from '../../infra/http/domain-exception.js';
import { QueueService } from '../../infra/queue/queue.service.js';
import { Reads } from '../../infra/database/reads.js';
import { recordStep, VettingRepository } from '../vetting.repository.js';
import { CadresRepository } from '../../cadres/cadres.repository.js';
import { orderedByCadreName } from '../order-by-name.js';
import { ProbationRepository, type ProbationResult, type ProbationRow } from './probation.repository.js';
import { morningOf, probationEndsOn } from './probation-rules.js';
import { isUuid } from '../../infra/http/id-param.js';

export type { ProbationResult };

const toView = (r: ProbationRow & { name: string }): ProbationView => ({
  id: r.id,
  candidateId: r.candidate_id,
  cadreId: r.cadre_id,
  name: r.name,
  post: r.post,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  remindedAt: r.reminded_at?.toISOString() ?? null,
  result: r.result,
  assessedOn: r.assessed_on,
  assessmentNote: r.assessment_note,
});

/**
 * Probation (试用期) of a newly promoted cadre: started with the appointment, reminded at
 * its end by a delayed job (the sweep catches up if Redis lost it), then assessed.
 */
@Injectable()
export class ProbationService {
  private readonly logger = new Logger(ProbationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly queues: QueueService,
    private readonly repository: ProbationRepository,
    private readonly vetting: VettingRepository,
    private readonly cadres: CadresRepository,
    private readonly reads: Reads,
  ) {}

  /** The rows with their cadre's name (rows whose cadre is unknown are left out, as a join would). */
  private async named(rows: ProbationRow[]): Promise<Array<ProbationRow & { name: string }>> {
    const ids = [...new Set(rows.map((r) => r.cadre_id))];
    const names = new Map((ids.length ? await this.cadres.namesByIdsOrdered(ids) : []).map((c) => [c.id, c.name]));
    return rows.flatMap((r) => (names.has(r.cadre_id) ? [{ ...r, name: names.get(r.cadre_id)! }] : []));
  }

  /** Inside the appointment's transaction; call `schedule` after commit. */
  async start(
    m: EntityManager,
    input: { runId: string; candidateId: string; cadreId: string; post: string; appointedOn: string; actorId?: string | null },
  ): Promise<{ id: string; endsOn: string }> {
    const endsOn = probationEndsOn(input.appointedOn, this.config.settings.vetting.probationMonths);
    const id = await this.repository.insert(m, {
      candidateId: input.candidateId,
      cadreId: input.cadreId,
      post: input.post,
      startsOn: input.appointedOn,
      endsOn,
    });
    await recordStep(
      m,
      input.runId,
      input.candidateId,
      'PROBATION_STARTED',
      { probationId: id, startsOn: input.appointedOn, endsOn },
      { kind: 'STAFF', id: input.actorId ?? null },
    );
    return { id, endsOn };
  }

  /** The reminder as a delayed job at 09:00 on the last day; a queue outage is covered by the sweep. */
  async schedule(probation: { id: string; endsOn: string }): Promise<void> {
    const delay = Math.max(0, morningOf(probation.endsOn) - this.clock.now().getTime());
    try {
      await this.queues.add({ queue: 'vetting', name: 'probation-ends', data: { probationId: probation.id } }, { delay });
    } catch (error) {
      this.logger.warn(`probation reminder not queued (the sweep will catch up): ${(error as Error).message}`);
    }
  }

  /** The reminder: once, and not before the last day (a job run early by a retry does nothing). */
  async remind(probationId: string): Promise<boolean> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (m) => {
      const p = await this.repository.lockDueForReminder(m, probationId, today);
      if (!p) return false;
      const [cadre] = await this.cadres.namesByIdsOrdered([p.cadre_id]);
      await this.repository.markReminded(m, p.id);
      await recordStep(
        m,
        p.run_id,
        p.candidate_id,
        'PROBATION_DUE',
        { probationId: p.id, endsOn: p.ends_on, message: `${cadre?.name}（${p.post}）试用期于 ${p.ends_on} 届满，请组织考核` },
        { kind: 'SYSTEM' },
      );
      this.logger.log(`probation ${p.id} ends ${p.ends_on}: assessment due`);
      return true;
    });
  }

  /** Every probation past its end and not yet reminded (backstop for lost delayed jobs). */
  async remindDue(): Promise<number> {
    const ids = await this.repository.dueForReminder(this.clock.today());
    let n = 0;
    for (const id of ids) if (await this.remind(id)) n += 1;
    return n;
  }

  async assess(
    probationId: string,
    input: { result: ProbationResult; assessedOn: string; note?: string | undefined; actorId?: string | null },
  ): Promise<ProbationView> {
    const p = await this.get(probationId);
    if (p.result) throw new DomainException(HttpStatus.CONFLICT, 'ALREADY_ASSESSED', `试用期考核已于 ${p.assessedOn} 记录，不能重复考核`);
    if (input.assessedOn < p.endsOn)
      throw new DomainException(HttpStatus.BAD_REQUEST, 'PROBATION_NOT_OVER', `试用期至 ${p.endsOn} 届满，届满后方可考核`);
    if (input.assessedOn > this.clock.today()) throw new DomainException(HttpStatus.BAD_REQUEST, 'DATE_IN_FUTURE', '考核日期不能晚于今天');
    if (input.result === 'NOT_COMPETENT' && !input.note?.trim())
      throw new DomainException(HttpStatus.BAD_REQUEST, 'NOTE_REQUIRED', '考核不称职的，请写明情况及处理意见');
    const runId = await this.vetting.runOfCandidate(p.candidateId);
    await this.dataSource.transaction(async (m) => {
      await this.repository.assess(m, {
        id: p.id,
        result: input.result,
        assessedOn: input.assessedOn,
        note: input.note?.trim() || null,
        assessedBy: input.actorId ?? null,
      });
      await recordStep(
        m,
        runId!,
        p.candidateId,
        'PROBATION_ASSESSED',
        { probationId: p.id, result: input.result, assessedOn: input.assessedOn, note: input.note?.trim() || null },
        { kind: 'STAFF', id: input.actorId ?? null },
      );
    });
    return this.get(p.id);
  }

  async get(id: string): Promise<ProbationView> {
    const found = isUuid(id) ? await this.repository.byId(id) : null;
    const [row] = await this.named(found ? [found] : []);
    if (!row) throw notFound('试用期记录');
    return toView(row);
  }

  async ofCandidate(candidateId: string): Promise<ProbationView | null> {
    const found = await this.repository.ofCandidate(candidateId);
    const [row] = await this.named(found ? [found] : []);
    return row ? toView(row) : null;
  }

  /** The cadre's probations, the latest first. */
  async ofCadre(cadreId: string): Promise<ProbationView[]> {
    if (!isUuid(cadreId)) return [];
    return (await this.named(await this.repository.ofCadre(cadreId))).map(toView);
  }

  /** Probations already assessed, the latest assessment first (a day's by name). */
  async assessed(limit = 100): Promise<ProbationView[]> {
    if (limit <= 0) return [];
    // A staff read, on the replica when it is fit (Reads).
    return this.reads.run(async (on) =>
      (
        await orderedByCadreName(
          this.cadres,
          await this.repository.assessed(limit, on),
          (r) => r.assessed_on ?? '',
          (r) => r.cadre_id,
          limit,
          on,
        )
      ).map(toView),
    );
  }

  /** Open probations, soonest end first; `due`: only those past their end and not assessed. */
  async list(due: boolean): Promise<ProbationView[]> {
    const today = this.clock.today();
    // A staff read, on the replica when it is fit (Reads).
    return this.reads.run(async (on) =>
      (
        await orderedByCadreName(
          this.cadres,
          await this.repository.open(due, today, on),
          (r) => r.ends_on,
          (r) => r.cadre_id,
          500,
          on,
        )
      ).map(toView),
    );
  }
}
