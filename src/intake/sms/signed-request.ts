import { HttpStatus } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { DomainException } from '../../infra/http/domain-exception.js';
import { genericSignature } from '../../notifications/senders/sms-sender.js';

export const TIMESTAMP_HEADER = 'x-qf-timestamp';
export const SIGNATURE_HEADER = 'x-qf-signature';

export const unsigned = () => new DomainException(HttpStatus.UNAUTHORIZED, 'SIGNATURE_REQUIRED', '请求未签名：缺少签名或时间戳');
export const badSignature = () => new DomainException(HttpStatus.FORBIDDEN, 'SIGNATURE_INVALID', '签名校验失败');

/**
 * The generic signed-request protocol (domestic SMS gateways, telephony): the header
 * X-Qf-Signature is `sha256=` + hex HMAC-SHA256 of "<X-Qf-Timestamp>.<raw body>", the
 * timestamp in Unix seconds. Missing → 401; wrong, or older/newer than the replay window → 403.
 */
export function verifySignedRequest(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  rawBody: Buffer | undefined,
  windowSeconds: number,
  nowMs = Date.now(),
): void {
  const timestamp = headers[TIMESTAMP_HEADER];
  const signature = headers[SIGNATURE_HEADER];
  if (typeof timestamp !== 'string' || typeof signature !== 'string' || !rawBody) throw unsigned();
  if (!/^\d{9,11}$/.test(timestamp)) throw badSignature();
  const expected = Buffer.from(genericSignature(secret, timestamp, rawBody));
  const given = Buffer.from(signature.trim().toLowerCase());
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw badSignature();
  // Checked after the signature, so the timestamp is known to be the sender's own.
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > windowSeconds) {
    throw new DomainException(HttpStatus.FORBIDDEN, 'REQUEST_EXPIRED', '请求已过期（时间戳超出允许范围），疑为重放，已拒绝');
  }
}
