import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { RequirePermission } from '../auth/auth.decorators.js';
import { Returns, ReturnsFile } from '../infra/http/api-contract.js';
import { ZodValidationPipe } from '../infra/http/zod-validation.pipe.js';
import { AuditService } from './audit.service.js';
import { csvLine } from './csv.js';
import { auditPageSchema, auditQuerySchema, chainVerdictSchema, type AuditPageDto, type AuditQuery } from './dto/audit-query.dto.js';

const CSV_COLUMNS = [
  'seq',
  'at',
  'actorKind',
  'actorId',
  'actorName',
  'action',
  'targetType',
  'targetId',
  'outcome',
  'status',
  'ip',
  'requestId',
  'details',
  'hash',
] as const;

/** The audit trail for auditors: read, export, check the chain. Reading it is itself recorded. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @RequirePermission('audit:read')
  @Get()
  @Returns(auditPageSchema, '审计记录（按序号倒序）')
  list(@Query(new ZodValidationPipe(auditQuerySchema)) query: AuditQuery): Promise<AuditPageDto> {
    return this.audit.page(query);
  }

  @RequirePermission('audit:read')
  @Get('export.csv')
  @Header('Cache-Control', 'no-store')
  @ReturnsFile('审计记录 CSV（UTF-8，带 BOM）', 'text/csv')
  export(@Query(new ZodValidationPipe(auditQuerySchema)) query: AuditQuery, @Res({ passthrough: true }) reply: FastifyReply): Readable {
    void reply.type('text/csv; charset=utf-8').header('Content-Disposition', 'attachment; filename="audit-log.csv"');
    const audit = this.audit;
    async function* lines() {
      yield `\uFEFF${csvLine([...CSV_COLUMNS])}`; // BOM: Excel reads the Chinese text as UTF-8
      for await (const entry of audit.exportRows(query)) yield csvLine(CSV_COLUMNS.map((c) => entry[c]));
    }
    return Readable.from(lines());
  }

  @RequirePermission('audit:read')
  @Get('verify')
  @Returns(chainVerdictSchema, '审计链校验结果')
  verify() {
    return this.audit.verify();
  }
}
