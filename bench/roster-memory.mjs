// What the triage worker's roster tools (buildRosterTools: the roster index, the segmenter
// with its user dictionary, the identifying words) hold for a generated roster: heap and
// RSS after a full collection, before and after building them, and the peak RSS.
//
//   node --expose-gc bench/roster-memory.mjs [--cadres 100000] [--dist dist] [--db URL]
//       [--snapshot FILE.heapsnapshot]
// --db reads the roster from a database (made with bench/district-data.mjs generateRoster) by
// the worker's own query; without it the same roster is built in memory (rosterInMemory,
// with uuid ids, a post date and strings of its own for each row, as the database gives them).
// --snapshot writes a heap snapshot once the tools are built (open it in Chrome's DevTools).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeHeapSnapshot } from 'node:v8';
import { rosterInMemory } from './district-data.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const root = resolve(import.meta.dirname, '..');
const dist = resolve(option('dist', join(root, 'dist')));
const cadres = Number(option('cadres', '100000'));
if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');

const load = (path) => import(pathToFileURL(join(dist, path)).href);
const { loadAppConfig } = await load('infra/config/app-config.js');
const { loadTriageConfig } = await load('triage/triage-config.js');
const { buildRosterTools } = await load('triage/roster-cache.service.js');

const configDir = join(root, 'config');
const key = Buffer.alloc(32, 7).toString('base64');
const config = loadAppConfig({
  DATABASE_URL: 'postgres://bench@localhost/none',
  REDIS_URL: 'redis://localhost:6379',
  QF_MASTER_KEYS: `k1:${key}`,
  QF_HASH_KEY: key,
  QF_CONFIG_DIR: configDir,
});
const triage = loadTriageConfig(configDir);

async function snapshot() {
  if (option('db')) {
    const pg = (await import('pg')).default;
    const db = new pg.Client({ connectionString: option('db') });
    await db.connect();
    const sql = readFileSync(join(root, 'src/cadres/cadres.sql'), 'utf8');
    const query = (name) => new RegExp(`/\\* @name ${name} \\*/\\n([^;]*);`).exec(sql)[1].replace(/"(\w+)!"/g, '"$1"');
    const people = (await db.query(query('RosterPeople'))).rows;
    const units = (await db.query(query('RosterUnits'))).rows;
    await db.end();
    return { people, units };
  }
  const { people, units } = rosterInMemory(cadres);
  // Each row's own strings, as pg reads them (rosterInMemory shares its units and posts; and
  // randomUUID's strings are ropes of seven pieces, pg's are flat).
  const own = (s) => (typeof s === 'string' ? Buffer.from(s).toString() : s);
  const rows = people.map((p, i) => ({
    id: own(randomUUID()),
    personNo: own(p.personNo),
    name: own(p.name),
    unit: own(p.unit),
    post: own(p.post),
    rank: own(p.rank),
    gender: own(p.gender),
    postSince: own(`${2019 + (i % 7)}-0${1 + (i % 9)}`),
  }));
  return { people: rows, units };
}

const mb = (bytes) => (bytes / 1048576).toFixed(1);
function measure(label) {
  for (let i = 0; i < 3; i += 1) globalThis.gc();
  const m = process.memoryUsage();
  console.log(
    `${label.padEnd(22)} heapUsed ${mb(m.heapUsed).padStart(6)} MB (of ${mb(m.heapTotal).padStart(6)})  external ${mb(m.external).padStart(6)} MB  rss ${mb(m.rss).padStart(6)} MB`,
  );
  return m;
}

const empty = measure('before the snapshot');
// The worker lets the snapshot go once the tools are built: only what the tools hold stays.
const { tools, built } = await (async () => {
  const { people, units } = await snapshot();
  measure(`snapshot (${people.length})`);
  const started = Date.now();
  return { tools: buildRosterTools('memory', people, units, triage, config.categories), built: Date.now() - started };
})();
const after = measure(`tools built (${built} ms)`);
const peakRss = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) * 1024;
console.log(
  `roster tools hold: heap ${mb(after.heapUsed - empty.heapUsed)} MB, rss +${mb(after.rss - empty.rss)} MB; peak rss ${mb(peakRss)} MB; tokens ${tools.segmenter.tokens('测试分词').length}`,
);
if (option('snapshot')) console.log(`heap snapshot: ${writeHeapSnapshot(option('snapshot'))}`);
