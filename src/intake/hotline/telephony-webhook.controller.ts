import { Controller, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { Public } from '../../auth/auth.decorators.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { readMultipart } from '../../infra/http/multipart.js';
import { parseWith } from '../../infra/http/zod-validation.pipe.js';
import { ObjectStorage } from '../../infra/storage/storage.js';
import { discardUploads, type ReceivedFile } from '../../infra/storage/upload.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, unsigned, verifySignedRequest } from '../sms/signed-request.js';
import { Accepts, Returns } from '../../infra/http/api-contract.js';
import { voicemailReceiptSchema, voicemailSchema, type VoicemailDto } from './dto/hotline.dto.js';
import { HotlineService } from './hotline.service.js';

/**
 * Voicemail / IVR messages from the telephony platform, signed like the generic SMS
 * gateway (X-Qf-Timestamp, X-Qf-Signature). JSON with a recording URL; or multipart with
 * the JSON in a `json` field and the recording as a file, the signature then covering
 * "<timestamp>.<json field>.<sha256 hex of the recording>".
 */
@ApiTags('webhooks')
@Public()
@Controller('api/v1/webhooks/telephony')
export class TelephonyWebhookController {
  constructor(
    private readonly hotline: HotlineService,
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
  ) {}

  @Post('voicemail')
  @HttpCode(200)
  @ApiOperation({ summary: 'Voicemail / IVR message: makes a tip waiting for an operator transcript (idempotent on callId)' })
  @Accepts({ name: 'VoicemailMessage', schema: voicemailSchema, multipart: true })
  @Returns(voicemailReceiptSchema, '已生成待转写的举报；duplicate 表示该 callId 已收过')
  async voicemail(@Req() request: FastifyRequest & { rawBody?: Buffer }): Promise<z.infer<typeof voicemailReceiptSchema>> {
    const secret = this.config.env.TELEPHONY_WEBHOOK_SECRET;
    if (!secret) throw new DomainException(HttpStatus.NOT_FOUND, 'WEBHOOK_NOT_CONFIGURED', '电话留言接口未启用');
    const window = this.config.settings.sms.replayWindowSeconds;
    if (!request.isMultipart()) {
      verifySignedRequest(secret, request.headers, request.rawBody, window);
      return this.hotline.receiveVoicemail(parseWith(voicemailSchema, request.body ?? {}), []);
    }
    // Refused before any file is read when unsigned.
    if (typeof request.headers[TIMESTAMP_HEADER] !== 'string' || typeof request.headers[SIGNATURE_HEADER] !== 'string') throw unsigned();
    const { fields, files } = await readMultipart(request, this.storage, this.hotline.recordingLimits);
    let dto: VoicemailDto;
    let received: ReceivedFile[];
    try {
      const json = fields['json']?.length === 1 ? fields['json'][0]! : null;
      const signed = `${json ?? ''}.${files.map((f) => f.sha256.toString('hex')).join(',')}`;
      verifySignedRequest(secret, request.headers, Buffer.from(signed), window);
      if (json === null)
        throw new DomainException(HttpStatus.BAD_REQUEST, 'JSON_FIELD_REQUIRED', 'multipart 请求须包含且仅包含一个名为 json 的字段');
      let parsed: unknown;
      try {
        parsed = JSON.parse(json);
      } catch {
        throw new DomainException(HttpStatus.BAD_REQUEST, 'INVALID_JSON', 'json 字段不是合法的 JSON');
      }
      dto = parseWith(voicemailSchema, parsed);
      received = files;
    } catch (error) {
      await discardUploads(files);
      throw error;
    }
    return this.hotline.receiveVoicemail(dto, received);
  }
}
