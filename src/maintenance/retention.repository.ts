import { Injectable } from '@nestjs/common';
import { runCommand, runQuery, type Queryable } from '../infra/database/sql.js';
import * as q from './retention.queries.js';

/**
 * The record of retention purges (table retention_purge, owned by the maintenance module):
 * read and written here and nowhere else; the queries are in `retention.sql`.
 */
@Injectable()
export class RetentionRepository {
  /** Which of these tips were purged already. */
  async purgedAmong(on: Queryable, reportIds: string[]): Promise<Set<string>> {
    if (!reportIds.length) return new Set();
    const rows = await runQuery(q.purgedAmong, { reportIds }, on);
    return new Set(rows.map((r) => r.report_id));
  }

  async recordPurge(
    on: Queryable,
    purge: { reportId: string; identityRemoved: boolean; attachmentsRemoved: number; attachmentBytes: number },
  ): Promise<void> {
    await runCommand(
      q.recordPurge,
      {
        reportId: purge.reportId,
        identityRemoved: purge.identityRemoved,
        attachmentsRemoved: purge.attachmentsRemoved,
        attachmentBytes: String(purge.attachmentBytes),
      },
      on,
    );
  }
}
