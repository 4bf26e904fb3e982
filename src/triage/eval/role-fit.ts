import { resolve } from 'node:path';
import { fitRoleModel, ROLE_FEATURE_NAMES, ROLE_REGULARIZATION, ROLE_THRESHOLD, type RoleModel } from '../linking/role-model.js';
import type { TriageConfig } from '../triage-config.js';
import { readLinkingDistrict } from './linking-districts.js';
import { roleExamplesOf } from './linking-lodo.js';

/** The eight districts the shipped role model is fitted on (never the held-out one), from the repository's root. */
export const TUNING_DISTRICTS = [
  '../shared/data/dev',
  ...['beitang', 'donghu', 'nanjiang', 'xiling', 'yunling', 'shimen', 'haibin'].map((d) => `eval/districts/${d}`),
];

/** The shipped model's file, from the repository's root. */
export const ROLE_WEIGHTS_FILE = 'src/triage/linking/role-weights.ts';

/** Fits the role model at the shipped setup on the districts in `dirs` (relative to `root`). */
export async function fitShippedRoleModel(
  dirs: readonly string[],
  config: TriageConfig,
  root = process.cwd(),
): Promise<{ model: RoleModel; names: string[]; examples: number }> {
  const districts = [];
  for (const dir of dirs) districts.push(await readLinkingDistrict(resolve(root, dir), config));
  const examples = districts.flatMap((d) => roleExamplesOf(d, config.linking));
  return {
    model: fitRoleModel(examples, ROLE_REGULARIZATION, ROLE_THRESHOLD),
    names: districts.map((d) => d.name),
    examples: examples.length,
  };
}

/** The source of `role-weights.ts` for a fitted model: what `npm run fit:roles` writes. */
export function roleWeightsSource(model: RoleModel, names: readonly string[], examples: number): string {
  const weights = ROLE_FEATURE_NAMES.map((f) => `    ${f}: ${model.weights[f]},`).join('\n');
  return `// Written by \`npm run fit:roles\` (src/cli/fit-roles.ts): do not edit by hand.
import type { RoleModel } from './role-model.js';

/**
 * The role model fitted on the tuning districts (${examples} linked people in tips naming two or
 * more) at regularization ${ROLE_REGULARIZATION}; accused at P ≥ ${model.threshold}. Districts:
 * ${names.join(', ')}.
 */
export const SHIPPED_ROLE_MODEL: RoleModel = {
  weights: {
${weights}
  },
  intercept: ${model.intercept},
  threshold: ${model.threshold},
};
`;
}
