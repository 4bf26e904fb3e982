import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runQuery, type Queryable } from '../infra/database/sql.js';
import type { NaiveBayesModel } from './categorize/naive-bayes.js';
import * as q from './category-model.queries.js';

/** One block of consecutive staff confirmations (see LearningCurve in category-model.sql). */
export interface LearningCurveRow {
  /** 0-based block number. */
  block: number;
  /** Confirmations in the block. */
  n: number;
  /** Of these, how many confirmed triage's suggested category. */
  right: number;
  modelVersion: number | null;
}

/**
 * The learned category model (table category_model, owned by the triage module) and the
 * staff-confirmed examples it is trained on (category_example): the queries are in
 * `category-model.sql`, typed from the schema.
 */
@Injectable()
export class CategoryModelRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The newest model version; null when none was trained. */
  async latestVersion(): Promise<number | null> {
    const [row] = await runQuery(q.latestModelVersion, undefined, this.dataSource);
    return row?.version ?? null;
  }

  /** A model by version; null for no such version. */
  async model(version: number): Promise<NaiveBayesModel | null> {
    const [row] = await runQuery(q.modelByVersion, { version }, this.dataSource);
    return row ? (row.model as unknown as NaiveBayesModel) : null;
  }

  /** Every staff-confirmed example. */
  confirmedExamples(): Promise<Array<{ category: string; tokens: string[] }>> {
    return runQuery(q.confirmedExamples, undefined, this.dataSource);
  }

  /** How many examples the newest model was trained on, when, and the newest example (nulls when there are none). */
  async trainingState(): Promise<{ examples: number | null; newest: Date | null; trainedAt: Date | null }> {
    const [row] = await runQuery(q.trainingState, undefined, this.dataSource);
    return { examples: row?.examples ?? null, newest: row?.newest ?? null, trainedAt: row?.trained_at ?? null };
  }

  /** Stores a newly trained model; answers its version. */
  async insert(model: NaiveBayesModel, examples: number, categories: number): Promise<number> {
    const [row] = await runQuery(q.insertModel, { examples, categories, model: JSON.stringify(model) }, this.dataSource);
    return row!.version;
  }

  /** The live learning curve: staff confirmations in blocks of `blockSize`, in the order they were made. */
  async learningCurve(blockSize: number, on: Queryable = this.dataSource): Promise<LearningCurveRow[]> {
    const rows = await runQuery(q.learningCurve, { blockSize }, on);
    return rows.map((r) => ({ block: r.block, n: r.n, right: r.right, modelVersion: r.model_version }));
  }
}
