import { CurrentViewer, type Viewer } from '../../auth/conflict/viewer.js';
import { z } from 'zod';
import { Returns } from '../../infra/http/api-contract.js';
import { candidateViewSchema } from '../dto/vetting.dto.js';
import { noticeViewSchema, probationViewSchema } from '../dto/publicity.dto.js';
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { ZodValidationPipe } from '../../infra/http/zod-validation.pipe.js';
import {
  assessmentSchema,
  outcomeSchema,
  probationListSchema,
  publishNoticeSchema,
  withdrawNoticeSchema,
  type AssessmentDto,
  type OutcomeDto,
  type PublishNoticeDto,
  type WithdrawNoticeDto,
} from '../dto/publicity.dto.js';
import { ProbationService } from '../probation/probation.service.js';
import { OutcomeService } from './outcome.service.js';
import { PublicityService } from './publicity.service.js';
import { IdParam } from '../../infra/http/id-param.js';

@ApiTags('vetting (staff)')
@ApiBearerAuth()
@Controller('api/v1/vetting')
export class PublicityController {
  constructor(
    private readonly publicity: PublicityService,
    private readonly outcomes: OutcomeService,
    private readonly probation: ProbationService,
  ) {}

  @RequirePermission('vetting:manage')
  @Post('runs/:id/notices')
  @Returns(noticeViewSchema, '公示已发布')
  publish(
    @IdParam() runId: string,
    @Body(new ZodValidationPipe(publishNoticeSchema)) body: PublishNoticeDto,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    return this.publicity.publish({ ...body, runId, actorId: staff.userId });
  }

  @RequirePermission('vetting:read')
  @Get('notices/:id')
  @Returns(noticeViewSchema, '任前公示')
  notice(@IdParam() id: string) {
    return this.publicity.notice(id);
  }

  /** 撤销 a notice before its period ends; 409 when it was already withdrawn or has ended. */
  @RequirePermission('vetting:manage')
  @Post('notices/:id/withdraw')
  @HttpCode(200)
  @Returns(noticeViewSchema, '公示已撤销')
  withdraw(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(withdrawNoticeSchema)) body: WithdrawNoticeDto,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    return this.publicity.withdraw(id, { reason: body.reason, actorId: staff.userId });
  }

  @RequirePermission('vetting:manage')
  @Post('candidates/:id/outcome')
  @Returns(candidateViewSchema, '任用决定已记录')
  outcome(@IdParam() id: string, @Body(new ZodValidationPipe(outcomeSchema)) body: OutcomeDto, @CurrentViewer() viewer: Viewer) {
    return this.outcomes.record(id, { ...body, actorId: viewer.staff.userId }, viewer);
  }

  @RequirePermission('vetting:read')
  @Get('probations')
  @Returns(z.array(probationViewSchema), '试用期人员；due=true 只列到期待考核的')
  probations(@Query(new ZodValidationPipe(probationListSchema)) query: { due?: 'true' | 'false' }) {
    return this.probation.list(query.due === 'true');
  }

  @RequirePermission('vetting:manage')
  @Post('probations/:id/assessment')
  @Returns(probationViewSchema, '试用期考核已记录')
  assess(@IdParam() id: string, @Body(new ZodValidationPipe(assessmentSchema)) body: AssessmentDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.probation.assess(id, { ...body, actorId: staff.userId });
  }
}
