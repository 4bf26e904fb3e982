import { createHash } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, type AuditActor } from '../../audit/audit.service.js';
import { AuthRepository } from '../../auth/auth.repository.js';
import type { Viewer } from '../../auth/conflict/viewer.js';
import { Clock } from '../../infra/clock/clock.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { SignedRecords, type RecordContent } from '../../infra/documents/signed-record.js';
import { DomainException, notFound } from '../../infra/http/domain-exception.js';
import { isUuid } from '../../infra/http/id-param.js';
import { labelOf } from '../../infra/labels/catalogue.js';
import { VerificationService } from '../../verification/verification.service.js';
import { ProbationService } from '../probation/probation.service.js';
import { PublicityService } from '../publicity/publicity.service.js';
import { PublicityTipsService } from '../publicity/publicity-tips.service.js';
import { canonicalJson, VettingService } from '../vetting.service.js';
import { VettingRepository } from '../vetting.repository.js';
import {
  ballotProblem,
  dateBeforePrevious,
  missingBefore,
  RECORD_STEPS,
  TYPED_STEPS,
  type RecordStep,
  type TypedStep,
} from './appointment-record-rules.js';
import { STEP_SCHEMAS, type RecordStepView, type RecordView, type StepPayload } from './appointment-record.dto.js';
import { AppointmentRecordRepository, type StoredStep } from './appointment-record.repository.js';
import { daysOf, opinionRows, typedRows, type Row } from './record-rows.js';
import { recordTexts as T } from './record-texts.js';

/** The step before each typed step, whose dates it must not precede. */
const PREVIOUS: Record<TypedStep, TypedStep | null> = {
  MOTION: null,
  RECOMMENDATION: 'MOTION',
  INSPECTION: 'RECOMMENDATION',
  DECISION: 'INSPECTION',
};

/** A section of the exported 记实表: a step's heading and its rows. */
export interface RecordSectionContent {
  heading: string;
  rows: Row[];
}

/**
 * 全程记实 of an appointment (a vetting candidacy): 动议, 民主推荐, 考察 and 讨论决定 are typed in
 * from the console, each version an event in the audit chain written in the same
 * transaction; 征求意见, 任前公示 (and the tips during it), 任职 and 试用期 are read from the
 * verification requests, the notice, the outcome and the probation. The whole is what the
 * page shows and what the signed 记实表 carries.
 */
@Injectable()
export class AppointmentRecordService {
  private readonly time: Intl.DateTimeFormat;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AppointmentRecordRepository,
    private readonly vettingRecords: VettingRepository,
    private readonly vetting: VettingService,
    private readonly verification: VerificationService,
    private readonly publicity: PublicityService,
    private readonly tips: PublicityTipsService,
    private readonly probation: ProbationService,
    private readonly staff: AuthRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly signed: SignedRecords,
    private readonly config: AppConfig,
  ) {
    this.time = new Intl.DateTimeFormat('zh-CN', {
      timeZone: config.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
  }

  /** An instant as the record shows it, in the district's time zone: 2026-06-01 10:00. */
  formatTime(at: Date): string {
    const p = Object.fromEntries(this.time.formatToParts(at).map((x) => [x.type, x.value]));
    return `${p['year']}-${p['month']}-${p['day']} ${p['hour']}:${p['minute']}`;
  }

  /**
   * Records a typed step (a new version when it was recorded before). Refused with 409 when
   * the step before it is missing, or for 讨论决定 while the verdict is not PASS
   * (有情况反映、未审查核实的不上会); 400 when its dates come before the step it follows.
   */
  async record(candidateId: string, kind: TypedStep, input: unknown, actor: AuditActor, viewer: Viewer): Promise<RecordView> {
    if (!isUuid(candidateId)) throw notFound('审查对象');
    // The body was validated by the route; parsed again so that what is stored is exactly the schema's output.
    const payload: StepPayload[TypedStep] = STEP_SCHEMAS[kind].parse(input);
    const days = daysOf(kind, payload);
    if (days.last > this.clock.today())
      throw new DomainException(HttpStatus.BAD_REQUEST, 'DATE_IN_FUTURE', `${labelOf('appointmentStep', kind)}的日期不能晚于今天`, [
        { field: kind === 'INSPECTION' ? 'endsOn' : 'occurredOn', message: '日期不能晚于今天' },
      ]);
    if (kind === 'DECISION') {
      // The verdict as of now: a tip, an agency's answer, a 报备 or a file doubt may have come since it was last evaluated.
      const current = await this.vetting.evaluateCandidate(candidateId, { trigger: 'DECISION_RECORD_REQUESTED' });
      if (current.verdict !== 'PASS') {
        const reasons = viewer.withoutHidden(current.reasons).map((r) => r.message);
        throw new DomainException(
          HttpStatus.CONFLICT,
          'VETTING_NOT_PASSED',
          `有情况反映、未审查核实的不上会：${current.name}的任前审查${current.verdict === 'BLOCK' ? '未通过' : '尚待结论'}${reasons.length ? `（${reasons.join('；')}）` : ''}，不能记录讨论决定`,
        );
      }
    }
    await this.dataSource.transaction(async (m) => {
      const candidacy = await this.repository.lockCandidate(m, candidateId);
      if (!candidacy) throw notFound('审查对象');
      const current = currentVersions(await this.repository.stepsOf(candidateId, m));
      const missing = missingBefore(kind, new Set(current.keys()));
      if (missing)
        throw new DomainException(
          HttpStatus.CONFLICT,
          'STEP_OUT_OF_ORDER',
          `须先记录“${labelOf('appointmentStep', missing)}”，才能记录“${labelOf('appointmentStep', kind)}”`,
        );
      const previous = PREVIOUS[kind] && current.get(PREVIOUS[kind]);
      const previousLast = previous ? daysOf(previous.kind, previous.payload).last : null;
      if (dateBeforePrevious(days.first, previousLast)) {
        const field = kind === 'INSPECTION' ? 'startsOn' : 'occurredOn';
        throw new DomainException(
          HttpStatus.BAD_REQUEST,
          'STEP_BEFORE_PREVIOUS',
          `${labelOf('appointmentStep', kind)}的日期不能早于${labelOf('appointmentStep', previous!.kind)}（${previousLast}）`,
          [{ field, message: `不能早于${labelOf('appointmentStep', previous!.kind)}的日期 ${previousLast}` }],
        );
      }
      // A verdict that changed since the evaluation above (a tip linked meanwhile) stops the decision too.
      if (kind === 'DECISION' && candidacy.verdict !== 'PASS')
        throw new DomainException(
          HttpStatus.CONFLICT,
          'VETTING_NOT_PASSED',
          '有情况反映、未审查核实的不上会：任前审查结论已有变化，不能记录讨论决定',
        );
      if (kind === 'DECISION') {
        const motion = current.get('MOTION')!.payload as StepPayload['MOTION'];
        const problem = ballotProblem(motion.ballotRequired, payload as StepPayload['DECISION']);
        if (problem) throw new DomainException(HttpStatus.BAD_REQUEST, 'BALLOT_REQUIRED', problem.message, [problem]);
      }
      const recordedAt = this.clock.now();
      const version = (current.get(kind)?.version ?? 0) + 1;
      const auditSeq = await this.audit.record(
        {
          ...actor,
          action: 'appointment.step.record',
          targetType: 'vetting_candidate',
          targetId: candidateId,
          details: {
            step: kind,
            candidateId,
            runId: candidacy.runId,
            version,
            occurredOn: days.first,
            payloadSha256: createHash('sha256').update(canonicalJson(payload)).digest('hex'),
          },
        },
        m,
      );
      await this.repository.insertStep(m, {
        candidateId,
        kind,
        occurredOn: days.first,
        payload,
        recordedBy: actor.actorId ?? null,
        recordedAt,
        auditSeq,
      });
    });
    return this.view(candidateId, viewer);
  }

  /** The record of one appointment as the page and the API show it. */
  async view(candidateId: string, viewer: Viewer): Promise<RecordView> {
    const candidate = await this.vetting.candidate(candidateId, viewer); // 404 for an unknown one
    const runId = await this.vetting.runOf(candidate.id);
    const [run, stored, requests, notice, tipsDuring, probation, lines] = await Promise.all([
      this.vettingRecords.runById(runId),
      this.repository.stepsOf(candidate.id),
      this.verification.requestsFor('VETTING_CANDIDATE', candidate.id),
      this.publicity.noticeOfCandidate(candidate.id),
      this.tips.tipsOf(candidate.id),
      this.probation.ofCandidate(candidate.id),
      this.repository.procedureLinesOf(runId, candidate.id),
    ]);
    const names = await this.staff.displayNames(this.dataSource, [
      ...new Set([...stored.map((s) => s.recordedBy), ...lines.map((l) => l.actorId)].filter((id): id is string => id !== null)),
    ]);
    const who = (id: string | null) => (id ? (names.get(id) ?? T.staffUnknown) : null);
    const lastLine = (step: string, match: (data: Record<string, unknown>) => boolean = () => true) =>
      lines.filter((l) => l.step === step && match(l.data)).at(-1) ?? null;

    const byKind = new Map<TypedStep, StoredStep[]>();
    for (const s of stored) byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s]);
    const typed = (kind: TypedStep): RecordStepView => {
      const [current, ...older] = byKind.get(kind) ?? [];
      const rowsOf = (s: StoredStep) => typedRows(kind, STEP_SCHEMAS[kind].parse(s.payload));
      return {
        kind,
        label: labelOf('appointmentStep', kind),
        typed: true,
        done: Boolean(current),
        occurredOn: current?.occurredOn ?? null,
        rows: current ? rowsOf(current) : [],
        recordedBy: current ? who(current.recordedBy) : null,
        recordedAt: current ? current.recordedAt.toISOString() : null,
        auditSeq: current?.auditSeq ?? null,
        version: current?.version ?? null,
        payload: current?.payload ?? null,
        superseded: older.map((s) => ({
          version: s.version,
          occurredOn: s.occurredOn,
          rows: rowsOf(s),
          recordedBy: who(s.recordedBy),
          recordedAt: s.recordedAt.toISOString(),
          auditSeq: s.auditSeq,
        })),
      };
    };
    const derived = (
      kind: RecordStep,
      d: { done: boolean; occurredOn: string | null; rows: Row[]; line?: { actorId: string | null; at: Date } | null },
    ) => ({
      kind,
      label: labelOf('appointmentStep', kind),
      typed: false,
      done: d.done,
      occurredOn: d.occurredOn,
      rows: d.rows,
      recordedBy: d.line ? who(d.line.actorId) : null,
      recordedAt: d.line ? d.line.at.toISOString() : null,
      auditSeq: null,
      version: null,
      payload: null,
      superseded: [],
    });

    const dayOf = (iso: string) => this.formatTime(new Date(iso)).slice(0, 10);
    const answered = requests.filter((r) => r.reply);
    const opinions = derived('OPINIONS', {
      done: requests.length > 0 && answered.length === requests.length,
      occurredOn: requests.map((r) => r.sentOn).sort()[0] ?? null,
      rows: opinionRows(
        requests.map((r) => ({
          agencyName: r.agencyName,
          sentOn: r.sentOn,
          dueOn: r.dueOn,
          reply: r.reply ? { adverse: r.reply.adverse, body: r.reply.body, repliedOn: dayOf(r.reply.repliedAt) } : null,
        })),
      ),
    });
    // 回避: a tip hidden from the viewer is left out of the record they read.
    const visibleTips = viewer.withoutHidden(tipsDuring);
    const publicity = derived('PUBLICITY', {
      done: notice !== null,
      occurredOn: notice?.startsOn ?? null,
      rows: notice
        ? [
            { label: T.rows.notice, value: notice.reference },
            { label: T.rows.noticePeriod, value: T.rows.noticePeriodValue(notice.startsOn, notice.endsOn, notice.workingDays) },
            {
              label: T.rows.tips,
              value: visibleTips.length
                ? visibleTips.map((t) => T.rows.tipValue(t.number, dayOf(t.receivedAt))).join('；')
                : T.rows.tipsNone,
            },
          ]
        : [],
      line: notice ? lastLine('PUBLICITY_PUBLISHED', (d) => d['noticeId'] === notice.id) : null,
    });
    const outcomeLine = lastLine('OUTCOME_RECORDED');
    const appointedOn = typeof outcomeLine?.data['appointedOn'] === 'string' ? outcomeLine.data['appointedOn'] : null;
    const appointment = derived('APPOINTMENT', {
      done: candidate.decision !== null && candidate.decision !== 'SUSPEND',
      occurredOn: appointedOn ?? candidate.decidedOn,
      rows: candidate.decision
        ? [
            { label: T.rows.decision, value: labelOf('appointmentDecisionInRecords', candidate.decision) },
            { label: T.rows.decidedOn, value: candidate.decidedOn ?? '' },
            ...(appointedOn ? [{ label: T.rows.appointedOn, value: appointedOn }] : []),
            ...(candidate.decisionNote ? [{ label: T.rows.decisionNote, value: candidate.decisionNote }] : []),
          ]
        : [],
      line: outcomeLine,
    });
    const probationStep = derived('PROBATION', {
      done: Boolean(probation?.result),
      occurredOn: probation?.startsOn ?? null,
      rows: probation
        ? [
            { label: T.rows.probationPeriod, value: T.rows.probationPeriodValue(probation.startsOn, probation.endsOn) },
            {
              label: T.rows.probationResult,
              value: probation.result ? labelOf('probationResult', probation.result) : T.rows.probationPending,
            },
            ...(probation.assessedOn ? [{ label: T.rows.assessedOn, value: probation.assessedOn }] : []),
            ...(probation.assessmentNote ? [{ label: T.rows.assessmentNote, value: probation.assessmentNote }] : []),
          ]
        : [],
      line: lastLine('PROBATION_ASSESSED') ?? lastLine('PROBATION_STARTED'),
    });
    const steps: Record<RecordStep, RecordStepView> = {
      MOTION: typed('MOTION'),
      RECOMMENDATION: typed('RECOMMENDATION'),
      INSPECTION: typed('INSPECTION'),
      OPINIONS: opinions,
      DECISION: typed('DECISION'),
      PUBLICITY: publicity,
      APPOINTMENT: appointment,
      PROBATION: probationStep,
    };

    const recorded = new Set(TYPED_STEPS.filter((k) => byKind.has(k)));
    const recordable: TypedStep[] = [];
    const blocked: Array<{ kind: TypedStep; reason: string }> = [];
    for (const kind of TYPED_STEPS) {
      const missing = missingBefore(kind, recorded);
      if (missing) blocked.push({ kind, reason: T.blockedBy(labelOf('appointmentStep', missing)) });
      else if (kind === 'DECISION' && candidate.verdict !== 'PASS') blocked.push({ kind, reason: T.notPassed });
      else recordable.push(kind);
    }
    return {
      candidateId: candidate.id,
      runId,
      runTitle: run?.title ?? '',
      cadreId: candidate.cadreId,
      name: candidate.name,
      personNo: candidate.personNo,
      proposedPost: candidate.proposedPost,
      verdict: candidate.verdict,
      steps: RECORD_STEPS.map((k) => steps[k]),
      recordable,
      blocked,
    };
  }

  /**
   * The signed 记实表 (DOCX or PDF) of one appointment. The download is an event of the audit
   * chain, and the chain's head the file carries is that event: whoever holds the file can
   * find the moment it was issued in the trail.
   */
  async download(
    candidateId: string,
    format: 'DOCX' | 'PDF',
    viewer: Viewer,
    actor: AuditActor,
  ): Promise<{ fileName: string; body: Buffer }> {
    const view = await this.view(candidateId, viewer);
    const issuedAt = this.clock.now();
    const chainHead = await this.dataSource.transaction(async (m) => {
      await this.audit.record(
        {
          ...actor,
          action: 'appointment.record.download',
          targetType: 'vetting_candidate',
          targetId: view.candidateId,
          details: {
            format,
            candidateId: view.candidateId,
            runId: view.runId,
            steps: view.steps.filter((s) => s.done).map((s) => (s.version ? `${s.kind}:${s.version}` : s.kind)),
          },
        },
        m,
      );
      return (await this.audit.head(m))!;
    });
    const content: RecordContent = {
      kind: 'APPOINTMENT_RECORD',
      title: T.title,
      recordId: view.candidateId,
      sections: this.sections(view),
      chainHead,
      issuedAt: issuedAt.toISOString(),
      verifyUrl: `${this.config.env.PUBLIC_BASE_URL.replace(/\/$/, '')}/console/vetting/candidates/${view.candidateId}/record`,
    };
    const body = format === 'DOCX' ? await this.signed.docx(content) : await this.signed.pdf(content);
    return { fileName: `${T.title}-${view.name}-${view.personNo}.${format === 'DOCX' ? 'docx' : 'pdf'}`, body };
  }

  /** The sections of the 记实表: who the appointment is, then each step with its rows, who recorded it and when. */
  sections(view: RecordView): RecordSectionContent[] {
    const person: RecordSectionContent = {
      heading: '拟任人选',
      rows: [
        { label: '姓名', value: view.name },
        { label: '人员编号', value: view.personNo },
        { label: '拟任职务', value: view.proposedPost },
        { label: '审查批次', value: view.runTitle },
        { label: '任前审查结论', value: labelOf('verdictOnSheet', view.verdict) },
      ],
    };
    return [
      person,
      ...view.steps.map((s) => ({
        heading: s.label,
        rows: s.rows.length
          ? [
              ...s.rows,
              ...(s.recordedBy ? [{ label: T.recordedBy, value: s.recordedBy }] : []),
              ...(s.recordedAt ? [{ label: T.recordedAt, value: this.formatTime(new Date(s.recordedAt)) }] : []),
              ...(s.auditSeq !== null ? [{ label: T.auditSeq, value: String(s.auditSeq) }] : []),
              ...s.superseded.map((o) => ({
                label: T.superseded,
                value: `${T.supersededOne(o.version, this.formatTime(new Date(o.recordedAt)), o.recordedBy ?? T.staffUnknown)}：${o.rows
                  .map((r) => `${r.label} ${r.value}`)
                  .join('；')}`,
              })),
            ]
          : [{ label: s.label, value: T.notYet }],
      })),
    ];
  }
}

/** The newest version of each typed step recorded. */
function currentVersions(stored: StoredStep[]): Map<TypedStep, StoredStep> {
  const out = new Map<TypedStep, StoredStep>();
  for (const s of stored) if (!out.has(s.kind) || out.get(s.kind)!.version < s.version) out.set(s.kind, s);
  return out;
}
