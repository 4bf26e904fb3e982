import { Controller, Get, HttpStatus, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { ZodValidationPipe } from '../../infra/http/zod-validation.pipe.js';
import { AcceptsFiles, Returns, ReturnsFile } from '../../infra/http/api-contract.js';
import { importResultSchema, RosterImportService, type ImportResult } from './roster-import.service.js';
import { asDownload } from '../../infra/http/download.js';

const importQuerySchema = z.strictObject({ mode: z.enum(['ALL_OR_NOTHING', 'SKIP_INVALID']).default('ALL_OR_NOTHING') });

@ApiTags('cadres (staff)')
@ApiBearerAuth()
@Controller('api/v1/roster')
export class RosterController {
  constructor(private readonly roster: RosterImportService) {}

  @RequirePermission('cadres:manage')
  @Post('imports')
  @AcceptsFiles('名册文件（.xlsx 或 .csv，中文表头）', { field: 'file' })
  @Returns(importResultSchema, '导入结果；整表模式下有错误行时为 422，列出各行问题')
  @ApiOperation({
    summary: 'Import a roster (XLSX or CSV, Chinese headers) as the multipart field `file`',
    description:
      'mode=ALL_OR_NOTHING (default): any bad row refuses the whole file (422, rows listed, nothing changed). ' +
      'mode=SKIP_INVALID: good rows are applied, bad rows reported. Re-import updates people by 人员编号.',
  })
  async import(
    @Req() request: FastifyRequest,
    @Query(new ZodValidationPipe(importQuerySchema)) query: z.infer<typeof importQuerySchema>,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<ImportResult> {
    if (!request.isMultipart()) {
      throw new DomainException(HttpStatus.BAD_REQUEST, 'MULTIPART_REQUIRED', '请以 multipart/form-data 上传名册文件（字段名 file）');
    }
    const part = await request.file();
    if (!part || part.fieldname !== 'file') {
      throw new DomainException(HttpStatus.BAD_REQUEST, 'FILE_REQUIRED', '请上传名册文件（字段名 file，.xlsx 或 .csv）');
    }
    const content = await part.toBuffer();
    if (part.file.truncated) throw new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, 'FILE_TOO_LARGE', '名册文件过大');
    if (content.length === 0) throw new DomainException(HttpStatus.BAD_REQUEST, 'EMPTY_FILE', '上传的名册文件是空的');
    return this.roster.import(content, {
      fileName: part.filename ?? null,
      mode: query.mode,
      actorId: staff.userId,
      actorCadreId: staff.cadreId,
    });
  }

  @RequirePermission('cadres:read')
  @Get('export.xlsx')
  @ReturnsFile('干部名册 Excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(@Res() reply: FastifyReply): Promise<void> {
    const file = await this.roster.exportXlsx();
    void asDownload(reply, {
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      name: '干部名册.xlsx',
      asciiName: 'roster.xlsx',
    }).send(file);
  }
}
