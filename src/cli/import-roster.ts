import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AuditModule } from '../audit/audit.module.js';
import { CadresModule } from '../cadres/cadres.module.js';
import { RosterImportService, type ImportMode } from '../cadres/roster/roster-import.service.js';
import { InfraModule } from '../infra/infra.module.js';
import { DomainException } from '../infra/http/domain-exception.js';
import { cliOptions } from './args.js';
import { loadCliConfig } from './cli-env.js';

loadCliConfig();

const USAGE = 'npm run roster:import -- FILE.xlsx|FILE.csv [--skip-invalid]';

// AuditModule: a roster row that contradicts an audited file opens a doubt, which is audited.
@Module({ imports: [InfraModule, AuditModule, CadresModule] })
class RosterCliModule {}

/** Imports a roster file (the quickstart and the demo call this). Exit 65 when the file is refused. */
async function main(): Promise<void> {
  const { values, positionals } = cliOptions({ 'skip-invalid': { type: 'boolean', default: false } }, USAGE);
  const file = positionals[0];
  if (!file || !existsSync(file)) {
    console.error(`${file ? `no such file: ${file}` : 'a roster file is required'}\nusage: ${USAGE}`);
    process.exit(64);
  }
  const mode: ImportMode = values['skip-invalid'] ? 'SKIP_INVALID' : 'ALL_OR_NOTHING';
  const app = await NestFactory.createApplicationContext(RosterCliModule, { logger: ['error', 'warn'] });
  try {
    const result = await app.get(RosterImportService).import(readFileSync(file), { fileName: basename(file), mode });
    console.log(
      `roster ${basename(file)}: ${result.rowsTotal} rows, ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged`,
    );
    for (const e of result.errors) console.log(`  skipped row ${e.row}: ${e.problems.join('；')}`);
  } catch (error) {
    if (!(error instanceof DomainException)) throw error;
    console.error(error.userMessage);
    for (const d of error.details ?? []) console.error(`  ${d.field}: ${d.message}`);
    process.exitCode = 65;
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
