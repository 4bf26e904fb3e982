import { beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { loadAppConfig, type AppConfig } from '../config/app-config.js';
import { DomainException } from '../http/domain-exception.js';
import { docxParagraphs } from './record-docx.js';
import { keyIdOf, publicKeyOf, recordSigningKey } from './record-keys.js';
import { pdfLines } from './record-pdf.js';
import { canonicalJson, manifestOf, MISSING_GLYPH, SLOT_LENGTH, visibleLines } from './record-seal.js';
import { SignedRecords, verifyRecordFile, type RecordContent, type RecordVerdict } from './signed-record.js';

const root = join(import.meta.dirname, '../../..');
const hashKey = randomBytes(32).toString('base64');
const configWith = (env: Record<string, string> = {}): AppConfig =>
  loadAppConfig({
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
    REDIS_URL: 'redis://127.0.0.1:6379',
    QF_MASTER_KEYS: `a:${randomBytes(32).toString('base64')}`,
    QF_HASH_KEY: hashKey,
    QF_CONFIG_DIR: join(root, 'config'),
    ...env,
  });
const config = configWith();
const records = new SignedRecords(config);

const content: RecordContent = {
  kind: 'APPOINTMENT_RECORD',
  title: '干部选拔任用全程记实表',
  recordId: '3f1c2a4e-7b8d-4e2f-9a1b-2c3d4e5f6a7b',
  sections: [
    {
      heading: '动议',
      rows: [
        { label: '动议时间', value: '2026年11月2日' },
        { label: '动议理由', value: '因工作需要，拟选拔一名副局长（主持工作）。\n经部务会研究同意启动。' },
      ],
    },
    {
      heading: '讨论决定',
      rows: [
        { label: '会议', value: '区委常委会第12次会议' },
        { label: '表决结果', value: '同意 9 票，不同意 0 票' },
        { label: '备注', value: '' },
      ],
    },
  ],
  chainHead: { seq: 1234, hash: 'ab'.repeat(32) },
  issuedAt: '2026-12-06T02:40:14.000Z',
  verifyUrl: 'https://qingfeng.example/records/verify',
};

let docx: Buffer;
let pdf: Buffer;
beforeAll(async () => {
  [docx, pdf] = await Promise.all([records.docx(content), records.pdf(content)]);
});

const flip = (file: Buffer, offset: number, xor = 0x01) => {
  const copy = Buffer.from(file);
  copy[offset] = copy[offset]! ^ xor;
  return copy;
};
const reasonOf = (verdict: RecordVerdict) => (verdict.ok ? null : verdict.reason);

describe('the signing key', () => {
  it('is derived from the hash key: the same key gives the same key id, another key another one', () => {
    const again = keyIdOf(publicKeyOf(recordSigningKey(Buffer.from(hashKey, 'base64'))));
    expect(again).toBe(records.keyId());
    expect(keyIdOf(publicKeyOf(recordSigningKey(randomBytes(32))))).not.toBe(records.keyId());
    expect(records.publicKey().asymmetricKeyType).toBe('ed25519');
    expect(records.publicKeyPem()).toMatch(/^-----BEGIN PUBLIC KEY-----\n.+\n-----END PUBLIC KEY-----\n$/);
  });

  it('signs canonical JSON: key order does not change the bytes', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }] })).toBe('{"a":[{"c":null,"d":"x"}],"b":1}');
  });
});

describe.each([
  ['DOCX', () => docx],
  ['PDF', () => pdf],
] as const)('a signed %s record', (format, file) => {
  it('verifies and gives back the signed content and key id', () => {
    expect(verifyRecordFile(file(), records.publicKey())).toEqual({ ok: true, format, content, keyId: records.keyId() });
  });

  it('renders the same bytes for the same content (dates fixed to issuedAt)', async () => {
    const again = format === 'DOCX' ? await records.docx(content) : await records.pdf(content);
    expect(again.equals(file())).toBe(true);
  });

  it('is rejected when any single byte is changed (first, middle, last, in the seal, anywhere)', () => {
    const bytes = file();
    const slotEnd = format === 'DOCX' ? bytes.length : bytes.indexOf('(QFSEAL1.', 0, 'latin1') + 1 + SLOT_LENGTH;
    const samples = [0, 1, 4, Math.floor(bytes.length / 2), bytes.length - 1, slotEnd - 1, slotEnd - SLOT_LENGTH, slotEnd - 40];
    for (const offset of samples) {
      const verdict = verifyRecordFile(flip(bytes, offset), records.publicKey());
      expect({ offset, ok: verdict.ok }).toEqual({ offset, ok: false });
      expect(reasonOf(verdict)).toMatch(/[\u4e00-\u9fff]/);
    }
    fc.assert(
      fc.property(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), (offset, xor) => {
        expect(verifyRecordFile(flip(bytes, offset, xor), records.publicKey()).ok).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('is rejected when truncated, extended or checked with another key', () => {
    const bytes = file();
    expect(verifyRecordFile(bytes.subarray(0, bytes.length - 1), records.publicKey()).ok).toBe(false);
    expect(verifyRecordFile(Buffer.concat([bytes, Buffer.from('\n')]), records.publicKey()).ok).toBe(false);
    const other = generateKeyPairSync('ed25519').publicKey;
    expect(reasonOf(verifyRecordFile(bytes, other))).toMatch(
      new RegExp(`^签名不是由此密钥签发：文件标明的签名密钥编号为 ${records.keyId()}，核验所用公钥的编号为 ${keyIdOf(other)}$`),
    );
  });

  it('names where a changed byte lies when the visible text still matches', () => {
    const bytes = file();
    // The last byte: the ZIP end record's comment (the seal) or the PDF's %%EOF line.
    const verdict = verifyRecordFile(flip(bytes, bytes.length - 1), records.publicKey());
    expect(reasonOf(verdict)).toMatch(
      format === 'DOCX' ? /^签名区已损坏（第 \d+–\d+ 字节）/ : /字节之间有改动（.*PDF 交叉引用表与文件尾）$/,
    );
  });
});

describe('the DOCX', () => {
  it('opens as a ZIP whose word/document.xml holds every visible line, one paragraph each', async () => {
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('干部选拔任用全程记实表');
    const manifest = manifestOf(content, '2026年12月6日 10:40:14（Asia/Shanghai）', records.publicKey());
    const lines = visibleLines(manifest).map((l) => l.text);
    expect(docxParagraphs(xml)).toEqual(lines);
    expect(lines).toContain(`审计链头：第 1234 条，哈希 ${'ab'.repeat(32)}`);
    expect(lines).toContain(`签名密钥编号：${records.keyId()}（Ed25519）`);
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('>2026-12-06T02:40:14Z</dcterms:created>');
    expect(Object.keys(zip.files).some((name) => name.startsWith('word/media/'))).toBe(true); // the QR code
  });

  it('names a changed visible line as the first difference, with both texts', async () => {
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace('同意 9 票，不同意 0 票', '同意 8 票，不同意 1 票'));
    const end = docx.length - SLOT_LENGTH;
    // Keep the seal: the forger copies the original ZIP comment.
    const forged = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', comment: docx.toString('latin1', end) });
    expect(reasonOf(verifyRecordFile(forged, records.publicKey()))).toBe(
      '第 2 节“讨论决定”第 2 行内容：文件中为“同意 8 票，不同意 1 票”，签发时为“同意 9 票，不同意 0 票”',
    );
  });

  it('names a changed ZIP entry when the text is the same', async () => {
    const zip = await JSZip.loadAsync(docx);
    const styles = await zip.file('word/styles.xml')!.async('string');
    zip.file('word/styles.xml', styles.replace('</w:styles>', '<!-- x --></w:styles>'));
    const forged = await zip.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      comment: docx.toString('latin1', docx.length - SLOT_LENGTH),
    });
    expect(reasonOf(verifyRecordFile(forged, records.publicKey()))).toBe('ZIP 条目 word/styles.xml 的内容已被改动');
  });
});

describe('the PDF', () => {
  it('starts with %PDF, embeds the CJK font subset and reads back every visible line from the drawn glyphs', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKsc-Regular/);
    expect(text).toContain('/FontFile3');
    const manifest = manifestOf(content, '2026年12月6日 10:40:14（Asia/Shanghai）', records.publicKey());
    expect(pdfLines(pdf)).toEqual(visibleLines(manifest).map((l) => l.text.replace(/\s+/g, '')));
  });

  it('names a changed visible line (a glyph swapped in the page content) as the first difference', () => {
    const manifest = manifestOf(content, '2026年12月6日 10:40:14（Asia/Shanghai）', records.publicKey());
    const index = visibleLines(manifest).findIndex((l) => l.text === '同意 9 票，不同意 0 票');
    const text = pdf.toString('latin1');
    const start = text.indexOf(`/QFLine <</N ${index}>> BDC`);
    const end = text.indexOf('EMC', start);
    // Offsets of each 4-hex-digit glyph code drawn for this line, in order.
    const glyphs = [...text.slice(start, end).matchAll(/<([0-9a-f]+)>/g)].flatMap((m) =>
      Array.from({ length: m[1]!.length / 4 }, (_, i) => start + m.index + 1 + 4 * i),
    );
    const [nine, zero] = [glyphs[3]!, glyphs[11]!]; // 同 意 ␠ 9 ␠ 票 ， 不 同 意 ␠ 0
    const forged = Buffer.from(pdf);
    forged.write(text.slice(zero, zero + 4), nine, 'latin1');
    expect(reasonOf(verifyRecordFile(forged, records.publicKey()))).toBe(
      '第 2 节“讨论决定”第 2 行内容：文件中为“同意0票，不同意0票”，签发时为“同意 9 票，不同意 0 票”',
    );
  });

  it('fails with DOCUMENT_FONT_MISSING (503, in Chinese) when the CJK font is not installed', async () => {
    let missing: SignedRecords;
    const dir = mkdtempSync(join(tmpdir(), 'qf-config-'));
    try {
      cpSync(join(root, 'config'), dir, { recursive: true });
      writeFileSync(join(dir, 'local.yaml'), 'documents:\n  cjkFontPath: /nonexistent/NotoSansCJK.ttc\n');
      missing = new SignedRecords(configWith({ QF_CONFIG_DIR: dir }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const error = await missing.pdf(content).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainException);
    expect(error).toMatchObject({ status: 503, code: 'DOCUMENT_FONT_MISSING' });
    expect((error as DomainException).userMessage).toMatch(
      /^无法生成 PDF：服务器上没有字体文件 \/nonexistent\/NotoSansCJK\.ttc。请安装中文字体/,
    );
  });
});

describe('a long record', () => {
  const long: RecordContent = {
    ...content,
    title: '干部选拔任用全程记实表（多页）',
    sections: Array.from({ length: 6 }, (_, i) => ({
      heading: `第${i + 1}环节 <&"'>`,
      rows: Array.from({ length: 6 }, (_, j) => ({
        label: `项目 ${j + 1} a&b`,
        value:
          i === 3 && j === 2
            ? `经部务会研究，${'对拟任人选的德、能、勤、绩、廉情况进行了全面考察。'.repeat(120)}`
            : `内容 ${i}-${j} words wrap 😀 ${'说明'.repeat(j * 10)}`,
      })),
    })),
  };

  it('verifies in both formats across pages, with a value running over a page and characters the font lacks', async () => {
    const [longDocx, longPdf] = await Promise.all([records.docx(long), records.pdf(long)]);
    expect(verifyRecordFile(longDocx, records.publicKey())).toMatchObject({ ok: true, content: long });
    expect(verifyRecordFile(longPdf, records.publicKey())).toMatchObject({ ok: true, content: long });
    expect((longPdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(3);
    expect(pdfLines(longPdf).filter((line) => line.includes(MISSING_GLYPH)).length).toBeGreaterThan(0); // 😀: no glyph
    expect(pdfLines(longPdf)).toContain(`经部务会研究，${'对拟任人选的德、能、勤、绩、廉情况进行了全面考察。'.repeat(120)}`);
  });
});

describe('verifyRecordFile', () => {
  it('rejects a file that is neither DOCX nor PDF, and a DOCX without its seal', () => {
    expect(verifyRecordFile(Buffer.from('hello'), records.publicKey())).toEqual({
      ok: false,
      format: 'UNKNOWN',
      reason: '文件既不是 DOCX 也不是 PDF：不是本系统签发的记录，或文件开头已被改动',
    });
    // The seal cut off: the ZIP end record without its comment.
    const plain = Buffer.from(docx.subarray(0, docx.length - SLOT_LENGTH));
    plain.writeUInt16LE(0, plain.length - 2);
    expect(verifyRecordFile(plain, records.publicKey())).toEqual({
      ok: false,
      format: 'DOCX',
      reason: '文件中没有找到签名区：不是本系统签发的记录，或签名区已被删除或改动',
    });
  });
});
