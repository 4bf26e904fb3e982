import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../auth/auth.decorators.js';
import { rolesGrant } from '../auth/roles.js';
import { ZodValidationPipe } from '../infra/http/zod-validation.pipe.js';
import { CadresService } from './cadres.service.js';
import { cadreListQuerySchema, type CadreListQuery } from './dto/cadre.dto.js';
import { quotaSchema, unitNameSchema } from './dto/record-inputs.dto.js';
import { UnitsService } from './units.service.js';

@ApiTags('cadres (staff)')
@ApiBearerAuth()
@Controller('api/v1')
export class CadresController {
  constructor(
    private readonly cadres: CadresService,
    private readonly units: UnitsService,
  ) {}

  @RequirePermission('cadres:read')
  @Get('cadres')
  list(@Query(new ZodValidationPipe(cadreListQuerySchema)) query: CadreListQuery) {
    return this.cadres.list(query);
  }

  @RequirePermission('cadres:read')
  @Get('cadres/:id')
  get(@Param('id') id: string, @CurrentStaff() staff: StaffPrincipal) {
    return this.cadres.getDetail(id, rolesGrant(staff.roles, 'reports:read'));
  }

  @RequirePermission('cadres:read')
  @Get('quotas')
  quotas(@Query('over') over?: string) {
    return this.units.quotaReport(over === 'true');
  }

  @RequirePermission('cadres:manage')
  @Put('units/:id/quotas')
  @HttpCode(204)
  async setQuota(@Param('id') id: string, @Body(new ZodValidationPipe(quotaSchema)) body: z.infer<typeof quotaSchema>) {
    await this.units.setQuota(id, body.level, body.approved);
  }

  @RequirePermission('cadres:manage')
  @Post('units/:id/names')
  @HttpCode(204)
  async addName(@Param('id') id: string, @Body(new ZodValidationPipe(unitNameSchema)) body: z.infer<typeof unitNameSchema>) {
    await this.units.addName(id, body.name, body.kind);
  }
}
