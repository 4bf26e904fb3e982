import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { ZodValidationPipe } from '../../infra/http/zod-validation.pipe.js';
import { ObjectStorage } from '../../infra/storage/storage.js';
import { readJsonWithFiles } from '../submission-reader.js';
import { z } from 'zod';
import { Accepts, Returns } from '../../infra/http/api-contract.js';
import {
  buildHotlineCallSchema,
  buildTranscriptSchema,
  hotlineCallResponseSchema,
  transcriptResultSchema,
  voicemailViewSchema,
  type HotlineCallResponse,
  type TranscriptDto,
  type VoicemailView,
} from './dto/hotline.dto.js';
import { HotlineService } from './hotline.service.js';
import { IdParam } from '../../infra/http/id-param.js';

/** The intake operator's API (接听员): record a call, transcribe voicemail. */
@ApiTags('hotline (operators)')
@ApiBearerAuth()
@Controller('api/v1/hotline')
export class HotlineController {
  private readonly callSchema: ReturnType<typeof buildHotlineCallSchema>;
  private readonly transcriptSchema: ReturnType<typeof buildTranscriptSchema>;

  constructor(
    private readonly hotline: HotlineService,
    private readonly storage: ObjectStorage,
    config: AppConfig,
  ) {
    this.callSchema = buildHotlineCallSchema(config.settings, config.categories);
    this.transcriptSchema = buildTranscriptSchema(config.settings, config.categories);
  }

  @RequirePermission('hotline:record')
  @Post('calls')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record a hotline call',
    description:
      'JSON body; or multipart/form-data with the same JSON in a field named `json` and the call recording (audio) as a file part.',
  })
  @Accepts({
    name: 'HotlineCall',
    schema: (app) => buildHotlineCallSchema(app.get(AppConfig).settings, app.get(AppConfig).categories),
    multipart: true,
  })
  @Returns(hotlineCallResponseSchema, '已登记；查询码只在此时显示（当面读给来电人）')
  async recordCall(@Req() request: FastifyRequest, @CurrentStaff() operator: StaffPrincipal): Promise<HotlineCallResponse> {
    const { value, files } = await readJsonWithFiles(request, this.callSchema, this.storage, this.hotline.recordingLimits);
    return this.hotline.recordCall(value, files, operator);
  }

  @RequirePermission('hotline:record')
  @Get('voicemails')
  @ApiOperation({ summary: 'Voicemail / IVR tips waiting for a transcript' })
  @Returns(z.array(voicemailViewSchema), '待转写的电话留言')
  voicemails(): Promise<VoicemailView[]> {
    return this.hotline.awaitingTranscript();
  }

  @RequirePermission('hotline:record')
  @Post('voicemails/:callId/transcript')
  @HttpCode(200)
  @Accepts({ name: 'Transcript', schema: (app) => buildTranscriptSchema(app.get(AppConfig).settings, app.get(AppConfig).categories) })
  @Returns(transcriptResultSchema, '已转写为举报')
  transcribe(
    @IdParam('callId') callId: string,
    @Body() body: unknown,
    @CurrentStaff() operator: StaffPrincipal,
  ): Promise<z.infer<typeof transcriptResultSchema>> {
    const dto: TranscriptDto = new ZodValidationPipe(this.transcriptSchema).transform(body);
    return this.hotline.transcribe(callId, dto, operator);
  }
}
