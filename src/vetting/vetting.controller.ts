import { CurrentViewer, type Viewer } from '../auth/conflict/viewer.js';
import { Returns } from '../infra/http/api-contract.js';
import { candidateViewSchema, runViewSchema, startedRunSchema } from './dto/vetting.dto.js';
import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../auth/auth.decorators.js';
import { ZodValidationPipe } from '../infra/http/zod-validation.pipe.js';
import { VettingService } from './vetting.service.js';
import { IdParam } from '../infra/http/id-param.js';

const startRunSchema = z.strictObject({
  title: z.string().trim().min(2, '请填写批次名称').max(200),
  slate: z
    .array(
      z.strictObject({
        cadreId: z.uuid('cadreId 应为干部编号（UUID）'),
        proposedPost: z.string().trim().min(2, '请填写拟任职务').max(200),
        unitId: z.uuid().optional(),
        level: z.string().trim().max(30).optional(),
        promotion: z.boolean().optional(),
      }),
    )
    .min(1, '请至少提名一名拟任人选')
    .max(200),
  agencyCodes: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/)).optional(),
});

@ApiTags('vetting (staff)')
@ApiBearerAuth()
@Controller('api/v1/vetting')
export class VettingController {
  constructor(private readonly vetting: VettingService) {}

  @RequirePermission('vetting:manage')
  @Post('runs')
  @Returns(startedRunSchema, '审查已开始：已向成员单位征求意见，返回各人选的初步结论')
  async start(@Body(new ZodValidationPipe(startRunSchema)) body: z.infer<typeof startRunSchema>, @CurrentViewer() viewer: Viewer) {
    const { runId, candidates } = await this.vetting.startRun({ ...body, actorId: viewer.staff.userId });
    return { runId, candidates: candidates.map((c) => this.vetting.forViewer(c, viewer)) };
  }

  @RequirePermission('vetting:read')
  @Get('runs/:id')
  @Returns(runViewSchema, '审查批次')
  get(@IdParam() id: string, @CurrentViewer() viewer: Viewer) {
    return this.vetting.getRun(id, viewer);
  }

  @RequirePermission('vetting:read')
  @Get('candidates/:id')
  @Returns(candidateViewSchema, '人选的审查结论及理由')
  candidate(@IdParam() id: string, @CurrentViewer() viewer: Viewer) {
    return this.vetting.candidate(id, viewer);
  }
}
