import JSZip from 'jszip';
import { MalformedImage, stripImageMetadata, STRIPPABLE } from './strip-metadata.js';

/**
 * Metadata removed from every stored upload, by type, before it is stored: images (EXIF
 * with GPS, XMP, comments: strip-metadata.ts), PDF (the document information dictionary and
 * XMP metadata), Office documents (docProps: author, company, last editor, custom
 * properties), MP3 (ID3 tags) and WAV (LIST/INFO chunks). The types it cannot clean
 * (HEIC, legacy Office, MP4/M4A, AMR, Ogg) are stored as they are, and marked for staff as
 * "元数据未清除" (the database marks them by type: migration 1765000005000).
 */
export const CLEANED_TYPES = new Set([
  ...STRIPPABLE,
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'audio/mpeg',
  'audio/wav',
  'audio/x-wav',
]);

export async function stripMetadata(mediaType: string, data: Buffer): Promise<Buffer> {
  if (STRIPPABLE.has(mediaType)) return stripImageMetadata(mediaType, data);
  if (mediaType === 'application/pdf') return stripPdf(data);
  if (mediaType.startsWith('application/vnd.openxmlformats-officedocument.')) return stripOfficeXml(data);
  if (mediaType === 'audio/mpeg') return stripMp3(data);
  if (mediaType === 'audio/wav' || mediaType === 'audio/x-wav') return stripWav(data);
  return data;
}

const PDF_INFO_KEYS = [
  'Title',
  'Author',
  'Subject',
  'Keywords',
  'Creator',
  'Producer',
  'CreationDate',
  'ModDate',
  'Company',
  'SourceModified',
];

/** A PDF string at `start` ((…) with nesting and escapes, or <…>): its end, exclusive. */
function pdfStringEnd(text: string, start: number): number {
  if (text[start] === '<') return text.indexOf('>', start) + 1 || text.length;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '(') depth += 1;
    else if (text[i] === ')' && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * PDF: the information dictionary's values (author, title, producer, dates …) and the XMP
 * metadata streams are overwritten with spaces of the same length, so every byte offset
 * (xref table) stays right and the document opens as before.
 */
export function stripPdf(data: Buffer): Buffer {
  if (data.subarray(0, 5).toString('latin1') !== '%PDF-') throw new MalformedImage('not a PDF');
  const text = data.toString('latin1');
  const out = Buffer.from(data);
  const blank = (from: number, to: number) => out.fill(0x20, from, to);
  for (const key of PDF_INFO_KEYS) {
    const pattern = new RegExp(`/${key}\\s*(?=[(<])`, 'g');
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index + m[0].length;
      if (text[start] === '<' && text[start + 1] === '<') continue; // a dictionary, not a string
      const end = pdfStringEnd(text, start);
      blank(start + 1, end - 1); // keep the delimiters: ( … ) or < … >
    }
  }
  // XMP: the stream of any object whose dictionary says /Type /Metadata.
  const metadata = /\/Type\s*\/Metadata\b[\s\S]{0,400}?stream\r?\n/g;
  for (let m = metadata.exec(text); m; m = metadata.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end > start) blank(start, end);
  }
  return out;
}

const EMPTY_CORE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"></cp:coreProperties>';
const EMPTY_APP =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>';

/** Office Open XML: core and application properties emptied, custom properties removed. */
export async function stripOfficeXml(data: Buffer): Promise<Buffer> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new MalformedImage('not an Office document');
  }
  if (zip.file('docProps/core.xml')) zip.file('docProps/core.xml', EMPTY_CORE);
  if (zip.file('docProps/app.xml')) zip.file('docProps/app.xml', EMPTY_APP);
  if (zip.file('docProps/custom.xml')) {
    zip.remove('docProps/custom.xml');
    const types = await zip.file('[Content_Types].xml')?.async('string');
    if (types) zip.file('[Content_Types].xml', types.replace(/<Override[^>]*PartName="\/docProps\/custom\.xml"[^>]*\/>/, ''));
    const rels = await zip.file('_rels/.rels')?.async('string');
    if (rels) zip.file('_rels/.rels', rels.replace(/<Relationship[^>]*Target="docProps\/custom\.xml"[^>]*\/>/, ''));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** MP3: the ID3v2 tag at the start and the ID3v1 tag at the end go; the audio frames stay. */
export function stripMp3(data: Buffer): Buffer {
  let start = 0;
  while (data.subarray(start, start + 3).toString('latin1') === 'ID3' && start + 10 <= data.length) {
    const size =
      ((data[start + 6]! & 0x7f) << 21) | ((data[start + 7]! & 0x7f) << 14) | ((data[start + 8]! & 0x7f) << 7) | (data[start + 9]! & 0x7f);
    const footer = data[start + 5]! & 0x10 ? 10 : 0;
    start += 10 + size + footer;
  }
  let end = data.length;
  if (end - start >= 128 && data.subarray(end - 128, end - 125).toString('latin1') === 'TAG') end -= 128;
  return data.subarray(Math.min(start, end), end);
}

/** WAV: RIFF chunks other than LIST (INFO: artist, software, dates), id3 and bext are kept. */
export function stripWav(data: Buffer): Buffer {
  if (data.subarray(0, 4).toString('latin1') !== 'RIFF' || data.subarray(8, 12).toString('latin1') !== 'WAVE')
    throw new MalformedImage('not a WAV');
  const chunks: Buffer[] = [];
  let pos = 12;
  while (pos + 8 <= data.length) {
    const id = data.subarray(pos, pos + 4).toString('latin1');
    const size = data.readUInt32LE(pos + 4);
    const end = Math.min(data.length, pos + 8 + size + (size % 2));
    if (!['LIST', 'id3 ', 'ID3 ', 'bext', 'iXML'].includes(id)) chunks.push(data.subarray(pos, end));
    pos = end;
  }
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  header.write('WAVE', 8, 'latin1');
  return Buffer.concat([header, body]);
}
