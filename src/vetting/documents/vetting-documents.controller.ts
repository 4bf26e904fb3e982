import { CurrentViewer, type Viewer } from '../../auth/conflict/viewer.js';
import { ReturnsFile } from '../../infra/http/api-contract.js';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RequirePermission } from '../../auth/auth.decorators.js';
import { VettingDocumentsService } from './vetting-documents.service.js';
import { asDownload } from '../../infra/http/download.js';
import { IdParam } from '../../infra/http/id-param.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function download(reply: FastifyReply, type: string, asciiName: string, file: { fileName: string; body: Buffer }): Buffer {
  void asDownload(reply, { mediaType: type, name: file.fileName, asciiName });
  return file.body;
}

@ApiTags('vetting (staff)')
@ApiBearerAuth()
@Controller('api/v1/vetting')
export class VettingDocumentsController {
  constructor(private readonly documents: VettingDocumentsService) {}

  @RequirePermission('vetting:read')
  @Get('candidates/:id/sheet.docx')
  @ReturnsFile('干部任前审查表（Word）', DOCX)
  async sheet(@IdParam() id: string, @CurrentViewer() viewer: Viewer, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return download(reply, DOCX, 'vetting-sheet.docx', await this.documents.sheet(id, viewer));
  }

  @RequirePermission('vetting:read')
  @Get('runs/:id/slate.xlsx')
  @ReturnsFile('审查批次名单（Excel）', XLSX)
  async slate(@IdParam() id: string, @CurrentViewer() viewer: Viewer, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return download(reply, XLSX, 'vetting-slate.xlsx', await this.documents.slate(id, viewer));
  }
}
