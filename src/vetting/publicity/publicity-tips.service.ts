import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CadreRecordsService } from '../../cadres/cadre-records.service.js';
import { Clock } from '../../infra/clock/clock.js';
import { recordStep } from '../vetting-steps.js';
import { matchTip, type NoticeForMatch, type TipForMatch } from './publicity-rules.js';
import { ReportEventsRepository } from '../../reports/events/report-events.repository.js';

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
    private readonly clock: Clock,
  ) {}

  /** Examines every tip received during any notice's period (or one notice's) not examined yet; a withdrawn notice's period ends when it was withdrawn. */
  async sweep(noticeId?: string): Promise<{ examined: number; linked: number }> {
    let examined = 0;
    let linked = 0;
    for (;;) {
      // The periods are civil dates in the district's time zone (the session's); the tip's cited notice is on its RECEIVED event.
      const found: Array<Omit<PendingTip, 'notice'>> = await this.dataSource.query(
        `SELECT DISTINCT r.id, r.number, r.received_at, r.subjects
           FROM publicity_notice n
           JOIN report r ON r.received_at >= n.starts_on::timestamptz
                        AND r.received_at < (n.ends_on + 1)::timestamptz
                        AND (n.withdrawn_at IS NULL OR r.received_at < n.withdrawn_at)
          WHERE ($1::uuid IS NULL OR n.id = $1)
            AND NOT EXISTS (SELECT 1 FROM publicity_report_check k WHERE k.report_id = r.id)
          ORDER BY r.received_at LIMIT $2`,
        [noticeId ?? null, BATCH],
      );
      const received = await this.events.receivedData(found.map((tip) => tip.id));
      const tips: PendingTip[] = found.map((tip) => ({
        ...tip,
        notice: (received.get(tip.id)?.['notice'] as PendingTip['notice']) ?? null,
      }));
      for (const tip of tips) linked += await this.examine(tip);
      examined += tips.length;
      if (tips.length < BATCH) return { examined, linked };
    }
  }

  /** The notices standing when a tip was received: in their period that day and not withdrawn by then. */
  private async noticesAt(day: string, receivedAt: Date): Promise<NoticeForMatch[]> {
    const rows: Array<{
      notice_id: string;
      starts_on: string;
      ends_on: string;
      candidate_id: string;
      name: string;
      hints: string[];
      namesakes: number;
    }> = await this.dataSource.query(
      `SELECT n.id AS notice_id, to_char(n.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(n.ends_on, 'YYYY-MM-DD') AS ends_on,
                v.id AS candidate_id, c.name,
                array(SELECT un.name FROM unit_name un WHERE un.unit_id = c.unit_id) || ARRAY[c.post, v.proposed_post] AS hints,
                (SELECT count(*)::int FROM cadre o WHERE o.name = c.name AND o.id <> c.id) AS namesakes
           FROM publicity_notice n JOIN publicity_candidate p ON p.notice_id = n.id
           JOIN vetting_candidate v ON v.id = p.candidate_id JOIN cadre c ON c.id = v.cadre_id
          WHERE n.starts_on <= $1 AND n.ends_on >= $1 AND (n.withdrawn_at IS NULL OR n.withdrawn_at > $2)
          ORDER BY n.id, p.position`,
      [day, receivedAt],
    );
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
      const [candidate]: Array<{ run_id: string; cadre_id: string }> = await this.dataSource.query(
        `SELECT run_id, cadre_id FROM vetting_candidate WHERE id = $1`,
        [match.candidateId],
      );
      if (!candidate) continue;
      const inserted = await this.dataSource.transaction(async (m) => {
        const rows: unknown[] = await m.query(
          `INSERT INTO publicity_report_link (report_id, candidate_id, notice_id, basis) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING report_id`,
          [tip.id, match.candidateId, match.noticeId, match.basis],
        );
        if (rows.length > 0) {
          await recordStep(
            m,
            candidate.run_id,
            match.candidateId,
            'PUBLICITY_TIP_LINKED',
            { reportId: tip.id, number: tip.number, noticeId: match.noticeId, basis: match.basis, receivedOn },
            { kind: 'SYSTEM' },
          );
        }
        return rows.length > 0;
      });
      // The cadre-record link re-opens the verdict (queued re-evaluation); idempotent if repeated.
      await this.records.linkReport({ reportId: tip.id, cadreId: candidate.cadre_id, source: 'PUBLICITY' });
      if (inserted) linked += 1;
    }
    await this.dataSource.query(`INSERT INTO publicity_report_check (report_id) VALUES ($1) ON CONFLICT DO NOTHING`, [tip.id]);
    if (linked > 0) this.logger.log(`tip ${tip.number} received during publicity linked to ${linked} candidate(s)`);
    return linked;
  }

  /** Tips linked to a candidacy during publicity, for the outcome and the documents. */
  async tipsOf(candidateId: string): Promise<Array<{ reportId: string; number: string; basis: string; receivedAt: string }>> {
    const rows: Array<{ report_id: string; number: string; basis: string; received_at: Date }> = await this.dataSource.query(
      `SELECT l.report_id, r.number, l.basis, r.received_at FROM publicity_report_link l JOIN report r ON r.id = l.report_id
        WHERE l.candidate_id = $1 ORDER BY r.received_at`,
      [candidateId],
    );
    return rows.map((r) => ({ reportId: r.report_id, number: r.number, basis: r.basis, receivedAt: r.received_at.toISOString() }));
  }
}
