// `npm run bench`: every benchmark, printed as tables, figures also written as JSON.
// Each figure stands next to a ceiling measured in the same run or the issue's goal.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchIntake } from './intake.mjs';
import { clearBenchLeftovers, printTable } from './lib.mjs';
import { benchTriageAt } from './triage.mjs';

const duration = Number(process.env.QF_BENCH_SECONDS ?? 10);
const sizes = (process.env.QF_BENCH_SIZES ?? '1000x10000,100000x1000000').split(',').map((s) => {
  const [cadres, tips] = s.split('x').map(Number);
  return { cadres, tips };
});
// `npm run bench -- --topology`: the whole deployment on one machine (bench/topology.mjs) instead.
const topology = process.argv.includes('--topology');
const only = new Set((process.env.QF_BENCH_ONLY ?? (topology ? 'topology' : 'intake,triage')).split(','));
const results = { machine: { cpus: cpus().length, node: process.version }, at: new Date().toISOString() };
const verdict = (ok) => (ok ? 'met' : 'NOT met');

if (only.has('intake')) {
  const intake = await benchIntake({ duration });
  printTable(`Intake (autocannon, 64 connections, ${duration} s)`, intake.rows);
  for (const note of intake.notes) console.log(`  NOT met: ${note}`);
  printTable(`Where the CPU went during each load (% of one core; this machine has ${cpus().length})`, intake.cpu);
  printTable('Intake: nothing acknowledged is lost (worker started after the load)', [intake.counts]);
  const { apiPeakRssMb: api, workerPeakRssMb: worker } = intake.memory;
  printTable('Peak memory during intake (MB)', [
    {
      api,
      'api goal ≤ 300': api <= 300 ? 'met' : `NOT met (+${api - 300} MB)`,
      'worker (draining)': worker,
      'worker goal ≤ 600': verdict(worker <= 600),
    },
  ]);
  results.intake = intake;
}

if (only.has('triage')) {
  const runs = [];
  for (const [n, size] of sizes.entries()) {
    runs.push(
      await benchTriageAt({
        ...size,
        staffQueries: n === sizes.length - 1,
        burst: Number(process.env.QF_BENCH_BURST ?? 2000),
        steadySeconds: Number(process.env.QF_BENCH_STEADY_SECONDS ?? 15),
      }),
    );
  }
  printTable(
    'Triage, one worker process (burst of new tips through every step; then a steady offered load through the api)',
    runs.map((r) => ({
      cadres: r.cadres,
      'earlier tips': r.tips,
      'tips/s': r.tipsPerSecond,
      'goal ≥ 1000': r.tipsPerSecond >= 1000 ? 'met' : `NOT met (${(1000 / r.tipsPerSecond).toFixed(1)}× short)`,
      // Why: one Node thread can do at most 1000 / (its CPU ms per tip) tips/s, and the
      // worker's Postgres backends need their own CPU on the same machine.
      'worker CPU ms/tip': r.cpu.workerMsPerTip,
      'Postgres CPU ms/tip': r.cpu.postgresMsPerTip,
      'worker CPU bound/s': Math.round(1000 / r.cpu.workerMsPerTip),
      'offered/s': r.steady.offered,
      'receipt→triaged p50 ms': r.steady.p50,
      'p99 ms': r.steady.p99,
      'goal p50 ≤ 250':
        r.steady.p50 <= 250
          ? 'met'
          : `NOT met (${(r.steady.p50 / 250).toFixed(0)}× the goal${r.tipsPerSecond < r.steady.offered ? `: ${r.steady.offered}/s offered, ${Math.round(r.tipsPerSecond)}/s triaged, so the queue grows` : ''})`,
      'data generated in s': r.generateSeconds,
    })),
  );
  const small = runs[0];
  const large = runs.at(-1);
  const ratio = large.msPerTip / small.msPerTip;
  // The goal is on the CPU spent per tip (worker and Postgres), which grows only with the
  // data; the wall clock also grows with whatever else runs on the machine (shown beside it).
  const cpuOf = (r) => r.cpu.workerMsPerTip + r.cpu.postgresMsPerTip;
  const cpuRatio = cpuOf(large) / cpuOf(small);
  if (runs.length > 1)
    printTable('Growth: per-tip triage cost', [
      {
        size: `${small.cadres} cadres, ${small.tips} tips`,
        'CPU ms per tip (worker + Postgres)': cpuOf(small).toFixed(2),
        'CPU ratio': '1.00',
        goal: '',
        'wall ms per tip': small.msPerTip,
        'wall ratio': '1.00',
      },
      {
        size: `${large.cadres} cadres, ${large.tips} tips`,
        'CPU ms per tip (worker + Postgres)': cpuOf(large).toFixed(2),
        'CPU ratio': cpuRatio.toFixed(2),
        goal: cpuRatio <= 1.3 ? '≤ 1.30 met' : `≤ 1.30 NOT met (by ${(cpuRatio - 1.3).toFixed(2)})`,
        'wall ms per tip': large.msPerTip,
        'wall ratio': ratio.toFixed(2),
      },
    ]);
  if (runs.length > 1 && cpuRatio > 1.3) {
    const growth = (a, b) => `${a.toFixed(2)} → ${b.toFixed(2)} ms (${b >= a ? '+' : ''}${Math.round((100 * (b - a)) / a)}%)`;
    console.log(
      `  NOT met: per tip, the worker's CPU went ${growth(small.cpu.workerMsPerTip, large.cpu.workerMsPerTip)} and Postgres's ${growth(small.cpu.postgresMsPerTip, large.cpu.postgresMsPerTip)}`,
    );
  }
  if (large.queries) printTable(large.queries.title, large.queries.rows);
  printTable(
    'Peak memory (MB)',
    runs.map((r) => ({
      cadres: r.cadres,
      worker: r.memory.workerPeakRssMb,
      'worker goal ≤ 600': r.memory.workerPeakRssMb <= 600 ? 'met' : `NOT met (+${r.memory.workerPeakRssMb - 600} MB)`,
      api: r.memory.apiPeakRssMb,
      'api goal ≤ 300': r.memory.apiPeakRssMb <= 300 ? 'met' : `NOT met (+${r.memory.apiPeakRssMb - 300} MB)`,
      'api: steady intake / staff queries': `${r.memory.apiSteadyPeakRssMb} / ${r.memory.apiQueriesPeakRssMb}`,
    })),
  );
  results.triage = runs;
}

if (only.has('topology')) {
  const { benchTopology } = await import('./topology.mjs');
  results.topology = await benchTopology({ duration, chaosSeconds: Number(process.env.QF_BENCH_CHAOS_SECONDS ?? 20) });
}

await clearBenchLeftovers();
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/bench-${results.at.replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify(results, null, 2));
console.log(`\nfigures written to ${file}`);
