import { Body, Controller, Delete, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { staffActor } from '../../audit/audit.interceptor.js';
import { CurrentStaff, RequirePermission, type AuthenticatedRequest, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { refuseOwnRecord } from '../../auth/conflict/own-record.js';
import { Returns, ReturnsFile, ReturnsNothing } from '../../infra/http/api-contract.js';
import { asDownload } from '../../infra/http/download.js';
import { IdParam } from '../../infra/http/id-param.js';
import { ZodValidationPipe } from '../../infra/http/zod-validation.pipe.js';
import { completeAuditSchema, fileAuditViewSchema, fileEntrySchema, resolveDoubtSchema, type FileEntryInput } from './file-audit.dto.js';
import { FileAuditService } from './file-audit.service.js';
import { DOUBT_RULES } from './file-rules.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const entryAddedSchema = z
  .object({
    id: z.uuid(),
    opened: z.array(z.enum(DOUBT_RULES)).describe('本条记载新引出的存疑事项（按规则）'),
    withdrawn: z.array(z.enum(DOUBT_RULES)).describe('因本条记载不再存疑而撤销的事项'),
  })
  .meta({ id: 'FileEntryAdded' });

/** 干部人事档案专项审核 over the API: the file's records, doubts, completion and the worksheet. Never one's own file (回避). */
@ApiTags('cadres (staff)')
@ApiBearerAuth()
@Controller('api/v1/cadres')
export class FileAuditController {
  constructor(private readonly files: FileAuditService) {}

  @RequirePermission('cadres:read')
  @Get(':id/file')
  @Returns(fileAuditViewSchema, '档案专项审核：记载、认定与存疑事项')
  view(@IdParam() id: string) {
    return this.files.view(id);
  }

  @RequirePermission('cadres:manage')
  @Post(':id/file/entries')
  @Returns(entryAddedSchema, '记载已录入，审核规则已重新运行')
  async addEntry(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(fileEntrySchema)) body: FileEntryInput,
    @CurrentStaff() staff: StaffPrincipal,
    @Req() req: AuthenticatedRequest,
  ) {
    refuseOwnRecord(staff, { cadreIds: [id] });
    return (await this.files.addEntry(id, body, staffActor(req))) as z.infer<typeof entryAddedSchema>;
  }

  @RequirePermission('cadres:manage')
  @Delete(':id/file/entries/:entryId')
  @HttpCode(204)
  @ReturnsNothing('记载已删除，审核规则已重新运行')
  async removeEntry(
    @IdParam() id: string,
    @IdParam('entryId') entryId: string,
    @CurrentStaff() staff: StaffPrincipal,
    @Req() req: AuthenticatedRequest,
  ) {
    refuseOwnRecord(staff, { cadreIds: [id] });
    await this.files.removeEntry(id, entryId, staffActor(req));
  }

  @RequirePermission('cadres:manage')
  @Post(':id/file/doubts/:doubtId/resolve')
  @HttpCode(204)
  @ReturnsNothing('存疑事项已查明')
  async resolve(
    @IdParam() id: string,
    @IdParam('doubtId') doubtId: string,
    @Body(new ZodValidationPipe(resolveDoubtSchema)) body: z.infer<typeof resolveDoubtSchema>,
    @CurrentStaff() staff: StaffPrincipal,
    @Req() req: AuthenticatedRequest,
  ) {
    refuseOwnRecord(staff, { cadreIds: [id] });
    await this.files.resolveDoubt(id, doubtId, body.resolution, staffActor(req));
  }

  @RequirePermission('cadres:manage')
  @Put(':id/file/completion')
  @HttpCode(204)
  @ReturnsNothing('档案审核已完成，认定已保存')
  async complete(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(completeAuditSchema)) body: z.infer<typeof completeAuditSchema>,
    @CurrentStaff() staff: StaffPrincipal,
    @Req() req: AuthenticatedRequest,
  ) {
    refuseOwnRecord(staff, { cadreIds: [id] });
    await this.files.complete(id, body, staffActor(req));
  }

  @RequirePermission('cadres:read')
  @Get(':id/file/worksheet.docx')
  @ReturnsFile('干部人事档案专项审核认定表（Word）', DOCX)
  async docx(@IdParam() id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const file = await this.files.worksheet(id, 'docx');
    void asDownload(reply, { mediaType: DOCX, name: file.fileName, asciiName: 'file-audit.docx' });
    return file.body;
  }

  @RequirePermission('cadres:read')
  @Get(':id/file/worksheet.xlsx')
  @ReturnsFile('干部人事档案专项审核认定表（Excel）', XLSX)
  async xlsx(@IdParam() id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const file = await this.files.worksheet(id, 'xlsx');
    void asDownload(reply, { mediaType: XLSX, name: file.fileName, asciiName: 'file-audit.xlsx' });
    return file.body;
  }
}
