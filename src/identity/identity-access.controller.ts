import { CurrentViewer, VisibleReportId, type Viewer } from '../auth/conflict/viewer.js';
import { Body, Controller, Get, Header, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { staffActor } from '../audit/audit.interceptor.js';
import { CurrentStaff, RequirePermission, type AuthenticatedRequest, type StaffPrincipal } from '../auth/auth.decorators.js';
import { Returns } from '../infra/http/api-contract.js';
import { ZodValidationPipe } from '../infra/http/zod-validation.pipe.js';
import {
  identityDecisionSchema,
  identityRequestDtoSchema,
  revealedIdentitySchema,
  identityRequestListQuerySchema,
  identityRequestSchema,
  type IdentityDecisionInput,
  type IdentityRequestDto,
  type IdentityRequestInput,
  type RevealedIdentityDto,
} from './dto/identity-request.dto.js';
import { IdentityAccessService } from './identity-access.service.js';
import { IdParam } from '../infra/http/id-param.js';

@ApiTags('reporter identity')
@ApiBearerAuth()
@Controller('api/v1')
export class IdentityAccessController {
  constructor(private readonly access: IdentityAccessService) {}

  @RequirePermission('identity:request')
  @Post('reports/:id/identity-requests')
  @Returns(identityRequestDtoSchema, '申请已提交，待保管人审批')
  request(
    @VisibleReportId() reportId: string,
    @Body(new ZodValidationPipe(identityRequestSchema)) body: IdentityRequestInput,
    @CurrentStaff() staff: StaffPrincipal,
    @Req() req: AuthenticatedRequest,
  ): Promise<IdentityRequestDto> {
    return this.access.request(reportId, body.reason, staff, staffActor(req));
  }

  @RequirePermission('identity:request')
  @Get('identity-requests/mine')
  @Returns(z.array(identityRequestDtoSchema), '本人的查看身份申请')
  mine(@CurrentViewer() viewer: Viewer): Promise<IdentityRequestDto[]> {
    return this.access.mine(viewer);
  }

  @RequirePermission('identity:decide')
  @Get('identity-requests')
  @Returns(z.array(identityRequestDtoSchema), '查看身份申请')
  list(
    @Query(new ZodValidationPipe(identityRequestListQuerySchema)) query: { status: string },
    @CurrentViewer() viewer: Viewer,
  ): Promise<IdentityRequestDto[]> {
    return this.access.list(query.status, viewer);
  }

  @RequirePermission('identity:decide')
  @Post('identity-requests/:id/approve')
  @HttpCode(200)
  @Returns(identityRequestDtoSchema, '已批准')
  approve(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(identityDecisionSchema)) body: IdentityDecisionInput,
    @CurrentViewer() viewer: Viewer,
    @Req() req: AuthenticatedRequest,
  ): Promise<IdentityRequestDto> {
    return this.access.decide(id, true, body.note, viewer, staffActor(req));
  }

  @RequirePermission('identity:decide')
  @Post('identity-requests/:id/refuse')
  @HttpCode(200)
  @Returns(identityRequestDtoSchema, '未批准')
  refuse(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(identityDecisionSchema)) body: IdentityDecisionInput,
    @CurrentViewer() viewer: Viewer,
    @Req() req: AuthenticatedRequest,
  ): Promise<IdentityRequestDto> {
    return this.access.decide(id, false, body.note, viewer, staffActor(req));
  }

  @RequirePermission('identity:request')
  @Get('identity-requests/:id/identity')
  @Header('Cache-Control', 'no-store')
  @Returns(revealedIdentitySchema, '举报人身份（批准的期限内可看，每次查看都记入审计）')
  reveal(@IdParam() id: string, @CurrentViewer() viewer: Viewer, @Req() req: AuthenticatedRequest): Promise<RevealedIdentityDto> {
    return this.access.reveal(id, viewer, staffActor(req));
  }
}
