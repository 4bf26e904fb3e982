import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../auth/auth.decorators.js';
import { rolesGrant } from '../auth/roles.js';
import { refuseOwnRecord } from '../auth/conflict/own-record.js';
import { CurrentViewer, type Viewer } from '../auth/conflict/viewer.js';
import { Returns, ReturnsNothing } from '../infra/http/api-contract.js';
import { ZodValidationPipe } from '../infra/http/zod-validation.pipe.js';
import { CadreRecordsService } from './cadre-records.service.js';
import { CadresService } from './cadres.service.js';
import {
  cadreDetailSchema,
  cadreListQuerySchema,
  cadreListSchema,
  createdIdSchema,
  drawSchemaResult,
  drawVerificationSchema,
  findingRecordSchema,
  linkResultSchema,
  quotaLineSchema,
  type CadreListQuery,
} from './dto/cadre.dto.js';
import {
  drawSchema,
  fileAuditSchema,
  findingSchema,
  investigationSchema,
  linkReportSchema,
  personalMattersSchema,
  quotaSchema,
  sanctionSchema,
  unitNameSchema,
} from './dto/record-inputs.dto.js';
import { UnitsService } from './units.service.js';
import { IdParam } from '../infra/http/id-param.js';

@ApiTags('cadres (staff)')
@ApiBearerAuth()
@Controller('api/v1')
export class CadresController {
  constructor(
    private readonly cadres: CadresService,
    private readonly records: CadreRecordsService,
    private readonly units: UnitsService,
  ) {}

  @RequirePermission('cadres:read')
  @Get('cadres')
  @Returns(cadreListSchema, '干部名册')
  list(@Query(new ZodValidationPipe(cadreListQuerySchema)) query: CadreListQuery) {
    return this.cadres.list(query);
  }

  @RequirePermission('cadres:read')
  @Get('cadres/:id')
  @Returns(cadreDetailSchema, '干部档案')
  get(@IdParam() id: string, @CurrentViewer() viewer: Viewer) {
    const staff = viewer.staff;
    return this.cadres.getDetail(id, rolesGrant(staff.roles, 'reports:read') ? viewer : null);
  }

  @RequirePermission('cadres:manage')
  @Post('cadres/:id/reports')
  @HttpCode(200)
  @Returns(linkResultSchema, '举报已关联到该干部')
  async link(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(linkReportSchema)) body: z.infer<typeof linkReportSchema>,
    @CurrentViewer() viewer: Viewer,
  ) {
    const staff = viewer.staff;
    refuseOwnRecord(staff, { cadreIds: [id] });
    await viewer.visible(body.reportId);
    return this.records.linkReport({ reportId: body.reportId, cadreId: id, source: 'STAFF', actorId: staff.userId });
  }

  @RequirePermission('cadres:manage')
  @Post('cadres/:id/sanctions')
  @Returns(createdIdSchema, '处分已记录')
  async sanction(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(sanctionSchema)) body: z.infer<typeof sanctionSchema>,
    @CurrentViewer() viewer: Viewer,
  ) {
    const staff = viewer.staff;
    refuseOwnRecord(staff, { cadreIds: [id] });
    if (body.reportId) await viewer.visible(body.reportId);
    return this.records.recordSanction({ ...body, cadreId: id, actorId: staff.userId });
  }

  @RequirePermission('reports:handle')
  @Post('cadres/:id/findings')
  @Returns(findingRecordSchema, '核查结论已记入档案')
  async finding(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(findingSchema)) body: z.infer<typeof findingSchema>,
    @CurrentViewer() viewer: Viewer,
  ) {
    const staff = viewer.staff;
    refuseOwnRecord(staff, { cadreIds: [id] });
    if (body.reportId) await viewer.visible(body.reportId);
    return this.records.recordFinding({ ...body, cadreId: id, actorId: staff.userId });
  }

  @RequirePermission('cadres:manage')
  @Put('cadres/:id/investigation')
  @HttpCode(204)
  @ReturnsNothing('已记录')
  async investigation(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(investigationSchema)) body: z.infer<typeof investigationSchema>,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    refuseOwnRecord(staff, { cadreIds: [id] });
    await this.records.setInvestigation({ ...body, cadreId: id });
  }

  @RequirePermission('cadres:manage')
  @Put('cadres/:id/file-audit')
  @HttpCode(204)
  @ReturnsNothing('档案专审已记录')
  async fileAudit(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(fileAuditSchema)) body: z.infer<typeof fileAuditSchema>,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    refuseOwnRecord(staff, { cadreIds: [id] });
    await this.records.recordFileAudit({ ...body, cadreId: id });
  }

  @RequirePermission('cadres:manage')
  @Put('cadres/:id/personal-matters')
  @HttpCode(204)
  @ReturnsNothing('个人有关事项报告已记录')
  async personalMatters(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(personalMattersSchema)) body: z.infer<typeof personalMattersSchema>,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    refuseOwnRecord(staff, { cadreIds: [id] });
    await this.records.recordPersonalMatters({ ...body, cadreId: id });
  }

  @RequirePermission('cadres:manage')
  @Post('personal-matters/draws')
  @Returns(drawSchemaResult, '本年度随机抽查名单')
  draw(@Body(new ZodValidationPipe(drawSchema)) body: z.infer<typeof drawSchema>, @CurrentStaff() staff: StaffPrincipal) {
    return this.records.drawPersonalMattersCheck(body.year, staff.userId);
  }

  @RequirePermission('cadres:read')
  @Get('personal-matters/draws/:year/verify')
  @Returns(drawVerificationSchema, '抽查结果复核')
  verifyDraw(@Param('year') year: string) {
    return this.records.verifyPersonalMattersDraw(Number.parseInt(year, 10));
  }

  @RequirePermission('cadres:read')
  @Get('quotas')
  @Returns(z.array(quotaLineSchema), '各单位职数；over=true 只列超职数的')
  quotas(@Query('over') over?: string) {
    return this.units.quotaReport(over === 'true');
  }

  @RequirePermission('cadres:manage')
  @Put('units/:id/quotas')
  @HttpCode(204)
  @ReturnsNothing('职数已设置')
  async setQuota(@IdParam() id: string, @Body(new ZodValidationPipe(quotaSchema)) body: z.infer<typeof quotaSchema>) {
    await this.units.setQuota(id, body.level, body.approved);
  }

  @RequirePermission('cadres:manage')
  @Post('units/:id/names')
  @HttpCode(204)
  @ReturnsNothing('单位名称已添加')
  async addName(@IdParam() id: string, @Body(new ZodValidationPipe(unitNameSchema)) body: z.infer<typeof unitNameSchema>) {
    await this.units.addName(id, body.name, body.kind, body.inUseFrom ?? null);
  }
}
