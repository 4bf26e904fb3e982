import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** One block of consecutive staff confirmations of a category (确认/更正), in the order they were made. */
export interface AccuracyBlock {
  /** 1-based positions of the first and last confirmation of the block. */
  from: number;
  to: number;
  /** Of these, how many times the category triage suggested was the one staff confirmed. */
  right: number;
  /** The newest learned model any of these tips was triaged with; null: the rules alone. */
  modelVersion: number | null;
}

/**
 * How often triage's suggested category was right, as staff confirmations accumulate
 * (the learned model retrains on them): the live learning curve of the dashboard.
 */
@Injectable()
export class CategoryAccuracyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async learningCurve(blockSize: number): Promise<AccuracyBlock[]> {
    const rows: Array<{ block: number; n: number; right: number; model_version: number | null }> = await this.dataSource.query(
      `SELECT (x.n - 1) / $1 AS block, count(*)::int AS n,
              count(*) FILTER (WHERE x.suggested = x.category)::int AS right,
              max(x.model_version) AS model_version
         FROM (SELECT e.category, t.categories -> 0 ->> 'code' AS suggested, t.model_version,
                      row_number() OVER (ORDER BY e.created_at, e.report_id) AS n
                 FROM category_example e JOIN report_triage t ON t.report_id = e.report_id) AS x
        GROUP BY 1 ORDER BY 1`,
      [blockSize],
    );
    return rows.map((r) => ({
      from: r.block * blockSize + 1,
      to: r.block * blockSize + r.n,
      right: r.right,
      modelVersion: r.model_version,
    }));
  }
}
