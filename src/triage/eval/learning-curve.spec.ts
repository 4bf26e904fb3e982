import { describe, expect, it } from '@jest/globals';
import type { Categorization } from '../keyword-categorizer.js';
import type { LabelledTip } from './cross-validation.js';
import { learningCurve } from './learning-curve.js';

const noRules: Categorization = { best: null, scores: [], transferTarget: null };
// Two categories the rules cannot tell apart, each with its own words: only learning helps.
const tip = (i: number): LabelledTip =>
  i % 2 === 0
    ? { category: 'A', tokens: ['甲', `词${i % 3}`, '甲甲'], rules: noRules }
    : { category: 'B', tokens: ['乙', `词${i % 3}`, '乙乙'], rules: noRules };

describe('learningCurve', () => {
  const tips = Array.from({ length: 100 }, (_, i) => tip(i));

  it('scores the same last tips after each step of confirmations, the model joining at minExamples', () => {
    const curve = learningCurve(tips, { testShare: 0.3, step: 20, model: { weight: 0.4, halfWeightAt: 0, minExamples: 30 } });
    expect(curve.map((p) => [p.confirmed, p.withModel])).toEqual([
      [0, false],
      [20, false],
      [40, true],
      [60, true],
      [70, true],
    ]);
    // Rules alone find nothing; once the model has learnt, every later tip is right.
    expect(curve[0]!.accuracy).toBe(0);
    expect(curve.at(-1)!.accuracy).toBe(1);
    expect(curve.at(-1)!.macroF1).toBe(1);
  });

  it('starts from the starter examples when a deployment ships them', () => {
    // Ten starter tips of each category: the model is there before the first confirmation.
    const starter = Array.from({ length: 20 }, (_, i) => tip(i));
    const curve = learningCurve(tips, { testShare: 0.3, step: 20, starter, model: { weight: 0.4, halfWeightAt: 0, minExamples: 10 } });
    expect(curve.map((p) => [p.confirmed, p.withModel])).toEqual([
      [0, true],
      [20, true],
      [40, true],
      [60, true],
      [70, true],
    ]);
    expect(curve[0]!.accuracy).toBe(1);
  });

  it('needs two categories before a model can join', () => {
    const same = Array.from({ length: 60 }, () => tip(0));
    expect(
      learningCurve(same, { testShare: 0.5, step: 30, model: { weight: 0.4, halfWeightAt: 0, minExamples: 2 } }).every((p) => !p.withModel),
    ).toBe(true);
  });
});
