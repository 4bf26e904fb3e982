import { HttpStatus, Injectable } from '@nestjs/common';
import type { NoticeCandidate, NoticeView } from '../dto/publicity.dto.js';
export type { NoticeCandidate, NoticeView };
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { buildCalendar, type CalendarDays } from '../../infra/calendar/working-days.js';
import { Clock } from '../../infra/clock/clock.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { DomainException, notFound } from '../../infra/http/domain-exception.js';
import { OutboxService } from '../../infra/queue/outbox.service.js';
import { recordStep } from '../vetting-steps.js';
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

interface NoticeRow {
  id: string;
  run_id: string;
  reference: string;
  title: string;
  starts_on: string;
  ends_on: string;
  working_days: number;
  contact: string;
  withdrawn_at: Date | null;
  withdrawal_reason: string | null;
}

const NOTICE_COLUMNS = `id, run_id, reference, title, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on, working_days, contact, withdrawn_at, withdrawal_reason`;

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
    const [run]: Array<{ id: string; title: string }> = isUuid(input.runId)
      ? await this.dataSource.query(`SELECT id, title FROM vetting_run WHERE id = $1`, [input.runId])
      : [];
    if (!run) throw notFound('审查批次');
    const rows: Array<{ id: string; cadre_id: string; name: string; verdict: string; decision: string | null; on_notice: boolean }> =
      await this.dataSource.query(
        `SELECT v.id, v.cadre_id, c.name, v.verdict, v.decision, EXISTS (SELECT 1 FROM publicity_candidate p WHERE p.candidate_id = v.id AND NOT p.withdrawn) AS on_notice
         FROM vetting_candidate v JOIN cadre c ON c.id = v.cadre_id WHERE v.run_id = $1 ORDER BY c.person_no`,
        [run.id],
      );
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
      const [notice]: Array<{ id: string; reference: string }> = await m.query(
        `INSERT INTO publicity_notice (run_id, reference, title, starts_on, ends_on, working_days, contact, published_by)
         VALUES ($1, 'GS-' || to_char($2::date, 'YYYY') || '-' || lpad(nextval('publicity_notice_number_seq')::text, 4, '0'), $3, $2, $4, $5, $6, $7)
         RETURNING id, reference`,
        [run.id, input.startsOn, title, input.endsOn, workingDays, contact, input.actorId ?? null],
      );
      await m.query(
        `INSERT INTO publicity_candidate (notice_id, candidate_id, position) SELECT $1, id, n FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, n)`,
        [notice!.id, chosen.map((c) => c.id)],
      );
      await recordStep(
        m,
        run.id,
        null,
        'PUBLICITY_PUBLISHED',
        {
          noticeId: notice!.id,
          reference: notice!.reference,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          workingDays,
          candidateIds: chosen.map((c) => c.id),
        },
        { kind: 'STAFF', id: input.actorId ?? null },
      );
      // Open tips about the candidates become urgent and are to be disposed of before the period ends (triage raises them).
      const raises = await this.outbox.write(
        m,
        chosen.map((c) => ({ queue: 'triage', name: 'appointment-raise', data: { cadreId: c.cadre_id, changeId: notice!.id } })),
      );
      return { noticeId: notice!.id, raises };
    });
    await this.outbox.dispatch(raises);
    return this.notice(noticeId);
  }

  private async candidatesOf(noticeId: string): Promise<NoticeCandidate[]> {
    const rows: Array<{
      candidate_id: string;
      cadre_id: string;
      name: string;
      gender: string;
      birth_month: string;
      unit_name: string;
      post: string;
      proposed_post: string;
    }> = await this.dataSource.query(
      `SELECT v.id AS candidate_id, c.id AS cadre_id, c.name, c.gender, c.birth_month, u.name AS unit_name, c.post, v.proposed_post
           FROM publicity_candidate p JOIN vetting_candidate v ON v.id = p.candidate_id
           JOIN cadre c ON c.id = v.cadre_id JOIN unit u ON u.id = c.unit_id
          WHERE p.notice_id = $1 ORDER BY p.position`,
      [noticeId],
    );
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

  private async view(row: NoticeRow): Promise<NoticeView> {
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
      candidates: await this.candidatesOf(row.id),
    };
  }

  /** Any notice, for staff. */
  async notice(id: string): Promise<NoticeView> {
    const [row]: NoticeRow[] = isUuid(id)
      ? await this.dataSource.query(`SELECT ${NOTICE_COLUMNS} FROM publicity_notice WHERE id = $1`, [id])
      : [];
    if (!row) throw notFound('公示');
    return this.view(row);
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
      const [row]: NoticeRow[] = isUuid(id)
        ? await m.query(`SELECT ${NOTICE_COLUMNS} FROM publicity_notice WHERE id = $1 FOR UPDATE`, [id])
        : [];
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
      await m.query(`UPDATE publicity_notice SET withdrawn_at = $2, withdrawn_by = $3, withdrawal_reason = $4 WHERE id = $1`, [
        row.id,
        now,
        input.actorId ?? null,
        input.reason,
      ]);
      await m.query(`UPDATE publicity_candidate SET withdrawn = true WHERE notice_id = $1`, [row.id]);
      const lines: Array<{ candidate_id: string }> = await m.query(
        `SELECT candidate_id FROM publicity_candidate WHERE notice_id = $1 ORDER BY position`,
        [row.id],
      );
      await recordStep(
        m,
        row.run_id,
        null,
        'PUBLICITY_WITHDRAWN',
        { noticeId: row.id, reference: row.reference, reason: input.reason, candidateIds: lines.map((l) => l.candidate_id) },
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
    const rows: NoticeRow[] = await this.dataSource.query(
      `SELECT ${NOTICE_COLUMNS} FROM publicity_notice WHERE starts_on <= $1 AND ends_on >= $1 AND withdrawn_at IS NULL
        ORDER BY starts_on DESC, reference DESC`,
      [today],
    );
    return Promise.all(rows.map((r) => this.view(r)));
  }

  /** Every notice of a run, withdrawn ones included, newest first. */
  async noticesOfRun(runId: string): Promise<NoticeView[]> {
    const rows: NoticeRow[] = isUuid(runId)
      ? await this.dataSource.query(
          `SELECT ${NOTICE_COLUMNS} FROM publicity_notice WHERE run_id = $1 ORDER BY published_at DESC, reference DESC`,
          [runId],
        )
      : [];
    return Promise.all(rows.map((r) => this.view(r)));
  }

  /** The standing (not withdrawn) notice of a candidacy, if it was published. */
  async noticeOfCandidate(candidateId: string): Promise<NoticeView | null> {
    const [row]: Array<{ notice_id: string }> = await this.dataSource.query(
      `SELECT notice_id FROM publicity_candidate WHERE candidate_id = $1 AND NOT withdrawn`,
      [candidateId],
    );
    return row ? this.notice(row.notice_id) : null;
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
