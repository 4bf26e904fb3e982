import { Body, Controller, Delete, HttpCode, HttpStatus, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { staffActor } from '../../audit/audit.interceptor.js';
import { AuditService } from '../../audit/audit.service.js';
import { DomainException, notFound } from '../../infra/http/domain-exception.js';
import { ReturnsNothing } from '../../infra/http/api-contract.js';
import { ZodValidationPipe } from '../../infra/http/zod-validation.pipe.js';
import { RequirePermission, type AuthenticatedRequest } from '../auth.decorators.js';
import { refuseOwnRecord } from './own-record.js';

const relationSchema = z.strictObject({
  cadreId: z.uuid('cadreId 应为干部编号'),
  relatedCadreId: z.uuid('relatedCadreId 应为干部编号'),
  kind: z.enum(
    ['SPOUSE', 'PARENT', 'CHILD', 'SIBLING', 'IN_LAW', 'OTHER_CLOSE'],
    '关系应为 SPOUSE、PARENT、CHILD、SIBLING、IN_LAW 或 OTHER_CLOSE',
  ),
});
type RelationDto = z.infer<typeof relationSchema>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Recorded close relations between cadres, for 回避: a relative of a tip's subject does not see the tip. */
@ApiTags('conflict of interest')
@ApiBearerAuth()
@Controller('api/v1/cadre-relations')
export class CadreRelationsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  @RequirePermission('cadres:manage')
  @Post()
  @HttpCode(204)
  @ReturnsNothing('关系已记录')
  async record(@Body(new ZodValidationPipe(relationSchema)) body: RelationDto, @Req() req: AuthenticatedRequest): Promise<void> {
    refuseOwnRecord(req.staff!, { cadreIds: [body.cadreId, body.relatedCadreId] });
    if (body.cadreId === body.relatedCadreId) throw new DomainException(HttpStatus.BAD_REQUEST, 'SAME_CADRE', '不能记录干部与本人的关系');
    const found: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM cadre WHERE id = ANY($1::uuid[])`, [
      [body.cadreId, body.relatedCadreId],
    ]);
    if (found.length !== 2) throw notFound('干部');
    await this.dataSource.query(
      `INSERT INTO cadre_relation (cadre_id, related_cadre_id, kind, recorded_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (cadre_id, related_cadre_id) DO UPDATE SET kind = EXCLUDED.kind, recorded_by = EXCLUDED.recorded_by, recorded_at = now()`,
      [body.cadreId, body.relatedCadreId, body.kind, req.staff!.userId],
    );
    await this.audit.record({
      ...staffActor(req),
      action: 'cadre.relation.record',
      targetType: 'cadres',
      targetId: body.cadreId,
      details: { ...body },
    });
  }

  @RequirePermission('cadres:manage')
  @Delete(':cadreId/:relatedCadreId')
  @HttpCode(204)
  @ReturnsNothing('关系已删除')
  async remove(
    @Param('cadreId') cadreId: string,
    @Param('relatedCadreId') relatedCadreId: string,
    @Req() req: AuthenticatedRequest,
  ): Promise<void> {
    if (!UUID.test(cadreId) || !UUID.test(relatedCadreId)) throw notFound('关系记录');
    refuseOwnRecord(req.staff!, { cadreIds: [cadreId, relatedCadreId] });
    const [, removed]: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM cadre_relation WHERE cadre_id = $1 AND related_cadre_id = $2`,
      [cadreId, relatedCadreId],
    );
    if (!removed) throw notFound('关系记录');
    await this.audit.record({
      ...staffActor(req),
      action: 'cadre.relation.remove',
      targetType: 'cadres',
      targetId: cadreId,
      details: { relatedCadreId },
    });
  }
}
