import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fitShippedRoleModel, ROLE_WEIGHTS_FILE, roleWeightsSource, TUNING_DISTRICTS } from '../triage/eval/role-fit.js';
import { loadTriageConfig } from '../triage/triage-config.js';

/**
 * `npm run fit:roles [-- DIR…]`: fits the linking role model (accused or only mentioned) on
 * the tuning districts (by default the eight of docs/triage.md; never the held-out one, which
 * reading refuses) and writes src/triage/linking/role-weights.ts.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const dirs = args.length > 0 ? args : TUNING_DISTRICTS;
  const config = loadTriageConfig(resolve(process.env.QF_CONFIG_DIR ?? 'config'));
  const { model, names, examples } = await fitShippedRoleModel(dirs, config);
  writeFileSync(resolve(ROLE_WEIGHTS_FILE), roleWeightsSource(model, names, examples));
  console.log(`fit:roles — ${examples} linked people of ${names.join(', ')}; wrote ${ROLE_WEIGHTS_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
