import { Controller, HttpCode, Post, Req, Res, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Public } from '../auth/auth.decorators.js';
import { RateLimit, RateLimitInterceptor } from '../infra/http/rate-limit.js';
import { parseWith } from '../infra/http/zod-validation.pipe.js';
import { ObjectStorage } from '../infra/storage/storage.js';
import { lookupSchema, replySchema, type ReporterViewDto, type SubmitReportResponse } from './dto/submit-report.dto.js';
import { IntakeService } from './intake.service.js';
import { readJsonWithFiles } from './submission-reader.js';

@ApiTags('public')
@Public()
@Controller('api/v1/public/reports')
@UseInterceptors(RateLimitInterceptor)
export class PublicReportsController {
  constructor(
    private readonly intake: IntakeService,
    private readonly storage: ObjectStorage,
  ) {}

  @Post()
  @HttpCode(201)
  @RateLimit('submission')
  @ApiOperation({
    summary: 'Submit a tip (web channel)',
    description:
      'JSON body; or multipart/form-data with the same JSON in a field named `json` and the attachments as file parts.',
  })
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer.' })
  async submit(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SubmitReportResponse> {
    // Read here, not with @Headers(): that would list the header a second time in the OpenAPI document.
    const header = request.headers['idempotency-key'];
    const idempotencyKey = Array.isArray(header) ? header[0] : header;
    const { value, files } = await readJsonWithFiles(request, this.intake.submitSchema, this.storage, this.intake.uploadLimits);
    const result = await this.intake.submit('WEB', value, files, { clientIp: request.ip, idempotencyKey });
    if (result.replayed) void reply.header('Idempotent-Replayed', 'true');
    void reply.header('Cache-Control', 'no-store');
    return result.response;
  }

  /** The receipt code travels in the body, never in a URL (URLs end up in logs). */
  @Post('lookup')
  @HttpCode(200)
  @RateLimit('lookup')
  @ApiBody({ schema: z.toJSONSchema(lookupSchema) as object })
  lookup(@Req() request: FastifyRequest): Promise<ReporterViewDto> {
    const { receiptCode } = parseWith(lookupSchema, request.body ?? {});
    return this.intake.lookup(receiptCode);
  }

  @Post('reply')
  @HttpCode(200)
  @RateLimit('lookup')
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({ schema: z.toJSONSchema(replySchema) as object })
  async reply(@Req() request: FastifyRequest): Promise<ReporterViewDto> {
    const { value, files } = await readJsonWithFiles(request, replySchema, this.storage, this.intake.uploadLimits);
    return this.intake.reply(value.receiptCode, value.message, files);
  }
}
