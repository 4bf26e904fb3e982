import { CurrentViewer, type Viewer } from '../../auth/conflict/viewer.js';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { ZodValidationPipe } from '../../infra/http/zod-validation.pipe.js';
import { assessmentSchema, outcomeSchema, probationListSchema, publishNoticeSchema, type AssessmentDto, type OutcomeDto, type PublishNoticeDto } from '../dto/publicity.dto.js';
import { ProbationService } from '../probation/probation.service.js';
import { OutcomeService } from './outcome.service.js';
import { PublicityService } from './publicity.service.js';

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
  publish(@Param('id') runId: string, @Body(new ZodValidationPipe(publishNoticeSchema)) body: PublishNoticeDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.publicity.publish({ ...body, runId, actorId: staff.userId });
  }

  @RequirePermission('vetting:read')
  @Get('notices/:id')
  notice(@Param('id') id: string) {
    return this.publicity.notice(id);
  }

  @RequirePermission('vetting:manage')
  @Post('candidates/:id/outcome')
  outcome(@Param('id') id: string, @Body(new ZodValidationPipe(outcomeSchema)) body: OutcomeDto, @CurrentViewer() viewer: Viewer) {
    return this.outcomes.record(id, { ...body, actorId: viewer.staff.userId }, viewer);
  }

  @RequirePermission('vetting:read')
  @Get('probations')
  probations(@Query(new ZodValidationPipe(probationListSchema)) query: { due?: 'true' | 'false' }) {
    return this.probation.list(query.due === 'true');
  }

  @RequirePermission('vetting:manage')
  @Post('probations/:id/assessment')
  assess(@Param('id') id: string, @Body(new ZodValidationPipe(assessmentSchema)) body: AssessmentDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.probation.assess(id, { ...body, actorId: staff.userId });
  }
}
