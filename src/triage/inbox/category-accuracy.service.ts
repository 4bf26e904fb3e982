import { Injectable } from '@nestjs/common';
import { Reads } from '../../infra/database/reads.js';
import { CategoryModelRepository } from '../category-model.repository.js';

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
  constructor(
    private readonly models: CategoryModelRepository,
    private readonly reads: Reads,
  ) {}

  async learningCurve(blockSize: number): Promise<AccuracyBlock[]> {
    // The dashboard's chart: a staff read, on the replica when it is fit.
    const rows = await this.reads.run((on) => this.models.learningCurve(blockSize, on));
    return rows.map((r) => ({
      from: r.block * blockSize + 1,
      to: r.block * blockSize + r.n,
      right: r.right,
      modelVersion: r.modelVersion,
    }));
  }
}
