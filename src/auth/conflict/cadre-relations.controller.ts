import { Body, Controller, Delete, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { staffActor } from '../../audit/audit.interceptor.js';
import { ReturnsNothing } from '../../infra/http/api-contract.js';
import { ZodValidationPipe } from '../../infra/http/zod-validation.pipe.js';
import { RequirePermission, type AuthenticatedRequest } from '../auth.decorators.js';
import { CadreRelationsService, RELATION_KINDS } from './cadre-relations.service.js';
import { refuseOwnRecord } from './own-record.js';
import { IdParam } from '../../infra/http/id-param.js';

export const relationSchema = z.strictObject({
  cadreId: z.uuid('cadreId 应为干部编号'),
  relatedCadreId: z.uuid('relatedCadreId 应为干部编号'),
  kind: z
    .enum(RELATION_KINDS, '关系应为 SPOUSE、PARENT、CHILD、SIBLING、IN_LAW 或 OTHER_CLOSE')
    .describe('relatedCadreId 是 cadreId 的什么人'),
});
type RelationDto = z.infer<typeof relationSchema>;

/** Recorded close relations between cadres, for 回避: a relative of a tip's subject does not see the tip. */
@ApiTags('conflict of interest')
@ApiBearerAuth()
@Controller('api/v1/cadre-relations')
export class CadreRelationsController {
  constructor(private readonly relations: CadreRelationsService) {}

  @RequirePermission('cadres:manage')
  @Post()
  @HttpCode(204)
  @ReturnsNothing('关系已记录')
  async record(@Body(new ZodValidationPipe(relationSchema)) body: RelationDto, @Req() req: AuthenticatedRequest): Promise<void> {
    refuseOwnRecord(req.staff!, { cadreIds: [body.cadreId, body.relatedCadreId] });
    await this.relations.record(body, staffActor(req));
  }

  @RequirePermission('cadres:manage')
  @Delete(':cadreId/:relatedCadreId')
  @HttpCode(204)
  @ReturnsNothing('关系已删除')
  async remove(
    @IdParam('cadreId') cadreId: string,
    @IdParam('relatedCadreId') relatedCadreId: string,
    @Req() req: AuthenticatedRequest,
  ): Promise<void> {
    refuseOwnRecord(req.staff!, { cadreIds: [cadreId, relatedCadreId] });
    await this.relations.remove(cadreId, relatedCadreId, staffActor(req));
  }
}
