import { createHash, sign, verify, type KeyObject } from 'node:crypto';
import type { RecordContent, RecordVerdict } from './signed-record.js';
import { keyIdOf } from './record-keys.js';

/*
 * How a record file is signed (both formats):
 *
 * - The manifest (the record's content, the issue time as printed, the key id and the
 *   SHA-256 digest of the canonical content) is embedded in the file (DOCX: a custom
 *   document property; PDF: an Info entry) with its own Ed25519 signature: the "record token".
 * - The seal sits in a fixed-length slot of ASCII (DOCX: the ZIP end-of-central-directory
 *   comment, covered by no CRC; PDF: an Info string). Rendering fills the slot with zeros;
 *   the seal body lists a digest per ZIP entry (DOCX) and per block of bytes (both), computed
 *   over the file with the slot zeroed. The body is signed on its own (so it can be trusted
 *   to locate a change), and the file is signed: the hash of the file with the slot zeroed
 *   plus the body. Filling the slot changes no offset or length.
 * - Verification names the first difference: a visible line that differs from the signed
 *   content, else the ZIP entry or byte range that changed, else that the key differs.
 */

export type SealedFormat = 'DOCX' | 'PDF';

/** Length of the seal slot, in bytes (ASCII). */
export const SLOT_LENGTH = 12288;
export const SLOT_PLACEHOLDER = '0'.repeat(SLOT_LENGTH);
const SEAL_MARK = 'QFSEAL1';
const BLOCKS = 256;
const MIN_BLOCK = 256;
const SIG_CHARS = 86; // base64url of a 64-byte Ed25519 signature

const CONTENT_PREFIX = 'qingfeng-record-content-v1\n';
const SEAL_PREFIX = 'qingfeng-record-seal-v1\n';
const FILE_PREFIX = 'qingfeng-record-file-v1\n';

/** What is embedded and signed: the content plus what the footer prints beside it. */
export interface RecordManifest {
  v: 1;
  content: RecordContent;
  /** The issue time as printed (in the district's time zone). */
  issuedAtText: string;
  keyId: string;
  /** SHA-256 (hex) of the canonical content. */
  digest: string;
}

export interface SealBody {
  v: 1;
  format: SealedFormat;
  keyId: string;
  digest: string;
  size: number;
  /** DOCX: one per ZIP entry (SHA-256 of its uncompressed bytes); PDF: none. */
  parts: Array<{ name: string; sha256: string }>;
  blockSize: number;
  /** First 12 hex digits of SHA-256 of each block of the file (slot zeroed). */
  blocks: string[];
}

/** JSON with keys sorted at every level: the same content always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

export function contentDigest(content: RecordContent): string {
  return sha256(canonicalJson(content));
}

/** base64url that decodes only its canonical form (a changed padding bit is not ignored). */
function strictBase64url(text: string): Buffer | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : null;
}

const signText = (key: KeyObject, prefix: string, body: Buffer) =>
  sign(null, Buffer.concat([Buffer.from(prefix), body]), key).toString('base64url');
const verifyText = (key: KeyObject, prefix: string, body: Buffer, signature: Buffer) => {
  try {
    return verify(null, Buffer.concat([Buffer.from(prefix), body]), key, signature);
  } catch {
    return false;
  }
};

// ---------------------------------------------------------------- the record token

export function manifestOf(content: RecordContent, issuedAtText: string, publicKey: KeyObject): RecordManifest {
  return { v: 1, content, issuedAtText, keyId: keyIdOf(publicKey), digest: contentDigest(content) };
}

/** The manifest and its signature as one ASCII token, `<base64url json>.<base64url signature>`. */
export function recordToken(manifest: RecordManifest, privateKey: KeyObject): string {
  const body = Buffer.from(canonicalJson(manifest));
  return `${body.toString('base64url')}.${signText(privateKey, CONTENT_PREFIX, body)}`;
}

type TokenCheck = { manifest: RecordManifest; signed: boolean } | { manifest: null; signed: false };

function readToken(token: string | null, publicKey: KeyObject): TokenCheck {
  const [bodyText, sigText, extra] = (token ?? '').split('.');
  const body = bodyText === undefined ? null : strictBase64url(bodyText);
  const signature = sigText === undefined ? null : strictBase64url(sigText);
  if (!body || !signature || extra !== undefined) return { manifest: null, signed: false };
  let manifest: RecordManifest;
  try {
    manifest = JSON.parse(body.toString('utf8')) as RecordManifest;
  } catch {
    return { manifest: null, signed: false };
  }
  if (manifest?.v !== 1 || typeof manifest.content !== 'object' || manifest.content === null) return { manifest: null, signed: false };
  const signed = verifyText(publicKey, CONTENT_PREFIX, body, signature) && contentDigest(manifest.content) === manifest.digest;
  return { manifest, signed };
}

// ---------------------------------------------------------------- visible lines

export interface VisibleLine {
  /** Where the line is, in words a reader finds it by (第 3 节“讨论决定”第 2 行内容). */
  where: string;
  text: string;
}

/** Shown for an empty field, so every line has text to compare. */
const shown = (text: string) => (text.trim() === '' ? '—' : text);

/** Every line of text a record shows, in order; the renderers draw exactly these. */
export function visibleLines(manifest: RecordManifest): VisibleLine[] {
  const { content } = manifest;
  const lines: VisibleLine[] = [{ where: '标题', text: shown(content.title) }];
  content.sections.forEach((section, i) => {
    const n = i + 1;
    lines.push({ where: `第 ${n} 节标题`, text: shown(section.heading) });
    section.rows.forEach((row, j) => {
      const at = `第 ${n} 节“${clip(section.heading, 20)}”第 ${j + 1} 行`;
      lines.push({ where: `${at}项目`, text: shown(row.label) }, { where: `${at}内容`, text: shown(row.value) });
    });
  });
  return [...lines, ...footerLines(manifest)];
}

export function footerLines(manifest: RecordManifest): VisibleLine[] {
  const { content } = manifest;
  return [
    { where: '页脚“记录编号”', text: `记录编号：${content.recordId}` },
    { where: '页脚“审计链头”', text: `审计链头：第 ${content.chainHead.seq} 条，哈希 ${content.chainHead.hash}` },
    { where: '页脚“签发时间”', text: `签发时间：${manifest.issuedAtText}` },
    { where: '页脚“签名密钥”', text: `签名密钥编号：${manifest.keyId}（Ed25519）` },
    { where: '页脚“内容摘要”', text: `内容摘要（SHA-256）：${manifest.digest}` },
    ...(content.verifyUrl ? [{ where: '页脚“核验地址”', text: `核验地址：${content.verifyUrl}` }] : []),
    { where: '页脚“核验方法”', text: '核验方法：npm run record:verify -- 本文件（离线核验签名与内容）' },
  ];
}

/** What the QR code holds: where the record can be checked and what it must match. */
export function qrPayload(manifest: RecordManifest): string {
  return JSON.stringify({ recordId: manifest.content.recordId, digest: manifest.digest, verifyUrl: manifest.content.verifyUrl });
}

function clip(text: string, max = 40): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

// ---------------------------------------------------------------- the seal

/** The file with its slot zeroed: what the block digests and the file signature cover. */
function zeroed(file: Buffer, slotStart: number): Buffer {
  const copy = Buffer.from(file);
  copy.write(SLOT_PLACEHOLDER, slotStart, 'latin1');
  return copy;
}

function blockDigests(file: Buffer): { blockSize: number; blocks: string[] } {
  const blockSize = Math.max(MIN_BLOCK, Math.ceil(file.length / BLOCKS));
  const blocks: string[] = [];
  for (let at = 0; at < file.length; at += blockSize) blocks.push(sha256(file.subarray(at, at + blockSize)).slice(0, 12));
  return { blockSize, blocks };
}

/**
 * Fills the slot (holding SLOT_PLACEHOLDER at slotStart) with the seal; returns the sealed
 * file, the same length as the rendered one.
 */
export function fillSeal(
  rendered: Buffer,
  slotStart: number,
  format: SealedFormat,
  manifest: RecordManifest,
  parts: SealBody['parts'],
  privateKey: KeyObject,
): Buffer {
  if (rendered.toString('latin1', slotStart, slotStart + SLOT_LENGTH) !== SLOT_PLACEHOLDER) {
    throw new Error('record seal: the slot does not hold the placeholder');
  }
  const body: SealBody = {
    v: 1,
    format,
    keyId: manifest.keyId,
    digest: manifest.digest,
    size: rendered.length,
    parts,
    ...blockDigests(rendered),
  };
  const bodyBytes = Buffer.from(canonicalJson(body));
  const fileHash = sha256(rendered);
  const sealSig = signText(privateKey, SEAL_PREFIX, bodyBytes);
  const fileSig = signText(privateKey, FILE_PREFIX, Buffer.concat([Buffer.from(`${fileHash}\n`), bodyBytes]));
  const text = `${SEAL_MARK}.${bodyBytes.toString('base64url')}.${sealSig}.${fileSig}`;
  if (text.length > SLOT_LENGTH) throw new Error(`record seal: ${text.length} bytes do not fit the ${SLOT_LENGTH}-byte slot`);
  const sealed = Buffer.from(rendered);
  sealed.write(text.padEnd(SLOT_LENGTH, ' '), slotStart, 'latin1');
  return sealed;
}

type SealRead = { ok: true; body: SealBody; bodyBytes: Buffer; sealSig: Buffer; fileSig: Buffer } | { ok: false; reason: 'MALFORMED' };

function readSeal(slot: string): SealRead {
  const match = new RegExp(`^${SEAL_MARK}\\.([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]{${SIG_CHARS}})\\.([A-Za-z0-9_-]{${SIG_CHARS}}) *$`).exec(
    slot,
  );
  if (!match) return { ok: false, reason: 'MALFORMED' };
  const [bodyBytes, sealSig, fileSig] = [strictBase64url(match[1]!), strictBase64url(match[2]!), strictBase64url(match[3]!)];
  if (!bodyBytes || !sealSig || !fileSig) return { ok: false, reason: 'MALFORMED' };
  try {
    const body = JSON.parse(bodyBytes.toString('utf8')) as SealBody;
    if (body?.v !== 1 || !Array.isArray(body.blocks) || !Array.isArray(body.parts)) return { ok: false, reason: 'MALFORMED' };
    return { ok: true, body, bodyBytes, sealSig, fileSig };
  } catch {
    return { ok: false, reason: 'MALFORMED' };
  }
}

// ---------------------------------------------------------------- verification

/** What a format reader offers the verifier; every method may throw on a damaged file. */
export interface SealedFile {
  format: SealedFormat;
  /** Offset of the seal slot, or null when there is none. */
  slotStart: number | null;
  /** The embedded record token. */
  token(): string | null;
  /** The visible lines as the file shows them, in order (PDF: whitespace removed). */
  visibleTexts(): string[];
  /** True when visible text is compared without whitespace (PDF wraps lines). */
  ignoresWhitespace: boolean;
  /** DOCX: the ZIP entries as they are now. */
  parts(): SealBody['parts'];
  /** The parts of the file with bytes in [from, to), in order (e.g. ZIP 条目 word/document.xml). */
  locate(from: number, to: number): string[];
}

const fail = (format: RecordVerdict['format'], reason: string): RecordVerdict => ({ ok: false, format, reason });

export function verifySealed(file: Buffer, publicKey: KeyObject, sealed: SealedFile): RecordVerdict {
  const { format } = sealed;
  const keyId = keyIdOf(publicKey);
  if (sealed.slotStart === null) return fail(format, '文件中没有找到签名区：不是本系统签发的记录，或签名区已被删除或改动');
  const slotStart = sealed.slotStart;
  const slotRange = `第 ${slotStart + 1}–${slotStart + SLOT_LENGTH} 字节`;
  const seal = readSeal(file.toString('latin1', slotStart, slotStart + SLOT_LENGTH));
  if (!seal.ok) return fail(format, `签名区已损坏（${slotRange}）：签名无法读取，文件已被改动`);
  const { body } = seal;
  if (!verifyText(publicKey, SEAL_PREFIX, seal.bodyBytes, seal.sealSig)) {
    return fail(
      format,
      body.keyId !== keyId
        ? `签名不是由此密钥签发：文件标明的签名密钥编号为 ${String(body.keyId)}，核验所用公钥的编号为 ${keyId}`
        : `签名区已被改动（${slotRange}）：签名与签名区内容不符`,
    );
  }
  if (body.format !== format) return fail(format, `签名区标明的格式为 ${body.format}，文件却是 ${format}：文件已被改动`);

  const zeroedFile = zeroed(file, slotStart);
  const fileSigned = verifyText(
    publicKey,
    FILE_PREFIX,
    Buffer.concat([Buffer.from(`${sha256(zeroedFile)}\n`), seal.bodyBytes]),
    seal.fileSig,
  );
  let token: TokenCheck;
  try {
    token = readToken(sealed.token(), publicKey);
  } catch {
    token = { manifest: null, signed: false };
  }
  const trusted = token.signed && token.manifest.digest === body.digest ? token.manifest : null;

  // 1. A visible line that differs from the signed content.
  let lineDifference: string | null = null;
  if (trusted) {
    try {
      lineDifference = firstLineDifference(visibleLines(trusted), sealed.visibleTexts(), sealed.ignoresWhitespace);
    } catch {
      lineDifference = null; // the text cannot be read: the parts and blocks below say where
    }
  }
  if (fileSigned && trusted && lineDifference === null) return { ok: true, format, content: trusted.content, keyId };
  if (lineDifference) return fail(format, lineDifference);

  // 2. The embedded content and its signature.
  const contentProblem = !token.manifest
    ? '文件中嵌入的签名内容缺失或无法读取'
    : !token.signed
      ? '文件中嵌入的记录内容与其签名不符（内容已被改动）'
      : token.manifest.digest !== body.digest
        ? '文件中嵌入的记录内容与签名区登记的摘要不符'
        : null;

  // 3. Where in the file: the ZIP entry, then the byte range.
  const where = locateChange(file, zeroedFile, body, sealed);
  if (contentProblem) return fail(format, where ? `${contentProblem}；${where}` : contentProblem);
  if (where) return fail(format, where);
  return fail(format, '文件已被改动：文件签名不符，但各部分与签发时一致，无法定位改动之处');
}

function locateChange(file: Buffer, zeroedFile: Buffer, body: SealBody, sealed: SealedFile): string | null {
  if (body.parts.length > 0) {
    let now: SealBody['parts'] | null;
    try {
      now = sealed.parts();
    } catch {
      now = null;
    }
    if (now) {
      const current = new Map(now.map((p) => [p.name, p.sha256]));
      for (const part of body.parts) {
        const digest = current.get(part.name);
        if (digest === undefined) return `ZIP 条目 ${part.name} 已被删除或改名`;
        if (digest !== part.sha256) return `ZIP 条目 ${part.name} 的内容已被改动`;
      }
      const signedNames = new Set(body.parts.map((p) => p.name));
      const added = now.find((p) => !signedNames.has(p.name));
      if (added) return `文件中多出 ZIP 条目 ${added.name}`;
    }
  }
  if (file.length !== body.size) return `文件长度不符：文件为 ${file.length} 字节，签发时为 ${body.size} 字节`;
  const { blocks } = blockDigests(zeroedFile);
  const index = body.blocks.findIndex((digest, i) => blocks[i] !== digest);
  if (index < 0) return null;
  const from = index * body.blockSize;
  const to = Math.min(file.length, from + body.blockSize);
  let parts: string[];
  try {
    parts = sealed.locate(from, to);
  } catch {
    parts = [];
  }
  const named = parts.length > 3 ? `${parts.slice(0, 2).join('、')} … ${parts.at(-1)!}` : parts.join('、');
  return `第 ${from + 1}–${to} 字节之间有改动${named ? `（${named}）` : ''}`;
}

/** Stands, in text read back from a PDF, for a character the font has no glyph for. */
export const MISSING_GLYPH = '\uFFFD';

/** PDF text is compared without whitespace (lines wrap), a missing glyph matching any one character. */
function sameText(found: string, signed: string, ignoreWhitespace: boolean): boolean {
  if (!ignoreWhitespace) return found === signed;
  const [a, b] = [[...found.replace(/\s+/g, '')], [...signed.replace(/\s+/g, '')]];
  return a.length === b.length && a.every((char, i) => char === b[i] || char === MISSING_GLYPH);
}

function firstLineDifference(expected: VisibleLine[], actual: string[], ignoreWhitespace: boolean): string | null {
  for (let i = 0; i < expected.length; i++) {
    const line = expected[i]!;
    const found = actual[i];
    if (found === undefined) return `${line.where}：文件中缺少此行，签发时为“${clip(line.text)}”`;
    if (!sameText(found, line.text, ignoreWhitespace)) return `${line.where}：文件中为“${clip(found)}”，签发时为“${clip(line.text)}”`;
  }
  if (actual.length > expected.length) return `文件末尾多出一行：“${clip(actual[expected.length]!)}”`;
  return null;
}
