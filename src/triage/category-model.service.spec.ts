import { describe, expect, it } from '@jest/globals';
import { MODEL_FORMAT, trainNaiveBayes, type NaiveBayesModel } from './categorize/naive-bayes.js';
import type { CategoryModelRepository } from './category-model.repository.js';
import { CategoryModelService, readStarterExamples } from './category-model.service.js';
import type { RosterCache } from './roster-cache.service.js';
import type { TriageSettings } from './triage-settings.js';
import type { AppConfig } from '../infra/config/app-config.js';
import { Segmenter } from './text/segmenter.js';

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
    ['format 2 (before complement naive Bayes), nothing new: retrains it', 2, { version: 2, examples: 2 }],
  ])('%s', async (_label, format, expected) => {
    const { format: _current, ...older } = trainNaiveBayes(examples);
    const { service, inserted } = serviceWith(format === undefined ? older : { ...older, format });
    expect(await service.retrain()).toEqual(expected);
    expect(inserted.map((m) => m.format)).toEqual(expected ? [MODEL_FORMAT] : []);
  });
});

describe('CategoryModelService.retrain with the starter examples', () => {
  it('stores the model trained on the confirmed tips and then the starter texts, segmented by the roster segmenter', async () => {
    const inserted: Array<{ model: NaiveBayesModel; examples: number }> = [];
    const repository = {
      confirmedExamples: async () => examples,
      trainingState: async () => ({ examples: null, newest: null, trainedAt: null }),
      latestVersion: async () => inserted.length || null,
      model: async (version: number) => inserted[version - 1]!.model,
      insert: async (model: NaiveBayesModel, count: number) => inserted.push({ model, examples: count }),
    } as unknown as CategoryModelRepository;
    const settings = { value: { model: { minExamples: 2, starterExamples: true } } } as unknown as TriageSettings;
    // A roster name only the segmenter's user dictionary keeps whole.
    const segmenter = new Segmenter([{ word: '拓国富', tag: 'nr' }]);
    const roster = { tools: async () => ({ segmenter }) } as unknown as RosterCache;
    const service = new CategoryModelService(repository, settings, { env: { QF_CONFIG_DIR: 'config' } } as AppConfig, roster);
    const starter = readStarterExamples('config');
    expect(starter.length).toBeGreaterThan(100);

    expect(await service.retrain()).toEqual({ version: 1, examples: examples.length + starter.length });
    const expected = trainNaiveBayes([...examples, ...starter.map((e) => ({ category: e.category, tokens: segmenter.tokens(e.text) }))]);
    expect(inserted).toEqual([{ model: expected, examples: examples.length + starter.length }]);
    expect(inserted[0]!.model.documents).toBe(examples.length + starter.length);
  });
});

describe('CategoryModelService.active', () => {
  it('reads a version once however many jobs ask at the same time, and all get the same model', async () => {
    const stored = trainNaiveBayes(examples);
    let reads = 0;
    const repository = {
      latestVersion: async () => 1,
      model: async () => {
        reads += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
        return structuredClone(stored);
      },
    } as unknown as CategoryModelRepository;
    const service = new CategoryModelService(repository, {} as TriageSettings, {} as AppConfig, {} as RosterCache);
    const loaded = await Promise.all(Array.from({ length: 48 }, (_, i) => service.active(i % 2 ? 1 : undefined)));
    expect(reads).toBe(1);
    expect(new Set(loaded.map((a) => a?.model)).size).toBe(1);
    expect(loaded[0]).toMatchObject({ version: 1, model: stored });
  });

  it('reads a version again after a failed read, and a new version when there is one', async () => {
    let reads = 0;
    let latest = 1;
    const repository = {
      latestVersion: async () => latest,
      model: async (version: number) => {
        reads += 1;
        if (reads === 1) throw new Error('connection reset');
        return { ...trainNaiveBayes(examples), documents: version };
      },
    } as unknown as CategoryModelRepository;
    const service = new CategoryModelService(repository, {} as TriageSettings, {} as AppConfig, {} as RosterCache);
    await expect(service.active()).rejects.toThrow('connection reset');
    expect((await service.active())?.model.documents).toBe(1);
    expect((await service.active())?.model.documents).toBe(1);
    latest = 2;
    expect(await service.active()).toMatchObject({ version: 2, model: { documents: 2 } });
    expect(reads).toBe(3);
  });
});
