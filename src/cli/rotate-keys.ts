import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { AuditService } from '../audit/audit.service.js';
import { CliModule } from './cli.module.js';
import { cliActor } from './cli-actor.js';
import { loadAppConfig } from '../infra/config/app-config.js';
import { rotateMasterKey } from '../infra/crypto/rotate-master-key.js';
import { loadCliConfig } from './cli-env.js';

loadCliConfig();

/**
 * `npm run keys:rotate`: re-wraps every data key under QF_ACTIVE_MASTER_KEY (default: the
 * last key in QF_MASTER_KEYS). QF_MASTER_KEYS must also hold the old key(s) for the run.
 * Prints key ids only, never key material. See docs/SECURITY.md for the whole procedure.
 */
async function main(): Promise<void> {
  const config = loadAppConfig(process.env);
  const client = new pg.Client({ connectionString: config.env.DATABASE_URL, application_name: 'qingfeng-keys-rotate' });
  await client.connect();
  try {
    const report = await rotateMasterKey(client, config.masterKeys, config.activeMasterKeyId);
    for (const r of report.rewrapped)
      console.log(`data key ${r.dataKeyId}: re-wrapped from master key "${r.from}" to "${report.activeMasterKeyId}"`);
    console.log(`${report.rewrapped.length} data key(s) re-wrapped, ${report.alreadyCurrent} already under "${report.activeMasterKeyId}".`);
    console.log('Every data key is now wrapped under the active master key: the old key may be removed from QF_MASTER_KEYS.');
    // The rotation is in the audit trail: who ran it, which keys (ids only), how many data keys.
    const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
    try {
      await app.get(AuditService).record({
        ...cliActor(),
        action: 'keys.rotate',
        details: {
          activeMasterKeyId: report.activeMasterKeyId,
          rewrapped: report.rewrapped.length,
          alreadyCurrent: report.alreadyCurrent,
          from: [...new Set(report.rewrapped.map((r) => r.from))],
        },
      });
    } finally {
      await app.close();
    }
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(`key rotation failed: ${(error as Error).message}`);
  process.exit(1);
});
