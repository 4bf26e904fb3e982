import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CadreRecordsService } from '../../cadres/cadre-records.service.js';
import { Clock } from '../../infra/clock/clock.js';
import { recordStep } from '../vetting.repository.js';
import { matchTip, type NoticeForMatch, type TipForMatch } from './publicity-rules.js';
import { ReportEventsRepository } from '../../reports/events/report-events.repository.js';
import { CadresRepository } from '../../cadres/cadres.repository.js';
import { ReportsRepository } from '../../reports/reports.repository.js';
import { VettingRepository } from '../vetting.repository.js';
import { PublicityRepository } from './publicity.repository.js';

const BATCH = 200;

interface PendingTip {
  id: string;
  number: string;
  received_at: Date;
  subjects: TipForMatch['subjects'];
  notice: { noticeId?: string; candidateId?: string | null } | null;
}

/**
 * Tips received during a publicity period (任前公示): each is examined once; one that
 * cites a notice or names a candidate is linked to that candidate's record (source
 * PUBLICITY), which re-opens the verdict through the cadre-record-changed job.
 */
@Injectable()
export class PublicityTipsService {
  private readonly logger = new Logger(PublicityTipsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: CadreRecordsService,
    private readonly events: ReportEventsRepository,
    private readonly repository: PublicityRepository,
    private readonly vetting: VettingRepository,
    private readonly reports: ReportsRepository,
    private readonly cadres: CadresRepository,
    private readonly clock: Clock,
  ) {}

  /** Examines every tip received during any notice's period (or one notice's) not examined yet; a withdrawn notice's period ends when it was withdrawn. */
  async sweep(noticeId?: string): Promise<{ examined: number; linked: number }> {
    let examined = 0;
    let linked = 0;
    // The periods are civil dates in the district's time zone (the session's); the tips come from
    // the reports module page by page in order of receipt, those examined already left out.
    const periods = (await this.repository.noticePeriods(noticeId ?? null)).map((n) => ({
      startsOn: n.starts_on,
      endsOn: n.ends_on,
      until: n.withdrawn_at,
    }));
    let after: { at: Date; id: string } | null = null;
    for (;;) {
      const page = await this.reports.receivedDuring(this.dataSource, periods, after, BATCH);
      const checked = await this.repository.checkedAmong(page.map((tip) => tip.id));
      const found = page.filter((tip) => !checked.has(tip.id));
      // The tip's cited notice is on its RECEIVED event.
      const received = await this.events.receivedData(found.map((tip) => tip.id));
      const tips: PendingTip[] = found.map((tip) => ({
        id: tip.id,
        number: tip.number,
        received_at: tip.received_at,
        subjects: tip.subjects as TipForMatch['subjects'],
        notice: (received.get(tip.id)?.['notice'] as PendingTip['notice']) ?? null,
      }));
      for (const tip of tips) linked += await this.examine(tip);
      examined += tips.length;
      if (page.length < BATCH) return { examined, linked };
      after = { at: page[page.length - 1]!.received_at, id: page[page.length - 1]!.id };
    }
  }

  /** The notices standing when a tip was received: in their period that day and not withdrawn by then. */
  private async noticesAt(day: string, receivedAt: Date): Promise<NoticeForMatch[]> {
    const standing = await this.repository.noticesStandingAt(day, receivedAt);
    const hints = new Map(
      (standing.length ? await this.cadres.matchingHints([...new Set(standing.map((r) => r.cadre_id))]) : []).map((c) => [c.id, c]),
    );
    const rows = standing.flatMap((r) => {
      const c = hints.get(r.cadre_id);
      return c ? [{ ...r, name: c.name, hints: [...c.unit_names, c.post, r.proposed_post], namesakes: c.namesakes }] : [];
    });
    const notices = new Map<string, NoticeForMatch>();
    for (const r of rows) {
      const n = notices.get(r.notice_id) ?? { id: r.notice_id, startsOn: r.starts_on, endsOn: r.ends_on, candidates: [] };
      n.candidates.push({ candidateId: r.candidate_id, name: r.name, hints: r.hints, namesakes: r.namesakes });
      notices.set(r.notice_id, n);
    }
    return [...notices.values()];
  }

  /** Links one tip; marks it examined only after every link is written, so a crash repeats harmlessly. */
  private async examine(tip: PendingTip): Promise<number> {
    const receivedOn = this.clock.dateOf(tip.received_at);
    const cited = tip.notice?.noticeId ? { noticeId: tip.notice.noticeId, candidateId: tip.notice.candidateId ?? null } : null;
    const matches = matchTip({ receivedOn, subjects: tip.subjects ?? [], cited }, await this.noticesAt(receivedOn, tip.received_at));
    let linked = 0;
    for (const match of matches) {
      const candidate = await this.vetting.candidateForOutcome(match.candidateId);
      if (!candidate) continue;
      const inserted = await this.dataSource.transaction(async (m) => {
        const added = await this.repository.insertReportLink(m, {
          reportId: tip.id,
          candidateId: match.candidateId,
          noticeId: match.noticeId,
          basis: match.basis,
        });
        if (added) {
          await recordStep(
            m,
            candidate.run_id,
            match.candidateId,
            'PUBLICITY_TIP_LINKED',
            { reportId: tip.id, number: tip.number, noticeId: match.noticeId, basis: match.basis, receivedOn },
            { kind: 'SYSTEM' },
          );
        }
        return added;
      });
      // The cadre-record link re-opens the verdict (queued re-evaluation); idempotent if repeated.
      await this.records.linkReport({ reportId: tip.id, cadreId: candidate.cadre_id, source: 'PUBLICITY' });
      if (inserted) linked += 1;
    }
    await this.repository.markChecked(tip.id);
    if (linked > 0) this.logger.log(`tip ${tip.number} received during publicity linked to ${linked} candidate(s)`);
    return linked;
  }

  /** Tips linked to a candidacy during publicity, for the outcome and the documents. */
  async tipsOf(candidateId: string): Promise<Array<{ reportId: string; number: string; basis: string; receivedAt: string }>> {
    const links = new Map((await this.repository.linksOf(candidateId)).map((l) => [l.report_id, l.basis]));
    const tips = await this.reports.caseSummaries(this.dataSource, [...links.keys()]);
    return tips.map((t) => ({ reportId: t.id, number: t.number, basis: links.get(t.id)!, receivedAt: t.receivedAt.toISOString() }));
  }
}
