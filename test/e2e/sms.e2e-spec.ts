import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import twilio from 'twilio';
import { NotificationsService } from '../../src/notifications/notifications.service.js';
import { genericSignature } from '../../src/notifications/senders/sms-sender.js';
import { GatewayRecorder } from '../support/gateway-recorder.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/**
 * The SMS channel over real HTTP: gateways post signed webhooks, tips land in Postgres,
 * the worker sends replies through a local stand-in gateway that records them.
 */
jest.setTimeout(60_000);
const BASE = 'https://qingfeng.example.cn';
const TWILIO_TOKEN = 'twilio-auth-token-0123456789';
const GENERIC_SECRET = 'generic-gateway-secret-0123456789';
let gateway: GatewayRecorder;
let ctx: TestContext;

beforeAll(async () => {
  gateway = await GatewayRecorder.start({ genericSecret: GENERIC_SECRET });
  ctx = await createTestContext({
    env: {
      PUBLIC_BASE_URL: BASE,
      SMS_TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
      SMS_PROVIDER: 'generic',
      SMS_GENERIC_URL: `${gateway.url}/generic`,
      SMS_GENERIC_SECRET: GENERIC_SECRET,
    },
    settings: {
      sms: { partsWaitSeconds: 2, partsSweepSeconds: 1 },
      intake: { lookupsPerClientPerHour: 3 },
      queues: { retries: { 'send-notification': { attempts: 3, backoffMs: 200 } } },
    },
  });
  await ctx.startWorker();
});
afterAll(async () => {
  await ctx?.close();
  await gateway?.close();
});

let phoneSeq = 0;
/** A fresh mobile number per test, so conversations do not mix. */
const newPhone = () => `1390000${String(++phoneSeq).padStart(4, '0')}`;
const TIP = '示范区某局副局长王某某2026年3月在办公室收受下属现金五万元，承诺年底提拔。';

function twilioSms(params: Record<string, string>, signature?: string | null) {
  const full = { AccountSid: 'AC0123456789abcdef0123456789abcdef', To: '+8612380', ...params };
  const req = request(ctx.baseUrl).post('/api/v1/webhooks/sms/twilio').type('form');
  const sig =
    signature === undefined ? twilio.getExpectedTwilioSignature(TWILIO_TOKEN, `${BASE}/api/v1/webhooks/sms/twilio`, full) : signature;
  if (sig !== null) void req.set('X-Twilio-Signature', sig);
  return req.send(full);
}

function genericSms(message: Record<string, unknown>, options: { secret?: string; timestamp?: number; unsigned?: boolean } = {}) {
  const body = JSON.stringify({ messageId: randomUUID(), to: '12380', ...message });
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const req = request(ctx.baseUrl).post('/api/v1/webhooks/sms/generic').set('Content-Type', 'application/json');
  if (!options.unsigned)
    void req.set('X-Qf-Timestamp', timestamp).set('X-Qf-Signature', genericSignature(options.secret ?? GENERIC_SECRET, timestamp, body));
  return req.send(body);
}

const counts = async () => {
  const { rows } = await ctx.db.query(
    `SELECT (SELECT count(*)::int FROM report) AS reports, (SELECT count(*)::int FROM sms_inbound) AS inbound`,
  );
  return rows[0] as { reports: number; inbound: number };
};
const repliesTo = (phone: string, n: number) =>
  waitFor(async () => (gateway.to(phone).length >= n ? gateway.to(phone) : null), 15_000, `${n} SMS to ${phone}`);
const CODE = /查询码(\d{4} \d{4} \d{4} \d{4})/;
const NUMBER = /编号(QF-\d{4}-\d{6})/;

describe('SMS in: signed webhooks', () => {
  it('makes a tip from a Twilio-signed SMS and replies with its report number and receipt code', async () => {
    const phone = newPhone();
    const res = await twilioSms({ MessageSid: `SM${randomUUID().replaceAll('-', '')}`, From: `+86${phone}`, Body: TIP });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/xml');
    expect(res.text).toContain('<Response>');
    const [reply] = await repliesTo(phone, 1);
    expect(reply!.authenticated).toBe(true); // our outbound request carried a valid signature
    expect(reply!.text.startsWith('【示范区委组织部】您的举报已登记')).toBe(true);
    const reportNumber = NUMBER.exec(reply!.text)![1]!;
    const code = CODE.exec(reply!.text)![1]!;
    const { rows } = await ctx.db.query(`SELECT channel, body, real_name, reporter_phone_hash FROM report WHERE number = $1`, [
      reportNumber,
    ]);
    expect(rows[0]).toMatchObject({ channel: 'SMS', body: TIP, real_name: false });
    expect(rows[0].reporter_phone_hash).toHaveLength(32);
    // The code in the SMS is the reporter's key, exactly as on the web.
    const lookup = await request(ctx.baseUrl).post('/api/v1/public/reports/lookup').send({ receiptCode: code });
    expect(lookup.status).toBe(200);
    expect(lookup.body.reportNumber).toBe(reportNumber);
    // The sender's number is nowhere in clear.
    const dump = await ctx.db.query(
      `SELECT (SELECT string_agg(row_to_json(c)::text, '') FROM sms_conversation c) AS c, (SELECT string_agg(row_to_json(r)::text, '') FROM report r) AS r`,
    );
    expect(JSON.stringify(dump.rows[0])).not.toContain(phone);
  });

  it('refuses unsigned, wrongly signed and replayed requests with 401/403 and stores nothing', async () => {
    const before = await counts();
    const params = { MessageSid: 'SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', From: '+8613900009999', Body: TIP };
    const unsigned = await twilioSms(params, null);
    expect(unsigned.status).toBe(401);
    expect(unsigned.body.message).toContain('未签名');
    const forged = await twilioSms(
      params,
      twilio.getExpectedTwilioSignature('some-other-token', `${BASE}/api/v1/webhooks/sms/twilio`, params),
    );
    expect(forged.status).toBe(403);
    expect(forged.body.code).toBe('SIGNATURE_INVALID');
    const otherUrl = await twilioSms(params, twilio.getExpectedTwilioSignature(TWILIO_TOKEN, `${BASE}/elsewhere`, params));
    expect(otherUrl.status).toBe(403);

    expect((await genericSms({ from: '13900009999', text: TIP }, { unsigned: true })).status).toBe(401);
    expect((await genericSms({ from: '13900009999', text: TIP }, { secret: 'not-the-right-secret-000' })).status).toBe(403);
    const replayed = await genericSms({ from: '13900009999', text: TIP }, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(replayed.status).toBe(403);
    expect(replayed.body.code).toBe('REQUEST_EXPIRED');
    expect(await counts()).toEqual(before);
    expect(gateway.to('13900009999')).toHaveLength(0);
  });

  it('answers a signed but malformed request with 400 and a Chinese message', async () => {
    const res = await genericSms({ from: 'not-a-number', text: TIP });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('from');
  });

  it('makes one tip when the gateway retries the same message', async () => {
    const phone = newPhone();
    const before = await counts();
    const sid = `SM${randomUUID().replaceAll('-', '')}`;
    const first = await twilioSms({ MessageSid: sid, From: phone, Body: TIP });
    const again = await twilioSms({ MessageSid: sid, From: phone, Body: TIP });
    expect([first.status, again.status]).toEqual([200, 200]);
    const messageId = randomUUID();
    await Promise.all([genericSms({ messageId, from: phone, text: '另一件事' }), genericSms({ messageId, from: phone, text: '另一件事' })]);
    const after = await counts();
    expect(after.reports - before.reports).toBe(1);
    expect(after.inbound - before.inbound).toBe(2);
    await repliesTo(phone, 2); // the receipt, and the answer to the appended text
    await new Promise((r) => setTimeout(r, 800));
    expect(gateway.to(phone)).toHaveLength(2);
  });
});

describe('SMS in: long messages', () => {
  it('puts a three-part message arriving in shuffled order into one tip', async () => {
    const phone = newPhone();
    const before = await counts();
    const parts = ['第一段：某局副局长王某某', '第二段：2026年3月收受下属现金五万元，', '第三段：承诺年底为其争取提拔。'];
    for (const n of [3, 1, 2]) {
      const res = await genericSms({ from: phone, text: parts[n - 1], concat: { ref: 'A7', part: n, total: 3 } });
      expect(res.status).toBe(200);
    }
    const [reply] = await repliesTo(phone, 1);
    const { rows } = await ctx.db.query(`SELECT id, body FROM report WHERE number = $1`, [NUMBER.exec(reply!.text)![1]]);
    expect(rows[0].body).toBe(parts.join(''));
    expect((await counts()).reports - before.reports).toBe(1);
    const event = await ctx.db.query(`SELECT data FROM report_event WHERE report_id = $1 AND type = 'RECEIVED'`, [rows[0].id]);
    expect(event.rows[0].data).toMatchObject({ channel: 'SMS', parts: 3, incomplete: false, missingParts: [] });
    expect((await ctx.db.query(`SELECT count(*)::int AS n FROM sms_part_group`)).rows[0].n).toBe(0);
  });

  it('still makes the tip, marked incomplete, when a part never comes', async () => {
    const phone = newPhone();
    await genericSms({ from: phone, text: '第一段：某局长跑官要官，', concat: { ref: 'B1', part: 1, total: 3 } });
    await genericSms({ from: phone, text: '第三段：请组织调查。', concat: { ref: 'B1', part: 3, total: 3 } });
    expect(gateway.to(phone)).toHaveLength(0);
    const [reply] = await repliesTo(phone, 1); // after partsWaitSeconds, by the delayed job
    const { rows } = await ctx.db.query(`SELECT id, body FROM report WHERE number = $1`, [NUMBER.exec(reply!.text)![1]]);
    expect(rows[0].body).toBe('第一段：某局长跑官要官，〔第2/3段未收到〕第三段：请组织调查。');
    const event = await ctx.db.query(`SELECT data FROM report_event WHERE report_id = $1 AND type = 'RECEIVED'`, [rows[0].id]);
    expect(event.rows[0].data).toMatchObject({ incomplete: true, missingParts: [2] });
  });
});

describe('SMS in: conversations and keywords', () => {
  it('adds a later text from the same number to its open tip, and opens a new one on request', async () => {
    const phone = newPhone();
    await genericSms({ from: phone, text: TIP });
    const [receipt] = await repliesTo(phone, 1);
    const number = NUMBER.exec(receipt!.text)![1];
    await genericSms({ from: phone, text: '补充：此事发生在三楼会议室，有录音。' });
    const [, appended] = await repliesTo(phone, 2);
    expect(appended!.text).toContain(`已并入举报${number}`);
    const { rows } = await ctx.db.query(
      `SELECT r.number, (SELECT string_agg(m.body, '|') FROM report_message m WHERE m.report_id = r.id) AS messages
         FROM report r JOIN sms_conversation c ON c.report_id = r.id WHERE r.number = $1`,
      [number],
    );
    expect(rows[0].messages).toBe('补充：此事发生在三楼会议室，有录音。');
    await genericSms({ from: phone, text: '新举报：某镇党委书记突击提拔亲属。' });
    const [, , second] = await repliesTo(phone, 3);
    const secondNumber = NUMBER.exec(second!.text)![1];
    expect(secondNumber).not.toBe(number);
    const fresh = await ctx.db.query(`SELECT body FROM report WHERE number = $1`, [secondNumber]);
    expect(fresh.rows[0].body).toBe('某镇党委书记突击提拔亲属。');
  });

  it('answers status and help keywords', async () => {
    const phone = newPhone();
    await genericSms({ from: phone, text: TIP });
    const [receipt] = await repliesTo(phone, 1);
    await genericSms({ from: phone, text: `CX ${CODE.exec(receipt!.text)![1]}` });
    const [, status] = await repliesTo(phone, 2);
    expect(status!.text).toContain(`举报${NUMBER.exec(receipt!.text)![1]}：已受理`);
    await genericSms({ from: phone, text: '查询 0000 0000 0000 0000' });
    const [, , notFound] = await repliesTo(phone, 3);
    expect(notFound!.text).toContain('查询码不正确');
    await genericSms({ from: phone, text: '帮助' });
    const [, , , help] = await repliesTo(phone, 4);
    expect(help!.text).toContain('回复“退订”不再接收短信');
  });

  it('limits status queries per number like web lookups', async () => {
    const phone = newPhone();
    for (let n = 1; n <= 4; n += 1) {
      await genericSms({ from: phone, text: `查询 1234 5678 9012 345${n}` });
      await repliesTo(phone, n);
    }
    expect(gateway.to(phone).map((m) => m.text.includes('查询次数过多'))).toEqual([false, false, false, true]);
  });

  it('sends nothing more to a number after 退订', async () => {
    const phone = newPhone();
    await genericSms({ from: phone, text: TIP });
    await repliesTo(phone, 1);
    await genericSms({ from: phone, text: '退订' });
    await genericSms({ from: phone, text: '帮助' });
    await genericSms({ from: phone, text: '补充：涉及金额共十万元。' });
    await new Promise((r) => setTimeout(r, 2500));
    expect(gateway.to(phone)).toHaveLength(1);
    // The texts are still kept: the addition joined the tip, the replies were suppressed.
    const { rows } = await ctx.db.query(
      `SELECT o.template, o.status FROM outbound_message o WHERE o.channel = 'SMS' AND o.recipient_hash = (
         SELECT phone_hash FROM sms_opt_out ORDER BY opted_out_at DESC LIMIT 1) ORDER BY o.created_at`,
    );
    expect(rows).toEqual([
      { template: 'sms-receipt', status: 'SENT' },
      { template: 'sms-help', status: 'SUPPRESSED' },
      { template: 'sms-appended', status: 'SUPPRESSED' },
    ]);
    const kept = await ctx.db.query(`SELECT count(*)::int AS n FROM report_message WHERE body = '补充：涉及金额共十万元。'`);
    expect(kept.rows[0].n).toBe(1);
  });

  it('lets other modules write to an SMS reporter through the number that texted in', async () => {
    const phone = newPhone();
    await genericSms({ from: phone, text: TIP });
    const [receipt] = await repliesTo(phone, 1);
    const number = NUMBER.exec(receipt!.text)![1]!;
    const { rows } = await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [number]);
    const notifications = ctx.app.get(NotificationsService);
    const sent = await notifications.notifyReporter(rows[0].id, { name: 'handler-question', reportNumber: number });
    expect(sent?.status).toBe('PENDING');
    const [, question] = await repliesTo(phone, 2);
    expect(question!.text).toContain(`承办人就您的举报（编号 ${number}）提出了问题`);
    // A web tip has no channel contact: nothing is sent.
    const web = await request(ctx.baseUrl)
      .post('/api/v1/public/reports')
      .send({
        subjects: [{ name: '王某某' }],
        body: TIP,
        anonymous: true,
      });
    const webId = (await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [web.body.reportNumber])).rows[0].id;
    expect(
      await notifications.notifyReporter(webId, { name: 'status-change', reportNumber: web.body.reportNumber, statusLabel: '办理中' }),
    ).toBeNull();
  });
});
