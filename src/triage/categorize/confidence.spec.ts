import { describe, expect, it } from '@jest/globals';
import type { CombinedScore } from './combine.js';
import { categoryConfidence, categorySuggestion, confidenceFeatures, fitConfidence, reliability } from './confidence.js';

const score = (code: string, points: number, final: number): CombinedScore => ({
  code,
  score: points,
  matched: [`${code}-rule`],
  rules: final,
  model: null,
  final,
});
const weights = { intercept: -1.5, margin: 4, evidence: 1.5 };

describe('categoryConfidence', () => {
  it.each([
    ['nothing points at any category', [], 0],
    ['one category, strong evidence', [score('A', 8, 1)], 0.98],
    ['one category, a single weak word', [score('A', 1, 1)], 0.92],
    ['two categories neck and neck', [score('A', 3, 0.5), score('B', 3, 0.5)], 0.6],
    ['a clear lead', [score('A', 6, 0.75), score('B', 2, 0.25)], 0.96],
  ])('%s', (_, scores, expected) => {
    expect(categoryConfidence(scores, weights)).toBeCloseTo(expected, 1);
  });

  it('grows with the lead and with the evidence', () => {
    const tie = categoryConfidence([score('A', 3, 0.5), score('B', 3, 0.5)], weights);
    const lead = categoryConfidence([score('A', 3, 0.6), score('B', 2, 0.4)], weights);
    const more = categoryConfidence([score('A', 6, 0.6), score('B', 4, 0.4)], weights);
    expect(tie).toBeLessThan(lead);
    expect(lead).toBeLessThan(more);
  });

  it('reads stored scores without their numbers as no evidence rather than NaN', () => {
    expect(categoryConfidence([{ code: 'A' } as CombinedScore], weights)).toBe(0);
    expect(confidenceFeatures([{ code: 'A', final: 1 } as CombinedScore])).toEqual({ margin: 1, evidence: 0 });
  });
});

describe('categorySuggestion', () => {
  it.each([
    ['sure', [score('A', 8, 1)], false],
    ['unsure between two', [score('A', 1, 0.5), score('B', 1, 0.5)], true],
    ['nothing found', [], true],
  ])('%s', (_, scores, needsPerson) => {
    const s = categorySuggestion(scores, { threshold: 0.7, weights });
    expect(s.needsPerson).toBe(needsPerson);
    expect(s.candidates).toEqual(scores.slice(0, 2).map(({ code, final, matched }) => ({ code, final, matched })));
  });
});

describe('fitConfidence', () => {
  it('learns that a wide lead is right and a tie is a coin toss', () => {
    const samples = [
      ...Array.from({ length: 40 }, (_, i) => ({ features: { margin: 0.6 + (i % 4) * 0.1, evidence: 1.5 }, correct: i % 20 !== 0 })),
      ...Array.from({ length: 40 }, (_, i) => ({ features: { margin: (i % 4) * 0.05, evidence: 1.5 }, correct: i % 2 === 0 })),
    ];
    const w = fitConfidence(samples);
    expect(w.margin).toBeGreaterThan(1);
    const wide = categoryConfidence([score('A', Math.expm1(1.5), 0.85), score('B', 1, 0.15)], w);
    const tie = categoryConfidence([score('A', Math.expm1(1.5), 0.5), score('B', 1, 0.5)], w);
    expect(wide).toBeGreaterThan(0.85);
    expect(tie).toBeLessThan(0.65);
  });

  it('stays finite when every suggestion was right', () => {
    const w = fitConfidence([{ features: { margin: 1, evidence: 2 }, correct: true }]);
    expect(Object.values(w).every(Number.isFinite)).toBe(true);
  });
});

describe('reliability', () => {
  it('bins, calibration error and what the threshold leaves to a person', () => {
    const r = reliability(
      [
        { confidence: 0.9, correct: true },
        { confidence: 0.9, correct: false },
        { confidence: 0.3, correct: false },
        { confidence: 0.3, correct: true },
      ],
      0.7,
    );
    expect(r).toMatchObject({ coverage: 0.5, accuracyAbove: 0.5, accuracyBelow: 0.5, above: 2, below: 2 });
    expect(r.bins.filter((b) => b.n > 0).map((b) => [b.low, b.n, b.accuracy])).toEqual([
      [0, 2, 0.5],
      [0.85, 2, 0.5],
    ]);
    expect(r.ece).toBeCloseTo(0.5 * 0.2 + 0.5 * 0.4, 5);
  });
});
