import { HttpStatus, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppConfig } from '../../infra/config/app-config.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { parseWith } from '../../infra/http/zod-validation.pipe.js';
import { badSignature, unsigned } from './signed-request.js';
import type { InboundSms, SmsGatewayAdapter } from './sms-gateway.js';
import { verifyTwilioSignature, type TwilioParams } from './twilio-signature.js';

export const twilioMessageSchema = z.looseObject({
  MessageSid: z.string().regex(/^[A-Za-z0-9]{10,64}$/, 'MessageSid 格式不正确'),
  From: z.string().min(3).max(32),
  Body: z.string().max(1600),
});

/**
 * Twilio-compatible gateways: form-encoded From / To / Body / MessageSid, signed with
 * X-Twilio-Signature over PUBLIC_BASE_URL + the requested path. Twilio joins long
 * messages itself, so every request is a whole message.
 */
@Injectable()
export class TwilioSmsAdapter implements SmsGatewayAdapter {
  readonly name = 'twilio' as const;

  constructor(private readonly config: AppConfig) {}

  verify(request: FastifyRequest): void {
    const token = this.config.env.SMS_TWILIO_AUTH_TOKEN;
    if (!token) throw new DomainException(HttpStatus.NOT_FOUND, 'GATEWAY_NOT_CONFIGURED', '该短信网关未启用');
    const signature = request.headers['x-twilio-signature'];
    if (typeof signature !== 'string' || signature === '') throw unsigned();
    if (!String(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) throw badSignature();
    const url = `${this.config.env.PUBLIC_BASE_URL.replace(/\/$/, '')}${request.url}`;
    const params = { ...(request.body as TwilioParams | null) };
    if (!verifyTwilioSignature(token, signature, url, params)) throw badSignature();
  }

  parse(request: FastifyRequest): InboundSms {
    const body = parseWith(twilioMessageSchema, { ...(request.body as object) });
    return { gateway: 'twilio', gatewayMessageId: body.MessageSid, from: body.From, text: body.Body, concat: null };
  }

  answer(): { contentType: string; body: string } {
    // Empty TwiML: replies go out through the outbound queue, not in this answer.
    return { contentType: 'text/xml; charset=utf-8', body: '<?xml version="1.0" encoding="UTF-8"?><Response></Response>' };
  }
}
