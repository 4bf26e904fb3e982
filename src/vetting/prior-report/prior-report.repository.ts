import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runQuery, type Queryable } from '../../infra/database/sql.js';
import type { PriorReportFact } from '../vetting-rules.js';
import * as q from './prior-report.queries.js';

/** What is recorded of a candidacy's 报备: the report sent upward and the reply, each when recorded. */
export type RecordedPriorReport = Pick<PriorReportFact, 'sent' | 'reply'>;

/**
 * 报备 of vetting candidacies (vetting_prior_report): the report on the candidate sent to the
 * higher organization department and its reply. Queries in `prior-report.sql`; a method that is
 * part of a change takes the transaction's EntityManager as `on`.
 */
@Injectable()
export class PriorReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** What is recorded for each candidacy that has a 报备; the others are absent. */
  async of(candidateIds: string[], on: Queryable = this.dataSource): Promise<Map<string, RecordedPriorReport>> {
    if (candidateIds.length === 0) return new Map();
    const rows = await runQuery(q.priorReportsOf, { ids: candidateIds }, on);
    return new Map(
      rows.map((r) => [
        r.candidate_id,
        {
          sent: { on: r.sent_on, reference: r.sent_reference, to: r.sent_to },
          reply:
            r.replied_on && r.reply_result
              ? {
                  on: r.replied_on,
                  reference: r.reply_reference ?? '',
                  result: r.reply_result as 'AGREE' | 'DISAGREE',
                  note: r.reply_note,
                }
              : null,
        },
      ]),
    );
  }

  /** Candidacies' post, unit and decision; unknown ids are left out. */
  candidacies(ids: string[], on: Queryable = this.dataSource): Promise<q.ICandidaciesForPriorReportResult[]> {
    return ids.length ? runQuery(q.candidaciesForPriorReport, { ids }, on) : Promise.resolve([]);
  }

  /** 已报备, or its correction; false when a reply is already recorded (the report then stands as it was). */
  async recordSent(
    on: Queryable,
    input: { candidateId: string; sentOn: string; reference: string; sentTo: string; actorId: string | null },
  ): Promise<boolean> {
    return (await runQuery(q.recordSent, input, on)).length > 0;
  }

  /** 上级回复, or its correction; false when no report was sent or the reply would predate it. */
  async recordReply(
    on: Queryable,
    input: {
      candidateId: string;
      repliedOn: string;
      reference: string;
      result: 'AGREE' | 'DISAGREE';
      note: string | null;
      actorId: string | null;
    },
  ): Promise<boolean> {
    return (await runQuery(q.recordReply, input, on)).length > 0;
  }
}
