import { Controller, Get, Header, Query, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { describeAction } from '../../audit/audit-labels.js';
import { labelOf } from '../../infra/labels/catalogue.js';
import { AuditService } from '../../audit/audit.service.js';
import { csvLine } from '../../audit/csv.js';
import { auditQuerySchema, type AuditEntryDto } from '../../audit/dto/audit-query.dto.js';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { asDownload } from '../../infra/http/download.js';
import { parseWith } from '../../infra/http/zod-validation.pipe.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../page-texts.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';

const HTML = 'text/html; charset=utf-8';
const t = zhCN.auditPages;

/** A row as the auditor reads it: every code with its Chinese label. */
function readable(e: AuditEntryDto) {
  return {
    ...e,
    actionLabel: describeAction(e.action),
    outcomeLabel: labelOf('auditOutcome', e.outcome),
    actorLabel: e.actorName ?? labelOf('auditActorKind', e.actorKind),
  };
}

const CSV_HEADERS = ['序号', '时间', '操作人', '操作', '对象类型', '对象编号', '结果', 'HTTP 状态', '请求编号', '操作代码', '详情', '哈希'];

/** The auditor's pages: the audit trail with filters and Chinese descriptions, the chain check, and a CSV export. */
@ApiExcludeController()
@Controller('console/audit')
@UseFilters(ConsoleExceptionFilter)
export class ConsoleAuditController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly audit: AuditService,
  ) {}

  private query(raw: Record<string, string>) {
    return parseWith(auditQuerySchema, Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== '')));
  }

  @RequirePermission('audit:read')
  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async list(@Query() raw: Record<string, string>, @CurrentStaff() staff: StaffPrincipal): Promise<string> {
    const query = this.query({ limit: '50', ...raw });
    const page = await this.audit.page(query);
    const filters = Object.fromEntries(Object.entries(raw).filter(([k, v]) => v !== '' && k !== 'before'));
    const next = page.nextBefore
      ? `/console/audit?${new URLSearchParams({ ...filters, before: String(page.nextBefore) }).toString()}`
      : null;
    const exportUrl = `/console/audit/export.csv?${new URLSearchParams(filters).toString()}`;
    return this.pages.render('console/audit', { title: t.title, staff, items: page.items.map(readable), query, next, exportUrl });
  }

  @RequirePermission('audit:read')
  @Get('verify')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async verify(@CurrentStaff() staff: StaffPrincipal): Promise<string> {
    return this.pages.render('console/audit-verify', { title: t.verifyTitle, staff, verdict: await this.audit.verify() });
  }

  @RequirePermission('audit:read')
  @Get('export.csv')
  export(@Query() raw: Record<string, string>, @Res({ passthrough: true }) reply: FastifyReply): Readable {
    const { limit: _limit, before: _before, ...query } = this.query(raw);
    asDownload(reply, { mediaType: 'text/csv; charset=utf-8', name: '审计日志.csv', asciiName: 'audit-log.csv' });
    const audit = this.audit;
    async function* lines() {
      yield `\uFEFF${csvLine(CSV_HEADERS)}`; // BOM: Excel reads the Chinese text as UTF-8
      for await (const entry of audit.exportRows(query)) {
        const r = readable(entry);
        yield csvLine([
          r.seq,
          r.at,
          r.actorLabel,
          r.actionLabel,
          r.targetType,
          r.targetId,
          r.outcomeLabel,
          r.status,
          r.requestId,
          r.action,
          r.details,
          r.hash,
        ]);
      }
    }
    return Readable.from(lines());
  }
}
