import type { Categorization, CategoryScore } from '../keyword-categorizer.js';

export interface CombinedScore extends CategoryScore {
  /** Share of the rules' total (0–1). */
  rules: number;
  /** The learned model's probability, when a model took part. */
  model: number | null;
  /** The final score used to rank (0–1). */
  final: number;
}

export interface CombinedCategorization {
  best: string | null;
  scores: CombinedScore[];
  modelVersion: number | null;
}

/**
 * The rules' scores (as shares of their total) blended with the learned model's
 * probabilities. Without a model, the rules decide alone; without a rule hit, the
 * model does — but only a model trained on enough confirmations is ever passed in.
 */
export function combineScores(
  rules: Categorization,
  model: { version: number; probabilities: Record<string, number> } | null,
  modelWeight: number,
): CombinedCategorization {
  const total = rules.scores.reduce((sum, s) => sum + s.score, 0);
  const codes = new Set([...rules.scores.map((s) => s.code), ...Object.keys(model?.probabilities ?? {})]);
  const weight = !model ? 0 : total === 0 ? 1 : modelWeight;
  const scores: CombinedScore[] = [...codes].map((code) => {
    const rule = rules.scores.find((s) => s.code === code);
    const ruleShare = rule && total > 0 ? rule.score / total : 0;
    const probability = model ? (model.probabilities[code] ?? 0) : null;
    const final = (1 - weight) * ruleShare + weight * (probability ?? 0);
    return {
      code,
      score: rule?.score ?? 0,
      matched: rule?.matched ?? [],
      rules: Math.round(ruleShare * 1000) / 1000,
      model: probability === null ? null : Math.round(probability * 1000) / 1000,
      final: Math.round(final * 1000) / 1000,
    };
  });
  scores.sort((a, b) => b.final - a.final || b.score - a.score || a.code.localeCompare(b.code));
  const best = scores[0] && scores[0].final > 0 ? scores[0].code : null;
  return { best, scores: scores.filter((s) => s.final > 0 || s.score > 0), modelVersion: model?.version ?? null };
}

/**
 * The learned model's share of the final score, growing with the confirmations it learnt
 * from: `weight` × n / (n + halfWeightAt). A model of thirty examples knows little and
 * must not overrule the rules on a split decision; one of thousands earns its full say.
 */
export function modelWeightFor(examples: number, settings: { weight: number; halfWeightAt: number }): number {
  return examples <= 0 ? 0 : (settings.weight * examples) / (examples + settings.halfWeightAt);
}
