import { CurrentViewer, type Viewer } from '../auth/conflict/viewer.js';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RequirePermission } from '../auth/auth.decorators.js';
import { z } from 'zod';
import { Returns, ReturnsFile } from '../infra/http/api-contract.js';
import { ZodValidationPipe } from '../infra/http/zod-validation.pipe.js';
import {
  addItemSchema,
  attendanceSchema,
  decisionSchema,
  opinionsSchema,
  orderSchema,
  scheduleSchema,
  updateSchema,
  type AddItemDto,
  type AttendanceDto,
  type DecisionDto,
  type OpinionsDto,
  type ScheduleDto,
  type UpdateDto,
} from './dto/meetings.dto.js';
import { MeetingDecisionsService } from './meeting-decisions.service.js';
import { meetingSummarySchema, meetingViewSchema, type MeetingSummary, type MeetingView } from './meeting-view.js';
import { MeetingsService } from './meetings.service.js';
import { MinutesDocumentService } from './minutes-document.service.js';
import { asDownload } from '../infra/http/download.js';
import { IdParam } from '../infra/http/id-param.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Joint meetings (联席会议): schedule, agenda, attendance, opinions, decisions, minutes. */
@ApiTags('meetings (staff)')
@ApiBearerAuth()
@Controller('api/v1/meetings')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly decisions: MeetingDecisionsService,
    private readonly minutes: MinutesDocumentService,
  ) {}

  @RequirePermission('meetings:read')
  @Get()
  @Returns(z.array(meetingSummarySchema), '联席会议')
  list(@CurrentViewer() viewer: Viewer): Promise<MeetingSummary[]> {
    return this.meetings.list(viewer);
  }

  /** Schedules the meeting; its agenda is proposed from the open items at once. */
  @RequirePermission('meetings:manage')
  @Post()
  @Returns(meetingViewSchema, '会议已安排')
  schedule(@Body(new ZodValidationPipe(scheduleSchema)) dto: ScheduleDto, @CurrentViewer() viewer: Viewer): Promise<MeetingView> {
    return this.meetings.schedule(dto, viewer.staff, viewer);
  }

  @RequirePermission('meetings:read')
  @Get(':id')
  @Returns(meetingViewSchema, '会议')
  get(@IdParam() id: string, @CurrentViewer() viewer: Viewer): Promise<MeetingView> {
    return this.meetings.view(id, viewer);
  }

  @RequirePermission('meetings:manage')
  @Patch(':id')
  @Returns(meetingViewSchema, '会议已修改')
  update(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(updateSchema)) dto: UpdateDto,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MeetingView> {
    return this.meetings.update(id, dto, viewer);
  }

  /** Adds to the agenda what has become open since it was proposed. */
  @RequirePermission('meetings:manage')
  @Post(':id/agenda/propose')
  @HttpCode(200)
  @Returns(meetingViewSchema, '已按规则生成议程')
  propose(@IdParam() id: string, @CurrentViewer() viewer: Viewer): Promise<MeetingView> {
    return this.meetings.propose(id, viewer);
  }

  @RequirePermission('meetings:manage')
  @Put(':id/agenda/order')
  @Returns(meetingViewSchema, '议程顺序已调整')
  reorder(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(orderSchema)) dto: { itemIds: string[] },
    @CurrentViewer() viewer: Viewer,
  ): Promise<MeetingView> {
    return this.meetings.reorder(id, dto.itemIds, viewer);
  }

  @RequirePermission('meetings:manage')
  @Post(':id/items')
  @Returns(meetingViewSchema, '议题已加入')
  addItem(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(addItemSchema)) dto: AddItemDto,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MeetingView> {
    return this.meetings.addItem(id, dto, viewer);
  }

  @RequirePermission('meetings:manage')
  @Delete(':id/items/:itemId')
  @Returns(meetingViewSchema, '议题已移除')
  removeItem(@IdParam() id: string, @IdParam('itemId') itemId: string, @CurrentViewer() viewer: Viewer): Promise<MeetingView> {
    return this.meetings.removeItem(id, itemId, viewer);
  }

  @RequirePermission('meetings:manage')
  @Put(':id/attendance')
  @Returns(meetingViewSchema, '出席情况已记录')
  attendance(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(attendanceSchema)) dto: AttendanceDto,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MeetingView> {
    return this.meetings.recordAttendance(id, dto, viewer.staff, viewer);
  }

  @RequirePermission('meetings:manage')
  @Put(':id/items/:itemId/opinions')
  @Returns(meetingViewSchema, '成员单位意见已记录')
  opinions(
    @IdParam() id: string,
    @IdParam('itemId') itemId: string,
    @Body(new ZodValidationPipe(opinionsSchema)) dto: OpinionsDto,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MeetingView> {
    return this.meetings.recordOpinions(id, itemId, dto, viewer.staff, viewer);
  }

  @RequirePermission('meetings:manage')
  @Post(':id/items/:itemId/decision')
  @HttpCode(200)
  @Returns(meetingViewSchema, '决定已记录')
  decide(
    @IdParam() id: string,
    @IdParam('itemId') itemId: string,
    @Body(new ZodValidationPipe(decisionSchema)) dto: DecisionDto,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MeetingView> {
    return this.decisions.decide(id, itemId, dto, viewer.staff, viewer);
  }

  @RequirePermission('meetings:read')
  @Get(':id/minutes.docx')
  @ReturnsFile('会议纪要（Word）', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  async minutesDocx(
    @IdParam() id: string,
    @CurrentViewer() viewer: Viewer,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.minutes.render(id, viewer);
    void asDownload(reply, { mediaType: DOCX, name: file.fileName, asciiName: 'meeting-minutes.docx' });
    return file.body;
  }
}
