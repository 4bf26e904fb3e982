import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import request from 'supertest';
import { genericSignature } from '../../src/notifications/senders/sms-sender.js';
import { wavRecording } from '../support/audio-fixture.js';
import { PNG_1PX } from '../support/fixtures.js';
import { GatewayRecorder } from '../support/gateway-recorder.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/**
 * The hotline over real HTTP: an operator records a call with its recording and the
 * read-back result; staff find it; voicemail from the telephony platform becomes a tip
 * waiting for a transcript. Receipt codes by SMS go out through a Twilio-compatible
 * stand-in gateway.
 */
jest.setTimeout(60_000);
const TELEPHONY_SECRET = 'telephony-webhook-secret-0123';
const TWILIO = { sid: 'AC00000000000000000000000000000001', token: 'twilio-outbound-token-123' };
const RECORDING = wavRecording();
let gateway: GatewayRecorder;
let recordings: Server;
let recordingsUrl: string;
let ctx: TestContext;
let operator: string;

beforeAll(async () => {
  gateway = await GatewayRecorder.start({ twilio: TWILIO });
  recordings = createServer((req, res) => {
    if (req.url === '/rec/ok.wav') res.writeHead(200, { 'Content-Type': 'audio/wav' }).end(RECORDING);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => recordings.listen(0, '127.0.0.1', () => resolve()));
  recordingsUrl = `http://127.0.0.1:${(recordings.address() as { port: number }).port}`;
  ctx = await createTestContext({
    env: {
      TELEPHONY_WEBHOOK_SECRET: TELEPHONY_SECRET,
      SMS_PROVIDER: 'twilio',
      SMS_TWILIO_API_BASE: gateway.url,
      SMS_TWILIO_ACCOUNT_SID: TWILIO.sid,
      SMS_TWILIO_AUTH_TOKEN: TWILIO.token,
      SMS_FROM: '+8612380',
    },
    settings: {
      telephony: { recordingOrigins: [recordingsUrl] },
      queues: { retries: { 'send-notification': { attempts: 3, backoffMs: 200 } } },
    },
  });
  await ctx.startWorker();
  operator = await ctx.staffToken(['INTAKE_OPERATOR']);
});
afterAll(async () => {
  await ctx?.close();
  await gateway?.close();
  await new Promise((resolve) => recordings?.close(resolve));
});

const call = (overrides: Record<string, unknown> = {}) => ({
  callerNumber: '13812340001',
  startedAt: '2026-03-05T09:30:00+08:00',
  durationSeconds: 412,
  language: '粤语',
  transcript: '来电人反映：某局副局长王某某2026年3月在办公室收受下属现金五万元，承诺年底提拔。',
  subjects: [{ name: '王某某', unit: '某局', post: '副局长' }],
  anonymous: true,
  callbackWanted: true,
  readBack: { confirmed: true },
  receiptDelivery: 'READ_OUT',
  ...overrides,
});
const postCall = (body: Record<string, unknown>, recording: Buffer | null = RECORDING, token = operator) => {
  const req = request(ctx.baseUrl)
    .post('/api/v1/hotline/calls')
    .set('Authorization', `Bearer ${token}`)
    .field('json', JSON.stringify(body));
  return recording ? req.attach('recording', recording, { filename: 'call.wav', contentType: 'audio/wav' }) : req;
};

describe('hotline: operator records a call', () => {
  it('stores the call with its recording and read-back confirmation, and staff find it', async () => {
    const res = await postCall(call());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ receiptDelivery: 'READ_OUT', recording: { mediaType: 'audio/wav', sizeBytes: RECORDING.length } });
    expect(res.body.receiptCode.replaceAll(' ', '')).toMatch(/^\d{16}$/);
    expect(res.body.recording.sha256).toBe(createHash('sha256').update(RECORDING).digest('hex'));

    // The caller's number is encrypted: nowhere in clear.
    const dump = await ctx.db.query(`SELECT row_to_json(c)::text AS j, c.caller_number FROM hotline_call c WHERE c.id = $1`, [
      res.body.callId,
    ]);
    expect(dump.rows[0].j).not.toContain('13812340001');
    expect(dump.rows[0].caller_number.includes(Buffer.from('13812340001'))).toBe(false);

    const staff = await ctx.staffToken(['TRIAGE_OFFICER']);
    const list = await request(ctx.baseUrl).get('/api/v1/reports?channel=HOTLINE').set('Authorization', `Bearer ${staff}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { number: string }) => i.number)).toContain(res.body.reportNumber);
    const detail = await request(ctx.baseUrl).get(`/api/v1/reports/${res.body.reportId}`).set('Authorization', `Bearer ${staff}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ channel: 'HOTLINE', body: call().transcript, subjects: call().subjects });
    expect(detail.body.attachments).toEqual([expect.objectContaining({ mediaType: 'audio/wav', sha256: res.body.recording.sha256 })]);
    const received = detail.body.events.find((e: { type: string }) => e.type === 'RECEIVED');
    expect(received.data).toMatchObject({
      channel: 'HOTLINE',
      language: '粤语',
      durationSeconds: 412,
      callbackWanted: true,
      readBack: { confirmed: true },
      recording: true,
    });
    expect(JSON.stringify(detail.body)).not.toContain('13812340001');
    // The code read out opens the tip for the caller.
    const lookup = await request(ctx.baseUrl).post('/api/v1/public/reports/lookup').send({ receiptCode: res.body.receiptCode });
    expect(lookup.body.reportNumber).toBe(res.body.reportNumber);
  });

  it('records the corrections the caller asked for, and sends the receipt code by SMS instead of reading it out', async () => {
    const res = await postCall(
      call({
        callerNumber: '+86 138 1234 0002',
        anonymous: false,
        reporter: { name: '陈立新' },
        readBack: { confirmed: false, corrections: '金额应为五万元，不是三万元' },
        receiptDelivery: 'SMS',
      }),
      null,
    );
    expect(res.status).toBe(201);
    expect(res.body.receiptCode).toBeNull();
    const [sms] = await waitFor(
      async () => (gateway.to('+8613812340002').length ? gateway.to('+8613812340002') : null),
      15_000,
      'receipt SMS',
    );
    expect(sms!.provider).toBe('twilio');
    expect(sms!.authenticated).toBe(true);
    expect(sms!.text).toContain(`您的来电举报已登记，编号${res.body.reportNumber}`);
    const code = /查询码(\d{4} \d{4} \d{4} \d{4})/.exec(sms!.text)![1];
    expect((await request(ctx.baseUrl).post('/api/v1/public/reports/lookup').send({ receiptCode: code })).body.reportNumber).toBe(
      res.body.reportNumber,
    );
    const { rows } = await ctx.db.query(
      `SELECT c.read_back_confirmed, c.read_back_corrections, r.real_name FROM hotline_call c JOIN report r ON r.id = c.report_id WHERE c.id = $1`,
      [res.body.callId],
    );
    expect(rows[0]).toEqual({ read_back_confirmed: false, read_back_corrections: '金额应为五万元，不是三万元', real_name: true });
  });

  it("nudges the caller by SMS when a handler asks a question, without the question's text", async () => {
    const res = await postCall(call({ callerNumber: '+86 138 1234 0077', receiptDelivery: 'SMS' }), null);
    expect(res.status).toBe(201);
    await waitFor(async () => (gateway.to('+8613812340077').length ? true : null), 15_000, 'receipt SMS');
    const officer = await ctx.staffToken(['TRIAGE_OFFICER']);
    const { rows } = await ctx.db.query(`SELECT report_id FROM hotline_call WHERE id = $1`, [res.body.callId]);
    const asked = await request(ctx.baseUrl)
      .post(`/api/v1/reports/${rows[0].report_id}/messages`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ body: '请补充：送钱时是否有其他人在场？' });
    expect(asked.status).toBe(201);
    expect(asked.body.reporterNotified).toBe(true);
    const nudge = await waitFor(
      async () => gateway.to('+8613812340077').find((m) => m.text.includes('提出了问题')) ?? null,
      15_000,
      'question SMS',
    );
    expect(nudge.text).toContain(res.body.reportNumber);
    expect(nudge.text).not.toContain('在场');
  });

  it('is for intake operators only, and explains bad input in Chinese', async () => {
    expect((await postCall(call(), null, 'not-a-token')).status).toBe(401);
    const triage = await ctx.staffToken(['TRIAGE_OFFICER']);
    expect((await postCall(call(), null, triage)).status).toBe(403);
    const noReporter = await postCall(call({ anonymous: false }), null);
    expect(noReporter.status).toBe(400);
    expect(noReporter.body.message).toContain('实名举报请填写来电人姓名');
    const noReadBack = await postCall(call({ readBack: undefined }), null);
    expect(noReadBack.status).toBe(400);
    expect(noReadBack.body.message).toContain('读回');
    const notAudio = await postCall(call(), PNG_1PX);
    expect(notAudio.status).toBe(415);
    expect(notAudio.body.message).toContain('格式');
  });
});

function signed(body: string) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return { 'X-Qf-Timestamp': timestamp, 'X-Qf-Signature': genericSignature(TELEPHONY_SECRET, timestamp, body) };
}

describe('hotline: voicemail from the telephony platform', () => {
  it('makes one tip per call id, fetches the recording, and waits for an operator transcript', async () => {
    const callId = `VM-${randomUUID()}`;
    const body = JSON.stringify({
      callId,
      callerNumber: '13812340003',
      startedAt: '2026-03-06T20:15:00+08:00',
      durationSeconds: 95,
      recordingUrl: `${recordingsUrl}/rec/ok.wav`,
    });
    const unsigned = await request(ctx.baseUrl)
      .post('/api/v1/webhooks/telephony/voicemail')
      .set('Content-Type', 'application/json')
      .send(body);
    expect(unsigned.status).toBe(401);
    const first = await request(ctx.baseUrl)
      .post('/api/v1/webhooks/telephony/voicemail')
      .set('Content-Type', 'application/json')
      .set(signed(body))
      .send(body);
    const again = await request(ctx.baseUrl)
      .post('/api/v1/webhooks/telephony/voicemail')
      .set('Content-Type', 'application/json')
      .set(signed(body))
      .send(body);
    expect(first.status).toBe(200);
    expect(first.body.duplicate).toBe(false);
    expect(again.body).toEqual({ reportNumber: first.body.reportNumber, duplicate: true });
    const reports = await ctx.db.query(
      `SELECT r.id, r.body, r.triaged_at FROM report r JOIN hotline_call c ON c.report_id = r.id WHERE c.external_call_id = $1`,
      [callId],
    );
    expect(reports.rows).toHaveLength(1);
    expect(reports.rows[0].body).toBe('（语音留言，待接听员转写）');
    const reportId = reports.rows[0].id;
    // The worker downloads the recording and attaches it.
    const attachment = await waitFor(
      async () => (await ctx.db.query(`SELECT media_type, sha256 FROM attachment WHERE report_id = $1`, [reportId])).rows[0],
      15_000,
      'recording attached',
    );
    expect(attachment.media_type).toBe('audio/wav');
    expect(attachment.sha256.toString('hex')).toBe(createHash('sha256').update(RECORDING).digest('hex'));
    await waitFor(async () => gateway.to('+8613812340003').length === 1, 15_000, 'receipt SMS to the voicemail caller (E.164 for Twilio)');

    const waiting = await request(ctx.baseUrl).get('/api/v1/hotline/voicemails').set('Authorization', `Bearer ${operator}`);
    const item = waiting.body.find((v: { reportNumber: string }) => v.reportNumber === first.body.reportNumber);
    expect(item).toMatchObject({ durationSeconds: 95, hasRecording: true });
    expect(reports.rows[0].triaged_at).toBeNull();

    const transcript = '留言人反映：某镇党委书记在干部调整前突击提拔其亲属担任副镇长。';
    const done = await request(ctx.baseUrl)
      .post(`/api/v1/hotline/voicemails/${item.callId}/transcript`)
      .set('Authorization', `Bearer ${operator}`)
      .send({ transcript, language: '闽南话', subjects: [{ post: '镇党委书记' }] });
    expect(done.status).toBe(200);
    const twice = await request(ctx.baseUrl)
      .post(`/api/v1/hotline/voicemails/${item.callId}/transcript`)
      .set('Authorization', `Bearer ${operator}`)
      .send({ transcript });
    expect(twice.status).toBe(409);
    // Now it has text, triage takes it.
    const triaged = await waitFor(
      async () => (await ctx.db.query(`SELECT body, triaged_at FROM report WHERE id = $1`, [reportId])).rows.find((r) => r.triaged_at),
      15_000,
      'triage after transcript',
    );
    expect(triaged.body).toBe(transcript);
  });

  it('accepts the recording as an upload, signed over the JSON and the file hash', async () => {
    const json = JSON.stringify({ callId: `IVR-${randomUUID()}`, startedAt: '2026-03-07T08:00:00+08:00' });
    const hash = createHash('sha256').update(RECORDING).digest('hex');
    const wrong = await request(ctx.baseUrl)
      .post('/api/v1/webhooks/telephony/voicemail')
      .set(signed(`${json}.${'0'.repeat(64)}`))
      .field('json', json)
      .attach('recording', RECORDING, { filename: 'vm.wav', contentType: 'audio/wav' });
    expect(wrong.status).toBe(403);
    const res = await request(ctx.baseUrl)
      .post('/api/v1/webhooks/telephony/voicemail')
      .set(signed(`${json}.${hash}`))
      .field('json', json)
      .attach('recording', RECORDING, { filename: 'vm.wav', contentType: 'audio/wav' });
    expect(res.status).toBe(200);
    const { rows } = await ctx.db.query(`SELECT a.media_type FROM report r JOIN attachment a ON a.report_id = r.id WHERE r.number = $1`, [
      res.body.reportNumber,
    ]);
    expect(rows).toEqual([{ media_type: 'audio/wav' }]);
  });
});
