import { Controller, Get, Header, HttpCode, HttpStatus, Post, Query, Req, Res, UseFilters, UseInterceptors } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { Public } from '../auth/auth.decorators.js';
import { AppConfig } from '../infra/config/app-config.js';
import { DomainException } from '../infra/http/domain-exception.js';
import { readMultipart } from '../infra/http/multipart.js';
import { RateLimit, RateLimitInterceptor } from '../infra/http/rate-limit.js';
import { ObjectStorage } from '../infra/storage/storage.js';
import { discardUploads } from '../infra/storage/upload.js';
import { IntakeService } from '../intake/intake.service.js';
import { PublicityService } from '../vetting/publicity/publicity.service.js';
import { HtmlExceptionFilter } from './html-exception.filter.js';
import { PageRenderer } from './page-renderer.js';
import { describeFieldError, formToSubmission, formValues } from './report-form.js';
import { zhCN } from './page-texts.js';
import { textOf } from '../infra/text/text-of.js';

const HTML = 'text/html; charset=utf-8';

/** The public site: home, the tip form, the receipt, and follow-up with the receipt code. Works without JavaScript. */
@ApiExcludeController()
@Public()
@Controller()
@UseFilters(HtmlExceptionFilter)
@UseInterceptors(RateLimitInterceptor)
export class PublicPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly intake: IntakeService,
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
    private readonly publicity: PublicityService,
  ) {}

  private formPage(values: Record<string, string>, errors: string[], fieldErrors: Record<string, boolean> = {}) {
    return this.pages.render('report-form', {
      title: zhCN.form.title,
      values,
      errors,
      fieldErrors,
      formToken: values['formToken'] || randomUUID(),
      categories: this.config.categories.filter((c) => c.code !== 'OUT_OF_SCOPE'),
      limits: this.config.settings.intake.text,
      attachments: this.config.settings.intake.attachments,
    });
  }

  @Get()
  @Header('Content-Type', HTML)
  home(): string {
    return this.pages.render('home', { title: '首页', categories: this.config.categories.filter((c) => c.code !== 'OUT_OF_SCOPE') });
  }

  @Get('report')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async reportForm(@Query('notice') notice?: unknown, @Query('candidate') candidate?: unknown): Promise<string> {
    // Opened from a publicity notice: the candidate prefilled, the notice cited (hidden fields).
    const prefill = await this.publicity.formPrefill(
      typeof notice === 'string' ? notice : undefined,
      typeof candidate === 'string' ? candidate : undefined,
    );
    return this.formPage(prefill ? { ...prefill.values, noticeReference: prefill.reference } : {}, []);
  }

  @Post('report')
  @RateLimit('submission')
  async submitReport(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    void reply.type(HTML).header('Cache-Control', 'no-store');
    if (!request.isMultipart()) {
      throw new DomainException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', '请通过举报页面的表单提交');
    }
    const { fields, files } = await readMultipart(request, this.storage, this.intake.uploadLimits);
    const values = formValues(fields);
    const { document, acknowledged } = formToSubmission(fields);
    const parsed = this.intake.submitSchema.safeParse(document);
    if (!parsed.success || !acknowledged) {
      await discardUploads(files);
      const errors = parsed.success ? [] : parsed.error.issues.map((i) => describeFieldError(i.path.join('.'), i.message));
      if (!acknowledged) errors.push(zhCN.form.mustAcknowledge);
      const fieldErrors = parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), true]));
      void reply.status(400);
      return this.formPage(values, errors, fieldErrors);
    }
    try {
      const { response } = await this.intake.submit('WEB', parsed.data, files, {
        clientIp: request.ip,
        idempotencyKey: fields['formToken']?.[0] || undefined,
      });
      void reply.status(201);
      return this.pages.render('receipt', { title: zhCN.receipt.title, ...response });
    } catch (error) {
      if (error instanceof DomainException && error.code === 'IDEMPOTENCY_KEY_REUSED') {
        throw new DomainException(HttpStatus.CONFLICT, error.code, '这份表单已经提交过。如需反映新的问题，请重新打开举报页面填写。');
      }
      throw error;
    }
  }

  @Get('follow-up')
  @Header('Content-Type', HTML)
  followUpForm(): string {
    return this.pages.render('follow-up', { title: zhCN.followUp.title });
  }

  @Post('follow-up')
  @HttpCode(200)
  @RateLimit('lookup')
  async followUp(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    void reply.type(HTML).header('Cache-Control', 'no-store');
    const code = textOf((request.body as Record<string, unknown> | undefined)?.['receiptCode']);
    try {
      const view = await this.intake.lookup(code);
      return this.pages.render('status', { title: zhCN.followUp.title, view, receiptCode: code });
    } catch (error) {
      if (!(error instanceof DomainException) || error.status !== HttpStatus.NOT_FOUND) throw error;
      void reply.status(404);
      return this.pages.render('follow-up', { title: zhCN.followUp.title, error: error.userMessage });
    }
  }

  @Post('follow-up/reply')
  @HttpCode(200)
  @RateLimit('lookup')
  async followUpReply(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    void reply.type(HTML).header('Cache-Control', 'no-store');
    if (!request.isMultipart()) {
      throw new DomainException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', '请通过查询页面的表单提交');
    }
    const { fields, files } = await readMultipart(request, this.storage, this.intake.uploadLimits);
    const code = fields['receiptCode']?.[0] ?? '';
    const message = (fields['message']?.[0] ?? '').trim();
    if (!message || message.length > 2000) {
      await discardUploads(files);
      const view = await this.intake.lookup(code);
      void reply.status(400);
      return this.pages.render('status', {
        title: zhCN.followUp.title,
        view,
        receiptCode: code,
        error: '请填写补充内容（不超过 2000 字）',
      });
    }
    const view = await this.intake.reply(code, message, files);
    return this.pages.render('status', { title: zhCN.followUp.title, view, receiptCode: code, notice: zhCN.followUp.replied });
  }
}
