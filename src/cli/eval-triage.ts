import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CadresModule } from '../cadres/cadres.module.js';
import { RosterImportService } from '../cadres/roster/roster-import.service.js';
import { InfraModule } from '../infra/infra.module.js';
import { IntakeModule } from '../intake/intake.module.js';
import { IntakeService } from '../intake/intake.service.js';
import type { Channel } from '../reports/report-status.js';
import { crossValidate } from '../triage/eval/cross-validation.js';
import { categoryTable, repeatScores } from '../triage/eval/metrics.js';
import { RuleCategorizer } from '../triage/keyword-categorizer.js';
import { loadTriageConfig } from '../triage/triage-config.js';
import { AppConfig } from '../infra/config/app-config.js';
import { TriageModule } from '../triage/triage.module.js';
import { TriageReportJob } from '../triage/triage-report.job.js';
import { runMigrations } from './migrate.js';
import { clearEvalQueues, evalAdminUrl, evalEnvironment } from './eval-env.js';
import { loadCliConfig } from './cli-env.js';

/**
 * `npm run eval:triage -- DIR`: a fresh database; DIR/cadres.csv goes in through the
 * roster import, DIR/tips.jsonl through intake (each tip on its channel, in file order),
 * then the triage job — the worker's own handler — runs on each report in the order
 * the outbox holds them. The learned model takes no part: a fresh database has no staff
 * confirmations, and the labels are never used for training. Prints the scores; the last
 * line is the summary.
 */
interface Tip {
  id: string;
  channel: 'web' | 'sms' | 'hotline';
  text: string;
  reporter: null | { name: string; phone: string };
  labels: { category: string; subjects: string[]; ambiguous: boolean; specific: boolean; duplicateOf: string | null };
}

@Module({ imports: [InfraModule, AuditModule, IntakeModule, CadresModule, TriageModule] })
class EvalModule {}

const [dir] = process.argv.slice(2);
if (!dir) {
  console.error('usage: npm run eval:triage -- DIR   (DIR holds cadres.csv and tips.jsonl)');
  process.exit(64);
}
// .env is read for the server addresses (the evaluation makes its own database and keys).
loadCliConfig([]);
const adminUrl = evalAdminUrl();
const dbUrl = (name: string) => Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
const pct = (x: number) => x.toFixed(2);

async function main(): Promise<void> {
  const tips: Tip[] = readFileSync(join(resolve(dir!), 'tips.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Tip);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const name = `qf_eval_triage_${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const storage = mkdtempSync(join(tmpdir(), 'qf-eval-'));
  await admin.query(`CREATE DATABASE ${name}`);
  const env = evalEnvironment(dbUrl(name), name, storage);
  Object.assign(process.env, env);
  try {
    await runMigrations(dbUrl(name), () => undefined);
    const app = await NestFactory.createApplicationContext(EvalModule, { logger: false });
    try {
      await run(
        app.get(RosterImportService),
        app.get(IntakeService),
        app.get(TriageReportJob),
        app.get(DataSource),
        tips,
        resolve(dir!),
        app.get(AppConfig),
      );
    } finally {
      await app.close();
    }
  } finally {
    rmSync(storage, { recursive: true, force: true });
    await clearEvalQueues(env);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function run(
  roster: RosterImportService,
  intake: IntakeService,
  triage: TriageReportJob,
  db: DataSource,
  tips: Tip[],
  dir: string,
  config: AppConfig,
): Promise<void> {
  const imported = await roster.import(readFileSync(join(dir, 'cadres.csv')), { fileName: 'cadres.csv' });
  if (!imported.applied) throw new Error(`roster not imported: ${JSON.stringify(imported.errors.slice(0, 3))}`);
  const numberOf = new Map<string, string>();
  for (const tip of tips) {
    const { response } = await intake.submit(
      tip.channel.toUpperCase() as Channel,
      {
        subjects: [],
        body: tip.text,
        incidentTime: undefined,
        incidentPlace: undefined,
        anonymous: !tip.reporter,
        ...(tip.reporter ? { reporter: tip.reporter } : {}),
      },
      [],
      { clientIp: '127.0.0.1' },
    );
    numberOf.set(tip.id, response.reportNumber);
  }
  const jobs: Array<{ id: string; report_id: string }> = await db.query(
    `SELECT id, payload->>'reportId' AS report_id FROM outbox WHERE job_name = 'triage-report' ORDER BY id`,
  );
  const started = Date.now();
  for (const job of jobs) {
    await triage.handle({ reportId: job.report_id });
    await db.query(`UPDATE outbox SET dispatched_at = now() WHERE id = $1`, [job.id]);
  }
  const elapsed = Date.now() - started;

  const rows: Array<{
    number: string;
    tokens: string[];
    body: string;
    category: string | null;
    is_specific: boolean | null;
    repeat_of_number: string | null;
    subjects: Array<{ role: string; status: string; candidates: Array<{ personNo: string }> }>;
  }> = await db.query(
    `SELECT r.number, r.body, (SELECT tokens FROM report_triage t WHERE t.report_id = r.id) AS tokens, r.category, r.is_specific, (SELECT number FROM report e WHERE e.id = r.repeat_of) AS repeat_of_number,
              coalesce((SELECT json_agg(json_build_object('role', s.role, 'status', s.status, 'candidates', s.candidates) ORDER BY s.position)
                          FROM report_subject s WHERE s.report_id = r.id), '[]') AS subjects
         FROM report r`,
  );
  const byNumber = new Map(rows.map((r) => [r.number, r]));
  const idOfNumber = new Map([...numberOf].map(([id, number]) => [number, id]));
  const results = tips.map((tip) => ({ tip, row: byNumber.get(numberOf.get(tip.id)!)! }));

  const { rows: table, macroF1 } = categoryTable(results.map(({ tip, row }) => ({ expected: tip.labels.category, actual: row.category })));
  console.log(
    `eval:triage — ${tips.length} tips, ${imported.rowsTotal} cadres; pipeline ${elapsed} ms (${(elapsed / Math.max(1, tips.length)).toFixed(0)} ms/tip); rules only (no learned model: no staff confirmations)`,
  );
  console.log('\ncategory                         n  pred  precision  recall    F1');
  for (const r of table) {
    console.log(
      `${r.code.padEnd(30)} ${String(r.support).padStart(3)} ${String(r.predicted).padStart(5)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(6)}  ${pct(r.f1).padStart(4)}`,
    );
  }
  console.log(`macro-F1 ${pct(macroF1)}`);

  const subjectsOf = (row: (typeof results)[number]['row']) => row.subjects.filter((s) => s.role === 'SUBJECT');
  const linkable = results.filter(({ tip }) => tip.labels.subjects.length > 0 && !tip.labels.ambiguous);
  const top1 = linkable.filter(({ tip, row }) => tip.labels.subjects.includes(subjectsOf(row)[0]?.candidates[0]?.personNo ?? '')).length;
  const ambiguous = results.filter(({ tip }) => tip.labels.ambiguous);
  const held = ambiguous.filter(({ tip, row }) => {
    const guessed = row.subjects.some((s) => s.status === 'LINKED' && tip.labels.subjects.includes(s.candidates[0]!.personNo));
    const offered = row.subjects.some(
      (s) => s.status === 'CANDIDATES' && s.candidates.some((c) => tip.labels.subjects.includes(c.personNo)),
    );
    return !guessed && offered;
  }).length;
  // Set level, for information: auto-linked subjects against labelled subjects (linkable tips).
  let linkedRight = 0;
  let linkedAll = 0;
  let labelledAll = 0;
  for (const { tip, row } of linkable) {
    const auto = subjectsOf(row)
      .filter((s) => s.status === 'LINKED')
      .map((s) => s.candidates[0]!.personNo);
    linkedAll += auto.length;
    linkedRight += auto.filter((p) => tip.labels.subjects.includes(p)).length;
    labelledAll += tip.labels.subjects.length;
  }
  const linkTop1 = top1 / Math.max(1, linkable.length);
  const ambiguousHeld = held / Math.max(1, ambiguous.length);
  console.log(
    `\nsubject linking: top-1 ${top1}/${linkable.length} = ${pct(linkTop1)} on linkable, non-ambiguous tips; ambiguous held for a person ${held}/${ambiguous.length} = ${pct(ambiguousHeld)}`,
  );
  console.log(
    `  auto-linked subjects: precision ${pct(linkedRight / Math.max(1, linkedAll))} (${linkedRight}/${linkedAll}), recall ${pct(linkedRight / Math.max(1, labelledAll))} (${linkedRight}/${labelledAll})`,
  );

  const repeats = repeatScores(
    results.map(({ tip, row }) => ({
      id: tip.id,
      expected: tip.labels.duplicateOf,
      actual: row.repeat_of_number ? (idOfNumber.get(row.repeat_of_number) ?? null) : null,
    })),
  );
  console.log(
    `repeats: found ${repeats.found}, labelled ${repeats.labelled}; precision ${pct(repeats.precision)} recall ${pct(repeats.recall)} F1 ${pct(repeats.f1)}`,
  );
  const specificRight = results.filter(({ tip, row }) => row.is_specific === tip.labels.specific).length;
  const specificAcc = specificRight / Math.max(1, results.length);
  console.log(`specificity: ${specificRight}/${results.length} = ${pct(specificAcc)}`);

  // The learned model, measured fairly: 5-fold cross-validation over the labels (never part of the product or the summary).
  const rules = new RuleCategorizer(config.categories);
  const cv = crossValidate(
    results.map(({ tip, row }) => ({ category: tip.labels.category, tokens: row.tokens, rules: rules.categorize(row.body) })),
    5,
    loadTriageConfig(config.env.QF_CONFIG_DIR).model.weight,
  );
  const modelOnly = categoryTable(cv.map((c) => ({ expected: c.expected, actual: c.modelOnly }))).macroF1;
  const blended = categoryTable(cv.map((c) => ({ expected: c.expected, actual: c.blended }))).macroF1;
  console.log(
    `learned model, 5-fold cross-validation on these labels (for information): naive Bayes alone macro-F1 ${pct(modelOnly)}, rules + model ${pct(blended)}\n`,
  );
  console.log(
    `macroF1=${pct(macroF1)} linkTop1=${pct(linkTop1)} ambiguousHeld=${pct(ambiguousHeld)} repeatF1=${pct(repeats.f1)} specificAcc=${pct(specificAcc)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
