import 'reflect-metadata';
import pg from 'pg';
import { readFileSync } from 'node:fs';
import { storedAnchors, verifyAgainstAnchors, type AuditAnchor } from '../audit/audit-anchor.js';
import { auditChainKey, auditRows, verifyChain, type AuditRow, type ChainVerdict } from '../audit/audit-chain.js';
import { loadCliConfig } from './cli-env.js';

/**
 * Checks the whole audit chain, then holds it against every anchor in the database and in
 * the anchor files given (exported by audit:anchor); the verdict names the first broken row.
 */
export async function verifyAuditTrail(databaseUrl: string, hashKey: Buffer, anchorFiles: readonly string[] = []): Promise<ChainVerdict> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'qingfeng-audit-verify' });
  await client.connect();
  try {
    const key = auditChainKey(hashKey);
    const query = async <R>(sql: string, params: unknown[]) => (await client.query(sql, params)).rows as R[];
    const verdict = await verifyChain(
      key,
      auditRows((sql, params) => query<AuditRow>(sql, params)),
    );
    const fromFiles = anchorFiles.map((file) => JSON.parse(readFileSync(file, 'utf8')) as AuditAnchor);
    return await verifyAgainstAnchors(key, verdict, [...(await storedAnchors(query)), ...fromFiles], query);
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
  // npm run audit:verify -- [--anchor FILE …]: also against exported anchors.
  const files = process.argv.flatMap((arg, i, all) => (arg === '--anchor' && all[i + 1] ? [all[i + 1]!] : []));
  verifyAuditTrail(config.env.DATABASE_URL, config.hashKey, files)
    .then((verdict) => {
      console.log(describeVerdict(verdict));
      process.exitCode = verdict.ok ? 0 : 2;
    })
    .catch((error: unknown) => {
      console.error(`audit verification failed to run: ${(error as Error).message}`);
      process.exit(1);
    });
}
