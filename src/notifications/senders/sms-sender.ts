import { Injectable, Logger } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { AppConfig } from '../../infra/config/app-config.js';
import { DeliveryError, redact } from './delivery-error.js';
import { textOf } from '../../infra/text/text-of.js';

export interface OutgoingSms {
  /** Our message id; the generic gateway receives it and can drop a duplicate. */
  id: string;
  to: string;
  text: string;
}

/** Signature of the generic gateway protocol, both ways: HMAC-SHA256 over "<timestamp>.<body>". */
export function genericSignature(secret: string, timestamp: string, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;
}

const TIMEOUT_MS = 15_000;

/** Twilio wants E.164: a mainland mobile number (stored without +86) gets its country code back. */
export function e164(phone: string): string {
  return /^1[3-9]\d{9}$/.test(phone) ? `+86${phone}` : phone;
}

/** An HTTP answer turned into success or a DeliveryError: 4xx (but 408/429) is final, the rest is retried. */
async function answer(response: Response): Promise<Record<string, unknown>> {
  const text = await response.text();
  if (!response.ok) {
    const permanent = response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429;
    throw new DeliveryError(redact(`gateway HTTP ${response.status}: ${text.slice(0, 200)}`), permanent);
  }
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

async function post(url: string, init: RequestInit): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, method: 'POST', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new DeliveryError(redact(`gateway unreachable: ${(error as Error).message}`), false);
  }
  return answer(response);
}

/**
 * Outbound SMS through the configured gateway: Twilio-compatible REST, the generic signed
 * JSON protocol, or the log (development). Returns the gateway's message id.
 */
@Injectable()
export class SmsSender {
  private readonly logger = new Logger(SmsSender.name);

  constructor(private readonly config: AppConfig) {
    if (config.env.SMS_PROVIDER === 'log' && config.isProduction) {
      this.logger.warn('SMS_PROVIDER=log in production: SMS are written to the log, not sent');
    }
  }

  async send(sms: OutgoingSms): Promise<string> {
    const env = this.config.env;
    switch (env.SMS_PROVIDER) {
      case 'twilio': {
        const sid = env.SMS_TWILIO_ACCOUNT_SID!;
        const url = `${env.SMS_TWILIO_API_BASE.replace(/\/$/, '')}/2010-04-01/Accounts/${encodeURIComponent(sid)}/Messages.json`;
        const body = await post(url, {
          headers: {
            Authorization: `Basic ${Buffer.from(`${sid}:${env.SMS_TWILIO_AUTH_TOKEN}`).toString('base64')}`,
            'Content-Type': 'application/x-www-form-urlencoded',
          },
          body: new URLSearchParams({ To: e164(sms.to), From: env.SMS_FROM!, Body: sms.text }).toString(),
        });
        return textOf(body['sid']);
      }
      case 'generic': {
        const payload = JSON.stringify({ messageId: sms.id, to: sms.to, from: env.SMS_FROM ?? null, text: sms.text });
        const timestamp = String(Math.floor(Date.now() / 1000));
        const body = await post(env.SMS_GENERIC_URL!, {
          headers: {
            'Content-Type': 'application/json',
            'X-Qf-Timestamp': timestamp,
            'X-Qf-Signature': genericSignature(env.SMS_GENERIC_SECRET!, timestamp, payload),
          },
          body: payload,
        });
        return textOf(body['id'] ?? body['messageId'] ?? sms.id);
      }
      case 'log':
        // Development only: the text may carry a receipt code.
        this.logger.log(`SMS ${sms.id} to …${sms.to.slice(-4)} (log provider): ${this.config.isProduction ? '[not shown]' : sms.text}`);
        return `log-${sms.id}`;
    }
  }
}
