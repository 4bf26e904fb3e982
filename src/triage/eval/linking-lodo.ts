import { featureVector, RULE_WEIGHTS, type LinkWeights } from '../linking/link-features.js';
import { fitLinkWeights, type LinkExample } from '../linking/link-model.js';
import { resolveLinks, type LinkThresholds, type MentionReading } from '../linking/link-subjects.js';
import { fitRoleModel, type RoleExample, type RoleModel } from '../linking/role-model.js';
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
export function linkingFigures(
  district: LinkingDistrict,
  limits: LinkThresholds,
  weights: LinkWeights,
  roles: RoleModel | null = null,
): LinkingScores {
  return linkingScores(
    district.tips.map((tip) => ({ labels: tip.labels, subjects: resolveLinks(tip.text, tip.readings, limits, weights, roles) })),
  );
}

/**
 * The people linking links to one cadre in a labelled tip naming two or more, as examples for
 * the role model: accused when the cadre is a labelled subject. A person linked to the wrong
 * cadre (another of the mention's candidates is the labelled one) teaches nothing of roles
 * and is left out.
 */
export function roleExamplesOf(district: LinkingDistrict, limits: LinkThresholds): RoleExample[] {
  const out: RoleExample[] = [];
  for (const tip of district.tips) {
    if (tip.labels.subjects.length === 0 || tip.labels.ambiguous) continue;
    const seen: RoleExample[] = [];
    let people = 0;
    resolveLinks(tip.text, tip.readings, limits, RULE_WEIGHTS, null, (person, features) => {
      people += 1;
      if (person.status !== 'LINKED') return;
      const accused = tip.labels.subjects.includes(person.candidates[0]!.personNo);
      if (!accused && person.candidates.some((c) => tip.labels.subjects.includes(c.personNo))) return;
      seen.push({ features, accused });
    });
    if (people >= 2) out.push(...seen);
  }
  return out;
}

/** A role model to compare: its pull toward the rules and its threshold (null: the rules' roles). */
export interface RoleSetup {
  regularization: number;
  threshold: number;
}

/**
 * Leave-one-district-out for the role model: fitted on all districts but one, measured on that
 * one, at each regularization and threshold; links priced at the rules' weights and thresholds.
 */
export function roleLeaveOneOut(
  districts: readonly LinkingDistrict[],
  setups: readonly RoleSetup[],
  limits: LinkThresholds,
): Array<{ role: RoleSetup; result: LodoResult }> {
  const examples = new Map(districts.map((d) => [d.name, roleExamplesOf(d, limits)]));
  const fitted = new Map<string, RoleModel>();
  const modelFor = (setup: RoleSetup, held: string): RoleModel => {
    const key = `${setup.regularization}|${held}`;
    let model = fitted.get(key);
    if (!model) {
      model = fitRoleModel(
        districts.filter((d) => d.name !== held).flatMap((d) => examples.get(d.name)!),
        setup.regularization,
        0.5,
      );
      fitted.set(key, model);
    }
    return { ...model, threshold: setup.threshold };
  };
  const label = { regularization: Infinity, autoLinkMinScore: limits.autoLinkMinScore, autoLinkMargin: limits.autoLinkMargin };
  return setups.map((role) => ({
    role,
    result: summarize(
      label,
      districts.map((d) => ({ name: d.name, scores: linkingFigures(d, limits, RULE_WEIGHTS, modelFor(role, d.name)) })),
    ),
  }));
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

/**
 * The adoption test of a role decision (issue 19, linking roles): auto-linked precision better
 * in the mean and in the worst district, and no district's recall, top-1 or ambiguous-held
 * down by more than `tolerance`.
 */
export function improvesPrecision(candidate: LodoResult, baseline: LodoResult, tolerance = 0.01): boolean {
  const eps = 1e-9;
  if (candidate.mean.precision <= baseline.mean.precision + eps || candidate.worst.precision <= baseline.worst.precision + eps)
    return false;
  return candidate.districts.every((d) => {
    const before = baseline.districts.find((b) => b.name === d.name)!;
    return (['top1Rate', 'recall', 'heldRate'] as const).every((f) => d.scores[f] >= before.scores[f] - tolerance - eps);
  });
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
