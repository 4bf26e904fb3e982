import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, statSync } from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import request from 'supertest';
import { DISGUISED_SCRIPT, PDF_MINIMAL, PNG_1PX, validTip } from '../support/fixtures.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/** Files under the storage folder (temporary files included): a refused request must leave none. */
function storedFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk(dir);
  return out;
}

let ctx: TestContext;
let clientSeq = 0;
/** Each test speaks from its own client address, so per-client limits do not interfere. */
const client = () => `198.51.100.${++clientSeq}`;

beforeAll(async () => {
  ctx = await createTestContext({
    settings: {
      security: { trustProxy: 1 },
      intake: { lookupsPerClientPerHour: 8, attachments: { maxFileBytes: 1024 * 1024 } },
    },
  });
});
afterAll(async () => {
  await ctx?.close();
});

const countReports = async () => Number((await ctx.db.query('SELECT count(*) FROM report')).rows[0].count);

describe('web tip: submission', () => {
  it('stores an anonymous tip before answering with a report number and a 16-digit receipt code', async () => {
    const res = await request(ctx.baseUrl).post('/api/v1/public/reports').set('X-Forwarded-For', client()).send(validTip());
    expect(res.status).toBe(201);
    expect(res.body.reportNumber).toMatch(/^QF-\d{4}-\d{6}$/);
    expect(res.body.receiptCode.replaceAll(' ', '')).toMatch(/^\d{16}$/);
    expect(res.headers['cache-control']).toBe('no-store');
    // Persisted by the time the receipt is out, with its first event and its triage job.
    const { rows } = await ctx.db.query(
      `SELECT r.id, r.status, r.real_name, r.reporter_identity, r.receipt_hash,
              (SELECT count(*) FROM report_event e WHERE e.report_id = r.id AND e.type = 'RECEIVED') AS events,
              (SELECT count(*) FROM outbox o WHERE o.job_id = 'report:' || r.id || ':triage') AS jobs
         FROM report r WHERE r.number = $1`,
      [res.body.reportNumber],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'RECEIVED', real_name: false, reporter_identity: null, events: '1', jobs: '1' });
    // The receipt code itself is nowhere in the database: only its keyed hash.
    const code = res.body.receiptCode.replaceAll(' ', '');
    const dump = await ctx.db.query(`SELECT row_to_json(r)::text AS j FROM report r WHERE number = $1`, [res.body.reportNumber]);
    expect(dump.rows[0].j).not.toContain(code);
    expect(rows[0].receipt_hash).toHaveLength(32);
  });

  it('encrypts a real-name reporter’s identity and never shows it to staff', async () => {
    const reporter = { name: '李明华', phone: '13912345678', idNumber: '11010519491231002X' };
    const res = await request(ctx.baseUrl)
      .post('/api/v1/public/reports')
      .set('X-Forwarded-For', client())
      .send(validTip({ anonymous: false, reporter }));
    expect(res.status).toBe(201);
    const { rows } = await ctx.db.query(
      `SELECT id, real_name, reporter_identity, reporter_phone_hash, row_to_json(r)::text AS j FROM report r WHERE number = $1`,
      [res.body.reportNumber],
    );
    const row = rows[0];
    expect(row.real_name).toBe(true);
    expect(Buffer.isBuffer(row.reporter_identity)).toBe(true);
    const ciphertext: Buffer = row.reporter_identity;
    for (const secret of [reporter.name, reporter.phone, reporter.idNumber]) {
      expect(ciphertext.includes(Buffer.from(secret))).toBe(false);
      expect(row.j).not.toContain(secret);
    }
    expect(row.reporter_phone_hash).toHaveLength(32);
    // Nor in events or the job payloads.
    const side = await ctx.db.query(
      `SELECT (SELECT string_agg(data::text, '') FROM report_event WHERE report_id = $1) AS events,
              (SELECT string_agg(payload::text, '') FROM outbox WHERE job_id LIKE '%' || $1 || '%') AS jobs`,
      [row.id],
    );
    for (const secret of [reporter.name, reporter.phone]) {
      expect(side.rows[0].events).not.toContain(secret);
      expect(side.rows[0].jobs).not.toContain(secret);
    }
    // Staff read the report without the identity.
    const token = await ctx.staffToken(['TRIAGE_OFFICER']);
    const staffView = await request(ctx.baseUrl).get(`/api/v1/reports/${row.id}`).set('Authorization', `Bearer ${token}`);
    expect(staffView.status).toBe(200);
    expect(staffView.body.realName).toBe(true);
    const text = JSON.stringify(staffView.body);
    for (const secret of [reporter.name, reporter.phone, reporter.idNumber]) expect(text).not.toContain(secret);
  });

  it('accepts attachments checked by content and records their SHA-256', async () => {
    const before = storedFiles(ctx.storageDir).length;
    const res = await request(ctx.baseUrl)
      .post('/api/v1/public/reports')
      .set('X-Forwarded-For', client())
      .field('json', JSON.stringify(validTip()))
      .attach('files', PNG_1PX, { filename: '现场照片.png', contentType: 'image/png' })
      .attach('files', PDF_MINIMAL, { filename: 'evidence.bin', contentType: 'application/octet-stream' });
    expect(res.status).toBe(201);
    expect(res.body.attachments).toBe(2);
    const { rows } = await ctx.db.query(
      `SELECT a.media_type, a.sha256, a.size_bytes, a.original_name FROM attachment a JOIN report r ON r.id = a.report_id
        WHERE r.number = $1 ORDER BY a.media_type`,
      [res.body.reportNumber],
    );
    expect(rows.map((r) => r.media_type)).toEqual(['application/pdf', 'image/png']);
    expect(rows[1].sha256.toString('hex')).toBe(createHash('sha256').update(PNG_1PX).digest('hex'));
    expect(Number(rows[0].size_bytes)).toBe(PDF_MINIMAL.length);
    expect(rows[1].original_name).toBe('现场照片.png');
    const files = storedFiles(ctx.storageDir);
    expect(files.length).toBe(before + 2);
    expect(files.some((f) => f.startsWith(join(ctx.storageDir, 'tmp')))).toBe(false);
  });
});

describe('web tip: a burst', () => {
  it('writes concurrent tips together in shared transactions, each one whole and with its own answer', async () => {
    const before = await countReports();
    const sharedKey = randomUUID();
    const send = (i: number) => {
      const req = request(ctx.baseUrl).post('/api/v1/public/reports').set('X-Forwarded-For', client());
      if (i === 0 || i === 1)
        req.set('Idempotency-Key', sharedKey); // a retry racing its original
      else if (i % 5 === 0) req.set('Idempotency-Key', randomUUID());
      if (i % 4 === 3) {
        return req
          .field('json', JSON.stringify(validTip({ body: `${validTip().body}（第${i}件）` })))
          .attach('files', PNG_1PX, `p${i}.png`);
      }
      const tip = i % 3 === 2 ? validTip({ anonymous: false, reporter: { name: '李明华', phone: '13912345678' } }) : validTip();
      return req.send(i <= 1 ? tip : { ...tip, body: `${tip.body}（第${i}件）` });
    };
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => send(i)));
    expect(answers.map((a) => a.status)).toEqual(Array(40).fill(201));
    expect(answers[1]!.body.receiptCode).toBe(answers[0]!.body.receiptCode);
    const numbers = new Set(answers.map((a) => a.body.reportNumber as string));
    expect(numbers.size).toBe(39);
    expect(await countReports()).toBe(before + 39);

    const { rows } = await ctx.db.query(
      `SELECT r.number, r.xmin::text AS tx, r.real_name,
              (SELECT count(*)::int FROM report_event e WHERE e.report_id = r.id AND e.type = 'RECEIVED') AS events,
              (SELECT count(*)::int FROM attachment a WHERE a.report_id = r.id) AS files,
              (SELECT count(*)::int FROM outbox o WHERE o.job_id = 'report:' || r.id || ':triage') AS jobs,
              (SELECT count(*)::int FROM idempotency_record i WHERE i.report_id = r.id) AS keys
         FROM report r WHERE r.number = ANY($1)`,
      [[...numbers]],
    );
    expect(rows).toHaveLength(39);
    // Fewer transactions than tips: the burst was group-committed.
    expect(new Set(rows.map((r) => r.tx)).size).toBeLessThan(39);
    const byNumber = new Map(rows.map((r) => [r.number, r]));
    answers.forEach((answer, i) => {
      const row = byNumber.get(answer.body.reportNumber)!;
      expect(row.events).toBe(1);
      expect(row.jobs).toBe(1);
      expect(row.files).toBe(i % 4 === 3 ? 1 : 0);
      expect(answer.body.attachments).toBe(row.files);
      expect(row.real_name).toBe(i % 4 !== 3 && i % 3 === 2);
      expect(row.keys).toBe(i <= 1 || i % 5 === 0 ? 1 : 0);
    });
    // Every receipt code opens its own tip.
    for (const i of [2, 3, 17, 39]) {
      const lookup = await request(ctx.baseUrl)
        .post('/api/v1/public/reports/lookup')
        .set('X-Forwarded-For', client())
        .send({ receiptCode: answers[i]!.body.receiptCode });
      expect(lookup.status).toBe(200);
      expect(lookup.body.reportNumber).toBe(answers[i]!.body.reportNumber);
    }
  });
});

describe('web tip: idempotency', () => {
  it('creates one tip for retries with the same Idempotency-Key and returns the same receipt', async () => {
    const key = randomUUID();
    const ip = client();
    const first = await request(ctx.baseUrl)
      .post('/api/v1/public/reports')
      .set('X-Forwarded-For', ip)
      .set('Idempotency-Key', key)
      .send(validTip());
    const second = await request(ctx.baseUrl)
      .post('/api/v1/public/reports')
      .set('X-Forwarded-For', ip)
      .set('Idempotency-Key', key)
      .send(validTip());
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body.reportNumber).toBe(first.body.reportNumber);
    expect(second.body.receiptCode).toBe(first.body.receiptCode);
    const { rows } = await ctx.db.query(`SELECT count(*) FROM report WHERE number = $1`, [first.body.reportNumber]);
    expect(rows[0].count).toBe('1');
  });

  it('creates one tip when retries race each other', async () => {
    const key = randomUUID();
    const before = await countReports();
    const ip = client();
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        request(ctx.baseUrl).post('/api/v1/public/reports').set('X-Forwarded-For', ip).set('Idempotency-Key', key).send(validTip()),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.receiptCode)).size).toBe(1);
    expect(await countReports()).toBe(before + 1);
  });

  it('refuses the same key with a different tip', async () => {
    const key = randomUUID();
    const ip = client();
    await request(ctx.baseUrl).post('/api/v1/public/reports').set('X-Forwarded-For', ip).set('Idempotency-Key', key).send(validTip());
    const res = await request(ctx.baseUrl)
      .post('/api/v1/public/reports')
      .set('X-Forwarded-For', ip)
      .set('Idempotency-Key', key)
      .send(validTip({ body: '另一件事情：2026年5月，某镇党委书记在换届前突击提拔了三名干部，程序明显不合规定。' }));
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});

describe('web tip: bad input gets a 4xx and stores nothing', () => {
  const cases: Array<[string, (r: request.Test) => request.Test, number, string | RegExp]> = [
    ['missing main text', (r) => r.send(validTip({ body: undefined })), 400, /body/],
    ['main text too short', (r) => r.send(validTip({ body: '太短了' })), 400, /至少 20 字/],
    ['main text too long', (r) => r.send(validTip({ body: '长'.repeat(1001) })), 400, /不超过 1000 字/],
    ['wrong type', (r) => r.send(validTip({ anonymous: 'yes' })), 400, /anonymous/],
    ['unknown field', (r) => r.send(validTip({ isAdmin: true })), 400, /isAdmin/],
    ['no subject', (r) => r.send(validTip({ subjects: [] })), 400, /被反映人/],
    ['real name without contact', (r) => r.send(validTip({ anonymous: false })), 400, /姓名和联系电话/],
    ['bad phone', (r) => r.send(validTip({ anonymous: false, reporter: { name: '张三', phone: '12345' } })), 400, /手机号码/],
    [
      'bad ID number',
      (r) => r.send(validTip({ anonymous: false, reporter: { name: '张三', phone: '13912345678', idNumber: '110105194912310021' } })),
      400,
      /身份证/,
    ],
    ['unknown category', (r) => r.send(validTip({ category: 'MURDER' })), 400, /category/],
    ['malformed JSON', (r) => r.set('Content-Type', 'application/json').send('{"subjects": [}'), 400, /JSON/],
    ['JSON array', (r) => r.send([1, 2]), 400, /.+/],
    ['empty body', (r) => r.set('Content-Type', 'application/json').send(''), 400, /.+/],
    ['wrong content type', (r) => r.set('Content-Type', 'text/plain').send('举报内容'), 415, /内容类型/],
    ['oversized JSON', (r) => r.send({ ...validTip(), body: 'x'.repeat(70_000) }), 413, /过大/],
    ['malformed Idempotency-Key', (r) => r.set('Idempotency-Key', 'a b').send(validTip()), 400, /Idempotency-Key/],
    [
      'a script disguised as a photo',
      (r) =>
        r.field('json', JSON.stringify(validTip())).attach('files', DISGUISED_SCRIPT, { filename: 'photo.jpg', contentType: 'image/jpeg' }),
      415,
      /photo\.jpg/,
    ],
    [
      'a valid photo next to a disguised file',
      (r) =>
        r
          .field('json', JSON.stringify(validTip()))
          .attach('files', PNG_1PX, { filename: 'ok.png' })
          .attach('files', DISGUISED_SCRIPT, { filename: 'doc.pdf', contentType: 'application/pdf' }),
      415,
      /doc\.pdf/,
    ],
    [
      'a file over the size limit',
      (r) =>
        r.field('json', JSON.stringify(validTip())).attach('files', Buffer.concat([PDF_MINIMAL, Buffer.alloc(2 * 1024 * 1024)]), 'big.pdf'),
      413,
      /超过/,
    ],
    ['multipart without the json field', (r) => r.attach('files', PNG_1PX, 'a.png'), 400, /json/],
    ['multipart with broken json', (r) => r.field('json', '{oops').attach('files', PNG_1PX, 'a.png'), 400, /JSON/],
  ];

  it.each(cases)('%s', async (_name, build, status, message) => {
    const before = await countReports();
    const filesBefore = storedFiles(ctx.storageDir).length;
    const res = await build(request(ctx.baseUrl).post('/api/v1/public/reports').set('X-Forwarded-For', client()));
    expect(res.status).toBe(status);
    expect(res.body.message).toMatch(message);
    expect(res.body.requestId).toBeTruthy();
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(ts|js):\d+/); // no stack traces
    expect(await countReports()).toBe(before);
    expect(storedFiles(ctx.storageDir).length).toBe(filesBefore);
  });
});

describe('web tip: per-client limit', () => {
  it('serves five tips a day from one client, refuses the sixth with 429, and serves others', async () => {
    const ip = client();
    for (let i = 0; i < 5; i += 1) {
      const ok = await request(ctx.baseUrl).post('/api/v1/public/reports').set('X-Forwarded-For', ip).send(validTip());
      expect(ok.status).toBe(201);
    }
    const refused = await request(ctx.baseUrl).post('/api/v1/public/reports').set('X-Forwarded-For', ip).send(validTip());
    expect(refused.status).toBe(429);
    expect(refused.body.message).toMatch(/每天最多提交 5 件/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const other = await request(ctx.baseUrl).post('/api/v1/public/reports').set('X-Forwarded-For', client()).send(validTip());
    expect(other.status).toBe(201);
  });

  it('lets no more than five through when one client sends eight at once', async () => {
    const ip = client();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => request(ctx.baseUrl).post('/api/v1/public/reports').set('X-Forwarded-For', ip).send(validTip())),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
  });

  it('does not count refused submissions against the limit', async () => {
    const ip = client();
    for (let i = 0; i < 6; i += 1) {
      await request(ctx.baseUrl)
        .post('/api/v1/public/reports')
        .set('X-Forwarded-For', ip)
        .send(validTip({ body: '短' }));
    }
    const ok = await request(ctx.baseUrl).post('/api/v1/public/reports').set('X-Forwarded-For', ip).send(validTip());
    expect(ok.status).toBe(201);
  });
});

describe('reporter follow-up with the receipt code', () => {
  it('shows status and staff messages, takes a reply with evidence', async () => {
    const submitted = await request(ctx.baseUrl).post('/api/v1/public/reports').set('X-Forwarded-For', client()).send(validTip());
    const code = submitted.body.receiptCode as string;
    const ip = client();
    const first = await request(ctx.baseUrl).post('/api/v1/public/reports/lookup').set('X-Forwarded-For', ip).send({ receiptCode: code });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      reportNumber: submitted.body.reportNumber,
      status: 'ACCEPTED',
      statusLabel: '已受理',
      messages: [],
    });

    // Staff ask a question; the reporter sees it.
    const token = await ctx.staffToken(['TRIAGE_OFFICER']);
    const list = await request(ctx.baseUrl).get('/api/v1/reports?limit=100').set('Authorization', `Bearer ${token}`);
    const id = list.body.items.find((r: { number: string }) => r.number === submitted.body.reportNumber).id;
    const asked = await request(ctx.baseUrl)
      .post(`/api/v1/reports/${id}/messages`)
      .set('Authorization', `Bearer ${token}`)
      .send({ body: '请补充收钱的具体日期。' });
    expect(asked.status).toBe(201);

    const reply = await request(ctx.baseUrl)
      .post('/api/v1/public/reports/reply')
      .set('X-Forwarded-For', ip)
      .field('json', JSON.stringify({ receiptCode: code.replaceAll(' ', '-'), message: '是3月15日下午。' }))
      .attach('files', PNG_1PX, 'transfer.png');
    expect(reply.status).toBe(200);
    expect(reply.body.messages).toEqual([
      expect.objectContaining({ from: 'STAFF', body: '请补充收钱的具体日期。', attachments: 0 }),
      expect.objectContaining({ from: 'REPORTER', body: '是3月15日下午。', attachments: 1 }),
    ]);
    const detail = await request(ctx.baseUrl).get(`/api/v1/reports/${id}`).set('Authorization', `Bearer ${token}`);
    expect(detail.body.messages.map((m: { from: string }) => m.from)).toEqual(['STAFF', 'REPORTER']);
    expect(detail.body.attachments).toHaveLength(1);
    expect(detail.body.events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['RECEIVED', 'STAFF_MESSAGE', 'REPORTER_MESSAGE']),
    );
  });

  it('answers a wrong code exactly like a malformed or missing one', async () => {
    const ip = client();
    const answers = [];
    for (const receiptCode of ['0000 0000 0000 0000', 'not-a-code', '']) {
      answers.push(await request(ctx.baseUrl).post('/api/v1/public/reports/lookup').set('X-Forwarded-For', ip).send({ receiptCode }));
    }
    for (const a of answers) {
      expect(a.status).toBe(404);
      const { requestId: _ignored, ...rest } = a.body;
      expect(rest).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: expect.stringContaining('查询码不正确') });
    }
  });

  it('limits lookups per client, so guessing codes is hopeless', async () => {
    const ip = client();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const res = await request(ctx.baseUrl)
        .post('/api/v1/public/reports/lookup')
        .set('X-Forwarded-For', ip)
        .send({ receiptCode: String(1e15 + i) });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 8)).toEqual(Array(8).fill(404));
    expect(statuses.slice(8)).toEqual([429, 429]);
    // Another client is still served.
    const other = await request(ctx.baseUrl)
      .post('/api/v1/public/reports/lookup')
      .set('X-Forwarded-For', client())
      .send({ receiptCode: '1' });
    expect(other.status).toBe(404);
  });
});

describe('staff endpoints', () => {
  it('refuse anonymous callers and callers without the permission', async () => {
    for (const path of ['/api/v1/reports', `/api/v1/reports/${randomUUID()}`, '/api/v1/auth/me']) {
      const res = await request(ctx.baseUrl).get(path);
      expect(res.status).toBe(401);
      const forged = await request(ctx.baseUrl).get(path).set('Authorization', 'Bearer forged-token-forged-token-forged-token-xxxx');
      expect(forged.status).toBe(401);
    }
    const liaison = await ctx.staffToken(['AGENCY_LIAISON'], 'AUDIT');
    const res = await request(ctx.baseUrl).get('/api/v1/reports').set('Authorization', `Bearer ${liaison}`);
    expect(res.status).toBe(403);
  });

  it('list with filters and keyset pagination', async () => {
    const token = await ctx.staffToken(['SUPERVISOR']);
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await request(ctx.baseUrl)
        .get('/api/v1/reports')
        .query({ limit: 3, channel: 'WEB', ...(cursor ? { cursor } : {}) })
        .set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(200);
      all.push(...res.body.items.map((r: { id: string }) => r.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(all.length).toBe(await countReports());
    expect(new Set(all).size).toBe(all.length);
    const none = await request(ctx.baseUrl).get('/api/v1/reports?channel=SMS').set('Authorization', `Bearer ${token}`);
    expect(none.body.items).toEqual([]);
    const bad = await request(ctx.baseUrl).get('/api/v1/reports?status=LOST').set('Authorization', `Bearer ${token}`);
    expect(bad.status).toBe(400);
    const missing = await request(ctx.baseUrl).get(`/api/v1/reports/${randomUUID()}`).set('Authorization', `Bearer ${token}`);
    expect(missing.status).toBe(404);
  });

  it('health and API docs answer', async () => {
    expect((await request(ctx.baseUrl).get('/health/live')).status).toBe(200);
    const ready = await request(ctx.baseUrl).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'up' } });
    const docs = await request(ctx.baseUrl).get('/api/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toContain('/api/v1/public/reports');
  });
});
