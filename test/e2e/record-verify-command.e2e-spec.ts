import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadAppConfig } from '../../src/infra/config/app-config.js';
import { SignedRecords, type RecordContent } from '../../src/infra/documents/signed-record.js';

/**
 * `npm run record:verify -- FILE` as an auditor runs it, offline (no database, no network):
 * the real command (sources through swc, no build) on records the service signed.
 */
const REPO = resolve(import.meta.dirname, '../..');
const hashKey = randomBytes(32).toString('base64');
const dir = mkdtempSync(join(tmpdir(), 'qf-record-verify-'));

function run(args: string[], env: Record<string, string> = { QF_HASH_KEY: hashKey }) {
  const result = spawnSync('node', ['--import', './scripts/ts-register.mjs', 'src/cli/record-verify.ts', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 60_000,
    // Only what the command needs: no DATABASE_URL, no REDIS_URL.
    env: { PATH: process.env['PATH']!, HOME: process.env['HOME']!, ...env },
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

const content: RecordContent = {
  kind: 'APPOINTMENT_RECORD',
  title: '干部选拔任用全程记实表',
  recordId: '0b6f0d9e-2f43-4c55-9a55-6c1d7a0e3b21',
  sections: [{ heading: '讨论决定', rows: [{ label: '表决结果', value: '同意 9 票，不同意 0 票' }] }],
  chainHead: { seq: 77, hash: 'cd'.repeat(32) },
  issuedAt: '2026-12-06T03:00:00.000Z',
  verifyUrl: null,
};
let serverPem = '';
const files: Record<'docx' | 'pdf', string> = { docx: join(dir, 'record.docx'), pdf: join(dir, 'record.pdf') };

beforeAll(async () => {
  const records = new SignedRecords(
    loadAppConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
      REDIS_URL: 'redis://127.0.0.1:6379',
      QF_MASTER_KEYS: `a:${randomBytes(32).toString('base64')}`,
      QF_HASH_KEY: hashKey,
      QF_CONFIG_DIR: join(REPO, 'config'),
    }),
  );
  serverPem = records.publicKeyPem();
  writeFileSync(files.docx, await records.docx(content));
  writeFileSync(files.pdf, await records.pdf(content));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run record:verify', () => {
  it.each(['docx', 'pdf'] as const)('accepts the downloaded %s (exit 0) and rejects a copy with one byte changed (exit 2)', (kind) => {
    const good = run([files[kind]]);
    expect({ status: good.status, err: good.err }).toEqual({ status: 0, err: '' });
    expect(good.out).toMatch(
      new RegExp(
        `^记录真实完整：《干部选拔任用全程记实表》，记录号 ${content.recordId}，审计链头第 77 条，签发时间 2026-12-06T03:00:00.000Z，签名密钥 [0-9a-f]{16}（${kind.toUpperCase()}）\\n$`,
      ),
    );

    const bytes = readFileSync(files[kind]);
    const changed = Buffer.from(bytes);
    const at = Math.floor(bytes.length / 3);
    changed[at] = changed[at]! ^ 0x20;
    const copy = join(dir, `changed.${kind}`);
    writeFileSync(copy, changed);
    const bad = run([copy]);
    expect(bad.status).toBe(2);
    expect(bad.out).toMatch(new RegExp(`^记录未通过核验（${kind.toUpperCase()}）：.+`));
    expect(bad.out).not.toContain('    at ');
  });

  it('prints the public key (PEM), and verifies with it alone, without the hash key', () => {
    const printed = run(['--public-key']);
    expect(printed.status).toBe(0);
    // The same key the service signs with, derived from the same QF_HASH_KEY.
    expect(printed.out).toBe(serverPem);
    expect(printed.out).toMatch(/^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----\n$/);
    const pem = join(dir, 'record-signing.pem');
    writeFileSync(pem, printed.out);
    const withFile = run([files.pdf, '--public-key', pem], {});
    expect(withFile.status).toBe(0);
    // Another deployment's key: genuine file, wrong signer.
    const other = run([files.docx], { QF_HASH_KEY: randomBytes(32).toString('base64') });
    expect(other.status).toBe(2);
    expect(other.out).toMatch(/^记录未通过核验（DOCX）：签名不是由此密钥签发/);
  });

  it('exits 1 when the file cannot be read, with the reason in Chinese', () => {
    const missing = run([join(dir, 'nothing-here.docx')]);
    expect(missing.status).toBe(1);
    expect(missing.err).toMatch(/^记录核验无法进行：文件 .*nothing-here\.docx 无法读取/);
  });
});
