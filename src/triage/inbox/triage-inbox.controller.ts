import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { CurrentViewer, VisibleReportId, type Viewer } from '../../auth/conflict/viewer.js';
import { Returns } from '../../infra/http/api-contract.js';
import { ZodValidationPipe } from '../../infra/http/zod-validation.pipe.js';
import {
  assignResultSchema,
  assignSchema,
  categoryResultSchema,
  closeResultSchema,
  decisionResultSchema,
  dispositionResultSchema,
  findingResultSchema,
  mergeResultSchema,
  noteResultSchema,
  reopenResultSchema,
  subjectResultSchema,
  categorySchema,
  chooseSubjectSchema,
  closeSchema,
  decisionSchema,
  dispositionSchema,
  findingSchema,
  mergeSchema,
  noteSchema,
  reopenSchema,
  type DispositionDto,
} from './dto/actions.dto.js';
import { caseViewSchema, inboxPageSchema, inboxQuerySchema, type InboxPage, type InboxQuery } from './dto/inbox.dto.js';
import { CaseActionsService } from './case-actions.service.js';
import { InboxService, type CaseView } from './inbox.service.js';
import { IdParam } from '../../infra/http/id-param.js';

/** The triage inbox, the case view and every staff action on a case. */
@ApiTags('triage (staff)')
@ApiBearerAuth()
@Controller('api/v1/triage')
export class TriageInboxController {
  constructor(
    private readonly inbox: InboxService,
    private readonly actions: CaseActionsService,
  ) {}

  @RequirePermission('reports:read')
  @Get('inbox')
  @Returns(inboxPageSchema, '分拣收件箱的一页')
  list(@Query(new ZodValidationPipe(inboxQuerySchema)) query: InboxQuery, @CurrentViewer() viewer: Viewer): Promise<InboxPage> {
    return this.inbox.list(query, viewer);
  }

  @RequirePermission('reports:read')
  @Get('cases/:id')
  @Returns(caseViewSchema, '案件详情：举报内容、分拣结果、被反映人、期限、办理情况')
  view(@IdParam() id: string, @CurrentViewer() viewer: Viewer): Promise<CaseView> {
    return this.inbox.caseView(id, viewer);
  }

  @RequirePermission('reports:handle')
  @Post('cases/:id/category')
  @HttpCode(200)
  @Returns(categoryResultSchema, '类别已确认')
  category(
    @VisibleReportId() id: string,
    @Body(new ZodValidationPipe(categorySchema)) dto: z.infer<typeof categorySchema>,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    return this.actions.setCategory(id, staff, dto.category);
  }

  @RequirePermission('reports:handle')
  @Post('cases/:id/subjects/:subjectId/confirm')
  @HttpCode(200)
  @Returns(subjectResultSchema, '被反映人已确认为该干部')
  confirmSubject(
    @VisibleReportId() id: string,
    @IdParam('subjectId', 'serial') subjectId: string,
    @Body(new ZodValidationPipe(chooseSubjectSchema)) dto: z.infer<typeof chooseSubjectSchema>,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    return this.actions.chooseSubject(id, subjectId, staff, dto.cadreId);
  }

  @RequirePermission('reports:handle')
  @Post('cases/:id/subjects/:subjectId/unlink')
  @HttpCode(200)
  @Returns(subjectResultSchema, '已解除与干部的关联')
  unlinkSubject(@VisibleReportId() id: string, @IdParam('subjectId', 'serial') subjectId: string, @CurrentStaff() staff: StaffPrincipal) {
    return this.actions.unlinkSubject(id, subjectId, staff);
  }

  @RequirePermission('reports:handle')
  @Post('cases/:id/merge')
  @HttpCode(200)
  @Returns(mergeResultSchema, '已合并')
  async merge(
    @VisibleReportId() id: string,
    @Body(new ZodValidationPipe(mergeSchema)) dto: z.infer<typeof mergeSchema>,
    @CurrentViewer() viewer: Viewer,
  ) {
    await viewer.visible(dto.intoReportId, '要合并到的举报'); // 回避: the target named in the body answers as an unknown one
    return this.actions.merge(id, viewer.staff, dto.intoReportId);
  }

  @RequirePermission('reports:handle')
  @Post('cases/:id/assign')
  @HttpCode(200)
  @Returns(assignResultSchema, '已指定经办人')
  assign(
    @VisibleReportId() id: string,
    @Body(new ZodValidationPipe(assignSchema)) dto: z.infer<typeof assignSchema>,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    return this.actions.assign(id, staff, dto.assigneeId);
  }

  @RequirePermission('reports:handle')
  @Post('cases/:id/disposition')
  @HttpCode(200)
  @Returns(dispositionResultSchema, '处置已生效，或已提交审批')
  dispose(
    @VisibleReportId() id: string,
    @Body(new ZodValidationPipe(dispositionSchema)) dto: DispositionDto,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    return this.actions.dispose(id, staff, dto);
  }

  /** A supervisor approves or refuses a proposed disposition or closure. */
  @RequirePermission('reports:approve')
  @Post('cases/:id/decision')
  @HttpCode(200)
  @Returns(decisionResultSchema, '审批结果')
  decide(
    @VisibleReportId() id: string,
    @Body(new ZodValidationPipe(decisionSchema)) dto: z.infer<typeof decisionSchema>,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    return this.actions.decide(id, staff, dto.approve, dto.comment);
  }

  /** Internal note: never shown to the reporter. */
  @RequirePermission('reports:handle')
  @Post('cases/:id/notes')
  @Returns(noteResultSchema, '备注已保存')
  note(
    @VisibleReportId() id: string,
    @Body(new ZodValidationPipe(noteSchema)) dto: z.infer<typeof noteSchema>,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    return this.actions.addNote(id, staff, dto.body);
  }

  @RequirePermission('reports:handle')
  @Post('cases/:id/finding')
  @HttpCode(200)
  @Returns(findingResultSchema, '核查结论已记录')
  finding(
    @VisibleReportId() id: string,
    @Body(new ZodValidationPipe(findingSchema)) dto: z.infer<typeof findingSchema>,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    return this.actions.recordFinding(id, staff, dto.finding, dto.outcomeForReporter);
  }

  @RequirePermission('reports:handle')
  @Post('cases/:id/close')
  @HttpCode(200)
  @Returns(closeResultSchema, '已办结，或已提交审批')
  close(
    @VisibleReportId() id: string,
    @Body(new ZodValidationPipe(closeSchema)) dto: z.infer<typeof closeSchema>,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    return this.actions.close(id, staff, dto.comment);
  }

  /** 重新办理: a supervisor reopens a concluded, transferred or refused case, with the reason. */
  @RequirePermission('reports:approve')
  @Post('cases/:id/reopen')
  @HttpCode(200)
  @Returns(reopenResultSchema, '已重新办理')
  reopen(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(reopenSchema)) dto: z.infer<typeof reopenSchema>,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    return this.actions.reopen(id, staff, dto.reason);
  }
}
