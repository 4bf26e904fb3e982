import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { AuthService } from '../../src/auth/auth.service.js';
import { validTip } from '../support/fixtures.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

let ctx: TestContext;
let officer: string;
let seq = 0;
const from = () => `192.0.2.${++seq}`;

/** A JPEG as a phone writes it: JFIF, then EXIF with a GPS position and the camera's serial. */
function phoneJpeg(): Buffer {
  const seg = (marker: number, body: Buffer) => {
    const h = Buffer.alloc(4);
    h.writeUInt16BE(0xff00 | marker, 0);
    h.writeUInt16BE(body.length + 2, 2);
    return Buffer.concat([h, body]);
  };
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    seg(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    seg(0xe1, Buffer.from('Exif\0\0MM\0*\0\0\0\x08GPSLatitude 39.9042 N GPSLongitude 116.4074 E BodySerialNumber C02XK1', 'latin1')),
    seg(0xdb, Buffer.alloc(65, 1)),
    seg(0xc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0])),
    seg(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
    Buffer.from([0x12, 0x34, 0xff, 0xd9]),
  ]);
}

beforeAll(async () => {
  ctx = await createTestContext({ settings: { security: { trustProxy: 1 }, intake: { lookupsPerClientPerHour: 5 } } });
  officer = await ctx.staffToken(['TRIAGE_OFFICER']);
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

describe('security headers', () => {
  it.each(['/', '/report', '/api/v1/public/reports/lookup'])('%s carries a strict CSP and the usual headers', async (path) => {
    const res = path.startsWith('/api')
      ? await request(ctx.baseUrl).post(path).set('X-Forwarded-For', from()).send({ receiptCode: '1' })
      : await request(ctx.baseUrl).get(path);
    const csp = res.headers['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('no stack traces to clients', () => {
  it('an unexpected failure answers with a request id only; the details stay in the log', async () => {
    const { rows } = await ctx.db.query(`SELECT id FROM report LIMIT 1`);
    const id =
      rows[0]?.id ??
      (await request(ctx.baseUrl).post('/api/v1/public/reports').set('X-Forwarded-For', from()).send(validTip()),
      (await ctx.db.query(`SELECT id FROM report LIMIT 1`)).rows[0].id);
    await ctx.db.query(`ALTER TABLE report_message RENAME TO report_message_away`);
    try {
      const res = await request(ctx.baseUrl).get(`/api/v1/reports/${id}`).set('Authorization', `Bearer ${officer}`);
      expect(res.status).toBe(500);
      expect(res.body).toEqual({
        statusCode: 500,
        code: 'INTERNAL_ERROR',
        message: expect.stringContaining(res.body.requestId),
        requestId: expect.any(String),
      });
      expect(res.text).not.toMatch(/report_message|relation|at \w+ \(|\.ts:\d+|QueryFailedError/);
    } finally {
      await ctx.db.query(`ALTER TABLE report_message_away RENAME TO report_message`);
    }
  });

  it('malformed JSON is a 400 in Chinese, not a parser dump', async () => {
    const res = await request(ctx.baseUrl)
      .post('/api/v1/public/reports')
      .set('X-Forwarded-For', from())
      .set('Content-Type', 'application/json')
      .send('{"body": ');
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('JSON 格式错误');
    expect(res.text).not.toMatch(/at \w+ \(|node_modules/);
  });
});

describe('CSRF: the session cookie does not authorise cross-site requests', () => {
  const logoutAll = (headers: Record<string, string>) => request(ctx.baseUrl).post('/api/v1/auth/logout-all').set(headers);

  it('refuses a cookie-authenticated POST from another site, or with no origin at all', async () => {
    const token = await ctx.staffToken(['SUPERVISOR']);
    for (const headers of <Array<Record<string, string>>>[
      { Origin: 'https://evil.example' },
      { Referer: 'https://evil.example/page' },
      { 'Sec-Fetch-Site': 'cross-site', Origin: ctx.baseUrl },
      {},
    ]) {
      const res = await logoutAll({ Cookie: `qf_session=${token}`, ...headers });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('CSRF_REJECTED');
    }
    // Nothing happened: the session is still live.
    await request(ctx.baseUrl).get('/api/v1/auth/me').set('Cookie', `qf_session=${token}`).expect(200);
  });

  it('accepts the same request from the site itself, and bearer-token clients are unaffected', async () => {
    const token = await ctx.staffToken(['SUPERVISOR']);
    await logoutAll({ Cookie: `qf_session=${token}`, Origin: ctx.baseUrl }).expect(200);
    const other = await ctx.staffToken(['SUPERVISOR']);
    await logoutAll({ Cookie: `qf_session=${other}`, 'Sec-Fetch-Site': 'same-origin' }).expect(200);
    const api = await ctx.staffToken(['SUPERVISOR']);
    await logoutAll({ Authorization: `Bearer ${api}`, Origin: 'https://evil.example' }).expect(200);
  });
});

describe('rate limits', () => {
  it('limits login attempts per address', async () => {
    const ip = from();
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) {
      codes.push(
        (
          await request(ctx.baseUrl)
            .post('/api/v1/auth/login')
            .set('X-Forwarded-For', ip)
            .send({ username: `guess${i}`, password: 'Not-The-Password-1' })
        ).status,
      );
    }
    expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
    expect(codes[20]).toBe(429);
    // Another address is not affected.
    expect(
      (await request(ctx.baseUrl).post('/api/v1/auth/login').set('X-Forwarded-For', from()).send({ username: 'x', password: 'y' })).status,
    ).toBe(401);
  });

  it('counts only failed logins per address: an office behind one address logs in all day', async () => {
    const ip = from();
    await ctx.app
      .get(AuthService)
      .createUser({ username: 'office-user', displayName: '科室同事', password: 'Office-Password-2026!', roles: ['TRIAGE_OFFICER'] });
    const codes: number[] = [];
    for (let i = 0; i < 25; i++) {
      codes.push(
        (
          await request(ctx.baseUrl)
            .post('/api/v1/auth/login')
            .set('X-Forwarded-For', ip)
            .send({ username: 'office-user', password: 'Office-Password-2026!' })
        ).status,
      );
    }
    expect(codes.every((c) => c === 201 || c === 200)).toBe(true);
    // The console's login form too: its successes answer 303 and are not counted either.
    for (let i = 0; i < 22; i++) {
      const res = await request(ctx.baseUrl)
        .post('/console/login')
        .set('X-Forwarded-For', ip)
        .type('form')
        .send({ username: 'office-user', password: 'Office-Password-2026!' });
      expect(res.status).toBe(303);
    }
    // Failures from the same address still count, and the message says what is counted.
    const failures: number[] = [];
    for (let i = 0; i < 21; i++)
      failures.push(
        (
          await request(ctx.baseUrl)
            .post('/console/login')
            .set('X-Forwarded-For', ip)
            .type('form')
            .send({ username: `nobody${i}`, password: 'wrong-Password-1' })
        ).status,
      );
    expect(failures.slice(0, 20).every((c) => c === 401)).toBe(true);
    expect(failures[20]).toBe(429);
  });

  it('believes only the proxy hop it trusts: a client rotating its own X-Forwarded-For entries is still one client', async () => {
    const client = from();
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) {
      // A forged leftmost entry, then the address our one trusted proxy appended.
      codes.push(
        (
          await request(ctx.baseUrl)
            .post('/api/v1/auth/login')
            .set('X-Forwarded-For', `203.0.113.${i}, ${client}`)
            .send({ username: `spoof${i}`, password: 'Not-The-Password-1' })
        ).status,
      );
    }
    expect(codes[20]).toBe(429);
  });

  it('counts an IPv6 client by its /64: rotating addresses inside it does not reset the limit', async () => {
    const prefix = `2001:db8:${(++seq).toString(16)}:1`;
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) {
      codes.push(
        (
          await request(ctx.baseUrl)
            .post('/api/v1/auth/login')
            .set('X-Forwarded-For', `${prefix}:${i.toString(16)}:0:0:${(i * 7).toString(16)}`)
            .send({ username: `v6-${i}`, password: 'Not-The-Password-1' })
        ).status,
      );
    }
    expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
    expect(codes[20]).toBe(429);
    // The next /64 is another client.
    expect(
      (
        await request(ctx.baseUrl)
          .post('/api/v1/auth/login')
          .set('X-Forwarded-For', `2001:db8:${seq.toString(16)}:2::1`)
          .send({ username: 'x', password: 'y' })
      ).status,
    ).toBe(401);
  });

  it('limits receipt-code lookups per address', async () => {
    const ip = from();
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      codes.push(
        (
          await request(ctx.baseUrl)
            .post('/api/v1/public/reports/lookup')
            .set('X-Forwarded-For', ip)
            .send({ receiptCode: `12345678901234${10 + i}` })
        ).status,
      );
    }
    expect(codes.slice(0, 5).every((c) => c === 404)).toBe(true);
    expect(codes[5]).toBe(429);
  });
});

describe('image metadata is stripped on upload', () => {
  it('stores a photo without its GPS position, with the size and hash of the clean file', async () => {
    const photo = phoneJpeg();
    const res = await request(ctx.baseUrl)
      .post('/api/v1/public/reports')
      .set('X-Forwarded-For', from())
      .field('json', JSON.stringify(validTip()))
      .attach('files', photo, 'IMG_0001.jpg');
    expect(res.status).toBe(201);
    const { rows } = await ctx.db.query(
      `SELECT a.storage_key, a.sha256, a.size_bytes, a.media_type FROM attachment a JOIN report r ON r.id = a.report_id WHERE r.number = $1`,
      [res.body.reportNumber],
    );
    expect(rows).toHaveLength(1);
    const stored = readFileSync(join(ctx.storageDir, rows[0].storage_key));
    expect(rows[0].media_type).toBe('image/jpeg');
    expect(stored.toString('latin1')).not.toMatch(/GPS|Exif|C02XK1/);
    expect(stored.length).toBeLessThan(photo.length);
    expect(Number(rows[0].size_bytes)).toBe(stored.length);
    expect(Buffer.from(rows[0].sha256).equals(createHash('sha256').update(stored).digest())).toBe(true);
  });

  it('refuses a broken image rather than storing it with its metadata', async () => {
    const broken = phoneJpeg().subarray(0, 60);
    const res = await request(ctx.baseUrl)
      .post('/api/v1/public/reports')
      .set('X-Forwarded-For', from())
      .field('json', JSON.stringify(validTip()))
      .attach('files', broken, 'IMG_0002.jpg');
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('IMAGE_MALFORMED');
  });
});

describe('document and audio metadata on upload (review finding 5)', () => {
  it('stores a PDF and a Word file without author or company, and marks a HEIC photo it cannot clean', async () => {
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Author (Zhang Sanfeng) /Producer (Scanner SN-4471) >> endobj\ntrailer << /Info 1 0 R >>\n%%EOF\n',
      'latin1',
    );
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    zip.file('docProps/core.xml', '<cp:coreProperties><dc:creator>张三丰</dc:creator></cp:coreProperties>');
    zip.file('docProps/app.xml', '<Properties><Company>某区审计局</Company></Properties>');
    zip.file('word/document.xml', '<w:document>材料</w:document>');
    const docx = await zip.generateAsync({ type: 'nodebuffer' });
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypheic', 'latin1'),
      Buffer.alloc(4),
      Buffer.from('mif1heic', 'latin1'),
      Buffer.alloc(64, 7),
    ]);
    const res = await request(ctx.baseUrl)
      .post('/api/v1/public/reports')
      .set('X-Forwarded-For', from())
      .field('json', JSON.stringify(validTip()))
      .attach('files', pdf, 'evidence.pdf')
      .attach('files', docx, 'letter.docx')
      .attach('files', heic, 'IMG_0003.heic');
    expect(res.status).toBe(201);
    const { rows } = await ctx.db.query(
      `SELECT a.storage_key, a.media_type, a.metadata_removed, r.id AS report_id FROM attachment a JOIN report r ON r.id = a.report_id WHERE r.number = $1 ORDER BY a.media_type`,
      [res.body.reportNumber],
    );
    const byType = Object.fromEntries(rows.map((r) => [r.media_type, r]));
    const stored = (type: string) => readFileSync(join(ctx.storageDir, byType[type].storage_key));
    expect(stored('application/pdf').toString('latin1')).not.toMatch(/Zhang Sanfeng|SN-4471/);
    const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const clean = await JSZip.loadAsync(stored(docxType));
    expect(await clean.file('docProps/core.xml')!.async('string')).not.toContain('张三丰');
    expect(await clean.file('docProps/app.xml')!.async('string')).not.toContain('某区审计局');
    expect(await clean.file('word/document.xml')!.async('string')).toContain('材料');
    expect([byType['application/pdf'].metadata_removed, byType[docxType].metadata_removed, byType['image/heic'].metadata_removed]).toEqual([
      true,
      true,
      false,
    ]);
    // Staff see the mark beside the file that kept its metadata.
    const page = await request(ctx.baseUrl)
      .get(`/console/cases/${rows[0].report_id}`)
      .set('Cookie', `qf_session=${officer}`)
      .set('Accept', 'text/html');
    expect(page.text).toContain('元数据未清除');
  });
});
