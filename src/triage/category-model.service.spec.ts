import { describe, expect, it } from '@jest/globals';
import { MODEL_FORMAT, trainNaiveBayes, type NaiveBayesModel } from './categorize/naive-bayes.js';
import type { CategoryModelRepository } from './category-model.repository.js';
import { CategoryModelService } from './category-model.service.js';
import type { RosterCache } from './roster-cache.service.js';
import type { TriageSettings } from './triage-settings.js';
import type { AppConfig } from '../infra/config/app-config.js';

const examples = [
  { category: 'A', tokens: ['passport'] },
  { category: 'B', tokens: ['company'] },
];

/** A repository holding one stored model, trained on exactly the examples it still holds (nothing new). */
function serviceWith(stored: NaiveBayesModel) {
  const inserted: NaiveBayesModel[] = [];
  const trainedAt = new Date('2026-01-02T00:00:00Z');
  const repository = {
    confirmedExamples: async () => examples,
    trainingState: async () => ({ examples: examples.length, newest: new Date('2026-01-01T00:00:00Z'), trainedAt }),
    latestVersion: async () => 1 + inserted.length,
    model: async (version: number) => (version === 1 ? stored : inserted[version - 2]!),
    insert: async (model: NaiveBayesModel) => inserted.push(model) + 1,
  } as unknown as CategoryModelRepository;
  const settings = { value: { model: { minExamples: 2, starterExamples: false } } } as unknown as TriageSettings;
  const service = new CategoryModelService(repository, settings, {} as AppConfig, {} as RosterCache);
  return { service, inserted };
}

describe('CategoryModelService.retrain', () => {
  it.each([
    ['the current format, nothing new: keeps it', MODEL_FORMAT, null],
    ['an older format, nothing new: retrains it', undefined, { version: 2, examples: 2 }],
  ])('%s', async (_label, format, expected) => {
    const { format: _current, ...older } = trainNaiveBayes(examples);
    const { service, inserted } = serviceWith(format === undefined ? older : { ...older, format });
    expect(await service.retrain()).toEqual(expected);
    expect(inserted.map((m) => m.format)).toEqual(expected ? [MODEL_FORMAT] : []);
  });
});
