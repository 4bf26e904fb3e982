import { describe, expect, it } from '@jest/globals';
import { crc32 } from 'node:zlib';
import { MalformedImage, stripImageMetadata } from './strip-metadata.js';

const SECRET = 'GPS 39.9042N 116.4074E iPhone serial C02XK1';
const seg = (marker: number, body: Buffer) => {
  const h = Buffer.alloc(4);
  h.writeUInt16BE(0xff00 | marker, 0);
  h.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([h, body]);
};
const SCAN = Buffer.from([0x12, 0xff, 0x00, 0x34, 0x56]); // scan data with a stuffed 0xFF

function jpeg(): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    seg(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    seg(0xe1, Buffer.concat([Buffer.from('Exif\0\0MM\0*', 'latin1'), Buffer.from(SECRET)])),
    seg(0xe1, Buffer.from(`http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>${SECRET}</x:xmpmeta>`)),
    seg(0xed, Buffer.from(`Photoshop 3.0\0${SECRET}`)),
    seg(0xfe, Buffer.from(SECRET)),
    seg(0xdb, Buffer.alloc(65, 1)),
    seg(0xc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0])),
    seg(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
    SCAN,
    Buffer.from([0xff, 0xd9]),
  ]);
}

function pngChunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0, 0);
  return Buffer.concat([head, body, crc]);
}

const PNG_SIG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const IHDR = pngChunk('IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]));
const IDAT = pngChunk('IDAT', Buffer.from('789c626001000000ffff0300000600', 'hex'));
const IEND = pngChunk('IEND', Buffer.alloc(0));

function riffChunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'latin1');
  head.writeUInt32LE(body.length, 4);
  return Buffer.concat([head, body, body.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
}

function webp(): Buffer {
  const vp8x = Buffer.alloc(10);
  vp8x[0] = 0x0c; // EXIF and XMP present
  const body = Buffer.concat([
    riffChunk('VP8X', vp8x),
    riffChunk('VP8 ', Buffer.alloc(11, 7)),
    riffChunk('EXIF', Buffer.from(SECRET)),
    riffChunk('XMP ', Buffer.from(SECRET)),
  ]);
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length + 4, 4);
  head.write('WEBP', 8, 'latin1');
  return Buffer.concat([head, body]);
}

function gif(): Buffer {
  const header = Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.from([1, 0, 1, 0, 0x80, 0, 0]), Buffer.alloc(6)]);
  const comment = Buffer.concat([Buffer.from([0x21, 0xfe, SECRET.length]), Buffer.from(SECRET), Buffer.from([0])]);
  const xmp = Buffer.concat([
    Buffer.from([0x21, 0xff, 11]),
    Buffer.from('XMP DataXMP'),
    Buffer.from([SECRET.length]),
    Buffer.from(SECRET),
    Buffer.from([0]),
  ]);
  const loop = Buffer.concat([Buffer.from([0x21, 0xff, 11]), Buffer.from('NETSCAPE2.0'), Buffer.from([3, 1, 0, 0, 0])]);
  const image = Buffer.from([0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0]);
  return Buffer.concat([header, loop, comment, xmp, image, Buffer.from([0x3b])]);
}

describe('image metadata stripping', () => {
  it('drops EXIF, XMP, IPTC and comments from a JPEG and keeps the image bytes', () => {
    const out = stripImageMetadata('image/jpeg', jpeg());
    expect(out.toString('latin1')).not.toContain('GPS');
    expect(out.toString('latin1')).not.toContain('Exif');
    expect(out.toString('latin1')).toContain('JFIF');
    expect(out.subarray(-SCAN.length - 2)).toEqual(Buffer.concat([SCAN, Buffer.from([0xff, 0xd9])]));
    expect(stripImageMetadata('image/jpeg', out)).toEqual(out); // idempotent
  });

  it('drops text, EXIF and time chunks from a PNG', () => {
    const clean = Buffer.concat([PNG_SIG, IHDR, IDAT, IEND]);
    const dirty = Buffer.concat([
      PNG_SIG,
      IHDR,
      pngChunk('tEXt', Buffer.from(`Comment\0${SECRET}`)),
      pngChunk('eXIf', Buffer.from(SECRET)),
      IDAT,
      pngChunk('iTXt', Buffer.from(SECRET)),
      IEND,
    ]);
    expect(stripImageMetadata('image/png', dirty)).toEqual(clean);
  });

  it('drops EXIF and XMP chunks from a WebP and clears their flags', () => {
    const out = stripImageMetadata('image/webp', webp());
    expect(out.toString('latin1')).not.toContain('GPS');
    expect(out[12 + 8]! & 0x0c).toBe(0);
    expect(out.readUInt32LE(4)).toBe(out.length - 8);
  });

  it('drops comments and XMP from a GIF and keeps the looping extension', () => {
    const out = stripImageMetadata('image/gif', gif());
    expect(out.toString('latin1')).not.toContain('GPS');
    expect(out.toString('latin1')).toContain('NETSCAPE2.0');
    expect(out.at(-1)).toBe(0x3b);
  });

  it.each([
    ['image/jpeg', jpeg().subarray(0, 40)],
    ['image/png', Buffer.concat([PNG_SIG, IHDR, IDAT]).subarray(0, 40)],
    ['image/gif', gif().subarray(0, 30)],
  ])('refuses a truncated %s instead of storing it unstripped', (type, data) => {
    expect(() => stripImageMetadata(type, data)).toThrow(MalformedImage);
  });

  it('leaves other types alone', () => {
    const pdf = Buffer.from('%PDF-1.4 ...');
    expect(stripImageMetadata('application/pdf', pdf)).toBe(pdf);
  });
});
