import 'reflect-metadata';
import pg from 'pg';
import { auditChainKey, auditRows, verifyChain, type AuditRow, type ChainVerdict } from '../audit/audit-chain.js';
import { loadCliConfig } from './cli-env.js';



/** Checks the whole audit chain; the verdict names the first broken row. */
export async function verifyAuditTrail(databaseUrl: string, hashKey: Buffer): Promise<ChainVerdict> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'qingfeng-audit-verify' });
  await client.connect();
  try {
    const query = async (sql: string, params: unknown[]) => (await client.query<AuditRow>(sql, params)).rows;
    return await verifyChain(auditChainKey(hashKey), auditRows(query));
  } finally {
    await client.end();
  }
}

export function describeVerdict(verdict: ChainVerdict): string {
  return verdict.ok
    ? `audit trail intact: ${verdict.rows} row(s), last seq ${verdict.lastSeq}`
    : `audit trail BROKEN at row seq ${verdict.brokenSeq}: ${verdict.reason} (${verdict.rows} row(s) before it verified)`;
}

if (/audit-verify\.(js|ts)$/.test(process.argv[1] ?? '')) {
  const config = loadCliConfig()!;
  verifyAuditTrail(config.env.DATABASE_URL, config.hashKey)
    .then((verdict) => {
      console.log(describeVerdict(verdict));
      process.exitCode = verdict.ok ? 0 : 2;
    })
    .catch((error: unknown) => {
      console.error(`audit verification failed to run: ${(error as Error).message}`);
      process.exit(1);
    });
}
