// The demo SMS gateway's two halves, shared by `npm run sms:send` and the gateway the
// quickstart keeps running: the signature the api and the gateway agree on, and the
// listener where the api posts outbound SMS (SMS_GENERIC_URL).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { join } from 'node:path';

/** Where the quickstart's gateway writes every SMS the api sends, one JSON object a line. */
export const OUTBOX = join('.qingfeng', 'sms-outbox.jsonl');

/** X-Qf-Signature: HMAC-SHA256 over "<timestamp>.<body>" with SMS_GENERIC_SECRET. */
export const sign = (secret, timestamp, body) =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;

/** The last 11 digits of a number, so +8613800000000 and 13800000000 are the same phone. */
export const digits = (n) => String(n).replace(/\D/g, '').slice(-11);

/**
 * Listens at `url` for the api's outbound SMS, answers each signed one with a message id
 * and hands it to `onSms`; an unsigned or wrongly signed post gets 403. Resolves with the
 * server once listening; rejects with the listen error (EADDRINUSE when another gateway runs).
 */
export function listenForOutbound(url, secret, onSms) {
  const listen = new URL(url);
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const given = Buffer.from(String(req.headers['x-qf-signature'] ?? ''));
      const expected = Buffer.from(sign(secret, String(req.headers['x-qf-timestamp'] ?? ''), body));
      if (req.method !== 'POST' || given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res.writeHead(403, { 'Content-Type': 'application/json' }).end('{"error":"signature"}');
        return;
      }
      let sms;
      try {
        sms = JSON.parse(body.toString('utf8'));
      } catch {
        res.writeHead(400, { 'Content-Type': 'application/json' }).end('{"error":"json"}');
        return;
      }
      const id = `demo-${randomBytes(4).toString('hex')}`;
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id }));
      onSms({ id, at: new Date().toISOString(), to: String(sms.to), text: String(sms.text) });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(listen.port || 80), listen.hostname, () => resolve(server));
  });
}
