import { Controller, Get, Header, HttpStatus, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { CurrentViewer, type Viewer } from '../../auth/conflict/viewer.js';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RequirePermission, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { readMultipart } from '../../infra/http/multipart.js';
import { discardUploads } from '../../infra/storage/upload.js';
import { ObjectStorage } from '../../infra/storage/storage.js';
import { AgencyRequestsService } from '../../verification/agency-requests.service.js';
import { replySchema } from '../../verification/dto/verification.dto.js';
import { VerificationService } from '../../verification/verification.service.js';
import { ConsoleExceptionFilter } from '../console/console-exception.filter.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../page-texts.js';
import { replyFormDocument, type ReplyFormValues } from './reply-form.js';
import { asDownload } from '../../infra/http/download.js';
import { IdParam } from '../../infra/http/id-param.js';

const HTML = 'text/html; charset=utf-8';

const liaisonAgency = (staff: StaffPrincipal): string => {
  if (!staff.agencyCode) throw new DomainException(HttpStatus.FORBIDDEN, 'NO_AGENCY', zhCN.portal.noAgency);
  return staff.agencyCode;
};

/**
 * The agency portal (成员单位联络员), linked from the notice emails. The same service
 * methods as /api/v1/agency/requests, so every query is bounded by the liaison's agency:
 * another agency's request answers 404 exactly like a missing one.
 */
@ApiExcludeController()
@Controller('agency')
@UseFilters(ConsoleExceptionFilter)
export class AgencyPortalController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly requests: AgencyRequestsService,
    private readonly verification: VerificationService,
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
  ) {}

  @RequirePermission('verification:reply')
  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async list(@CurrentViewer() viewer: Viewer): Promise<string> {
    const staff = viewer.staff;
    const agency = liaisonAgency(staff);
    const items = await this.requests.list(agency, viewer);
    return this.pages.render('portal/requests', {
      title: zhCN.portal.title,
      staff,
      items,
      today: this.verification.today(),
      agencyName: this.verification.agency(agency)?.name ?? agency,
    });
  }

  @RequirePermission('verification:reply')
  @Get('requests/:id')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async show(@IdParam() id: string, @Query('done') done: string | undefined, @CurrentViewer() viewer: Viewer): Promise<string> {
    return this.requestPage(viewer, id, { notice: done ? zhCN.portal.replied : null });
  }

  @RequirePermission('verification:reply')
  @Get('requests/:id/attachments/:attachmentId')
  async download(
    @IdParam() id: string,
    @IdParam('attachmentId') attachmentId: string,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.requests.attachment(liaisonAgency(viewer.staff), id, attachmentId, viewer);
    void asDownload(reply, { mediaType: file.mediaType, name: file.name }).send(file.stream);
  }

  /** The reply form (multipart, with attachments). Bad input shows the form again with what was typed. */
  @RequirePermission('verification:reply')
  @Post('requests/:id/replies')
  async reply(
    @IdParam() id: string,
    @Req() request: FastifyRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const staff = viewer.staff;
    const agency = liaisonAgency(staff);
    if (!request.isMultipart())
      throw new DomainException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', '请通过答复页面的表单提交');
    await this.requests.get(agency, id, viewer); // 404 before reading any file for a request that is not theirs
    const { fields, files } = await readMultipart(request, this.storage, this.config.settings.intake.attachments);
    const values: ReplyFormValues = {
      result: fields['result']?.[0] ?? '',
      body: fields['body']?.[0] ?? '',
      newDueOn: fields['newDueOn']?.[0] ?? '',
    };
    const parsed = replySchema.safeParse(replyFormDocument(values));
    let errors: string[] = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
    if (parsed.success) {
      try {
        await this.verification.reply({ requestId: id, ...parsed.data, files, agencyCode: agency, actorId: staff.userId });
        void reply.status(303).header('Location', `/agency/requests/${id}?done=1`).send();
        return;
      } catch (error) {
        // The service removed the files; a refusal it explains (date, closed request) goes back on the form.
        if (
          !(error instanceof DomainException) ||
          error.status >= HttpStatus.INTERNAL_SERVER_ERROR ||
          error.status === HttpStatus.NOT_FOUND
        )
          throw error;
        errors = [error.userMessage];
      }
    } else {
      await discardUploads(files);
    }
    void reply
      .status(400)
      .type(HTML)
      .header('Cache-Control', 'no-store')
      .send(await this.requestPage(viewer, id, { errors, values }));
  }

  private async requestPage(
    viewer: Viewer,
    id: string,
    extra: { notice?: string | null; errors?: string[]; values?: ReplyFormValues },
  ): Promise<string> {
    const staff = viewer.staff;
    const view = await this.requests.get(liaisonAgency(staff), id, viewer);
    const limits = this.config.settings.intake.attachments;
    return this.pages.render('portal/request', {
      title: view.number,
      staff,
      request: view,
      today: this.verification.today(),
      limits: { maxFiles: limits.maxFiles, maxMb: Math.floor(limits.maxFileBytes / 1048576) },
      errors: [],
      values: { result: '', body: '', newDueOn: '' },
      ...extra,
    });
  }
}
