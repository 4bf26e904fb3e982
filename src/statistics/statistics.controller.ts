import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RequirePermission } from '../auth/auth.decorators.js';
import { ZodValidationPipe } from '../infra/http/zod-validation.pipe.js';
import { Returns, ReturnsFile } from '../infra/http/api-contract.js';
import { statisticsSchema, type Statistics } from './dto/statistics.dto.js';
import { rangeQuerySchema, type RangeQuery } from './dto/range.dto.js';
import { StatisticsExportService, type ExportFile } from './statistics-export.service.js';
import { StatisticsService } from './statistics.service.js';
import { asDownload } from '../infra/http/download.js';

export const EXPORT_TYPES = {
  csv: { type: 'text/csv; charset=utf-8', ascii: 'statistics.csv' },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ascii: 'statistics.xlsx' },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ascii: 'statistics.docx' },
} as const;

/** Sends a file as a download with its Chinese name (RFC 6266) and an ASCII fallback. */
export function sendDownload(reply: FastifyReply, kind: keyof typeof EXPORT_TYPES, file: ExportFile): Buffer {
  void asDownload(reply, { mediaType: EXPORT_TYPES[kind].type, name: file.fileName, asciiName: EXPORT_TYPES[kind].ascii });
  return file.body;
}

const range = new ZodValidationPipe(rangeQuerySchema);

/** Figures for a period (?from=YYYY-MM-DD&to=YYYY-MM-DD, both included) and their exports. */
@ApiTags('statistics (staff)')
@ApiBearerAuth()
@Controller('api/v1/statistics')
export class StatisticsController {
  constructor(
    private readonly statistics: StatisticsService,
    private readonly exports: StatisticsExportService,
  ) {}

  private compute(query: RangeQuery): Promise<Statistics> {
    return this.statistics.compute(this.statistics.range(query));
  }

  @RequirePermission('statistics:read')
  @Get()
  @Returns(statisticsSchema, '该期间的统计数据')
  get(@Query(range) query: RangeQuery): Promise<Statistics> {
    return this.compute(query);
  }

  @RequirePermission('statistics:read')
  @Get('export.csv')
  @ReturnsFile('统计表 CSV', EXPORT_TYPES.csv.type)
  async csv(@Query(range) query: RangeQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return sendDownload(reply, 'csv', this.exports.csv(await this.compute(query)));
  }

  @RequirePermission('statistics:read')
  @Get('export.xlsx')
  @ReturnsFile('统计表 Excel', EXPORT_TYPES.xlsx.type)
  async xlsx(@Query(range) query: RangeQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return sendDownload(reply, 'xlsx', await this.exports.xlsx(await this.compute(query)));
  }

  @RequirePermission('statistics:read')
  @Get('export.docx')
  @ReturnsFile('统计报告 Word', EXPORT_TYPES.docx.type)
  async docx(@Query(range) query: RangeQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return sendDownload(reply, 'docx', await this.exports.docx(await this.compute(query)));
  }
}
