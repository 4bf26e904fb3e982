import type { CombinedScore } from './combine.js';

/**
 * How sure the suggested category is: a probability that it is the category staff will
 * confirm, from two things a reader of the scores also weighs — how far the best category
 * leads the runner-up (`margin`, in shares of the final score, 0–1) and how much evidence it
 * has (`evidence`, log(1 + the rules' points)). A logistic curve over them, its weights
 * fitted on labelled districts (`npm run eval:triage -- --fit-confidence DIR…`) and kept
 * in config/triage.yaml, so that "0.8" means right about 8 times in 10.
 */
export interface ConfidenceWeights {
  intercept: number;
  margin: number;
  evidence: number;
}

export interface ConfidenceFeatures {
  margin: number;
  evidence: number;
}

export function confidenceFeatures(scores: readonly CombinedScore[]): ConfidenceFeatures | null {
  // (Scores read back from the database are trusted no further than their numbers.)
  const final = (s: CombinedScore | undefined) => (typeof s?.final === 'number' ? s.final : 0);
  const [first, second] = scores;
  if (!first || final(first) <= 0) return null;
  return { margin: final(first) - final(second), evidence: Math.log1p(typeof first.score === 'number' ? Math.max(first.score, 0) : 0) };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** 0 when nothing points at any category; else the calibrated probability, two decimals. */
export function categoryConfidence(scores: readonly CombinedScore[], weights: ConfidenceWeights): number {
  const f = confidenceFeatures(scores);
  if (!f) return 0;
  return Math.round(sigmoid(weights.intercept + weights.margin * f.margin + weights.evidence * f.evidence) * 100) / 100;
}

/**
 * Logistic regression of "the suggestion was right" on the features, by Newton's method
 * (three weights: converges in a few steps) with a small ridge penalty so that a set with
 * no wrong suggestion still gives finite weights.
 */
export function fitConfidence(samples: ReadonlyArray<{ features: ConfidenceFeatures; correct: boolean }>, ridge = 0.1): ConfidenceWeights {
  let w = [0, 0, 0];
  const rows = samples.map((s) => ({ x: [1, s.features.margin, s.features.evidence], y: s.correct ? 1 : 0 }));
  for (let step = 0; step < 50; step += 1) {
    const gradient = [0, 0, 0];
    const hessian = [
      [ridge, 0, 0],
      [0, ridge, 0],
      [0, 0, ridge],
    ];
    for (let j = 0; j < 3; j += 1) gradient[j] = ridge * w[j]!;
    for (const { x, y } of rows) {
      const p = sigmoid(x[0]! * w[0]! + x[1]! * w[1]! + x[2]! * w[2]!);
      for (let j = 0; j < 3; j += 1) {
        gradient[j]! += (p - y) * x[j]!;
        for (let k = 0; k < 3; k += 1) hessian[j]![k]! += p * (1 - p) * x[j]! * x[k]!;
      }
    }
    const delta = solve3(hessian, gradient);
    w = w.map((v, j) => v - delta[j]!);
    if (Math.max(...delta.map(Math.abs)) < 1e-9) break;
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { intercept: round(w[0]!), margin: round(w[1]!), evidence: round(w[2]!) };
}

/** Gaussian elimination for the 3×3 Newton step. */
function solve3(a: number[][], b: number[]): number[] {
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < 3; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < 3; r += 1) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < 3; r += 1) {
      if (r === col) continue;
      const factor = m[r]![col]! / m[col]![col]!;
      for (let c = col; c < 4; c += 1) m[r]![c]! -= factor * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[3]! / row[i]!);
}

/** Reliability of confidences against outcomes: the bins, expected calibration error, and coverage at a threshold. */
export function reliability(samples: ReadonlyArray<{ confidence: number; correct: boolean }>, threshold: number) {
  const edges = [0, 0.5, 0.7, 0.85, 0.95, 1.0001];
  const bins = edges.slice(0, -1).map((low, i) => {
    const inBin = samples.filter((s) => s.confidence >= low && s.confidence < edges[i + 1]!);
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
    return {
      low,
      high: Math.min(edges[i + 1]!, 1),
      n: inBin.length,
      meanConfidence: mean(inBin.map((s) => s.confidence)),
      accuracy: mean(inBin.map((s) => (s.correct ? 1 : 0))),
    };
  });
  const total = samples.length || 1;
  const ece = bins.reduce((sum, b) => sum + (b.n / total) * Math.abs(b.meanConfidence - b.accuracy), 0);
  const sure = samples.filter((s) => s.confidence >= threshold);
  const unsure = samples.filter((s) => s.confidence < threshold);
  const acc = (xs: typeof samples) => (xs.length ? xs.filter((s) => s.correct).length / xs.length : 0);
  return {
    bins,
    ece,
    coverage: sure.length / total,
    accuracyAbove: acc(sure),
    accuracyBelow: acc(unsure),
    above: sure.length,
    below: unsure.length,
  };
}

export interface CategorySuggestion {
  confidence: number;
  /** Below the threshold: staff choose, shown the two best candidates and their evidence. */
  needsPerson: boolean;
  candidates: Array<Pick<CombinedScore, 'code' | 'final' | 'matched'>>;
}

/** What the case page says of a suggested category: how sure, and whether a person must decide between the two best. */
export function categorySuggestion(
  scores: readonly CombinedScore[],
  settings: { threshold: number; weights: ConfidenceWeights },
): CategorySuggestion {
  const confidence = categoryConfidence(scores, settings.weights);
  return {
    confidence,
    needsPerson: confidence < settings.threshold,
    candidates: scores.slice(0, 2).map(({ code, final, matched }) => ({ code, final, matched })),
  };
}
