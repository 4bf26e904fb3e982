// `npm run bench`: every benchmark, printed as tables, figures also written as JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchIntake } from './intake.mjs';
import { printTable } from './lib.mjs';

const duration = Number(process.env.QF_BENCH_SECONDS ?? 10);
const results = { machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, at: new Date().toISOString() };

const intake = await benchIntake({ duration });
printTable(`Intake (autocannon, 64 connections, ${duration} s)`, intake.rows);
printTable('Intake: nothing acknowledged is lost', [intake.counts]);
printTable('Peak memory during intake (MB)', [intake.memory]);
results.intake = intake;

mkdirSync('bench/results', { recursive: true });
const file = `bench/results/bench-${results.at.replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify(results, null, 2));
console.log(`\nfigures written to ${file}`);
