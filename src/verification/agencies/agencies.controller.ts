import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../auth/auth.decorators.js';
import { ZodValidationPipe } from '../../infra/http/zod-validation.pipe.js';
import { AgencyDirectory } from './agency-directory.service.js';
import { z } from 'zod';
import { Returns } from '../../infra/http/api-contract.js';
import { agencyInputSchema, agencyPatchSchema, agencySchema, type AgencyInput, type AgencyPatch } from './agency.dto.js';

/** Admins keep the list of member agencies and the addresses their notices go to. */
@ApiTags('agencies')
@ApiBearerAuth()
@Controller('api/v1/agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgencyDirectory) {}

  @RequirePermission('agencies:manage')
  @Get()
  @Returns(z.array(agencySchema), '成员单位')
  list() {
    return this.agencies.list();
  }

  @RequirePermission('agencies:manage')
  @Post()
  @Returns(agencySchema, '成员单位已添加')
  create(@Body(new ZodValidationPipe(agencyInputSchema)) body: AgencyInput) {
    return this.agencies.create(body);
  }

  @RequirePermission('agencies:manage')
  @Patch(':code')
  @Returns(agencySchema, '成员单位已修改')
  update(@Param('code') code: string, @Body(new ZodValidationPipe(agencyPatchSchema)) body: AgencyPatch) {
    return this.agencies.update(code, body);
  }
}
