/**
 * A learned correction to the linking rules' points: logistic regression of "this candidate is
 * the tip's subject" on the features the rules compute (`link-features.ts`), its weights kept
 * on the rules' scale of points and pulled toward the rules' own. `npm run eval:linking` fits
 * it by leave-one-district-out and compares it with the rules.
 */
import { FEATURE_NAMES, RULE_WEIGHTS, type LinkFeature, type LinkWeights } from './link-features.js';

/** One candidate of one mention, as a training example: its features and whether it is a labelled subject. */
export interface LinkExample {
  features: Partial<Record<LinkFeature, number>>;
  subject: boolean;
  /** How much the example counts (a mention's candidates share its weight). */
  weight: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Solves A x = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r += 1) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      if (f !== 0) for (let c = col; c <= n; c += 1) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

/**
 * Newton's method for a weighted logistic regression z = Σ θ_k x_k with an L2 pull of θ
 * toward `prior` (strength `lambda` for each coordinate; 0 = free). Small and exact: a few
 * dozen weights, a few thousand examples.
 */
export function newton(xs: number[][], ys: number[], ws: number[], prior: number[], lambda: number[], start: number[]): number[] {
  const k = prior.length;
  const objective = (theta: number[]) => {
    let total = theta.reduce((s, t, j) => s + lambda[j]! * (t - prior[j]!) ** 2, 0);
    xs.forEach((x, i) => {
      let z = 0;
      for (let j = 0; j < k; j += 1) z += theta[j]! * x[j]!;
      // −log σ(z) for a subject, −log(1 − σ(z)) otherwise, computed without overflow.
      const m = ys[i] ? -z : z;
      total += ws[i]! * (m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m)));
    });
    return total;
  };
  let theta = [...start];
  let current = objective(theta);
  for (let iter = 0; iter < 100; iter += 1) {
    const grad = theta.map((t, j) => 2 * lambda[j]! * (t - prior[j]!));
    const hess = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 2 * lambda[i]! + 1e-6 : 0)));
    xs.forEach((x, i) => {
      let z = 0;
      for (let j = 0; j < k; j += 1) z += theta[j]! * x[j]!;
      const p = sigmoid(z);
      const g = ws[i]! * (p - ys[i]!);
      const h = ws[i]! * Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a < k; a += 1) {
        if (x[a] === 0) continue;
        grad[a]! += g * x[a]!;
        for (let b = 0; b < k; b += 1) if (x[b] !== 0) hess[a]![b]! += h * x[a]! * x[b]!;
      }
    });
    const step = solve(hess, grad);
    // Damped: halve the step until the objective does not rise (a plain Newton step overshoots
    // where the examples are nearly separable).
    let size = 1;
    let next = theta.map((t, j) => t - step[j]!);
    let value = objective(next);
    while (value > current && size > 1e-6) {
      size /= 2;
      next = theta.map((t, j) => t - size * step[j]!);
      value = objective(next);
    }
    if (value > current) break;
    const moved = Math.max(...step.map((d) => Math.abs(d * size)));
    theta = next;
    const gained = current - value;
    current = value;
    if (moved < 1e-7 || gained < 1e-10 * Math.max(1, current)) break;
  }
  return theta;
}

/**
 * Fits the weights on labelled candidates. First the logistic curve of the rules' own score
 * (scale and offset, the rules' weights kept); then, with that scale, every weight, pulled
 * toward the rules' by `regularization` (per unit of example weight; Infinity keeps the rules'
 * weights, 0 leaves them free). The weights stay on the rules' scale of points.
 */
export function fitLinkWeights(
  examples: readonly LinkExample[],
  regularization: number,
): { weights: LinkWeights; scale: number; offset: number } {
  const ys = examples.map((e) => (e.subject ? 1 : 0));
  const ws = examples.map((e) => e.weight);
  const ruleScore = examples.map((e) => FEATURE_NAMES.reduce((s, f) => s + RULE_WEIGHTS[f] * (e.features[f] ?? 0), 0));
  // The rules' curve: z = a × score + c.
  const [a, c] = newton(
    ruleScore.map((s) => [s, 1]),
    ys,
    ws,
    [0, 0],
    [1e-4, 1e-4],
    [1, 0],
  ) as [number, number];
  const scale = Math.max(a, 0.05);
  if (!Number.isFinite(regularization)) return { weights: { ...RULE_WEIGHTS }, scale, offset: -c / scale };
  // θ_k = scale × w_k, pulled toward scale × rule_k; the intercept free.
  const total = ws.reduce((s, w) => s + w, 0);
  const prior = [...FEATURE_NAMES.map((f) => scale * RULE_WEIGHTS[f]), c];
  const lambda = [...FEATURE_NAMES.map(() => (regularization * total) / (scale * scale)), 1e-4];
  const xs = examples.map((e) => [...FEATURE_NAMES.map((f) => e.features[f] ?? 0), 1]);
  const theta = newton(xs, ys, ws, prior, lambda, prior);
  const weights = Object.fromEntries(FEATURE_NAMES.map((f, j) => [f, Math.round((theta[j]! / scale) * 1000) / 1000])) as LinkWeights;
  return { weights, scale, offset: -theta[FEATURE_NAMES.length]! / scale };
}

/** The probability that a candidate with this score is the subject, on a fitted curve. */
export function subjectProbability(score: number, model: { scale: number; offset: number }): number {
  return sigmoid(model.scale * (score - model.offset));
}
