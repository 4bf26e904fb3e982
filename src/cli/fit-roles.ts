import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fitShippedRoleModel, ROLE_WEIGHTS_FILE, roleWeightsSource, TUNING_DISTRICTS } from '../triage/eval/role-fit.js';
import { loadTriageConfig } from '../triage/triage-config.js';

/**
 * `npm run fit:roles [-- DIR…] [--out=FILE]`: fits the linking role model (accused or only
 * mentioned) on the tuning districts (by default the eight of docs/triage.md; never the
 * held-out one, which reading refuses) and writes src/triage/linking/role-weights.ts (or FILE).
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = argv.filter((a) => !a.startsWith('--'));
  const out = argv.find((a) => a.startsWith('--out='))?.slice('--out='.length) || ROLE_WEIGHTS_FILE;
  const dirs = args.length > 0 ? args : TUNING_DISTRICTS;
  const config = loadTriageConfig(resolve(process.env.QF_CONFIG_DIR ?? 'config'));
  const { model, names, examples } = await fitShippedRoleModel(dirs, config);
  writeFileSync(resolve(out), roleWeightsSource(model, names, examples));
  console.log(`fit:roles — ${examples} linked people of ${names.join(', ')}; wrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
