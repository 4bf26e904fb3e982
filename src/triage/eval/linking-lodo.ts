import { featureVector, RULE_WEIGHTS, type LinkWeights } from '../linking/link-features.js';
import { fitLinkWeights, type LinkExample } from '../linking/link-model.js';
import { resolveLinks, type LinkThresholds, type MentionReading } from '../linking/link-subjects.js';
import { linkingScores, type LinkingScores } from './metrics.js';

/** A labelled tip with the mentions linking read from it (once; priced again for each set of weights). */
export interface LinkingTip {
  id: string;
  text: string;
  labels: { subjects: string[]; ambiguous: boolean };
  readings: MentionReading[];
}

export interface LinkingDistrict {
  name: string;
  tips: LinkingTip[];
}

/** The four linking figures of issue 19, in the order the tables print them. */
export const FIGURES = ['top1Rate', 'precision', 'recall', 'heldRate'] as const;
export type Figure = (typeof FIGURES)[number];
export const FIGURE_LABELS: Record<Figure, string> = {
  top1Rate: 'subject link top-1',
  precision: 'auto-linked precision',
  recall: 'auto-linked recall',
  heldRate: 'ambiguous held',
};

/**
 * Every candidate of every mention as a training example: a labelled subject of the tip or
 * not. The candidates of one mention share its weight (a bare surname with twenty namesakes
 * counts as much as a full name with one), and the features said of a mention go with each.
 */
export function examplesOf(district: LinkingDistrict): LinkExample[] {
  return district.tips.flatMap((tip) =>
    tip.readings.flatMap((r) =>
      r.candidates.map((c) => ({
        features: featureVector(c.parts),
        subject: tip.labels.subjects.includes(c.person.personNo),
        weight: 1 / Math.sqrt(r.candidates.length),
      })),
    ),
  );
}

/** The linking figures of a district with these thresholds and weights. */
export function linkingFigures(district: LinkingDistrict, limits: LinkThresholds, weights: LinkWeights): LinkingScores {
  return linkingScores(
    district.tips.map((tip) => ({ labels: tip.labels, subjects: resolveLinks(tip.text, tip.readings, limits, weights) })),
  );
}

/** A way to link to compare: how strongly the weights are kept at the rules' (Infinity: the rules), and the thresholds. */
export interface LinkingSetup {
  regularization: number;
  autoLinkMinScore: number;
  autoLinkMargin: number;
}

export interface LodoResult {
  setup: LinkingSetup;
  /** Each district measured with weights fitted on the others only. */
  districts: Array<{ name: string; scores: LinkingScores }>;
  mean: Record<Figure, number>;
  worst: Record<Figure, number>;
}

export function summarize(setup: LinkingSetup, districts: LodoResult['districts']): LodoResult {
  const mean = Object.fromEntries(
    FIGURES.map((f) => [f, districts.reduce((s, d) => s + d.scores[f], 0) / Math.max(1, districts.length)]),
  ) as Record<Figure, number>;
  const worst = Object.fromEntries(FIGURES.map((f) => [f, Math.min(...districts.map((d) => d.scores[f]))])) as Record<Figure, number>;
  return { setup, districts, mean, worst };
}

/**
 * Leave-one-district-out: for each regularization, the weights are fitted on all districts
 * but one and measured on that one, at each pair of thresholds. The rules (regularization
 * Infinity) are fitted to nothing, so theirs is the plain figure of each district.
 */
export function leaveOneDistrictOut(
  districts: readonly LinkingDistrict[],
  setups: readonly LinkingSetup[],
  maxCandidates: number,
): LodoResult[] {
  const examples = new Map(districts.map((d) => [d.name, examplesOf(d)]));
  const fitted = new Map<string, LinkWeights>();
  const weightsFor = (regularization: number, held: string): LinkWeights => {
    if (!Number.isFinite(regularization)) return RULE_WEIGHTS;
    const key = `${regularization}|${held}`;
    let weights = fitted.get(key);
    if (!weights) {
      weights = fitLinkWeights(
        districts.filter((d) => d.name !== held).flatMap((d) => examples.get(d.name)!),
        regularization,
      ).weights;
      fitted.set(key, weights);
    }
    return weights;
  };
  return setups.map((setup) =>
    summarize(
      setup,
      districts.map((d) => ({
        name: d.name,
        scores: linkingFigures(
          d,
          { autoLinkMinScore: setup.autoLinkMinScore, autoLinkMargin: setup.autoLinkMargin, maxCandidates },
          weightsFor(setup.regularization, d.name),
        ),
      })),
    ),
  );
}

/**
 * Whether `candidate` is better than `baseline` by the test: on each of the four
 * figures the mean and the worst district are at least as good, one of them better, and no
 * district's figure drops by more than 0.01.
 */
export function beats(candidate: LodoResult, baseline: LodoResult, tolerance = 0.01): boolean {
  const eps = 1e-9;
  let better = false;
  for (const f of FIGURES) {
    if (candidate.mean[f] < baseline.mean[f] - eps || candidate.worst[f] < baseline.worst[f] - eps) return false;
    if (candidate.mean[f] > baseline.mean[f] + eps || candidate.worst[f] > baseline.worst[f] + eps) better = true;
  }
  for (const d of candidate.districts) {
    const before = baseline.districts.find((b) => b.name === d.name)!;
    if (FIGURES.some((f) => d.scores[f] < before.scores[f] - tolerance - eps)) return false;
  }
  return better;
}

/** One number to rank setups by: the mean of the four figures' means and worsts. */
export function merit(result: LodoResult): number {
  return FIGURES.reduce((s, f) => s + result.mean[f] + result.worst[f], 0) / (2 * FIGURES.length);
}

/**
 * Thresholds chosen by leave-one-district-out for weights fitted to nothing (the rules): each
 * district is measured at the setup that scores best (by `merit`) on the other districts.
 */
export function chosenOnOthers(
  results: readonly LodoResult[],
  label: LinkingSetup,
): LodoResult & { picks: Array<{ name: string; setup: LinkingSetup }> } {
  const names = results[0]!.districts.map((d) => d.name);
  const others = (r: LodoResult, held: string) =>
    summarize(
      r.setup,
      r.districts.filter((d) => d.name !== held),
    );
  const picks = names.map((held) => ({
    name: held,
    result: [...results].sort((a, b) => merit(others(b, held)) - merit(others(a, held)))[0]!,
  }));
  return {
    ...summarize(
      label,
      picks.map(({ name, result }) => result.districts.find((d) => d.name === name)!),
    ),
    picks: picks.map(({ name, result }) => ({ name, setup: result.setup })),
  };
}
