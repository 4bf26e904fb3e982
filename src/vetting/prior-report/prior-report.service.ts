import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/conflict/viewer.js';
import { Clock } from '../../infra/clock/clock.js';
import { Reads } from '../../infra/database/reads.js';
import { DomainException, notFound } from '../../infra/http/domain-exception.js';
import type { ErrorCode } from '../../infra/http/error-codes.js';
import { isUuid } from '../../infra/http/id-param.js';
import { CATALOGUE } from '../../infra/labels/catalogue.js';
import type { CandidateView } from '../dto/vetting.dto.js';
import type { PriorReportReplyDto, PriorReportSentDto, PriorReportView } from '../dto/prior-report.dto.js';
import type { PriorReportFact } from '../vetting-rules.js';
import { recordStep } from '../vetting.repository.js';
import { VettingService } from '../vetting.service.js';
import { PriorReportFacts } from './prior-report-facts.service.js';
import { PriorReportRepository } from './prior-report.repository.js';

const RESULT_LABELS: Record<'AGREE' | 'DISAGREE', string> = CATALOGUE.priorReportResult;

const bad = (code: ErrorCode, message: string, field: string) =>
  new DomainException(HttpStatus.BAD_REQUEST, code, message, [{ field, message }]);
const conflict = (code: ErrorCode, message: string) => new DomainException(HttpStatus.CONFLICT, code, message);

/**
 * 报备 on a candidacy, recorded by staff: the report sent to the higher organization department
 * (已报备) and its reply (上级回复). Each is a step of the run's record (全程记实) written in the
 * change's transaction, and the candidacy is re-evaluated at once (the reply lifts or sets the
 * reason). Once the candidacy is decided (other than 暂缓任用) its 报备 stands as it was.
 */
@Injectable()
export class PriorReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PriorReportRepository,
    private readonly facts: PriorReportFacts,
    private readonly vetting: VettingService,
    private readonly clock: Clock,
    private readonly reads: Reads,
  ) {}

  /**
   * Candidacies (valid ids) and their 报备 facts, by id; unknown ids are absent. A staff member's
   * page reads them on the replica when it is fit (Reads: within a change's request they are read
   * on the primary); a candidacy the replica has not replayed yet is asked of the primary.
   */
  private candidaciesWithFacts(
    ids: string[],
  ): Promise<Map<string, { runId: string; decision: string | null; fact: PriorReportFact | null }>> {
    return this.reads.run(
      async (on) => {
        const rows = await this.repository.candidacies(ids, on);
        const facts = await this.facts.factsOf(
          rows.map((r) => ({ id: r.id, proposedPost: r.proposed_post, unitId: r.unit_id })),
          on,
        );
        return new Map(rows.map((r) => [r.id, { runId: r.run_id, decision: r.decision, fact: facts.get(r.id) ?? null }]));
      },
      (found) => found.size < ids.length,
    );
  }

  /** A candidacy and its 报备 facts (404 for an unknown candidacy). */
  private async subject(candidateId: string): Promise<{ runId: string; decision: string | null; fact: PriorReportFact | null }> {
    const id = candidateId.toLowerCase();
    const found = isUuid(id) ? (await this.candidaciesWithFacts([id])).get(id) : undefined;
    if (!found) throw notFound('审查对象');
    return found;
  }

  private static view(candidateId: string, fact: PriorReportFact | null): PriorReportView {
    return { candidateId, required: fact !== null, post: fact?.post ?? null, sent: fact?.sent ?? null, reply: fact?.reply ?? null };
  }

  /** The 报备 of a candidacy: whether its post needs one and what is recorded (404 for an unknown candidacy). */
  async view(candidateId: string): Promise<PriorReportView> {
    const { fact } = await this.subject(candidateId);
    return PriorReportService.view(candidateId.toLowerCase(), fact);
  }

  /** The 报备 of many candidacies at once (a run's page), by id; unknown ids are absent. */
  async views(candidateIds: string[]): Promise<Map<string, PriorReportView>> {
    const found = await this.candidaciesWithFacts(candidateIds.filter((id) => isUuid(id)));
    return new Map([...found].map(([id, { fact }]) => [id, PriorReportService.view(id, fact)]));
  }

  /** What may be recorded on this candidacy, or the refusal. */
  private async open(candidateId: string): Promise<{ runId: string; fact: PriorReportFact }> {
    const { runId, decision, fact } = await this.subject(candidateId);
    if (decision && decision !== 'SUSPEND') throw conflict('ALREADY_DECIDED', '该人选已作出任用决定，报备情况不能再修改');
    if (!fact) throw conflict('PRIOR_REPORT_NOT_REQUIRED', '拟任职务不在须报备的职务之列，无须向上级组织部门报备');
    return { runId, fact };
  }

  private notInFuture(date: string, field: string, label: string): void {
    const today = this.clock.today();
    if (date > today) throw bad('DATE_IN_FUTURE', `${label}不能晚于今天（${today}）`, field);
  }

  /** 已报备: the report sent upward (or its correction while no reply is recorded). */
  async recordSent(
    candidateId: string,
    input: PriorReportSentDto,
    actorId: string | null,
    viewer: Viewer | null,
  ): Promise<{ priorReport: PriorReportView; candidate: CandidateView }> {
    const { runId, fact } = await this.open(candidateId);
    this.notInFuture(input.sentOn, 'sentOn', '报备日期');
    const id = fact.candidateId;
    const stored = await this.dataSource.transaction(async (m) => {
      if (!(await this.repository.recordSent(m, { candidateId: id, ...input, actorId }))) return false;
      await recordStep(
        m,
        runId,
        id,
        'PRIOR_REPORT_SENT',
        {
          label: `拟任${fact.post}，${input.sentOn} 报${input.sentTo}（${input.reference}）`,
          post: fact.post,
          sentOn: input.sentOn,
          referenceNo: input.reference,
          sentTo: input.sentTo,
          corrects: fact.sent,
        },
        { kind: 'STAFF', id: actorId },
      );
      return true;
    });
    if (!stored) throw conflict('PRIOR_REPORT_REPLIED', '已记录上级组织部门的回复，报备情况不能再修改');
    return this.changed(id, 'PRIOR_REPORT_SENT', viewer);
  }

  /** 上级回复: the higher department's reply (or its correction), after the report was sent. */
  async recordReply(
    candidateId: string,
    input: PriorReportReplyDto,
    actorId: string | null,
    viewer: Viewer | null,
  ): Promise<{ priorReport: PriorReportView; candidate: CandidateView }> {
    const { runId, fact } = await this.open(candidateId);
    if (!fact.sent) throw conflict('PRIOR_REPORT_NOT_SENT', '请先记录向上级组织部门报备的情况（报备日期、文号），再记录回复');
    this.notInFuture(input.repliedOn, 'repliedOn', '回复日期');
    if (input.repliedOn < fact.sent.on) throw bad('REPLY_BEFORE_REPORT', `回复日期不能早于报备日期（${fact.sent.on}）`, 'repliedOn');
    const id = fact.candidateId;
    const note = input.note?.trim() || null;
    const stored = await this.dataSource.transaction(async (m) => {
      if (!(await this.repository.recordReply(m, { candidateId: id, ...input, note, actorId }))) return false;
      await recordStep(
        m,
        runId,
        id,
        'PRIOR_REPORT_REPLIED',
        {
          label: `上级组织部门 ${input.repliedOn} 回复${RESULT_LABELS[input.result]}（${input.reference}）${note ? `：${note}` : ''}`,
          post: fact.post,
          repliedOn: input.repliedOn,
          referenceNo: input.reference,
          result: input.result,
          note,
          corrects: fact.reply,
        },
        { kind: 'STAFF', id: actorId },
      );
      return true;
    });
    // The report changed between the check and the write (another member's correction): say what now stands.
    if (!stored) throw conflict('PRIOR_REPORT_NOT_SENT', '报备情况刚被修改，请刷新后按新的报备日期记录回复');
    return this.changed(id, 'PRIOR_REPORT_REPLIED', viewer);
  }

  /** The change's answer: the 报备 and the candidate re-evaluated, as the viewer may read it (null: a command run with no one reading). */
  private async changed(
    candidateId: string,
    trigger: string,
    viewer: Viewer | null,
  ): Promise<{ priorReport: PriorReportView; candidate: CandidateView }> {
    const candidate = await this.vetting.evaluateCandidate(candidateId, { trigger });
    return { priorReport: await this.view(candidateId), candidate: viewer ? this.vetting.forViewer(candidate, viewer) : candidate };
  }
}
