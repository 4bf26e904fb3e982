import { combineScores, modelWeightFor } from '../categorize/combine.js';
import { predictNaiveBayes, trainNaiveBayes } from '../categorize/naive-bayes.js';
import type { Categorization } from '../keyword-categorizer.js';

export interface LabelledTip {
  category: string;
  tokens: string[];
  rules: Categorization;
}

/**
 * k-fold cross-validation of the learned model, the fair way to measure learning on a
 * labelled set: each tip is predicted by a model that never saw it. Returns each tip's
 * category from the model alone and from rules + model blended as in production.
 */
export function crossValidate(
  tips: readonly LabelledTip[],
  folds: number,
  settings: { weight: number; halfWeightAt: number },
): Array<{ expected: string; modelOnly: string | null; blended: string | null }> {
  // One model per fold (tip i is in fold i % folds), trained on every other fold's tips.
  const models = Array.from({ length: Math.min(folds, tips.length) }, (_, fold) => {
    const training = tips.filter((_, j) => j % folds !== fold);
    return { model: trainNaiveBayes(training), examples: training.length };
  });
  return tips.map((tip, i) => {
    const { model, examples } = models[i % folds]!;
    const probabilities = predictNaiveBayes(model, tip.tokens);
    const modelOnly = Object.entries(probabilities).sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const blended = combineScores(tip.rules, { version: 0, probabilities }, modelWeightFor(examples, settings)).best;
    return { expected: tip.category, modelOnly, blended };
  });
}

/**
 * The learned model trained on other districts' labelled tips and blended with the rules on
 * this one, as a deployment would run with a model shipped from districts it never saw:
 * the honest test of whether the model generalises where the rules do not.
 */
export function crossDistrict(
  target: readonly LabelledTip[],
  others: ReadonlyArray<{ category: string; tokens: readonly string[] }>,
  settings: { weight: number; halfWeightAt: number },
): Array<{ expected: string; modelOnly: string | null; blended: string | null }> {
  const model = trainNaiveBayes(others);
  const weight = modelWeightFor(others.length, settings);
  return target.map((tip) => {
    const probabilities = predictNaiveBayes(model, tip.tokens);
    const modelOnly = Object.entries(probabilities).sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    return { expected: tip.category, modelOnly, blended: combineScores(tip.rules, { version: 0, probabilities }, weight).best };
  });
}
