import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../auth/auth.decorators.js';
import { Accepts, Returns, ReturnsText } from '../../infra/http/api-contract.js';
import { GenericSmsAdapter, genericSmsAnswerSchema, genericSmsSchema } from './generic.adapter.js';
import type { SmsGatewayAdapter } from './sms-gateway.js';
import { SmsIntakeService } from './sms-intake.service.js';
import { TwilioSmsAdapter, twilioMessageSchema } from './twilio.adapter.js';

/** Inbound SMS from gateways. Public routes: each request proves itself by its signature. */
@ApiTags('webhooks')
@Public()
@Controller('api/v1/webhooks/sms')
export class SmsWebhooksController {
  constructor(
    private readonly sms: SmsIntakeService,
    private readonly twilio: TwilioSmsAdapter,
    private readonly generic: GenericSmsAdapter,
  ) {}

  @Post('twilio')
  @HttpCode(200)
  @ApiOperation({ summary: 'Twilio-compatible inbound SMS (form-encoded, X-Twilio-Signature)' })
  @Accepts({ name: 'TwilioInboundSms', schema: twilioMessageSchema, form: true })
  @ReturnsText('text/xml', '空的 TwiML：回复短信经发送队列发出')
  twilioSms(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return this.receive(this.twilio, request, reply);
  }

  @Post('generic')
  @HttpCode(200)
  @ApiOperation({ summary: 'Generic inbound SMS (JSON, X-Qf-Timestamp + X-Qf-Signature HMAC-SHA256)' })
  @Accepts({
    name: 'GenericInboundSms',
    schema: genericSmsSchema,
    example: { messageId: 'gw-20260318-0001', from: '13800000000', text: '举报：某镇副镇长王某某在推荐中拉票' },
  })
  @Returns(genericSmsAnswerSchema, '已收到；duplicate 表示该 messageId 已收过')
  genericSms(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return this.receive(this.generic, request, reply);
  }

  private async receive(adapter: SmsGatewayAdapter, request: FastifyRequest, reply: FastifyReply): Promise<string> {
    adapter.verify(request); // before anything is read or stored
    const outcome = await this.sms.receive(adapter.parse(request));
    const answer = adapter.answer(outcome);
    void reply.header('Content-Type', answer.contentType);
    return answer.body;
  }
}
