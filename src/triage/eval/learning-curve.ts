import { combineScores, modelWeightFor } from '../categorize/combine.js';
import { predictNaiveBayes, trainNaiveBayes } from '../categorize/naive-bayes.js';
import type { LabelledTip } from './cross-validation.js';
import { categoryTable } from './metrics.js';

export interface CurvePoint {
  /** Staff confirmations the model was trained on (the first tips of the set, in order). */
  confirmed: number;
  /** Whether the learned model took part (enough confirmations, two categories or more). */
  withModel: boolean;
  accuracy: number;
  macroF1: number;
}

/**
 * How category accuracy moves as staff confirm tips: the set's first tips play the
 * confirmations in the order they came, its last `testShare` are the tips still to
 * come, scored after every `step` confirmations by rules + the model trained so far —
 * as production does (the model joins after `minExamples`). `starter`: the shipped
 * examples a deployed model starts from (model.starterExamples), trained on beside the
 * confirmations, so the curve starts where a new district starts.
 */
export function learningCurve(
  tips: readonly LabelledTip[],
  options: {
    testShare: number;
    step: number;
    model: { weight: number; halfWeightAt: number; minExamples: number };
    starter?: ReadonlyArray<{ category: string; tokens: readonly string[] }>;
  },
): CurvePoint[] {
  const split = Math.round(tips.length * (1 - options.testShare));
  const history = tips.slice(0, split);
  const future = tips.slice(split);
  const counts = [...new Set([...Array.from({ length: Math.floor(split / options.step) + 1 }, (_, i) => i * options.step), split])];
  return counts.map((confirmed) => {
    const training = [...(options.starter ?? []), ...history.slice(0, confirmed)];
    const withModel = training.length >= options.model.minExamples && new Set(training.map((t) => t.category)).size >= 2;
    const model = withModel ? trainNaiveBayes(training) : null;
    const pairs = future.map((tip) => ({
      expected: tip.category,
      actual: combineScores(
        tip.rules,
        model ? { version: 0, probabilities: predictNaiveBayes(model, tip.tokens) } : null,
        modelWeightFor(training.length, options.model),
      ).best,
    }));
    return {
      confirmed,
      withModel,
      accuracy: pairs.filter((p) => p.expected === p.actual).length / Math.max(1, pairs.length),
      macroF1: categoryTable(pairs).macroF1,
    };
  });
}
