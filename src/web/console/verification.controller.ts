import { CurrentViewer, VisibleReportId, type Viewer } from '../../auth/conflict/viewer.js';
import { Controller, Get, Header, Post, Query, Req, Res, UseFilters, HttpStatus } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { staffActor } from '../../audit/audit.interceptor.js';
import { RequirePermission, type AuthenticatedRequest } from '../../auth/auth.decorators.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { parseWith } from '../../infra/http/zod-validation.pipe.js';
import { caseRequestSchema, listQuerySchema, pressSchema } from '../../verification/dto/verification.dto.js';
import { VerificationTrackingService } from '../../verification/verification-tracking.service.js';
import { VerificationService } from '../../verification/verification.service.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../page-texts.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';
import { verificationFormDocument, verificationFormValues } from './verification-form.js';
import { CasePage } from './case-page.js';
import { formRefusal } from './form-fields.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { readMultipart } from '../../infra/http/multipart.js';
import { ObjectStorage } from '../../infra/storage/storage.js';
import { IdParam } from '../../infra/http/id-param.js';

const HTML = 'text/html; charset=utf-8';
const t = zhCN.verification;

/** Staff pages over the verification API's services: ask agencies from a case, follow every request and each agency's figures. */
@ApiExcludeController()
@Controller('console')
@UseFilters(ConsoleExceptionFilter)
export class ConsoleVerificationController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly tracking: VerificationTrackingService,
    private readonly verification: VerificationService,
    private readonly casePages: CasePage,
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
  ) {}

  @RequirePermission('verification:track')
  @Get('verification')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async list(
    @Query() raw: Record<string, string>,
    @Query('pressed') pressed: string | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<string> {
    const staff = viewer.staff;
    const { state, agency } = parseWith(
      listQuerySchema,
      Object.fromEntries(Object.entries(raw).filter(([k, v]) => (k === 'state' || k === 'agency') && v !== '')),
    );
    const [items, figures] = await Promise.all([this.tracking.list({ state, agencyCode: agency }, viewer), this.tracking.figures(viewer)]);
    return this.pages.render('console/verification', {
      title: t.title,
      staff,
      items,
      figures,
      query: { state: state ?? '', agency: agency ?? '' },
      agencies: this.verification.agencies.map((a) => ({ code: a.code, name: a.name })),
      canPress: staff.roles.includes('SUPERVISOR'),
      notice: pressed ? t.pressed2 : null,
    });
  }

  /** 初步核实: the case asks one or more agencies. Bad input shows the case page again with the form as typed. */
  @RequirePermission('verification:track')
  @Post('cases/:id/verification-requests')
  async request(
    @VisibleReportId() id: string,
    @Req() request: FastifyRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const staff = viewer.staff;
    const values = verificationFormValues(request.body);
    const { document, errors } = verificationFormDocument(values, this.verification.today(), this.verification.calendar);
    const parsed = caseRequestSchema.safeParse(document);
    if (!parsed.success) errors.unshift(...parsed.error.issues.map((i) => i.message));
    if (parsed.success && errors.length === 0) {
      try {
        const created = await this.tracking.requestFromCase(id, staff, parsed.data);
        void reply.status(303).header('Location', `/console/cases/${id}?done=verification&sent=${created.length}#verification-h`).send();
        return;
      } catch (error) {
        // An unknown case stays a 404 page; a refusal the officer can act on goes back on the form.
        if (
          !(error instanceof DomainException) ||
          error.status >= HttpStatus.INTERNAL_SERVER_ERROR ||
          error.status === HttpStatus.NOT_FOUND
        )
          throw error;
        errors.push(error.userMessage);
      }
    }
    void reply
      .status(400)
      .type(HTML)
      .header('Cache-Control', 'no-store')
      .send(await this.casePages.render(id, viewer, { verificationForm: { values, errors } }));
  }

  /**
   * Materials for the agency (a document, a photo) attached to a sent request from the case
   * page; a refusal (no file, a type or size not accepted, a request already answered) comes
   * back beside that request's form.
   */
  @RequirePermission('verification:track')
  @Post('verification/:id/attachments')
  async attach(@IdParam() id: string, @Req() request: FastifyRequest, @CurrentViewer() viewer: Viewer, @Res() reply: FastifyReply) {
    const sent = await this.tracking.get(id, viewer); // 回避 and 404 as for the request itself
    if (sent.subjectKind !== 'REPORT') throw new DomainException(HttpStatus.NOT_FOUND, 'NOT_FOUND', '请求不存在');
    try {
      if (!request.isMultipart()) throw new DomainException(HttpStatus.BAD_REQUEST, 'NO_FILE', '请选择要附上的文件');
      const { files } = await readMultipart(request, this.storage, this.config.settings.intake.attachments);
      await this.tracking.attach(id, viewer.staff, files);
    } catch (error) {
      const { status, message } = formRefusal(error, {}, { notFoundIsPageLevel: false });
      void reply
        .status(status)
        .type(HTML)
        .header('Cache-Control', 'no-store')
        .send(await this.casePages.render(sent.subjectId, viewer, { refused: { form: `attach-${id}`, message, values: {} } }));
      return;
    }
    void reply.status(303).header('Location', `/console/cases/${sent.subjectId}?done=attached#request-${id}`).send();
  }

  /** 督办: a supervisor records pressing an overdue request. */
  @RequirePermission('verification:press')
  @Post('verification/:id/press')
  async press(
    @IdParam() id: string,
    @Req() request: AuthenticatedRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const { note } = parseWith(pressSchema, { note: typeof body['note'] === 'string' ? body['note'] : '' });
    await this.tracking.press(id, viewer, note, staffActor(request));
    void reply.status(303).header('Location', '/console/verification?state=OVERDUE&pressed=1').send();
  }
}
