import { describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import { stripMp3, stripOfficeXml, stripPdf, stripWav } from './document-metadata.js';
import { stripImageMetadata } from './strip-metadata.js';

const PDF = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R /Metadata 4 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
    '3 0 obj << /Title (举报材料) /Author (Wang Xiaoming \\(phone\\)) /Creator <FEFF004D0053> /Producer (WPS Office) /CreationDate (D:20260301) >> endobj',
    '4 0 obj << /Type /Metadata /Subtype /XML /Length 64 >>',
    'stream',
    '<x:xmpmeta><dc:creator>Wang Xiaoming</dc:creator></x:xmpmeta>',
    'endstream endobj',
    'trailer << /Root 1 0 R /Info 3 0 R >>',
    '%%EOF',
  ].join('\n'),
  'latin1',
);

describe('PDF metadata', () => {
  it('blanks the information dictionary and the XMP stream, keeping every byte offset', () => {
    const out = stripPdf(PDF);
    expect(out.length).toBe(PDF.length);
    const text = out.toString('latin1');
    for (const gone of ['Wang Xiaoming', 'WPS Office', 'D:20260301', '004D0053']) expect(text).not.toContain(gone);
    expect(text).toContain('/Author (');
    expect(text.indexOf('trailer')).toBe(PDF.toString('latin1').indexOf('trailer'));
  });
});

describe('Office document metadata', () => {
  it('empties docProps (author, company, last editor) and drops custom properties; the document still opens', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types><Override PartName="/docProps/custom.xml" ContentType="x"/></Types>');
    zip.file('_rels/.rels', '<Relationships><Relationship Id="r3" Target="docProps/custom.xml"/></Relationships>');
    zip.file(
      'docProps/core.xml',
      '<cp:coreProperties><dc:creator>王小明</dc:creator><cp:lastModifiedBy>王小明</cp:lastModifiedBy></cp:coreProperties>',
    );
    zip.file('docProps/app.xml', '<Properties><Company>某区财政局</Company></Properties>');
    zip.file('docProps/custom.xml', '<Properties><property name="phone">13900001111</property></Properties>');
    zip.file('word/document.xml', '<w:document>正文</w:document>');
    const out = await stripOfficeXml(await zip.generateAsync({ type: 'nodebuffer' }));
    const clean = await JSZip.loadAsync(out);
    expect(await clean.file('word/document.xml')!.async('string')).toContain('正文');
    const all = (await Promise.all(Object.values(clean.files).map((f) => f.async('string')))).join('\n');
    for (const gone of ['王小明', '某区财政局', '13900001111']) expect(all).not.toContain(gone);
    expect(clean.file('docProps/custom.xml')).toBeNull();
  });
});

describe('audio tags', () => {
  it('drops MP3 ID3v2 and ID3v1 tags', () => {
    const tag = Buffer.from('ID3\u0004\u0000\u0000\u0000\u0000\u0000\u000a' + 'TIT2recorder', 'latin1');
    const frames = Buffer.from([0xff, 0xfb, 0x90, 0x64, 1, 2, 3, 4]);
    const v1 = Buffer.concat([Buffer.from('TAG', 'latin1'), Buffer.alloc(125, 0x41)]);
    const out = stripMp3(Buffer.concat([tag.subarray(0, 20), frames, v1]));
    expect(out).toEqual(frames);
  });

  it('drops WAV LIST/INFO chunks and keeps fmt and data', () => {
    const chunk = (id: string, body: Buffer) =>
      Buffer.concat([Buffer.from(id, 'latin1'), Buffer.from(Uint32Array.of(body.length).buffer), body]);
    const fmt = chunk('fmt ', Buffer.alloc(16, 1));
    const data = chunk('data', Buffer.alloc(8, 2));
    const info = chunk('LIST', Buffer.from('INFOIART\u0006\u0000\u0000\u0000王某', 'utf8'));
    const body = Buffer.concat([Buffer.from('WAVE', 'latin1'), fmt, info, data]);
    const wav = Buffer.concat([Buffer.from('RIFF', 'latin1'), Buffer.from(Uint32Array.of(body.length).buffer), body]);
    const out = stripWav(wav);
    expect(out.includes(Buffer.from('LIST'))).toBe(false);
    expect(out.includes(fmt) && out.includes(data)).toBe(true);
    expect(out.readUInt32LE(4)).toBe(out.length - 8);
  });
});

describe('JPEG beyond the first scan', () => {
  const segment = (marker: number, body: Buffer) =>
    Buffer.concat([Buffer.from([0xff, marker]), Buffer.from([(body.length + 2) >> 8, (body.length + 2) & 255]), body]);
  const exif = (text: string) => segment(0xe1, Buffer.from(`Exif\0\0${text}`, 'latin1'));
  const scan = Buffer.concat([segment(0xda, Buffer.alloc(8, 1)), Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56])]);

  it('drops APPn between the scans of a progressive JPEG, and everything after the end of the image (MPF second image, trailers)', () => {
    const second = Buffer.concat([Buffer.from([0xff, 0xd8]), exif('GPS second image'), scan, Buffer.from([0xff, 0xd9])]);
    const jpeg = Buffer.concat([
      Buffer.from([0xff, 0xd8]),
      exif('GPS 39.9N 116.4E'),
      segment(0xe2, Buffer.from('MPF\0index', 'latin1')),
      segment(0xc2, Buffer.alloc(9, 3)),
      scan,
      exif('GPS between scans'),
      segment(0xc4, Buffer.alloc(5, 4)),
      scan,
      Buffer.from([0xff, 0xd9]),
      second,
      Buffer.from('trailer: serial 12345', 'latin1'),
    ]);
    const out = stripImageMetadata('image/jpeg', jpeg);
    const text = out.toString('latin1');
    for (const gone of ['GPS', 'MPF', 'serial']) expect(text).not.toContain(gone);
    expect(out.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
    expect(out.includes(Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]))).toBe(true); // the image data, byte for byte
    expect(out.indexOf(scan)).not.toBe(out.lastIndexOf(scan)); // both scans kept
  });
});
