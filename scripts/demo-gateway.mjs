#!/usr/bin/env node
// The demo SMS gateway the quickstart keeps running beside the api and the worker: it takes
// every SMS the api sends (receipts, replies, "your tip was accepted / concluded" to
// real-name reporters) at SMS_GENERIC_URL, prints it and appends it to .qingfeng/sms-outbox.jsonl,
// where `npm run sms:send` finds its reply. A real deployment points SMS_GENERIC_URL at its
// provider instead. Reads .env as written by `npm run quickstart`.
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { listenForOutbound, OUTBOX } from './demo-sms.mjs';

if (existsSync('.env')) process.loadEnvFile('.env');
const url = process.env.SMS_GENERIC_URL;
const secret = process.env.SMS_GENERIC_SECRET;
if (!url || !secret) {
  console.error('configuration error: SMS_GENERIC_URL and SMS_GENERIC_SECRET: not set; fix: run npm run quickstart');
  process.exit(78);
}
mkdirSync(dirname(OUTBOX), { recursive: true });
const mask = (to) => `${to.slice(0, -8)}****${to.slice(-4)}`;
try {
  const server = await listenForOutbound(url, secret, (sms) => {
    appendFileSync(OUTBOX, `${JSON.stringify(sms)}\n`);
    console.log(`[demo SMS gateway] SMS to ${mask(sms.to)}: ${sms.text}`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
  console.log(`[demo SMS gateway] listening at ${url}; every SMS the api sends is written to ${OUTBOX}`);
} catch (error) {
  console.error(`[demo SMS gateway] cannot listen at ${url} (${error.code ?? error.message}); is another gateway running?`);
  process.exit(1);
}
