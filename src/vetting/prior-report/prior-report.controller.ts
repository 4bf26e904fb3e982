import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../auth/auth.decorators.js';
import { CurrentViewer, type Viewer } from '../../auth/conflict/viewer.js';
import { Returns } from '../../infra/http/api-contract.js';
import { IdParam } from '../../infra/http/id-param.js';
import { ZodValidationPipe } from '../../infra/http/zod-validation.pipe.js';
import {
  priorReportChangeSchema,
  priorReportReplySchema,
  priorReportSentSchema,
  priorReportViewSchema,
  type PriorReportReplyDto,
  type PriorReportSentDto,
} from '../dto/prior-report.dto.js';
import { PriorReportService } from './prior-report.service.js';

/** 报备 of a vetting candidate to the higher organization department, and its reply. */
@ApiTags('vetting (staff)')
@ApiBearerAuth()
@Controller('api/v1/vetting/candidates')
export class PriorReportController {
  constructor(private readonly priorReports: PriorReportService) {}

  @RequirePermission('vetting:read')
  @Get(':id/prior-report')
  @Returns(priorReportViewSchema, '报备情况：拟任职务是否须报备，已报备及上级回复的记录')
  view(@IdParam() id: string) {
    return this.priorReports.view(id);
  }

  @RequirePermission('vetting:manage')
  @Post(':id/prior-report')
  @Returns(priorReportChangeSchema, '已记录报备（回复记录之前可以更正），并重新评估该人选')
  sent(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(priorReportSentSchema)) body: PriorReportSentDto,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.priorReports.recordSent(id, body, viewer.staff.userId, viewer);
  }

  @RequirePermission('vetting:manage')
  @Post(':id/prior-report/reply')
  @Returns(priorReportChangeSchema, '已记录上级组织部门的回复，并重新评估该人选')
  reply(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(priorReportReplySchema)) body: PriorReportReplyDto,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.priorReports.recordReply(id, body, viewer.staff.userId, viewer);
  }
}
