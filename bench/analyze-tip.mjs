// Micro-benchmark of the triage worker's pure step, analyzeTip, without Postgres or Redis:
// the roster tools for the bench's generated district (bench/district-data.mjs), the rule
// categorizer, and the starter model trained as the worker trains it at boot.
//
//   node bench/analyze-tip.mjs [--cadres 1000] [--tips 3000] [--dist dist]
//       ms/tip over the generated tips (after a warm-up pass)
//   node bench/analyze-tip.mjs --compare OLD_DIST [--rounds 2]
//       the same, alternately on OLD_DIST and dist, one child process per round
//   node bench/analyze-tip.mjs --golden OUT.jsonl DIR...
//       every tip of each labelled district DIR (cadres.csv, tips.jsonl) analysed, one JSON
//       line per tip: run on two builds and compare the files (`cmp`)
// A CPU profile: node --cpu-prof --cpu-prof-dir=/tmp/x bench/analyze-tip.mjs
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rosterInMemory, tipBody } from './district-data.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const root = resolve(import.meta.dirname, '..');
const dist = resolve(option('dist', join(root, 'dist')));

if (option('compare')) {
  const old = resolve(option('compare'));
  const rest = args.filter((a, i) => a !== '--compare' && args[i - 1] !== '--compare');
  for (let round = 0; round < Number(option('rounds', '2')); round += 1) {
    for (const [label, build] of [
      ['before', old],
      ['after', dist],
    ]) {
      const run = spawnSync(process.execPath, [import.meta.filename, ...rest, '--dist', build], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(run.stderr);
      process.stdout.write(`${label.padEnd(6)} ${run.stdout}`);
    }
  }
  process.exit(0);
}

const load = (path) => import(pathToFileURL(join(dist, path)).href);
const { loadAppConfig } = await load('infra/config/app-config.js');
const { loadTriageConfig } = await load('triage/triage-config.js');
const { buildRosterTools } = await load('triage/roster-cache.service.js');
const { RuleCategorizer } = await load('triage/keyword-categorizer.js');
const { analyzeTip } = await load('triage/analyze-tip.js');
const { predictNaiveBayes, trainNaiveBayes } = await load('triage/categorize/naive-bayes.js');
const { readStarterExamples } = await load('triage/category-model.service.js');

const configDir = join(root, 'config');
const key = () => randomBytes(32).toString('base64');
const config = loadAppConfig({
  DATABASE_URL: 'postgres://bench@localhost/none',
  REDIS_URL: 'redis://localhost:6379',
  QF_MASTER_KEYS: `k1:${key()}`,
  QF_HASH_KEY: key(),
  QF_CONFIG_DIR: configDir,
});
const triage = loadTriageConfig(configDir);
const rules = new RuleCategorizer(config.categories);

/** The starter model as the worker trains it (leaving one district's examples out, as the eval does). */
function starterPredict(tools, excludeDistrict) {
  const rows = readStarterExamples(configDir)
    .filter((e) => e.district !== excludeDistrict)
    .map((e) => ({ category: e.category, tokens: tools.segmenter.tokens(e.text) }));
  const model = trainNaiveBayes(rows);
  return (tokens) => ({ version: 1, probabilities: predictNaiveBayes(model, tokens), examples: model.documents });
}

const analyze = (tools, predict, tip) => analyzeTip(tip, tools, rules, predict, config.categories, triage);

if (option('golden')) {
  const { readRosterFile } = await load('cadres/roster/roster-file.js');
  const { validateRosterRow } = await load('cadres/roster/roster-row.js');
  const lines = [];
  for (const dir of args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'))) {
    const sheet = await readRosterFile(readFileSync(join(dir, 'cadres.csv')));
    const people = sheet.rows.map(({ raw }) => {
      const r = validateRosterRow(raw).row;
      return { id: r.personNo, personNo: r.personNo, name: r.name, unit: r.unit, post: r.post, rank: r.level, gender: r.gender };
    });
    const units = [...new Set(people.map((p) => p.unit))].sort().map((name) => ({ name, aliases: [] }));
    const tools = buildRosterTools('golden', people, units, triage, config.categories);
    const predict = starterPredict(tools, basename(dir));
    const tips = readFileSync(join(dir, 'tips.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    for (const line of tips) {
      const t = JSON.parse(line);
      for (const categoryClaimed of [null, t.labels?.category ?? null]) {
        const analysis = analyze(tools, predict, { body: t.text, subjects: t.subjects ?? [], categoryClaimed });
        lines.push(JSON.stringify({ district: basename(dir), id: t.id, categoryClaimed, analysis }));
      }
    }
  }
  writeFileSync(option('golden'), `${lines.join('\n')}\n`);
  console.log(`${lines.length} analyses written to ${option('golden')}`);
  process.exit(0);
}

const cadres = Number(option('cadres', '1000'));
const count = Number(option('tips', '3000'));
const { people, units } = rosterInMemory(cadres);
const tools = buildRosterTools('bench', people, units, triage, config.categories);
const predict = starterPredict(tools);
// As bench/triage.mjs writes them: one tip in ten retells an earlier one about the same person.
const retold = (i) => (i % 10 === 9 ? i - 7 : null);
const tips = Array.from({ length: count }, (_, i) => {
  const p = people[((retold(i) ?? i) * 7) % people.length];
  return {
    body: tipBody(100_000 + i, p, retold(i) === null ? null : 100_000 + retold(i)),
    subjects: [{ name: p.name, unit: p.unit, post: p.post }],
    categoryClaimed: null,
  };
});
let check = 0;
for (const tip of tips.slice(0, 300)) check += analyze(tools, predict, tip).tokens.length; // warm-up
// CPU time, as the bench counts the worker's (the machine may be shared: wall time varies more).
const started = process.hrtime.bigint();
const cpu = process.cpuUsage();
for (const tip of tips) check += analyze(tools, predict, tip).subjects.length;
const used = process.cpuUsage(cpu);
const wall = Number(process.hrtime.bigint() - started) / 1e6;
const perTip = (ms) => (ms / count).toFixed(3);
console.log(
  `${perTip((used.user + used.system) / 1000)} ms CPU/tip, ${perTip(wall)} ms wall/tip (${count} tips, ${cadres} cadres, ${basename(dist)}; check ${check})`,
);
