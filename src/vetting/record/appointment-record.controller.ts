import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { staffActor } from '../../audit/audit.interceptor.js';
import { RequirePermission, type AuthenticatedRequest } from '../../auth/auth.decorators.js';
import { CurrentViewer, type Viewer } from '../../auth/conflict/viewer.js';
import { Returns, ReturnsFile } from '../../infra/http/api-contract.js';
import { asDownload } from '../../infra/http/download.js';
import { IdParam } from '../../infra/http/id-param.js';
import { ZodValidationPipe } from '../../infra/http/zod-validation.pipe.js';
import {
  decisionSchema,
  inspectionSchema,
  motionSchema,
  recommendationSchema,
  recordViewSchema,
  type DecisionDto,
  type InspectionDto,
  type MotionDto,
  type RecommendationDto,
} from './appointment-record.dto.js';
import { AppointmentRecordService } from './appointment-record.service.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF = 'application/pdf';

/** 全程记实 of an appointment: read it, and record 动议, 民主推荐, 考察 and 讨论决定 (each a new version when corrected). */
@ApiTags('vetting (staff)')
@ApiBearerAuth()
@Controller('api/v1/vetting/candidates')
export class AppointmentRecordController {
  constructor(private readonly records: AppointmentRecordService) {}

  @RequirePermission('vetting:read')
  @Get(':id/record')
  @Returns(recordViewSchema, '该人选的全程记实')
  get(@IdParam() id: string, @CurrentViewer() viewer: Viewer) {
    return this.records.view(id, viewer);
  }

  /** The signed 记实表 in Word; `npm run record:verify -- FILE` checks it offline. */
  @RequirePermission('vetting:read')
  @Get(':id/record.docx')
  @ReturnsFile('干部选拔任用全程记实表（Word，带签名与审计链头）', DOCX)
  async docx(
    @IdParam() id: string,
    @CurrentViewer() viewer: Viewer,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.records.download(id, 'DOCX', viewer, staffActor(request));
    void asDownload(reply, { mediaType: DOCX, name: file.fileName, asciiName: 'appointment-record.docx' });
    return file.body;
  }

  /** The signed 记实表 as PDF; `npm run record:verify -- FILE` checks it offline. */
  @RequirePermission('vetting:read')
  @Get(':id/record.pdf')
  @ReturnsFile('干部选拔任用全程记实表（PDF，带签名与审计链头）', PDF)
  async pdf(
    @IdParam() id: string,
    @CurrentViewer() viewer: Viewer,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.records.download(id, 'PDF', viewer, staffActor(request));
    void asDownload(reply, { mediaType: PDF, name: file.fileName, asciiName: 'appointment-record.pdf' });
    return file.body;
  }

  @RequirePermission('vetting:manage')
  @Post(':id/record/motion')
  @HttpCode(200)
  @Returns(recordViewSchema, '动议已记录')
  motion(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(motionSchema)) body: MotionDto,
    @CurrentViewer() viewer: Viewer,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.records.record(id, 'MOTION', body, staffActor(request), viewer);
  }

  @RequirePermission('vetting:manage')
  @Post(':id/record/recommendation')
  @HttpCode(200)
  @Returns(recordViewSchema, '民主推荐已记录')
  recommendation(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(recommendationSchema)) body: RecommendationDto,
    @CurrentViewer() viewer: Viewer,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.records.record(id, 'RECOMMENDATION', body, staffActor(request), viewer);
  }

  @RequirePermission('vetting:manage')
  @Post(':id/record/inspection')
  @HttpCode(200)
  @Returns(recordViewSchema, '考察已记录')
  inspection(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(inspectionSchema)) body: InspectionDto,
    @CurrentViewer() viewer: Viewer,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.records.record(id, 'INSPECTION', body, staffActor(request), viewer);
  }

  /** 409 while the candidate's vetting verdict is not PASS (有情况反映、未审查核实的不上会) or 考察 is not recorded. */
  @RequirePermission('vetting:manage')
  @Post(':id/record/decision')
  @HttpCode(200)
  @Returns(recordViewSchema, '讨论决定已记录')
  decision(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(decisionSchema)) body: DecisionDto,
    @CurrentViewer() viewer: Viewer,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.records.record(id, 'DECISION', body, staffActor(request), viewer);
  }
}
