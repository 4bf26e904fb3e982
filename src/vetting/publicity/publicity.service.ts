import { HttpStatus, Injectable } from '@nestjs/common';
import { Reads } from '../../infra/database/reads.js';
import type { Queryable } from '../../infra/database/sql.js';
import type { NoticeCandidate, NoticeView } from '../dto/publicity.dto.js';
export type { NoticeCandidate, NoticeView };
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { buildCalendar, type CalendarDays } from '../../infra/calendar/working-days.js';
import { Clock } from '../../infra/clock/clock.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { DomainException, notFound } from '../../infra/http/domain-exception.js';
import { OutboxService } from '../../infra/queue/outbox.service.js';
import { recordStep, VettingRepository } from '../vetting.repository.js';
import { CadresRepository } from '../../cadres/cadres.repository.js';
import { PublicityRepository, type NoticeRow } from './publicity.repository.js';
import { checkPublicityPeriod, periodWorkingDays } from './publicity-rules.js';
import { isUuid } from '../../infra/http/id-param.js';

export interface PublishInput {
  runId: string;
  title?: string | undefined;
  startsOn: string;
  endsOn: string;
  contact?: string | undefined;
  /** Default: every candidate of the run not yet on a notice. */
  candidateIds?: string[] | undefined;
  actorId?: string | null;
}

export interface WithdrawInput {
  reason: string;
  actorId?: string | null;
}

/**
 * Publicity notices (任前公示): published by staff for candidates who passed vetting,
 * shown on the public site for their period, with how to report.
 */
@Injectable()
export class PublicityService {
  private readonly calendar: CalendarDays;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly repository: PublicityRepository,
    private readonly vetting: VettingRepository,
    private readonly cadres: CadresRepository,
    private readonly reads: Reads,
  ) {
    this.calendar = buildCalendar(config.calendar);
  }

  today(): string {
    return this.clock.today();
  }

  async publish(input: PublishInput): Promise<NoticeView> {
    const today = this.today();
    const minWorkingDays = this.config.settings.vetting.publicityMinWorkingDays;
    const problem = checkPublicityPeriod({ start: input.startsOn, end: input.endsOn, today, minWorkingDays }, this.calendar);
    if (problem) throw new DomainException(HttpStatus.BAD_REQUEST, problem.code, problem.message);
    const run = isUuid(input.runId) ? await this.vetting.runById(input.runId) : null;
    if (!run) throw notFound('审查批次');
    // In the order of the cadres' numbers, as the cadres module orders them.
    const candidacies = await this.repository.runCandidates(run.id);
    const people = candidacies.length ? await this.cadres.summariesByIds([...new Set(candidacies.map((c) => c.cadre_id))]) : [];
    const rank = new Map(people.map((c, i) => [c.id, { i, name: c.name }]));
    const rows = candidacies
      .filter((c) => rank.has(c.cadre_id))
      .map((c) => ({ ...c, name: rank.get(c.cadre_id)!.name }))
      .sort((a, b) => rank.get(a.cadre_id)!.i - rank.get(b.cadre_id)!.i);
    const wanted = input.candidateIds ? new Set(input.candidateIds) : null;
    const chosen = wanted ? rows.filter((r) => wanted.has(r.id)) : rows.filter((r) => !r.on_notice);
    if (wanted && chosen.length !== wanted.size)
      throw new DomainException(HttpStatus.BAD_REQUEST, 'NOT_IN_RUN', '所选人选不属于该审查批次');
    if (chosen.length === 0) throw new DomainException(HttpStatus.CONFLICT, 'NOTHING_TO_PUBLISH', '该批次没有待公示的人选');
    for (const c of chosen) {
      if (c.on_notice) throw new DomainException(HttpStatus.CONFLICT, 'ALREADY_PUBLISHED', `${c.name}已在公示中，不能重复公示`);
      if (c.decision) throw new DomainException(HttpStatus.CONFLICT, 'ALREADY_DECIDED', `${c.name}已作出任用决定，不再公示`);
      // 有情况反映、未审查核实的不上会: only a candidate who passed vetting goes before the public.
      if (c.verdict !== 'PASS') throw new DomainException(HttpStatus.CONFLICT, 'VETTING_NOT_PASSED', `${c.name}任前审查尚未通过，不能公示`);
    }
    const workingDays = periodWorkingDays(input.startsOn, input.endsOn, this.calendar);
    const { district } = this.config.settings;
    const contact =
      input.contact?.trim() ||
      `公示期间，如对公示对象有情况反映，可通过本网站“反映问题”、拨打举报电话 ${district.hotline} 或来信来访向${district.department}反映。反映问题应实事求是，提倡实名反映。`;
    const title = input.title?.trim() || `${district.department}干部任前公示`;
    const { noticeId, raises } = await this.dataSource.transaction(async (m) => {
      const notice = await this.repository.insertNotice(m, {
        runId: run.id,
        title,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        workingDays,
        contact,
        publishedBy: input.actorId ?? null,
      });
      await this.repository.insertNoticeCandidates(
        m,
        notice.id,
        chosen.map((c) => c.id),
      );
      await recordStep(
        m,
        run.id,
        null,
        'PUBLICITY_PUBLISHED',
        {
          noticeId: notice.id,
          reference: notice.reference,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          workingDays,
          candidateIds: chosen.map((c) => c.id),
        },
        { kind: 'STAFF', id: input.actorId ?? null },
      );
      // Open tips about the candidates become urgent and are to be disposed of before the period ends (triage raises them).
      const raises = await this.outbox.write(m, [
        { queue: 'triage', name: 'appointment-raise', data: { raises: chosen.map((c) => ({ cadreId: c.cadre_id, changeId: notice.id })) } },
      ]);
      return { noticeId: notice.id, raises };
    });
    await this.outbox.dispatch(raises);
    return this.notice(noticeId);
  }

  private async candidatesOf(noticeId: string, on?: Queryable): Promise<NoticeCandidate[]> {
    const lines = await this.repository.noticeCandidates(noticeId, on);
    const people = lines.length ? await this.cadres.summariesByIds([...new Set(lines.map((l) => l.cadre_id))], on) : [];
    const cadre = new Map(people.map((c) => [c.id, c]));
    const rows = lines.flatMap((l) => {
      const c = cadre.get(l.cadre_id);
      return c ? [{ ...l, name: c.name, gender: c.gender, birth_month: c.birth_month, unit_name: c.unit_name, post: c.post }] : [];
    });
    return rows.map((r) => ({
      candidateId: r.candidate_id,
      cadreId: r.cadre_id,
      name: r.name,
      gender: r.gender,
      birthMonth: r.birth_month,
      unitName: r.unit_name,
      post: r.post,
      currentPost: `${r.unit_name}${r.post}`,
      proposedPost: r.proposed_post,
    }));
  }

  private async view(row: NoticeRow, on?: Queryable): Promise<NoticeView> {
    const today = this.today();
    return {
      id: row.id,
      runId: row.run_id,
      reference: row.reference,
      title: row.title,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      workingDays: row.working_days,
      contact: row.contact,
      open: !row.withdrawn_at && row.starts_on <= today && today <= row.ends_on,
      withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
      withdrawalReason: row.withdrawal_reason,
      candidates: await this.candidatesOf(row.id, on),
    };
  }

  /** Any notice, for staff. */
  async notice(id: string): Promise<NoticeView> {
    if (!isUuid(id)) throw notFound('公示');
    // On a staff GET, on the replica when it is fit (Reads); one not replayed there yet, on the primary.
    const view = await this.reads.run(
      async (on) => {
        const row = await this.repository.noticeById(id, on);
        return row ? this.view(row, on) : null;
      },
      (found) => found === null,
    );
    if (!view) throw notFound('公示');
    return view;
  }

  /**
   * 撤销: takes a notice down before its period ends (published by mistake, a candidate
   * withdrawn …), with the reason, recorded in the run's record in the same transaction.
   * Its candidates may then be published again; tips received after it no longer link to it.
   */
  async withdraw(id: string, input: WithdrawInput): Promise<NoticeView> {
    const today = this.today();
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      const row = isUuid(id) ? await this.repository.lockNotice(m, id) : null;
      if (!row) throw notFound('公示');
      if (row.withdrawn_at) {
        throw new DomainException(
          HttpStatus.CONFLICT,
          'ALREADY_WITHDRAWN',
          `公示 ${row.reference} 已于 ${this.clock.dateOf(row.withdrawn_at)} 撤销，不能重复撤销`,
        );
      }
      if (row.ends_on < today) {
        throw new DomainException(
          HttpStatus.CONFLICT,
          'PUBLICITY_ENDED',
          `公示 ${row.reference} 已于 ${row.ends_on} 期满结束，不能撤销；如不再任用，请记录任用决定`,
        );
      }
      const candidateIds = await this.repository.withdrawNotice(m, {
        id: row.id,
        at: now,
        by: input.actorId ?? null,
        reason: input.reason,
      });
      await recordStep(
        m,
        row.run_id,
        null,
        'PUBLICITY_WITHDRAWN',
        { noticeId: row.id, reference: row.reference, reason: input.reason, candidateIds },
        { kind: 'STAFF', id: input.actorId ?? null },
      );
    });
    return this.notice(id);
  }

  /** A notice the public may see: once its period has begun, unless it was withdrawn. */
  async publicNotice(id: string): Promise<NoticeView> {
    const notice = await this.notice(id);
    if (notice.startsOn > this.today() || notice.withdrawnAt) throw notFound('公示');
    return notice;
  }

  /** Notices in their period today and not withdrawn, newest first. */
  async currentNotices(): Promise<NoticeView[]> {
    const today = this.today();
    const rows = await this.repository.currentNotices(today);
    return Promise.all(rows.map((r) => this.view(r)));
  }

  /** Every notice of a run, withdrawn ones included, newest first. */
  async noticesOfRun(runId: string): Promise<NoticeView[]> {
    if (!isUuid(runId)) return [];
    // A staff read, on the replica when it is fit (Reads).
    return this.reads.run(async (on) => Promise.all((await this.repository.noticesOfRun(runId, on)).map((r) => this.view(r, on))));
  }

  /** The standing (not withdrawn) notice of a candidacy, if it was published. */
  async noticeOfCandidate(candidateId: string): Promise<NoticeView | null> {
    const noticeId = await this.reads.run((on) => this.repository.standingNoticeOf(candidateId, on));
    return noticeId ? this.notice(noticeId) : null;
  }

  /**
   * What the public tip form starts with when opened from a notice in its period: the
   * candidate as the reported person and the hidden references. Null otherwise (an
   * unknown or ended notice opens the ordinary form).
   */
  async formPrefill(
    noticeId: string | undefined,
    candidateId: string | undefined,
  ): Promise<{ reference: string; values: Record<string, string> } | null> {
    if (!noticeId || !isUuid(noticeId)) return null;
    const notice = await this.notice(noticeId).catch(() => null);
    if (!notice?.open) return null;
    const candidate = notice.candidates.find((c) => c.candidateId === candidateId) ?? null;
    const values: Record<string, string> = { noticeId: notice.id };
    if (candidate) {
      Object.assign(values, {
        noticeCandidateId: candidate.candidateId,
        subject1_name: candidate.name,
        subject1_unit: candidate.unitName,
        subject1_post: candidate.post,
      });
    }
    return { reference: notice.reference, values };
  }
}
