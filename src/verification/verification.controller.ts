import { Body, Controller, Get, HttpStatus, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { staffActor } from '../audit/audit.interceptor.js';
import { CurrentStaff, RequirePermission, type AuthenticatedRequest, type StaffPrincipal } from '../auth/auth.decorators.js';
import { CurrentViewer, VisibleReportId, type Viewer } from '../auth/conflict/viewer.js';
import { AppConfig } from '../infra/config/app-config.js';
import { DomainException } from '../infra/http/domain-exception.js';
import { readMultipart } from '../infra/http/multipart.js';
import { AcceptsFiles, Returns, ReturnsFile } from '../infra/http/api-contract.js';
import { ZodValidationPipe } from '../infra/http/zod-validation.pipe.js';
import { z } from 'zod';
import { ObjectStorage } from '../infra/storage/storage.js';
import { AgencyRequestsService } from './agency-requests.service.js';
import {
  agencyFiguresSchema,
  agencyRequestDetailSchema,
  agencyRequestSummarySchema,
  attachResultSchema,
  caseRequestSchema,
  createdRequestsSchema,
  listQuerySchema,
  pressSchema,
  replyResultSchema,
  replySchema,
  staffRequestViewSchema,
  type CaseRequestDto,
  type ReplyDto,
} from './dto/verification.dto.js';
import { VerificationTrackingService } from './verification-tracking.service.js';
import { requestVisible, VerificationService } from './verification.service.js';
import { VerificationRepository } from './verification.repository.js';
import { asDownload, asEvidence } from '../infra/http/download.js';
import { IdParam } from '../infra/http/id-param.js';

const liaisonAgency = (staff: StaffPrincipal): string => {
  if (!staff.agencyCode) throw new DomainException(HttpStatus.FORBIDDEN, 'NO_AGENCY', '该账号未关联成员单位');
  return staff.agencyCode;
};

/** Staff: ask agencies from a case, follow requests, press overdue ones, attach files, see figures. */
@ApiTags('verification (staff)')
@ApiBearerAuth()
@Controller('api/v1')
export class VerificationStaffController {
  constructor(
    private readonly tracking: VerificationTrackingService,
    private readonly requests: AgencyRequestsService,
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
  ) {}

  @RequirePermission('verification:track')
  @Post('reports/:id/verification-requests')
  @Returns(createdRequestsSchema, '已向所选成员单位发出核查请求')
  requestFromCase(
    @VisibleReportId() id: string,
    @Body(new ZodValidationPipe(caseRequestSchema)) body: CaseRequestDto,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    return this.tracking.requestFromCase(id, staff, body);
  }

  /** The case's requests with every reply version. */
  @RequirePermission('verification:track')
  @Get('reports/:id/verification-requests')
  @Returns(z.array(staffRequestViewSchema), '该举报的全部核查请求及历次答复')
  forReport(@IdParam() id: string, @CurrentViewer() viewer: Viewer) {
    return this.tracking.forReport(id, viewer);
  }

  @RequirePermission('verification:track')
  @Get('verification-requests')
  @Returns(z.array(staffRequestViewSchema), '核查请求')
  list(
    @Query(new ZodValidationPipe(listQuerySchema))
    query: { state?: 'SENT' | 'READ' | 'ANSWERED' | 'OVERDUE' | 'CANCELLED'; agency?: string },
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.tracking.list({ state: query.state, agencyCode: query.agency }, viewer);
  }

  @RequirePermission('verification:track')
  @Get('verification-figures')
  @Returns(z.array(agencyFiguresSchema), '各成员单位的答复情况')
  figures(@CurrentViewer() viewer: Viewer) {
    return this.tracking.figures(viewer);
  }

  @RequirePermission('verification:track')
  @Get('verification-requests/:id')
  @Returns(staffRequestViewSchema, '核查请求')
  get(@IdParam() id: string, @CurrentViewer() viewer: Viewer) {
    return this.tracking.get(id, viewer);
  }

  /** A file of the request or an agency's reply, for staff: images shown inline, the rest downloaded; audited. */
  @RequirePermission('verification:track')
  @Get('verification-requests/:id/attachments/:attachmentId')
  @ReturnsFile('核查请求或成员单位答复的附件', '*/*')
  async file(
    @IdParam() id: string,
    @IdParam('attachmentId') attachmentId: string,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ) {
    const file = await this.requests.attachment(null, id, attachmentId, viewer);
    void asEvidence(reply, file).send(file.stream);
  }

  @RequirePermission('verification:press')
  @Post('verification-requests/:id/press')
  @Returns(staffRequestViewSchema, '已督办')
  press(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(pressSchema)) body: { note: string },
    @CurrentViewer() viewer: Viewer,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.tracking.press(id, viewer, body.note, staffActor(request));
  }

  /** Files for the agency (multipart, field `files`). */
  @RequirePermission('verification:track')
  @Post('verification-requests/:id/attachments')
  @AcceptsFiles('发给成员单位的文件')
  @Returns(attachResultSchema, '文件已附上')
  async attach(@IdParam() id: string, @Req() request: FastifyRequest, @CurrentViewer() viewer: Viewer) {
    const staff = viewer.staff;
    await this.tracking.visibleRequest(id, viewer);
    if (!request.isMultipart())
      throw new DomainException(HttpStatus.BAD_REQUEST, 'MULTIPART_REQUIRED', '请以 multipart/form-data 上传附件');
    const { files } = await readMultipart(request, this.storage, this.config.settings.intake.attachments);
    return this.tracking.attach(id, staff, files);
  }
}

/** A member agency's liaison: only requests addressed to their own agency (others answer 404). */
@ApiTags('verification (agencies)')
@ApiBearerAuth()
@Controller('api/v1')
export class VerificationController {
  constructor(
    private readonly verification: VerificationService,
    private readonly requests: AgencyRequestsService,
    private readonly repository: VerificationRepository,
  ) {}

  @RequirePermission('verification:reply')
  @Get('agency/requests')
  @Returns(z.array(agencyRequestSummarySchema), '发给本单位的请求')
  list(@CurrentViewer() viewer: Viewer) {
    return this.requests.list(liaisonAgency(viewer.staff), viewer);
  }

  @RequirePermission('verification:reply')
  @Get('agency/requests/:id')
  @Returns(agencyRequestDetailSchema, '请求详情（不含举报人信息）')
  get(@IdParam() id: string, @CurrentViewer() viewer: Viewer) {
    return this.requests.get(liaisonAgency(viewer.staff), id, viewer);
  }

  @RequirePermission('verification:reply')
  @Get('agency/requests/:id/attachments/:attachmentId')
  @ReturnsFile('附件文件（类型随文件）', '*/*')
  async download(
    @IdParam() id: string,
    @IdParam('attachmentId') attachmentId: string,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ) {
    const file = await this.requests.attachment(liaisonAgency(viewer.staff), id, attachmentId, viewer);
    void asDownload(reply, { mediaType: file.mediaType, name: file.name }).send(file.stream);
  }

  /** The agency answers (a later answer is a new version). */
  @RequirePermission('verification:reply')
  @Post('verification-requests/:id/replies')
  @Returns(replyResultSchema, '答复已提交')
  async reply(@IdParam() id: string, @Body(new ZodValidationPipe(replySchema)) body: ReplyDto, @CurrentViewer() viewer: Viewer) {
    const staff = viewer.staff;
    await requestVisible(this.repository, id, viewer);
    return this.verification.reply({ requestId: id, ...body, agencyCode: liaisonAgency(staff), actorId: staff.userId });
  }
}
