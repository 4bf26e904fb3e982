#!/usr/bin/env node
// `npm run sms:send -- 13800000000 "举报内容……"`: the demo SMS gateway. Signs and posts an
// inbound SMS to the local api exactly as a gateway does (POST /api/v1/webhooks/sms/generic,
// X-Qf-Timestamp + X-Qf-Signature HMAC-SHA256 over "<timestamp>.<body>"), then listens
// where the api sends replies (SMS_GENERIC_URL) and prints the reply SMS to that number.
// Reads .env as written by `npm run quickstart`.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';

const EX_USAGE = 64;
const EX_CONFIG = 78;
if (existsSync('.env')) process.loadEnvFile('.env');
const [from, ...words] = process.argv.slice(2);
const text = words.join(' ');
if (!from || !/^\+?\d{5,20}$/.test(from) || !text) {
  console.error('usage: npm run sms:send -- PHONE "TEXT"   e.g. npm run sms:send -- 13800000000 "举报某局在干部选拔中……"');
  process.exit(EX_USAGE);
}
const configError = (line) => {
  console.error(`configuration error: ${line}`);
  process.exitCode = EX_CONFIG;
};
const secret = process.env.SMS_GENERIC_SECRET;
const replyUrl = process.env.SMS_GENERIC_URL;
if (!secret) configError('SMS_GENERIC_SECRET: not set; fix: run npm run quickstart, or set it in .env (16+ characters)');
if (!replyUrl) configError('SMS_GENERIC_URL: not set; fix: set SMS_GENERIC_URL=http://127.0.0.1:3099/demo-gateway/outbound in .env');
if (process.env.SMS_PROVIDER !== 'generic')
  configError('SMS_PROVIDER: is not generic, so replies do not come here; fix: set SMS_PROVIDER=generic in .env');
if (process.exitCode) process.exit(EX_CONFIG);

const api = process.env.QF_API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const waitSeconds = Number(process.env.QF_SMS_WAIT_SECONDS ?? 60);
const sign = (timestamp, body) => `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;
const digits = (n) => n.replace(/\D/g, '').slice(-11);

// 1. Where the api posts outbound SMS: the reply to our number ends the wait.
const listen = new URL(replyUrl);
let resolveReply;
const replied = new Promise((resolve) => (resolveReply = resolve));
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const given = Buffer.from(String(req.headers['x-qf-signature'] ?? ''));
    const expected = Buffer.from(sign(String(req.headers['x-qf-timestamp'] ?? ''), body));
    if (req.method !== 'POST' || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.writeHead(403, { 'Content-Type': 'application/json' }).end('{"error":"signature"}');
      return;
    }
    const sms = JSON.parse(body.toString('utf8'));
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: `demo-${randomBytes(4).toString('hex')}` }));
    if (digits(String(sms.to)) === digits(from)) resolveReply(sms);
    else console.log(`(an SMS to …${String(sms.to).slice(-4)} went through the demo gateway)`);
  });
});
await new Promise((resolve, reject) => {
  server.once('error', (error) =>
    reject(new Error(`cannot listen on ${listen.host} for the reply (${error.code}); is another sms:send running?`)),
  );
  server.listen(Number(listen.port || 80), listen.hostname, resolve);
}).catch((error) => {
  console.error(error.message);
  process.exit(1);
});

// 2. The inbound SMS, signed as the gateway signs it.
const payload = JSON.stringify({
  messageId: `demo-${Date.now()}-${randomBytes(3).toString('hex')}`,
  from,
  to: process.env.SMS_FROM ?? '12380',
  text,
});
const timestamp = String(Math.floor(Date.now() / 1000));
let answer;
try {
  answer = await fetch(`${api}/api/v1/webhooks/sms/generic`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Qf-Timestamp': timestamp, 'X-Qf-Signature': sign(timestamp, payload) },
    body: payload,
  });
} catch (error) {
  console.error(`the api does not answer at ${api} (${error.cause?.code ?? error.message}); start it with npm run quickstart`);
  server.close();
  process.exit(1);
}
const answerText = await answer.text();
if (!answer.ok) {
  console.error(`the api refused the SMS: ${answer.status} ${answerText}`);
  server.close();
  process.exit(1);
}
console.log(`sent SMS from ${from} to ${process.env.SMS_FROM ?? '12380'}: ${text}`);
console.log(`waiting for the reply (up to ${waitSeconds} s; the worker sends it)…`);

// 3. The reply.
const timeout = new Promise((resolve) => setTimeout(() => resolve(null), waitSeconds * 1000).unref());
const reply = await Promise.race([replied, timeout]);
server.close();
if (!reply) {
  console.error(`no reply within ${waitSeconds} s: is the worker running (npm run quickstart starts it)?`);
  process.exit(1);
}
console.log(`reply SMS to ${reply.to}: ${reply.text}`);
