import { Controller, HttpCode, Post, Req, Res, UseInterceptors } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/auth.decorators.js';
import { Accepts, Returns } from '../infra/http/api-contract.js';
import { RateLimit, RateLimitInterceptor } from '../infra/http/rate-limit.js';
import { parseWith } from '../infra/http/zod-validation.pipe.js';
import { ObjectStorage } from '../infra/storage/storage.js';
import {
  lookupSchema,
  replySchema,
  reporterViewSchema,
  submitReportResponseSchema,
  type ReporterViewDto,
  type SubmitReportResponse,
} from './dto/submit-report.dto.js';
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
    description: 'JSON body; or multipart/form-data with the same JSON in a field named `json` and the attachments as file parts.',
  })
  @Accepts({
    name: 'SubmitReport',
    // The schema follows the district's settings (categories, limits): read from the running app.
    schema: (app) => app.get(IntakeService).submitSchema,
    multipart: true,
    example: {
      anonymous: true,
      subjects: [{ name: '王某某', unit: '某县教育局', post: '副局长' }],
      body: '2026年3月该局副科级干部选拔中，考察对象的民主推荐票数与公示不符，有人事先打招呼。',
    },
  })
  @Returns(submitReportResponseSchema, '已收到：请保存查询码', {
    reportNumber: 'QF-2026-000123',
    receiptCode: 'K7QH-4M2X-9PLD-3WZR',
    receivedAt: '2026-03-18T09:30:00.000Z',
    attachments: 0,
  })
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
  @Accepts({ schema: lookupSchema, name: 'Lookup', example: { receiptCode: 'K7QH-4M2X-9PLD-3WZR' } })
  @Returns(reporterViewSchema, '办理进度')
  lookup(@Req() request: FastifyRequest): Promise<ReporterViewDto> {
    const { receiptCode } = parseWith(lookupSchema, request.body ?? {});
    return this.intake.lookup(receiptCode);
  }

  @Post('reply')
  @HttpCode(200)
  @RateLimit('lookup')
  @Accepts({
    schema: replySchema,
    name: 'ReporterReply',
    multipart: true,
    example: { receiptCode: 'K7QH-4M2X-9PLD-3WZR', message: '补充：推荐会当天的签到表与实际到会人数不符。' },
  })
  @Returns(reporterViewSchema, '已收到补充材料，返回办理进度')
  async reply(@Req() request: FastifyRequest): Promise<ReporterViewDto> {
    const { value, files } = await readJsonWithFiles(request, replySchema, this.storage, this.intake.uploadLimits);
    return this.intake.reply(value.receiptCode, value.message, files);
  }
}
