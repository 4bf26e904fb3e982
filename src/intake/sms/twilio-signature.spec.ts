import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import twilio from 'twilio';
import { twilioSignature, verifyTwilioSignature } from './twilio-signature.js';

/** Our verifier against the official implementation, on generated requests. */
const token = fc.string({ minLength: 16, maxLength: 40 });
const params = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 12 }).filter((k) => k !== '__proto__'),
  fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 3 }),
  ),
  { maxKeys: 8 },
);
const url = fc
  .record({
    https: fc.boolean(),
    host: fc.constantFrom('sms.example.cn', 'qingfeng.gov.cn', '127.0.0.1'),
    port: fc.constantFrom('', ':443', ':80', ':8443'),
    path: fc.constantFrom('/api/v1/webhooks/sms/twilio', '/hook'),
    query: fc.constantFrom('', '?a=1&b=2', "?name=o'brien", '?x=%E4%B8%AD'),
  })
  .map((u) => `${u.https ? 'https' : 'http'}://${u.host}${u.port}${u.path}${u.query}`);

describe('X-Twilio-Signature', () => {
  it('computes exactly what the official twilio package computes', () => {
    fc.assert(
      fc.property(token, url, params, (t, u, p) => {
        expect(twilioSignature(t, u, p)).toBe(twilio.getExpectedTwilioSignature(t, u, p as Record<string, string>));
      }),
    );
  });

  it('accepts what twilio.validateRequest accepts, and refuses what it refuses', () => {
    fc.assert(
      fc.property(token, url, url, params, fc.boolean(), (t, signedUrl, requestUrl, p, tamper) => {
        let signature = twilio.getExpectedTwilioSignature(t, signedUrl, p as Record<string, string>);
        if (tamper) signature = signature.slice(1) + (signature[0] === 'A' ? 'B' : 'A');
        const official = twilio.validateRequest(t, signature, requestUrl, p as Record<string, string>);
        expect(verifyTwilioSignature(t, signature, requestUrl, p)).toBe(official);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a signature made without the port when the request URL has it, and the reverse', () => {
    const p = { From: '+8613800138000', Body: '你好', MessageSid: 'SM1' };
    const signed = twilio.getExpectedTwilioSignature('secret-token-123456', 'https://sms.example.cn/hook', p);
    expect(verifyTwilioSignature('secret-token-123456', signed, 'https://sms.example.cn:443/hook', p)).toBe(true);
    expect(verifyTwilioSignature('other-token-1234567', signed, 'https://sms.example.cn/hook', p)).toBe(false);
    expect(verifyTwilioSignature('secret-token-123456', signed, 'https://sms.example.cn/hook', { ...p, Body: '你好!' })).toBe(false);
  });
});
