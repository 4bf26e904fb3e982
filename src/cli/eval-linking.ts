import { resolve } from 'node:path';
import { FEATURE_NAMES, RULE_WEIGHTS } from '../triage/linking/link-features.js';
import { fitLinkWeights, subjectProbability } from '../triage/linking/link-model.js';
import { readLinkingDistrict } from '../triage/eval/linking-districts.js';
import { resolveLinks, type LinkThresholds } from '../triage/linking/link-subjects.js';
import { roleConfusion, ROLE_CELL_LABELS, ROLE_CELLS } from '../triage/eval/linking-roles.js';
import { fitRoleModel, ROLE_FEATURE_NAMES, ROLE_REGULARIZATION, ROLE_THRESHOLD, type RoleModel } from '../triage/linking/role-model.js';
import {
  beats,
  improvesPrecision,
  roleExamplesOf,
  roleLeaveOneOut,
  chosenOnOthers,
  examplesOf,
  FIGURE_LABELS,
  FIGURES,
  leaveOneDistrictOut,
  merit,
  type LinkingDistrict,
  type LinkingSetup,
  type LodoResult,
} from '../triage/eval/linking-lodo.js';
import { loadTriageConfig } from '../triage/triage-config.js';

/**
 * `npm run eval:linking -- DIR [DIR…]`: the linking figures of labelled districts (each DIR
 * holds cadres.csv and tips.jsonl), read without a database — the roster as the import stores
 * it, each tip's mentions read once, then priced and decided again for each setup — and, by
 * leave-one-district-out, whether a learned correction to the rules' points or other
 * auto-link thresholds would do better: each district measured with weights fitted, and
 * thresholds chosen, on the others only. The test of the issue: the mean and the worst
 * district no worse on every figure, one better, and no district down by more than 0.01.
 */
const REGULARIZATIONS = [Infinity, 0.01, 0.003, 0.001, 0.0003, 0.0001, 0.00003];
const MIN_SCORES = [3, 3.5, 4, 4.5, 5, 5.5, 6];
const MARGINS = [0.5, 1, 1.25, 1.5, 1.75, 2, 2.5];
const ROLE_REGULARIZATIONS = [0.001, 0.0003, 0.0001, 0.00003, 0.00001];
const ROLE_THRESHOLDS = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7];

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (dirs.length < 2) {
  console.error('usage: npm run eval:linking -- DIR DIR [DIR…]   (labelled districts, each with cadres.csv and tips.jsonl; at least two)');
  process.exit(64);
}
const configDir = resolve(process.env.QF_CONFIG_DIR ?? 'config');
const pct = (x: number) => x.toFixed(2);

function printTable(title: string, result: LodoResult): void {
  const names = result.districts.map((d) => d.name);
  const width = Math.max(9, ...names.map((n) => n.length + 2));
  console.log(`\n${title}`);
  console.log(`${'figure'.padEnd(24)}${names.map((n) => n.padStart(width)).join('')}${'mean'.padStart(8)}${'worst'.padStart(8)}`);
  for (const f of FIGURES) {
    console.log(
      `${FIGURE_LABELS[f].padEnd(24)}${result.districts.map((d) => pct(d.scores[f]).padStart(width)).join('')}${pct(result.mean[f]).padStart(8)}${pct(result.worst[f]).padStart(8)}`,
    );
  }
}

const describe = (s: LinkingSetup) =>
  `${Number.isFinite(s.regularization) ? `learned, regularization ${s.regularization}` : 'rules'}, auto-link at ${s.autoLinkMinScore} points leading by ${s.autoLinkMargin}`;

async function main(): Promise<void> {
  const config = loadTriageConfig(configDir);
  const started = Date.now();
  const districts = [];
  for (const dir of dirs) districts.push(await readLinkingDistrict(resolve(dir), config));
  console.log(
    `eval:linking — ${districts.map((d) => `${d.name} ${d.tips.length}`).join(', ')} tips; mentions read in ${Date.now() - started} ms`,
  );
  const setups: LinkingSetup[] = REGULARIZATIONS.flatMap((regularization) =>
    MIN_SCORES.flatMap((autoLinkMinScore) => MARGINS.map((autoLinkMargin) => ({ regularization, autoLinkMinScore, autoLinkMargin }))),
  );
  const results = leaveOneDistrictOut(districts, setups, config.linking.maxCandidates);
  const rules = results.find(
    (r) =>
      !Number.isFinite(r.setup.regularization) &&
      r.setup.autoLinkMinScore === config.linking.autoLinkMinScore &&
      r.setup.autoLinkMargin === config.linking.autoLinkMargin,
  )!;
  printTable(`rules as shipped (${describe(rules.setup)}):`, rules);
  for (const regularization of REGULARIZATIONS.filter((r) => Number.isFinite(r))) {
    const best = results.filter((r) => r.setup.regularization === regularization).sort((a, b) => merit(b) - merit(a))[0]!;
    console.log(
      `best with regularization ${regularization}: ${describe(best.setup)}; top-1/P/R/held mean ${FIGURES.map((f) => pct(best.mean[f])).join('/')} worst ${FIGURES.map((f) => pct(best.worst[f])).join('/')}${beats(best, rules) ? ' — beats the rules' : ''}`,
    );
  }
  const rulesChosen = chosenOnOthers(
    results.filter((r) => !Number.isFinite(r.setup.regularization)),
    { ...rules.setup },
  );
  printTable('rules, thresholds chosen on the other districts:', rulesChosen);
  console.log(
    `  thresholds chosen: ${rulesChosen.picks.map((p) => `${p.name} ${p.setup.autoLinkMinScore}/${p.setup.autoLinkMargin}`).join(', ')}`,
  );
  console.log(`  beats the rules as shipped: ${beats(rulesChosen, rules) ? 'yes' : 'no'}`);
  // The learned setups: the best of each is picked looking at every district's held-out
  // figure, which flatters the learned model (a fair pick would be nested); it still has to win.
  const learned = results.filter((r) => Number.isFinite(r.setup.regularization)).sort((a, b) => merit(b) - merit(a))[0]!;
  printTable(`learned, leave-one-district-out, best setup (${describe(learned.setup)}):`, learned);
  console.log(`  beats the rules as shipped: ${beats(learned, rules) ? 'yes' : 'no'}`);
  const fit = fitLinkWeights(
    districts.flatMap((d) => examplesOf(d)),
    learned.setup.regularization,
  );
  const moved = FEATURE_NAMES.filter((f) => Math.abs(fit.weights[f] - RULE_WEIGHTS[f]) >= 0.05).map(
    (f) => `${f} ${RULE_WEIGHTS[f]} → ${fit.weights[f]}`,
  );
  console.log(
    `  its weights fitted on all ${districts.length} districts (points; rules → learned, where they differ): ${moved.join(', ') || 'none'}; P(subject) = σ(${fit.scale.toFixed(3)} × (score − ${fit.offset.toFixed(2)})), ${pct(subjectProbability(learned.setup.autoLinkMinScore, fit))} at the auto-link score`,
  );
  roleReport(districts, { ...config.linking }, rules);
  const winners = results.filter((r) => beats(r, rules)).sort((a, b) => merit(b) - merit(a));
  console.log(
    winners[0]
      ? `\nbest setup that beats the rules as shipped: ${describe(winners[0].setup)}`
      : '\nno setup beats the rules as shipped by the test (mean and worst no worse on every figure, one better, no district down > 0.01)',
  );
}

/** Who linking calls accused and who only mentioned, against the labels: counts a district, and the cases it misjudged. */
function printRoles(
  title: string,
  districts: LinkingDistrict[],
  limits: LinkThresholds,
  roles: (name: string) => RoleModel | null,
  cases: boolean,
) {
  const names = districts.map((d) => d.name);
  const width = Math.max(9, ...names.map((n) => n.length + 2));
  console.log(`\n${title}`);
  console.log(`${'linked person (label → role)'.padEnd(30)}${names.map((n) => n.padStart(width)).join('')}`);
  const all = districts.map((d) => {
    const model = roles(d.name);
    return roleConfusion(d, limits, RULE_WEIGHTS, (tip) => resolveLinks(tip.text, tip.readings, limits, RULE_WEIGHTS, model));
  });
  for (const cell of ROLE_CELLS) {
    console.log(`${ROLE_CELL_LABELS[cell].padEnd(30)}${all.map((r) => String(r.counts[cell]).padStart(width)).join('')}`);
  }
  if (!cases) return;
  console.log('  misjudged (district, tip, kind, who, sentence):');
  all.forEach((r, i) => {
    for (const c of r.cases) {
      console.log(`  ${names[i]} ${c.tip} ${ROLE_CELL_LABELS[c.kind]}: ${c.who}${c.reason ? `（${c.reason}）` : ''} | ${c.sentence}`);
    }
  });
}

function roleReport(districts: LinkingDistrict[], limits: LinkThresholds, rules: LodoResult): void {
  printRoles('role of linked people, rules (every district given):', districts, limits, () => null, true);
  const setups = ROLE_REGULARIZATIONS.flatMap((regularization) => ROLE_THRESHOLDS.map((threshold) => ({ regularization, threshold })));
  const results = roleLeaveOneOut(districts, setups, limits);
  console.log('\nlearned role decision, leave-one-district-out (links at the rules’ weights and thresholds):');
  for (const { role, result } of results) {
    console.log(
      `  regularization ${role.regularization}, accused at P ≥ ${role.threshold}: top-1/P/R/held mean ${FIGURES.map((f) => pct(result.mean[f])).join('/')} worst ${FIGURES.map((f) => pct(result.worst[f])).join('/')}${improvesPrecision(result, rules) ? ' — passes the adoption test' : ''}`,
    );
  }
  const best = [...results].sort((a, b) => merit(b.result) - merit(a.result))[0]!;
  printTable(
    `learned role decision, best setup (regularization ${best.role.regularization}, accused at P ≥ ${best.role.threshold}):`,
    best.result,
  );
  console.log(
    `  adoption test (precision mean and worst better; no district's top-1, recall or held down > 0.01): ${improvesPrecision(best.result, rules) ? 'passes' : 'fails'}; strict test (every figure's mean and worst no worse): ${beats(best.result, rules) ? 'passes' : 'fails'}`,
  );
  // The best setup is picked looking at every district's held-out figure, which flatters it;
  // nested: each district measured at the setup that does best on the others.
  const nested = chosenOnOthers(
    results.map(({ role, result }) => ({
      ...result,
      setup: { regularization: role.regularization, autoLinkMinScore: role.threshold, autoLinkMargin: 0 },
    })),
    rules.setup,
  );
  printTable('learned role decision, setup chosen on the other districts (nested):', nested);
  console.log(`  setups chosen: ${nested.picks.map((p) => `${p.name} ${p.setup.regularization}/${p.setup.autoLinkMinScore}`).join(', ')}`);
  console.log(`  adoption test: ${improvesPrecision(nested, rules) ? 'passes' : 'fails'}`);
  const models = new Map(
    districts.map((d) => [
      d.name,
      fitRoleModel(
        districts.filter((o) => o !== d).flatMap((o) => roleExamplesOf(o, limits)),
        best.role.regularization,
        best.role.threshold,
      ),
    ]),
  );
  printRoles(
    'role of linked people, learned decision (each district by the model fitted on the others):',
    districts,
    limits,
    (name) => models.get(name)!,
    false,
  );
  const shipped = fitRoleModel(
    districts.flatMap((d) => roleExamplesOf(d, limits)),
    ROLE_REGULARIZATION,
    ROLE_THRESHOLD,
  );
  console.log(
    `\nrole model at the shipped setup (regularization ${ROLE_REGULARIZATION}, P ≥ ${ROLE_THRESHOLD}) fitted on all ${districts.length} districts: intercept ${shipped.intercept}; ${ROLE_FEATURE_NAMES.map((f) => `${f} ${shipped.weights[f]}`).join(', ')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
