import { HttpStatus, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppConfig } from '../../infra/config/app-config.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { parseWith } from '../../infra/http/zod-validation.pipe.js';
import { verifySignedRequest } from './signed-request.js';
import type { InboundSms, SmsGatewayAdapter } from './sms-gateway.js';

/** What the generic gateway gets back. */
export const genericSmsAnswerSchema = z.object({ ok: z.literal(true), duplicate: z.boolean() }).meta({ id: 'GenericSmsAnswer' });

export const genericSmsSchema = z.strictObject({
  messageId: z.string().regex(/^[\w.:-]{1,128}$/, 'messageId 应为 1–128 位字母、数字或 ._:-'),
  from: z.string().regex(/^\+?\d{5,20}$/, 'from 应为发送方号码'),
  to: z.string().max(32).optional(),
  text: z.string().max(1600, '单条短信内容过长'),
  concat: z
    .strictObject({
      ref: z.string().regex(/^[\w-]{1,32}$/, 'concat.ref 格式不正确'),
      part: z.number().int().min(1),
      total: z.number().int().min(2).max(255),
    })
    .refine((c) => c.part <= c.total, 'concat.part 不能大于 concat.total')
    .optional(),
});

/**
 * Domestic gateways: a JSON body signed with HMAC-SHA256 over the timestamp and the raw
 * body (see signed-request.ts), with a replay window. Long messages may arrive in parts.
 */
@Injectable()
export class GenericSmsAdapter implements SmsGatewayAdapter {
  readonly name = 'generic' as const;

  constructor(private readonly config: AppConfig) {}

  verify(request: FastifyRequest & { rawBody?: Buffer }): void {
    const secret = this.config.env.SMS_GENERIC_SECRET;
    if (!secret) throw new DomainException(HttpStatus.NOT_FOUND, 'GATEWAY_NOT_CONFIGURED', '该短信网关未启用');
    verifySignedRequest(secret, request.headers, request.rawBody, this.config.settings.sms.replayWindowSeconds);
  }

  parse(request: FastifyRequest): InboundSms {
    const body = parseWith(genericSmsSchema, request.body ?? {});
    return { gateway: 'generic', gatewayMessageId: body.messageId, from: body.from, text: body.text, concat: body.concat ?? null };
  }

  answer(outcome: { duplicate: boolean }): { contentType: string; body: string } {
    return {
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({ ok: true, duplicate: outcome.duplicate } satisfies z.infer<typeof genericSmsAnswerSchema>),
    };
  }
}
