import { Controller, Get, Header, HttpStatus, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { readMultipart } from '../../infra/http/multipart.js';
import { ObjectStorage } from '../../infra/storage/storage.js';
import { discardUploads } from '../../infra/storage/upload.js';
import { buildHotlineCallSchema } from '../../intake/hotline/dto/hotline.dto.js';
import { HotlineService } from '../../intake/hotline/hotline.service.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../page-texts.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';
import { callFormDocument, describeCallError, HOTLINE_SUBJECT_ROWS } from './hotline-form.js';

const HTML = 'text/html; charset=utf-8';

/** The intake operator's page (接听员): record a call with its recording, through the hotline API's service. */
@ApiExcludeController()
@Controller('console/hotline')
@UseFilters(ConsoleExceptionFilter)
export class ConsoleHotlineController {
  private readonly schema: ReturnType<typeof buildHotlineCallSchema>;

  constructor(
    private readonly pages: PageRenderer,
    private readonly hotline: HotlineService,
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
  ) {
    this.schema = buildHotlineCallSchema(config.settings, config.categories);
  }

  private formPage(staff: StaffPrincipal, values: Record<string, string>, errors: string[]): string {
    const { minTranscriptLength, maxTranscriptLength } = this.config.settings.telephony;
    return this.pages.render('console/hotline', {
      title: zhCN.hotline.title,
      staff,
      values,
      errors,
      rows: HOTLINE_SUBJECT_ROWS,
      transcript: { min: minTranscriptLength, max: maxTranscriptLength },
      maxMb: Math.floor(this.hotline.recordingLimits.maxFileBytes / 1048576),
      categories: this.config.categories,
    });
  }

  @RequirePermission('hotline:record')
  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  form(@CurrentStaff() staff: StaffPrincipal): string {
    return this.formPage(staff, {}, []);
  }

  /** The call as typed; bad input shows the form again with every field kept (the recording must be chosen again). */
  @RequirePermission('hotline:record')
  @Post()
  async record(@Req() request: FastifyRequest, @CurrentStaff() staff: StaffPrincipal, @Res() reply: FastifyReply): Promise<void> {
    if (!request.isMultipart())
      throw new DomainException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', '请通过来电记录页面的表单提交');
    void reply.type(HTML).header('Cache-Control', 'no-store');
    let received;
    try {
      received = await readMultipart(request, this.storage, this.hotline.recordingLimits);
    } catch (error) {
      // A refused file (type, size) is said on the form; the typed fields are lost with the stream.
      if (!(error instanceof DomainException) || error.status >= HttpStatus.INTERNAL_SERVER_ERROR) throw error;
      void reply.status(error.status).send(this.formPage(staff, {}, [error.userMessage]));
      return;
    }
    const { fields, files } = received;
    const values = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v[0] ?? '']));
    const { document, errors } = callFormDocument(fields);
    const parsed = this.schema.safeParse(document);
    if (!parsed.success) errors.push(...parsed.error.issues.map((i) => describeCallError(i.path.join('.'), i.message)));
    if (!parsed.success || errors.length) {
      await discardUploads(files);
      void reply.status(400).send(this.formPage(staff, values, [...new Set(errors)]));
      return;
    }
    const saved = await this.hotline.recordCall(parsed.data, files, staff);
    void reply.status(201).send(this.pages.render('console/hotline-saved', { title: zhCN.hotline.savedTitle, staff, saved }));
  }
}
