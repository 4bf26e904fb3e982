import { Injectable } from '@nestjs/common';
import { runQuery, type Queryable } from '../../infra/database/sql.js';
import * as q from './report-subjects.queries.js';

/**
 * The triage module's table report_subject (who a tip is about), for the reads other modules
 * make of it; the queries are in `report-subjects.sql`, typed from the schema.
 */
@Injectable()
export class ReportSubjectsRepository {
  /** The cadre a tip is first about (its first subject linked to a cadre record); null for none. */
  async firstLinkedCadre(on: Queryable, reportId: string): Promise<string | null> {
    const [row] = await runQuery(q.firstLinkedCadre, { reportId }, on);
    return row?.cadre_id ?? null;
  }
}
