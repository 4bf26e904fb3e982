import { CATALOGUE } from '../../infra/labels/catalogue.js';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/conflict/viewer.js';
import { isCivilDate } from '../../cadres/rules/civil-date.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { DomainException, notFound } from '../../infra/http/domain-exception.js';
import { ProbationService } from '../probation/probation.service.js';
import { needsProbation } from '../probation/probation-rules.js';
import { recordStep, VettingRepository } from '../vetting.repository.js';
import { CadresService } from '../../cadres/cadres.service.js';
import { VettingService, type CandidateView } from '../vetting.service.js';
import { checkSuspension } from './publicity-rules.js';
import { PublicityService } from './publicity.service.js';
import { PublicityTipsService } from './publicity-tips.service.js';
import { isUuid } from '../../infra/http/id-param.js';
import type { ErrorCode } from '../../infra/http/error-codes.js';

export type Decision = 'APPOINT' | 'APPOINT_WITH_REMINDER' | 'DO_NOT_APPOINT' | 'SUSPEND';

export const DECISION_LABELS: Record<Decision, string> = CATALOGUE.appointmentDecisionInRecords;

export interface OutcomeInput {
  decision: Decision;
  note?: string | undefined;
  /** SUSPEND: the last day of the suspension (at most the configured months ahead). */
  suspendedUntil?: string | undefined;
  /** Appointment: the day it takes effect (default today); probation runs from it. */
  appointedOn?: string | undefined;
  /** An elected post (选任制) has no probation. */
  elected?: boolean | undefined;
  actorId?: string | null;
}

const bad = (code: ErrorCode, message: string) => new DomainException(HttpStatus.BAD_REQUEST, code, message);
const conflict = (code: ErrorCode, message: string) => new DomainException(HttpStatus.CONFLICT, code, message);

/**
 * The outcome of a candidacy after publicity (DOMAIN.md): unfounded → appoint; minor →
 * appoint with a reminder; serious → do not appoint; serious but not yet verifiable →
 * suspend up to 3 months. A suspension is not final: the verdict keeps updating and the
 * final outcome is recorded later. An appointment to a promoted non-elected post starts
 * probation.
 */
@Injectable()
export class OutcomeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: VettingRepository,
    private readonly cadres: CadresService,
    private readonly config: AppConfig,
    private readonly vetting: VettingService,
    private readonly publicity: PublicityService,
    private readonly tips: PublicityTipsService,
    private readonly probation: ProbationService,
  ) {}

  async record(candidateId: string, input: OutcomeInput, viewer: Viewer): Promise<CandidateView> {
    const candidacy = isUuid(candidateId) ? await this.repository.candidateForOutcome(candidateId) : null;
    if (!candidacy) throw notFound('审查对象');
    const c = { ...candidacy, decision: candidacy.decision as Decision | null, name: (await this.cadres.getById(candidacy.cadre_id)).name };
    if (c.decision && c.decision !== 'SUSPEND')
      throw conflict('ALREADY_DECIDED', `${c.name}已作出“${DECISION_LABELS[c.decision]}”的决定，不能更改`);
    const today = this.publicity.today();
    const note = input.note?.trim() || null;
    const notice = await this.publicity.noticeOfCandidate(c.id);
    if (notice) await this.tips.sweep(notice.id); // no tip of the period may be missed by a sweep not yet run
    const appointing = input.decision === 'APPOINT' || input.decision === 'APPOINT_WITH_REMINDER';
    let appointedOn: string | null = null;

    if (appointing) {
      if (!notice) throw conflict('NOT_PUBLISHED', `${c.name}尚未进行任前公示，不能任用`);
      if (today <= notice.endsOn) throw conflict('PUBLICITY_NOT_OVER', `公示期至 ${notice.endsOn} 结束，公示期满后方可作出任用决定`);
      appointedOn = input.appointedOn ?? today;
      if (!isCivilDate(appointedOn)) throw bad('BAD_DATE', '任职日期应写作 YYYY-MM-DD');
      if (appointedOn <= notice.endsOn) throw bad('APPOINTED_DURING_PUBLICITY', `任职日期应在公示期（至 ${notice.endsOn}）结束之后`);
      if (input.decision === 'APPOINT_WITH_REMINDER' && !note) throw bad('NOTE_REQUIRED', '任用并提醒的，请写明提醒的问题');
      const current = await this.vetting.evaluateCandidate(c.id, { trigger: 'OUTCOME_REQUESTED' });
      if (current.verdict !== 'PASS') {
        const reasons = current.reasons.map((r) => r.message).join('；');
        throw conflict('VETTING_NOT_PASSED', `任前审查${current.verdict === 'BLOCK' ? '未通过' : '尚待结论'}，不能任用：${reasons}`);
      }
    } else {
      if (!note)
        throw bad('NOTE_REQUIRED', input.decision === 'SUSPEND' ? '暂缓任用的，请写明反映的问题和暂缓理由' : '不予任用的，请写明理由');
      if (input.appointedOn) throw bad('NOT_AN_APPOINTMENT', '只有任用决定才有任职日期');
    }
    if (input.decision === 'SUSPEND') {
      if (!input.suspendedUntil || !isCivilDate(input.suspendedUntil))
        throw bad('SUSPENDED_UNTIL_REQUIRED', '暂缓任用须写明截止日期（YYYY-MM-DD）');
      const problem = checkSuspension(today, input.suspendedUntil, this.config.settings.vetting.suspendMaxMonths);
      if (problem) throw bad('SUSPENSION_TOO_LONG', problem);
    } else if (input.suspendedUntil) {
      throw bad('NOT_A_SUSPENSION', '只有暂缓任用才有截止日期');
    }

    const tipsDuringPublicity = await this.tips.tipsOf(c.id);
    const probation = await this.dataSource.transaction(async (m) => {
      // The guard in its WHERE stops a concurrent second decision.
      const decided = await this.repository.recordDecision(m, {
        id: c.id,
        decision: input.decision,
        decidedOn: today,
        note,
        suspendedUntil: input.suspendedUntil ?? null,
        decidedBy: input.actorId ?? null,
      });
      if (!decided) throw conflict('ALREADY_DECIDED', `${c.name}的任用决定已由他人作出`);
      await recordStep(
        m,
        c.run_id,
        c.id,
        'OUTCOME_RECORDED',
        {
          decision: input.decision,
          label: DECISION_LABELS[input.decision],
          decidedOn: today,
          note,
          suspendedUntil: input.suspendedUntil ?? null,
          appointedOn,
          noticeId: notice?.id ?? null,
          tipsDuringPublicity: tipsDuringPublicity.map((t) => t.number),
        },
        { kind: 'STAFF', id: input.actorId ?? null },
      );
      if (!appointing || !needsProbation({ promotion: c.promotion, elected: input.elected ?? false })) return null;
      return this.probation.start(m, {
        runId: c.run_id,
        candidateId: c.id,
        cadreId: c.cadre_id,
        post: c.proposed_post,
        appointedOn: appointedOn!,
        actorId: input.actorId ?? null,
      });
    });
    if (probation) await this.probation.schedule(probation);
    return this.vetting.candidate(c.id, viewer);
  }
}
