import { describe, expect, it } from '@jest/globals';
import { categoryTable, repeatScores } from './metrics.js';

describe('eval metrics', () => {
  it('computes per-category precision, recall and macro-F1 over labelled categories', () => {
    const { rows, macroF1 } = categoryTable([
      { expected: 'A', actual: 'A' },
      { expected: 'A', actual: 'B' },
      { expected: 'B', actual: 'B' },
      { expected: 'B', actual: null },
    ]);
    expect(rows).toEqual([
      { code: 'A', support: 2, predicted: 1, precision: 1, recall: 0.5, f1: 2 / 3 },
      { code: 'B', support: 2, predicted: 2, precision: 0.5, recall: 0.5, f1: 0.5 },
    ]);
    expect(macroF1).toBeCloseTo((2 / 3 + 0.5) / 2);
  });

  it('counts a repeat linked anywhere in the right chain, and a missed or wrong one against', () => {
    const scores = repeatScores([
      { id: 't1', expected: null, actual: null },
      { id: 't2', expected: 't1', actual: 't1' },
      { id: 't3', expected: 't1', actual: 't2' },
      { id: 't4', expected: null, actual: 't1' },
      { id: 't5', expected: 't4', actual: null },
    ]);
    expect(scores).toMatchObject({ found: 3, labelled: 3 });
    expect(scores.precision).toBeCloseTo(2 / 3);
    expect(scores.recall).toBeCloseTo(2 / 3);
  });
});
