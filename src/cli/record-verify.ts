import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { recordSigningKey, keyIdOf, publicKeyOf, publicKeyPem } from '../infra/documents/record-keys.js';
import { verifyRecordFile, type RecordVerdict } from '../infra/documents/signed-record.js';
import { exitWithConfigErrors, loadCliConfig } from './cli-env.js';

const USAGE = 'npm run record:verify -- FILE [--public-key KEY.pem]   |   npm run record:verify -- --public-key';

/**
 * Offline check of an exported record (全程记实 DOCX or PDF): no database, no network. The
 * public key comes from a PEM file (--public-key FILE) or is derived from this deployment's
 * configuration (QF_HASH_KEY), like the server derives its signing key.
 */
export function describeRecordVerdict(verdict: RecordVerdict): string {
  if (!verdict.ok) return `记录未通过核验（${verdict.format === 'UNKNOWN' ? '格式不明' : verdict.format}）：${verdict.reason}`;
  const { content } = verdict;
  return (
    `记录真实完整：《${content.title}》，记录号 ${content.recordId}，审计链头第 ${content.chainHead.seq} 条，` +
    `签发时间 ${content.issuedAt}，签名密钥 ${verdict.keyId}（${verdict.format}）`
  );
}

/** The deployment's public key, from the same configuration the other commands read. */
function configuredPublicKey(): KeyObject {
  const config = loadCliConfig(['QF_HASH_KEY']);
  const hashKey = config?.hashKey ?? Buffer.from(process.env['QF_HASH_KEY'] ?? '', 'base64');
  if (hashKey.length === 0) exitWithConfigErrors(['QF_HASH_KEY: missing; fix: set it in .env, or pass --public-key KEY.pem']);
  return publicKeyOf(recordSigningKey(hashKey));
}

function parse(args: string[]): { file: string | null; keyFile: string | null; printKey: boolean } {
  if (args.length === 1 && args[0] === '--public-key') return { file: null, keyFile: null, printKey: true };
  let file: string | null = null;
  let keyFile: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--public-key' && args[i + 1] !== undefined) keyFile = args[++i]!;
    else if (arg.startsWith('--') || file !== null) usage(`unexpected argument ${arg}`);
    else file = arg;
  }
  if (file === null) usage('no record file given');
  return { file, keyFile, printKey: false };
}

function usage(problem: string): never {
  console.error(`${problem}\nusage: ${USAGE}`);
  process.exit(64);
}

function cannotRun(message: string): never {
  console.error(`记录核验无法进行：${message}`);
  process.exit(1);
}

function readKey(path: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(readFileSync(path));
  } catch (error) {
    cannotRun(`公钥文件 ${path} 无法读取（${(error as Error).message}）`);
  }
  if (key.asymmetricKeyType !== 'ed25519') cannotRun(`公钥文件 ${path} 不是 Ed25519 公钥`);
  return key;
}

if (/record-verify\.(js|ts)$/.test(process.argv[1] ?? '')) {
  const { file, keyFile, printKey } = parse(process.argv.slice(2));
  if (printKey) {
    const key = configuredPublicKey();
    process.stdout.write(publicKeyPem(key));
    console.error(`签名密钥编号：${keyIdOf(key)}`);
  } else {
    const key = keyFile ? readKey(keyFile) : configuredPublicKey();
    let bytes: Buffer;
    try {
      bytes = readFileSync(file!);
    } catch (error) {
      cannotRun(`文件 ${file} 无法读取（${(error as Error).message}）`);
    }
    const verdict = verifyRecordFile(bytes, key);
    console.log(describeRecordVerdict(verdict));
    process.exitCode = verdict.ok ? 0 : 2;
  }
}
