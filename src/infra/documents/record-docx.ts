import { createHash, type KeyObject } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import type { Paragraph, Table } from 'docx';
import JSZip from 'jszip';
import QRCode from 'qrcode';
import { loadDocx, type Docx } from './load-libraries.js';
import {
  fillSeal,
  footerLines,
  qrPayload,
  recordToken,
  SLOT_LENGTH,
  SLOT_PLACEHOLDER,
  visibleLines,
  type RecordManifest,
  type SealedFile,
} from './record-seal.js';

/** Custom document property holding the signed record token. */
const TOKEN_PROPERTY = 'QingfengRecord';
const MAX_PART_BYTES = 64 * 1024 * 1024;
const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };

/** The record's building blocks over docx (loaded on first use). */
function builders(d: Docx) {
  const runs = (text: string, opts: { bold?: boolean; size?: number } = {}) =>
    text.split('\n').map((line, i) => new d.TextRun({ text: line, break: i > 0 ? 1 : undefined, font: FONT, ...opts }));
  const paragraph = (text: string, opts: { bold?: boolean; size?: number } = {}) => new d.Paragraph({ children: runs(text, opts) });
  const cell = (text: string, width: number, bold = false) =>
    new d.TableCell({ children: [paragraph(text, { bold })], width: { size: width, type: d.WidthType.PERCENTAGE } });
  return { runs, paragraph, cell };
}

/**
 * The record as a DOCX: title, a heading and a two-column table per section, a footer block
 * (chain head, issue time, key id, digest) and the QR code. One paragraph per visible line,
 * so the verifier reads them back in order. Rendered with every date fixed to issuedAt.
 */
export async function renderDocx(manifest: RecordManifest, privateKey: KeyObject): Promise<Buffer> {
  const d = await loadDocx();
  const { runs, paragraph, cell } = builders(d);
  const lines = visibleLines(manifest);
  const footer = footerLines(manifest);
  let at = 0;
  const next = () => lines[at++]!.text;
  const children: Array<Paragraph | Table> = [
    new d.Paragraph({ alignment: d.AlignmentType.CENTER, heading: d.HeadingLevel.TITLE, children: runs(next(), { bold: true, size: 36 }) }),
  ];
  for (const section of manifest.content.sections) {
    children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: runs(next(), { bold: true }) }));
    if (section.rows.length > 0) {
      children.push(
        new d.Table({
          width: { size: 100, type: d.WidthType.PERCENTAGE },
          rows: section.rows.map(() => new d.TableRow({ children: [cell(next(), 28, true), cell(next(), 72)] })),
        }),
      );
    }
  }
  children.push(
    new d.Paragraph({
      border: { top: { style: d.BorderStyle.SINGLE, size: 6, color: '808080', space: 4 } },
      children: runs(next(), { size: 18 }),
    }),
  );
  for (let i = 1; i < footer.length; i++) children.push(paragraph(next(), { size: 18 }));
  const qr = await QRCode.toBuffer(qrPayload(manifest), { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 });
  children.push(new d.Paragraph({ children: [new d.ImageRun({ type: 'png', data: qr, transformation: { width: 110, height: 110 } })] }));

  const document = new d.Document({
    title: manifest.content.title,
    creator: 'Qingfeng',
    customProperties: [{ name: TOKEN_PROPERTY, value: recordToken(manifest, privateKey) }],
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [{ children }],
  });
  const packed = await d.Packer.toBuffer(document);
  const rendered = await repack(packed, new Date(manifest.content.issuedAt));
  const entries = readZip(rendered);
  const parts = entries.map((e) => ({ name: e.name, sha256: sha256(inflate(rendered, e)) }));
  return fillSeal(rendered, rendered.length - SLOT_LENGTH, 'DOCX', manifest, parts, privateKey);
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Same entries, in the same order, every date set to the issue time, the slot as ZIP comment. */
async function repack(packed: Buffer, date: Date): Promise<Buffer> {
  const source = await JSZip.loadAsync(packed);
  const target = new JSZip();
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    let data: Buffer = await entry.async('nodebuffer');
    if (entry.name === 'word/document.xml') {
      // docx numbers drawings with a process-wide counter: renumber them per document.
      let id = 0;
      data = Buffer.from(data.toString('utf8').replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++id}"`));
    }
    if (entry.name === 'docProps/core.xml') {
      data = Buffer.from(
        data.toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`),
      );
    }
    target.file(entry.name, data, { date, createFolders: false });
  }
  return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', comment: SLOT_PLACEHOLDER, platform: 'DOS' });
}

// ---------------------------------------------------------------- reading (synchronous)

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** Offset of the local header. */
  localOffset: number;
  /** Offset of the entry's data, after the local header. */
  dataOffset: number;
}

/** The end-of-central-directory record whose comment runs to the end of the file. */
function endOfDirectory(file: Buffer): { at: number; commentLength: number } | null {
  for (let at = file.length - 22; at >= Math.max(0, file.length - 22 - 0xffff); at--) {
    if (file.readUInt32LE(at) === 0x06054b50 && at + 22 + file.readUInt16LE(at + 20) === file.length) {
      return { at, commentLength: file.readUInt16LE(at + 20) };
    }
  }
  return null;
}

function readZip(file: Buffer): ZipEntry[] {
  const end = endOfDirectory(file);
  if (!end) throw new Error('no end of central directory');
  const count = file.readUInt16LE(end.at + 10);
  let at = file.readUInt32LE(end.at + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (file.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const nameLength = file.readUInt16LE(at + 28);
    const extraLength = file.readUInt16LE(at + 30);
    const commentLength = file.readUInt16LE(at + 32);
    const localOffset = file.readUInt32LE(at + 42);
    const name = file.toString('utf8', at + 46, at + 46 + nameLength);
    if (file.readUInt32LE(localOffset) !== 0x04034b50) throw new Error('bad local header');
    const dataOffset = localOffset + 30 + file.readUInt16LE(localOffset + 26) + file.readUInt16LE(localOffset + 28);
    entries.push({ name, method: file.readUInt16LE(at + 10), compressedSize: file.readUInt32LE(at + 20), localOffset, dataOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function inflate(file: Buffer, entry: ZipEntry): Buffer {
  const data = file.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  // A record's parts are small: a damaged or hostile file cannot make the verifier inflate gigabytes.
  if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES });
  throw new Error(`unsupported compression method ${entry.method}`);
}

function entryText(file: Buffer, entries: ZipEntry[], name: string): string | null {
  const entry = entries.find((e) => e.name === name);
  return entry ? inflate(file, entry).toString('utf8') : null;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, name: string) =>
    name.startsWith('#x')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(parseInt(name.slice(1), 10))
        : XML_ENTITIES[name]!,
  );
}

/** The text of each non-empty paragraph of word/document.xml, in order. */
export function docxParagraphs(documentXml: string): string[] {
  const paragraphs: string[] = [];
  for (const [, inner] of documentXml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    let text = '';
    for (const token of inner!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\s*\/>|<w:tab\s*\/>/g)) {
      text += token[0].startsWith('<w:br') ? '\n' : token[0].startsWith('<w:tab') ? '\t' : unescapeXml(token[1]!);
    }
    if (text !== '') paragraphs.push(text);
  }
  return paragraphs;
}

/** A DOCX record as the verifier sees it. */
export function docxFile(file: Buffer): SealedFile {
  const end = endOfDirectory(file);
  const slotStart = end && end.commentLength === SLOT_LENGTH ? end.at + 22 : null;
  let cached: ZipEntry[] | null = null;
  const entries = () => (cached ??= readZip(file));
  return {
    format: 'DOCX',
    slotStart,
    ignoresWhitespace: false,
    token() {
      const xml = entryText(file, entries(), 'docProps/custom.xml');
      const match = xml && new RegExp(`name="${TOKEN_PROPERTY}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`).exec(xml);
      return match ? unescapeXml(match[1]!) : null;
    },
    visibleTexts() {
      const xml = entryText(file, entries(), 'word/document.xml');
      if (xml === null) throw new Error('no word/document.xml');
      return docxParagraphs(xml);
    },
    parts() {
      return entries().map((e) => {
        let digest: string;
        try {
          digest = sha256(inflate(file, e));
        } catch {
          digest = 'unreadable';
        }
        return { name: e.name, sha256: digest };
      });
    },
    locate(from, to) {
      const list = [...entries()].sort((a, b) => a.localOffset - b.localOffset);
      const directory = end ? file.readUInt32LE(end.at + 16) : file.length;
      const spans = [
        ...list.map((e, i) => ({ name: `ZIP 条目 ${e.name}`, from: e.localOffset, to: list[i + 1]?.localOffset ?? directory })),
        { name: 'ZIP 中央目录', from: directory, to: end?.at ?? file.length },
        { name: 'ZIP 目录结尾', from: end?.at ?? file.length, to: file.length },
      ];
      return spans.filter((span) => span.from < to && span.to > from).map((span) => span.name);
    },
  };
}
