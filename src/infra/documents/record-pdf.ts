import { HttpStatus } from '@nestjs/common';
import type { KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { loadPdfKit } from './load-libraries.js';
import QRCode from 'qrcode';
import { DomainException } from '../http/domain-exception.js';
import {
  fillSeal,
  footerLines,
  MISSING_GLYPH,
  qrPayload,
  recordToken,
  SLOT_LENGTH,
  SLOT_PLACEHOLDER,
  visibleLines,
  type RecordManifest,
  type SealedFile,
} from './record-seal.js';

/** Info entries holding the signed record token and the seal slot. */
const TOKEN_KEY = 'QingfengRecord';
const SEAL_KEY = 'QingfengSeal';
/** Marked-content tag around each visible line (its index in visibleLines). */
const LINE_TAG = 'QFLine';

const MARGIN = 56;
const LABEL_WIDTH = 130;
const PAD = 4;

export interface CjkFont {
  /** An OpenType font or collection (.ttc). */
  path: string;
  /** PostScript name of the face inside a collection. */
  name: string;
}

const fontMissing = (detail: string) =>
  new DomainException(
    HttpStatus.SERVICE_UNAVAILABLE,
    'DOCUMENT_FONT_MISSING',
    `无法生成 PDF：${detail}。请安装中文字体（Debian/Ubuntu：apt-get install fonts-noto-cjk），或在配置 documents.cjkFontPath / documents.cjkFontName 中写明字体位置和名称`,
  );

/**
 * The record as a PDF (A4, the CJK font subset embedded, content streams uncompressed so the
 * verifier can read the text back): the same lines as the DOCX, each wrapped in a marked-content
 * sequence naming its index, and the QR code drawn as vectors. Dates fixed to issuedAt.
 */
export async function renderPdf(manifest: RecordManifest, privateKey: KeyObject, font: CjkFont): Promise<Buffer> {
  if (!existsSync(font.path)) throw fontMissing(`服务器上没有字体文件 ${font.path}`);
  const date = new Date(manifest.content.issuedAt);
  const info: PDFKit.DocumentInfo & Record<string, string | Date> = {
    Title: manifest.content.title,
    Author: 'Qingfeng',
    Creator: 'Qingfeng',
    Producer: 'Qingfeng (PDFKit)',
    CreationDate: date,
    ModDate: date,
    [TOKEN_KEY]: recordToken(manifest, privateKey),
    [SEAL_KEY]: SLOT_PLACEHOLDER,
  };
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, compress: false, info, lang: 'zh-CN' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  try {
    doc.registerFont('cjk', font.path, font.name);
    doc.font('cjk');
  } catch (error) {
    throw fontMissing(`字体文件 ${font.path} 无法读取，或其中没有名为 ${font.name} 的字体（${(error as Error).message}）`);
  }

  const lines = visibleLines(manifest);
  const footer = footerLines(manifest);
  let index = 0;
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const put = (x: number, y: number, w: number, size: number, align: 'left' | 'center' = 'left') => {
    const text = lines[index]!.text;
    doc.fontSize(size);
    doc.addContent(`/${LINE_TAG} <</N ${index}>> BDC`);
    doc.text(text, x, y, { width: w, align, lineGap: 2 });
    doc.addContent('EMC');
    index++;
  };
  const height = (text: string, w: number, size: number) => doc.fontSize(size).heightOfString(text, { width: w, lineGap: 2 });

  put(MARGIN, MARGIN, width, 18, 'center');
  doc.moveDown(0.5);
  for (const section of manifest.content.sections) {
    ensure(height(lines[index]!.text, width, 13) + 24);
    doc.moveDown(0.5);
    put(MARGIN, doc.y, width, 13);
    doc.moveDown(0.3);
    for (let r = 0; r < section.rows.length; r++) {
      const [label, value] = [lines[index]!.text, lines[index + 1]!.text];
      const rowHeight = Math.max(height(label, LABEL_WIDTH - 2 * PAD, 10.5), height(value, width - LABEL_WIDTH - 2 * PAD, 10.5)) + 2 * PAD;
      ensure(Math.min(rowHeight, bottom() - MARGIN));
      const top = doc.y;
      // A value longer than the page goes on over the next one: then only a rule above the row.
      if (top + rowHeight <= bottom()) {
        doc
          .lineWidth(0.5)
          .rect(MARGIN, top, LABEL_WIDTH, rowHeight)
          .rect(MARGIN + LABEL_WIDTH, top, width - LABEL_WIDTH, rowHeight)
          .stroke('#555555');
      } else {
        doc
          .lineWidth(0.5)
          .moveTo(MARGIN, top)
          .lineTo(MARGIN + width, top)
          .stroke('#555555');
      }
      doc.fillColor('black');
      put(MARGIN + PAD, top + PAD, LABEL_WIDTH - 2 * PAD, 10.5);
      put(MARGIN + LABEL_WIDTH + PAD, top + PAD, width - LABEL_WIDTH - 2 * PAD, 10.5);
      doc.y = top + rowHeight <= bottom() ? top + rowHeight : doc.y + PAD;
    }
  }

  const qr = QRCode.create(qrPayload(manifest), { errorCorrectionLevel: 'M' });
  const qrSize = 100;
  const footerHeight = footer.reduce((sum, line) => sum + height(line.text, width - qrSize - 12, 8) + 2, 0);
  ensure(Math.max(footerHeight, qrSize) + 20);
  doc.moveDown(1);
  const top = doc.y;
  doc
    .lineWidth(0.5)
    .moveTo(MARGIN, top)
    .lineTo(MARGIN + width, top)
    .stroke('#808080');
  doc.fillColor('black');
  doc.y = top + 6;
  for (let i = 0; i < footer.length; i++) {
    put(MARGIN, doc.y, width - qrSize - 12, 8);
    doc.y += 2;
  }
  const cell = qrSize / qr.modules.size;
  const qrLeft = MARGIN + width - qrSize;
  for (let r = 0; r < qr.modules.size; r++) {
    for (let c = 0; c < qr.modules.size; c++) {
      if (qr.modules.get(r, c)) doc.rect(qrLeft + c * cell, top + 6 + r * cell, cell, cell);
    }
  }
  doc.fill('black');
  doc.end();
  await ended;

  const rendered = Buffer.concat(chunks);
  const slotStart = rendered.indexOf(`(${SLOT_PLACEHOLDER})`, 0, 'latin1') + 1;
  if (slotStart === 0) throw new Error('record PDF: the seal slot was not written');
  return fillSeal(rendered, slotStart, 'PDF', manifest, [], privateKey);
}

// ---------------------------------------------------------------- reading

/** The body of indirect object `n 0 obj … endobj`, or null. */
function objectBody(text: string, n: string): { at: number; body: string } | null {
  const match = new RegExp(`(?:^|[\\r\\n])${n} 0 obj\\s*`).exec(text);
  if (!match) return null;
  const at = match.index + match[0].length;
  const end = text.indexOf('endobj', at);
  return end < 0 ? null : { at, body: text.slice(at, end) };
}

/** The literal string an Info entry points to, with the offset of its first character. */
function infoString(text: string, key: string): { at: number; value: string } | null {
  const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(text);
  const object = ref && objectBody(text, ref[1]!);
  const literal = object && /^\(([^()\\]*)\)/.exec(object.body);
  return literal ? { at: object.at + 1, value: literal[1]! } : null;
}

/** The data of stream object n (uncompressed in our records). */
function streamOf(text: string, n: string): string {
  const object = objectBody(text, n);
  const start = object && /stream\r?\n/.exec(object.body);
  if (!object || !start) throw new Error(`object ${n} is not a stream`);
  const data = object.body.slice(start.index + start[0].length);
  return data.slice(0, data.lastIndexOf('endstream'));
}

/** The content streams of the pages, in page order (the page tree of the catalog). */
function pageContents(text: string): string[] {
  const root = /\/Root (\d+) 0 R/.exec(text.slice(text.lastIndexOf('trailer')));
  const pages = root && /\/Pages (\d+) 0 R/.exec(objectBody(text, root[1]!)?.body ?? '');
  const kids = pages && /\/Kids \[([^\]]*)\]/.exec(objectBody(text, pages[1]!)?.body ?? '');
  if (!kids) throw new Error('no page tree');
  return [...kids[1]!.matchAll(/(\d+) 0 R/g)].map(([, page]) => {
    const contents = /\/Contents (\d+) 0 R/.exec(objectBody(text, page!)?.body ?? '');
    if (!contents) throw new Error(`page ${page} has no contents`);
    return streamOf(text, contents[1]!);
  });
}

/** The ToUnicode CMap of the (one) font the record is set in. */
function fontCmap(text: string): string {
  const refs = new Set([...text.matchAll(/\/ToUnicode (\d+) 0 R/g)].map((m) => m[1]!));
  if (refs.size !== 1) throw new Error(`expected one ToUnicode CMap, found ${refs.size}`);
  return streamOf(text, [...refs][0]!);
}

/** glyph id → text, from the ToUnicode CMap (bfrange arrays and bfchar). */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => {
    const units: number[] = [];
    for (let i = 0; i + 4 <= hex.replace(/\s/g, '').length; i += 4) units.push(parseInt(hex.replace(/\s/g, '').slice(i, i + 4), 16));
    return String.fromCharCode(...units);
  };
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, list, single] of body!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:\[([^\]]*)\]|<([0-9a-fA-F\s]+)>)/g)) {
      const first = parseInt(from!, 16);
      const last = parseInt(to!, 16);
      if (list !== undefined) {
        [...list.matchAll(/<([0-9a-fA-F\s]*)>/g)].forEach(([, hex], i) => map.set(first + i, utf16(hex!)));
      } else {
        const base = utf16(single!);
        for (let g = first; g <= last; g++)
          map.set(g, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + g - first));
      }
    }
  }
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, from, hex] of body!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) map.set(parseInt(from!, 16), utf16(hex!));
  }
  return map;
}

/**
 * The text of each marked line, in index order, whitespace removed (lines wrap). Reads the
 * glyphs actually drawn and maps them back through the font's ToUnicode CMap.
 */
export function pdfLines(file: Buffer): string[] {
  const text = file.toString('latin1');
  const glyphs = toUnicode(fontCmap(text));
  // Pages joined: a line too long for one page goes on over the next.
  const content = pageContents(text).join('\n');
  const lines: string[] = [];
  const marker = new RegExp(`/${LINE_TAG} <</N (\\d+)>> BDC([\\s\\S]*?)EMC`, 'g');
  for (const [, n, inner] of content.matchAll(marker)) {
    let text = '';
    for (const [, hex] of inner!.matchAll(/<([0-9a-fA-F]+)>/g)) {
      for (let i = 0; i + 4 <= hex!.length; i += 4) {
        const glyph = glyphs.get(parseInt(hex!.slice(i, i + 4), 16));
        // No glyph in the font (.notdef, mapped to U+0000): the reader sees a box; it stands for any one character.
        text += glyph === undefined || glyph === '\u0000' ? MISSING_GLYPH : glyph;
      }
    }
    lines[Number(n)] = text.replace(/\s+/g, '');
  }
  return Array.from(lines, (line) => line ?? '');
}

/** A PDF record as the verifier sees it. */
export function pdfFile(file: Buffer): SealedFile {
  const text = file.toString('latin1');
  const seal = infoString(text, SEAL_KEY);
  const fallback = text.indexOf('(QFSEAL1.');
  const slotStart = seal ? seal.at : fallback >= 0 ? fallback + 1 : null;
  return {
    format: 'PDF',
    slotStart: slotStart !== null && slotStart + SLOT_LENGTH <= file.length ? slotStart : null,
    ignoresWhitespace: true,
    token: () => infoString(text, TOKEN_KEY)?.value ?? null,
    visibleTexts: () => pdfLines(file),
    parts: () => [],
    locate(from, to) {
      const starts = [...text.matchAll(/(?:^|[\r\n])(\d+) 0 obj/g)].map((m) => ({ name: `PDF 对象 ${m[1]} 0 obj`, at: m.index }));
      const xref = text.lastIndexOf('\nxref');
      const spans = [
        { name: 'PDF 文件头', from: 0, to: starts[0]?.at ?? file.length },
        ...starts.map((s, i) => ({ name: s.name, from: s.at, to: starts[i + 1]?.at ?? (xref >= 0 ? xref : file.length) })),
        ...(xref >= 0 ? [{ name: 'PDF 交叉引用表与文件尾', from: xref, to: file.length }] : []),
      ];
      return spans.filter((span) => span.from < to && span.to > from).map((span) => span.name);
    },
  };
}
