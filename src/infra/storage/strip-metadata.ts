/**
 * Removes metadata that can identify a reporter (EXIF with GPS position, camera serial
 * and time; XMP; IPTC; comments; text chunks) from uploaded images, losslessly: image
 * data is copied byte for byte, only metadata blocks are dropped. Runs before a file is
 * stored, so no one can ever download the original metadata.
 *
 * Throws MalformedImage when the structure cannot be followed: a file we cannot parse is
 * a file we cannot vouch for, so it is refused rather than stored with its metadata.
 */
export class MalformedImage extends Error {}

const fail = (what: string): never => {
  throw new MalformedImage(what);
};

/** The media types handled here; others pass through unchanged. */
export const STRIPPABLE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

export function stripImageMetadata(mediaType: string, data: Buffer): Buffer {
  switch (mediaType) {
    case 'image/jpeg':
      return stripJpeg(data);
    case 'image/png':
      return stripPng(data);
    case 'image/webp':
      return stripWebp(data);
    case 'image/gif':
      return stripGif(data);
    default:
      return data;
  }
}

function stripJpeg(data: Buffer): Buffer {
  if (data.readUInt16BE(0) !== 0xffd8) fail('not a JPEG');
  const out: Buffer[] = [data.subarray(0, 2)];
  let pos = 2;
  while (pos < data.length) {
    if (data[pos] !== 0xff) fail('JPEG marker expected');
    while (data[pos + 1] === 0xff) pos++; // fill bytes
    const marker = data[pos + 1] ?? fail('truncated JPEG');
    // End of the image: what follows (an MPF secondary image with its own EXIF, a trailer) is dropped.
    if (marker === 0xd9) return Buffer.concat([...out, data.subarray(pos, pos + 2)]);
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      out.push(data.subarray(pos, pos + 2));
      pos += 2;
      continue;
    }
    if (pos + 4 > data.length) fail('truncated JPEG segment');
    const length = data.readUInt16BE(pos + 2);
    const end = pos + 2 + length;
    if (length < 2 || end > data.length) fail('JPEG segment overruns the file');
    if (marker === 0xda) {
      // A scan: its header, then entropy-coded data up to the next real marker (0xFF00 is a
      // stuffed byte, 0xFFD0–D7 restart markers belong to the data). A progressive JPEG has
      // several scans with tables — and sometimes metadata — between them: parse on.
      let i = end;
      while (i < data.length) {
        if (data[i] !== 0xff) {
          i += 1;
          continue;
        }
        const next = data[i + 1];
        if (next === undefined) fail('truncated JPEG scan');
        if (next === 0x00 || (next! >= 0xd0 && next! <= 0xd7) || next === 0xff) {
          i += next === 0xff ? 1 : 2;
          continue;
        }
        break;
      }
      out.push(data.subarray(pos, i));
      pos = i;
      continue;
    }
    const body = data.subarray(pos + 4, end);
    const keep =
      !(marker >= 0xe0 && marker <= 0xef) && marker !== 0xfe
        ? true // tables, frame headers: image data
        : (marker === 0xe0 && body.subarray(0, 5).toString('latin1') === 'JFIF\0') ||
          (marker === 0xe2 && body.subarray(0, 12).toString('latin1') === 'ICC_PROFILE\0') || // colours
          (marker === 0xee && body.subarray(0, 5).toString('latin1') === 'Adobe'); // colour transform
    if (keep) out.push(data.subarray(pos, end));
    pos = end;
  }
  return fail('JPEG without end of image');
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_DROP = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

function stripPng(data: Buffer): Buffer {
  if (!data.subarray(0, 8).equals(PNG_SIGNATURE)) fail('not a PNG');
  const out: Buffer[] = [PNG_SIGNATURE];
  let pos = 8;
  while (pos < data.length) {
    if (pos + 12 > data.length) fail('truncated PNG chunk');
    const length = data.readUInt32BE(pos);
    const type = data.subarray(pos + 4, pos + 8).toString('latin1');
    const end = pos + 12 + length;
    if (end > data.length) fail('PNG chunk overruns the file');
    if (!PNG_DROP.has(type)) out.push(data.subarray(pos, end));
    pos = end;
    if (type === 'IEND') return Buffer.concat(out);
  }
  return fail('PNG without IEND');
}

function stripWebp(data: Buffer): Buffer {
  if (data.subarray(0, 4).toString('latin1') !== 'RIFF' || data.subarray(8, 12).toString('latin1') !== 'WEBP') fail('not a WebP');
  const chunks: Buffer[] = [];
  let pos = 12;
  const riffEnd = Math.min(data.length, 8 + data.readUInt32LE(4));
  while (pos + 8 <= riffEnd) {
    const type = data.subarray(pos, pos + 4).toString('latin1');
    const size = data.readUInt32LE(pos + 4);
    const end = pos + 8 + size + (size % 2);
    if (pos + 8 + size > riffEnd) fail('WebP chunk overruns the file');
    if (type !== 'EXIF' && type !== 'XMP ') {
      const chunk = Buffer.from(data.subarray(pos, Math.min(end, riffEnd)));
      if (type === 'VP8X') chunk[8] = chunk[8]! & ~0x0c; // no EXIF, no XMP flags
      chunks.push(chunk);
    }
    pos = end;
  }
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, body]);
}

function skipSubBlocks(data: Buffer, pos: number): number {
  for (;;) {
    const size = data[pos] ?? fail('truncated GIF');
    pos += 1 + size;
    if (size === 0) return pos;
  }
}

function stripGif(data: Buffer): Buffer {
  if (!/^GIF8[79]a$/.test(data.subarray(0, 6).toString('latin1'))) fail('not a GIF');
  const flags = data[10] ?? fail('truncated GIF');
  let pos = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0);
  const out: Buffer[] = [data.subarray(0, pos)];
  while (pos < data.length) {
    const block = data[pos];
    if (block === 0x3b) return Buffer.concat([...out, data.subarray(pos, pos + 1)]);
    if (block === 0x2c) {
      const local = data[pos + 9] ?? fail('truncated GIF');
      let end = pos + 10 + (local & 0x80 ? 3 * 2 ** ((local & 7) + 1) : 0) + 1; // + LZW minimum code size
      end = skipSubBlocks(data, end);
      out.push(data.subarray(pos, end));
      pos = end;
    } else if (block === 0x21) {
      const label = data[pos + 1];
      const end = skipSubBlocks(data, pos + 2);
      const application = label === 0xff ? data.subarray(pos + 3, pos + 14).toString('latin1') : '';
      // Comments and application data (XMP) go; animation control (NETSCAPE2.0, graphic control) stays.
      if (label !== 0xfe && !(label === 0xff && application !== 'NETSCAPE2.0' && application !== 'ANIMEXTS1.0'))
        out.push(data.subarray(pos, end));
      pos = end;
    } else {
      fail('unknown GIF block');
    }
  }
  return fail('GIF without trailer');
}
