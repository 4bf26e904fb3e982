import { Injectable, Logger } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppConfig } from '../infra/config/app-config.js';
import { MODEL_FORMAT, predictNaiveBayes, trainNaiveBayes, type NaiveBayesModel } from './categorize/naive-bayes.js';
import { collectGarbage } from '../infra/memory/collect-garbage.js';
import { CategoryModelRepository } from './category-model.repository.js';
import { RosterCache } from './roster-cache.service.js';
import { TriageSettings } from './triage-settings.js';

/** A labelled tip the model starts from (config/starter-examples.jsonl, written by scripts/starter-examples.mjs). */
export interface StarterExample {
  district: string;
  category: string;
  text: string;
}

/** The shipped starter examples in a config folder (none when the file is absent). */
export function readStarterExamples(configDir: string): StarterExample[] {
  const path = join(configDir, 'starter-examples.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as StarterExample);
}

export interface ActiveModel {
  version: number;
  model: NaiveBayesModel;
}

/**
 * The learned category model: trained from staff-confirmed categories, stored as a
 * versioned row, loaded by version. Only a model with enough examples in at least two
 * categories is ever used.
 */
@Injectable()
export class CategoryModelService {
  private readonly logger = new Logger(CategoryModelService.name);
  /**
   * The active model, loaded once per version: concurrent jobs share one load (a burst's first
   * 48 jobs once read, parsed and compiled the model 48 times, seconds of the worker's CPU and
   * as many copies of it in memory).
   */
  private cached: { version: number; active: Promise<ActiveModel> } | null = null;

  constructor(
    private readonly models: CategoryModelRepository,
    private readonly settings: TriageSettings,
    private readonly config: AppConfig,
    private readonly roster: RosterCache,
  ) {}

  /** `latestVersion`: the newest version when the caller read it along with its own data (TriageRepository.tipsToTriage). */
  async active(latestVersion?: number | null): Promise<ActiveModel | null> {
    const version = latestVersion === undefined ? await this.models.latestVersion() : latestVersion;
    if (!version) return null;
    if (this.cached?.version !== version) {
      const active = this.models.model(version).then((model) => ({ version, model: model! }));
      const entry = { version, active };
      this.cached = entry;
      // A failed load is not kept: the next call reads the model again.
      active.catch(() => {
        if (this.cached === entry) this.cached = null;
      });
    }
    return this.cached.active;
  }

  async predict(tokens: readonly string[]): Promise<{ version: number; probabilities: Record<string, number> } | null> {
    const active = await this.active();
    return active ? { version: active.version, probabilities: predictNaiveBayes(active.model, tokens) } : null;
  }

  /**
   * The starter examples as the model reads them: segmented like this district's tips.
   * `excludeDistrict` leaves out one district's own examples (the eval, measuring a district
   * the examples came from, must not train on its answers).
   */
  async starterExamples(excludeDistrict?: string): Promise<Array<{ category: string; tokens: string[] }>> {
    return this.segment(this.shippedExamples(excludeDistrict));
  }

  private shippedExamples(excludeDistrict?: string): StarterExample[] {
    if (!this.settings.value.model.starterExamples) return [];
    return readStarterExamples(resolve(this.config.env.QF_CONFIG_DIR)).filter((e) => e.district !== excludeDistrict);
  }

  private async segment(examples: StarterExample[]): Promise<Array<{ category: string; tokens: string[] }>> {
    if (examples.length === 0) return [];
    const { segmenter } = await this.roster.tools();
    return examples.map((e) => ({ category: e.category, tokens: segmenter.tokens(e.text) }));
  }

  /**
   * Trains a new version from every confirmed example, and the shipped starter examples when
   * the settings say so (a new district's model starts from them; its own confirmations add
   * to them); returns null when there are too few or nothing changed. The starter texts are
   * segmented only when a version is trained (not on the runs that find nothing new).
   */
  async retrain(options: { excludeStarterDistrict?: string } = {}): Promise<{ version: number; examples: number } | null> {
    const confirmed = await this.models.confirmedExamples();
    const starter = this.shippedExamples(options.excludeStarterDistrict);
    const examples = confirmed.length + starter.length;
    const categories = new Set([...confirmed, ...starter].map((r) => r.category)).size;
    if (examples < this.settings.value.model.minExamples || categories < 2) return null;
    const latest = await this.models.trainingState();
    // Nothing new since the last version: keep it (a retried job changes nothing) — unless it
    // was stored in an older format, which this retraining replaces.
    const unchanged = latest.trainedAt && (latest.newest === null || latest.newest <= latest.trainedAt) && latest.examples === examples;
    if (unchanged && (await this.active())?.model.format === MODEL_FORMAT) return null;
    const trained = await this.train(confirmed, starter, categories);
    // Segmenting and counting a thousand starter texts leaves tens of megabytes of garbage,
    // which an idle worker (no allocation, so no collection) would keep resident.
    if (starter.length > 0) collectGarbage();
    this.logger.log(
      `category model v${trained.version} trained on ${confirmed.length} confirmed tips and ${starter.length} starter examples`,
    );
    return trained;
  }

  /** Segments, trains and stores a version; nothing it allocated outlives it but the stored row's figures. */
  private async train(
    confirmed: Array<{ category: string; tokens: string[] }>,
    starter: StarterExample[],
    categories: number,
  ): Promise<{ version: number; examples: number }> {
    const rows = [...confirmed, ...(await this.segment(starter))];
    const version = await this.models.insert(trainNaiveBayes(rows), rows.length, categories);
    return { version, examples: rows.length };
  }
}
