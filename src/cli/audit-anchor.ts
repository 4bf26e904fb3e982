import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AuditService } from '../audit/audit.service.js';
import { CliModule } from './cli.module.js';
import { loadCliConfig } from './cli-env.js';

/**
 * `npm run audit:anchor -- [--out FILE]`: signs the audit chain's head, keeps the anchor in
 * the database and writes it to a file (default var/audit-anchors/anchor-<seq>.json) to be
 * kept elsewhere; `npm run audit:verify -- --anchor FILE` then finds rows deleted at the end.
 */
async function main(): Promise<void> {
  loadCliConfig();
  const out = process.argv.find((arg, i, all) => all[i - 1] === '--out');
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
  try {
    const anchor = await app.get(AuditService).anchor('CLI');
    if (!anchor) {
      console.log('audit trail is empty: nothing to anchor');
      return;
    }
    const file = out ?? join('var', 'audit-anchors', `anchor-${anchor.seq}.json`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(anchor, null, 2)}\n`);
    console.log(`audit chain anchored at seq ${anchor.seq} (${anchor.at}); written to ${file}: keep a copy outside this server`);
  } finally {
    await app.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(`audit anchor failed: ${(error as Error).message}`);
    process.exit(1);
  });
}
