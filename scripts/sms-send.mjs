#!/usr/bin/env node
// `npm run sms:send -- 13800000000 "举报内容……"`: the demo SMS gateway. Signs and posts an
// inbound SMS to the local api exactly as a gateway does (POST /api/v1/webhooks/sms/generic,
// X-Qf-Timestamp + X-Qf-Signature HMAC-SHA256 over "<timestamp>.<body>"), then prints the
// reply SMS to that number: from the outbox of the gateway the quickstart keeps running
// (.qingfeng/sms-outbox.jsonl), or, when none runs, by listening at SMS_GENERIC_URL itself.
// Reads .env as written by `npm run quickstart`.
import { existsSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { digits, listenForOutbound, OUTBOX, sign as signWith } from './demo-sms.mjs';

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
const sign = (timestamp, body) => signWith(secret, timestamp, body);
const sentAt = new Date().toISOString();

// 1. Where the reply comes: the quickstart's gateway (its outbox), else our own listener.
let resolveReply;
const replied = new Promise((resolve) => (resolveReply = resolve));
let server = null;
try {
  server = await listenForOutbound(replyUrl, secret, (sms) => {
    if (digits(sms.to) === digits(from)) resolveReply(sms);
    else console.log(`(an SMS to …${sms.to.slice(-4)} went through the demo gateway)`);
  });
} catch (error) {
  if (error.code !== 'EADDRINUSE') {
    console.error(`cannot listen at ${replyUrl} for the reply (${error.code ?? error.message})`);
    process.exit(1);
  }
  // The quickstart's gateway holds the address: watch what it writes.
  const poll = setInterval(() => {
    if (!existsSync(OUTBOX)) return;
    const reply = readFileSync(OUTBOX, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line))
      .find((sms) => sms.at >= sentAt && digits(sms.to) === digits(from));
    if (reply) {
      clearInterval(poll);
      resolveReply(reply);
    }
  }, 250);
  replied.then(() => clearInterval(poll));
}
const stop = () => server?.close();

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
  stop();
  process.exit(1);
}
const answerText = await answer.text();
if (!answer.ok) {
  console.error(`the api refused the SMS: ${answer.status} ${answerText}`);
  stop();
  process.exit(1);
}
console.log(`sent SMS from ${from} to ${process.env.SMS_FROM ?? '12380'}: ${text}`);
console.log(`waiting for the reply (up to ${waitSeconds} s; the worker sends it)…`);

// 3. The reply.
const timeout = new Promise((resolve) => setTimeout(() => resolve(null), waitSeconds * 1000).unref());
const reply = await Promise.race([replied, timeout]);
stop();
if (!reply) {
  console.error(`no reply within ${waitSeconds} s: is the worker running (npm run quickstart starts it)?`);
  process.exit(1);
}
console.log(`reply SMS to ${reply.to}: ${reply.text}`);
