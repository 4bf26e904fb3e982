import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import type { ProbationView } from '../dto/publicity.dto.js';
export type { ProbationView };
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../infra/clock/clock.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { DomainException, notFound } from '../../infra/http/domain-exception.js';
import { QueueService } from '../../infra/queue/queue.service.js';
import { recordStep } from '../vetting-steps.js';
import { morningOf, probationEndsOn } from './probation-rules.js';
import { isUuid } from '../../infra/http/id-param.js';

export type ProbationResult = 'COMPETENT' | 'NOT_COMPETENT';

interface ProbationRow {
  id: string;
  candidate_id: string;
  cadre_id: string;
  name: string;
  post: string;
  starts_on: string;
  ends_on: string;
  reminded_at: Date | null;
  result: ProbationResult | null;
  assessed_on: string | null;
  assessment_note: string | null;
  run_id: string;
}

const SELECT = `SELECT p.id, p.candidate_id, p.cadre_id, c.name, p.post, to_char(p.starts_on, 'YYYY-MM-DD') AS starts_on,
                       to_char(p.ends_on, 'YYYY-MM-DD') AS ends_on, p.reminded_at, p.result,
                       to_char(p.assessed_on, 'YYYY-MM-DD') AS assessed_on, p.assessment_note, v.run_id
                  FROM probation p JOIN cadre c ON c.id = p.cadre_id JOIN vetting_candidate v ON v.id = p.candidate_id`;

const toView = (r: ProbationRow): ProbationView => ({
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
  ) {}

  /** Inside the appointment's transaction; call `schedule` after commit. */
  async start(
    m: EntityManager,
    input: { runId: string; candidateId: string; cadreId: string; post: string; appointedOn: string; actorId?: string | null },
  ): Promise<{ id: string; endsOn: string }> {
    const endsOn = probationEndsOn(input.appointedOn, this.config.settings.vetting.probationMonths);
    const [row]: Array<{ id: string }> = await m.query(
      `INSERT INTO probation (candidate_id, cadre_id, post, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [input.candidateId, input.cadreId, input.post, input.appointedOn, endsOn],
    );
    await recordStep(
      m,
      input.runId,
      input.candidateId,
      'PROBATION_STARTED',
      { probationId: row!.id, startsOn: input.appointedOn, endsOn },
      { kind: 'STAFF', id: input.actorId ?? null },
    );
    return { id: row!.id, endsOn };
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
      const [p]: Array<{ id: string; candidate_id: string; ends_on: string; run_id: string; name: string; post: string }> = await m.query(
        `SELECT p.id, p.candidate_id, to_char(p.ends_on, 'YYYY-MM-DD') AS ends_on, v.run_id, c.name, p.post
           FROM probation p JOIN vetting_candidate v ON v.id = p.candidate_id JOIN cadre c ON c.id = p.cadre_id
          WHERE p.id = $1 AND p.reminded_at IS NULL AND p.ends_on <= $2 FOR UPDATE OF p`,
        [probationId, today],
      );
      if (!p) return false;
      await m.query(`UPDATE probation SET reminded_at = now() WHERE id = $1`, [p.id]);
      await recordStep(
        m,
        p.run_id,
        p.candidate_id,
        'PROBATION_DUE',
        { probationId: p.id, endsOn: p.ends_on, message: `${p.name}（${p.post}）试用期于 ${p.ends_on} 届满，请组织考核` },
        { kind: 'SYSTEM' },
      );
      this.logger.log(`probation ${p.id} ends ${p.ends_on}: assessment due`);
      return true;
    });
  }

  /** Every probation past its end and not yet reminded (backstop for lost delayed jobs). */
  async remindDue(): Promise<number> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM probation WHERE reminded_at IS NULL AND ends_on <= $1 ORDER BY ends_on LIMIT 500`,
      [this.clock.today()],
    );
    let n = 0;
    for (const r of rows) if (await this.remind(r.id)) n += 1;
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
    const [run]: Array<{ run_id: string }> = await this.dataSource.query(`SELECT run_id FROM vetting_candidate WHERE id = $1`, [
      p.candidateId,
    ]);
    await this.dataSource.transaction(async (m) => {
      await m.query(`UPDATE probation SET result = $2, assessed_on = $3, assessment_note = $4, assessed_by = $5 WHERE id = $1`, [
        p.id,
        input.result,
        input.assessedOn,
        input.note?.trim() || null,
        input.actorId ?? null,
      ]);
      await recordStep(
        m,
        run!.run_id,
        p.candidateId,
        'PROBATION_ASSESSED',
        { probationId: p.id, result: input.result, assessedOn: input.assessedOn, note: input.note?.trim() || null },
        { kind: 'STAFF', id: input.actorId ?? null },
      );
    });
    return this.get(p.id);
  }

  async get(id: string): Promise<ProbationView> {
    const [row]: ProbationRow[] = isUuid(id) ? await this.dataSource.query(`${SELECT} WHERE p.id = $1`, [id]) : [];
    if (!row) throw notFound('试用期记录');
    return toView(row);
  }

  async ofCandidate(candidateId: string): Promise<ProbationView | null> {
    const [row]: ProbationRow[] = await this.dataSource.query(`${SELECT} WHERE p.candidate_id = $1`, [candidateId]);
    return row ? toView(row) : null;
  }

  /** The cadre's probations, the latest first. */
  async ofCadre(cadreId: string): Promise<ProbationView[]> {
    if (!isUuid(cadreId)) return [];
    const rows: ProbationRow[] = await this.dataSource.query(`${SELECT} WHERE p.cadre_id = $1 ORDER BY p.starts_on DESC`, [cadreId]);
    return rows.map(toView);
  }

  /** Probations already assessed, the latest assessment first. */
  async assessed(limit = 100): Promise<ProbationView[]> {
    const rows: ProbationRow[] = await this.dataSource.query(
      `${SELECT} WHERE p.result IS NOT NULL ORDER BY p.assessed_on DESC, c.name LIMIT $1`,
      [limit],
    );
    return rows.map(toView);
  }

  /** Open probations, soonest end first; `due`: only those past their end and not assessed. */
  async list(due: boolean): Promise<ProbationView[]> {
    const rows: ProbationRow[] = await this.dataSource.query(
      `${SELECT} WHERE p.result IS NULL AND (NOT $1::boolean OR p.ends_on <= $2) ORDER BY p.ends_on, c.name LIMIT 500`,
      [due, this.clock.today()],
    );
    return rows.map(toView);
  }
}
