import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../auth/auth.decorators.js';
import { CurrentViewer, type Viewer } from '../auth/conflict/viewer.js';
import type { FastifyReply } from 'fastify';
import { Returns, ReturnsFile } from '../infra/http/api-contract.js';
import { asEvidence } from '../infra/http/download.js';
import { ZodValidationPipe } from '../infra/http/zod-validation.pipe.js';
import {
  reportDetailSchema,
  reportListQuerySchema,
  reportListSchema,
  staffMessageResultSchema,
  type ReportDetailDto,
  type ReportListDto,
  type ReportListQuery,
} from './dto/report-list.dto.js';
import { staffMessageSchema, type StaffMessageDto } from './dto/staff-message.dto.js';
import { ReporterQuestions } from './reporter-questions.service.js';
import { ReportsService } from './reports.service.js';
import { IdParam } from '../infra/http/id-param.js';

@ApiTags('reports (staff)')
@ApiBearerAuth()
@Controller('api/v1/reports')
export class StaffReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly questions: ReporterQuestions,
  ) {}

  @RequirePermission('reports:read')
  @Get()
  @Returns(reportListSchema, '举报列表（按收到时间倒序）')
  list(
    @Query(new ZodValidationPipe(reportListQuerySchema)) query: ReportListQuery,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReportListDto> {
    return this.reports.list(query, viewer);
  }

  @RequirePermission('reports:read')
  @Get(':id')
  @Returns(reportDetailSchema, '举报详情')
  get(@IdParam() id: string, @CurrentViewer() viewer: Viewer): Promise<ReportDetailDto> {
    return this.reports.get(id, viewer);
  }

  /** A reporter's file (evidence): images shown inline, documents and audio downloaded; every access is audited. */
  @RequirePermission('reports:read')
  @Get(':id/attachments/:attachmentId')
  @ReturnsFile('举报人提交的附件（图片在页面中显示，其他文件下载）', '*/*')
  async attachment(
    @IdParam() id: string,
    @IdParam('attachmentId') attachmentId: string,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.reports.attachment(id, attachmentId, viewer);
    void asEvidence(reply, file).send(file.stream);
  }

  /** A question or notice to the reporter, who reads it with the receipt code. */
  @RequirePermission('reports:handle')
  @Post(':id/messages')
  @Returns(staffMessageResultSchema, '消息已留给举报人')
  async message(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(staffMessageSchema)) body: StaffMessageDto,
    @CurrentStaff() staff: StaffPrincipal,
    @CurrentViewer() viewer: Viewer,
  ) {
    await viewer.visible(id);
    const message = await this.questions.ask(id, staff.userId, body.body);
    return { id: message.id, createdAt: message.createdAt.toISOString(), reporterNotified: message.notified };
  }
}
