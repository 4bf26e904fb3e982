import { Controller, Get, Header, Param, Post, Query, Req, Res, UseFilters, HttpStatus } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { refuseOwnRecord } from '../../auth/conflict/own-record.js';
import { CurrentViewer, type Viewer } from '../../auth/conflict/viewer.js';
import { rolesGrant } from '../../auth/roles.js';
import { CadreRecordsService } from '../../cadres/cadre-records.service.js';
import { CadresService } from '../../cadres/cadres.service.js';
import { sanctionSchema } from '../../cadres/dto/record-inputs.dto.js';
import { SANCTION_KINDS } from '../../cadres/rules/influence.js';
import { cadreListQuerySchema } from '../../cadres/dto/cadre.dto.js';
import { RosterImportService, type ImportResult } from '../../cadres/roster/roster-import.service.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { parseWith } from '../../infra/http/zod-validation.pipe.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../texts.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';

const HTML = 'text/html; charset=utf-8';
const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

/** 干部名册 on the console: search the roster, import a file (whole or skipping bad rows), export it. */
@ApiExcludeController()
@Controller('console/cadres')
@UseFilters(ConsoleExceptionFilter)
export class ConsoleCadresController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly cadres: CadresService,
    private readonly roster: RosterImportService,
    private readonly records: CadreRecordsService,
  ) {}

  private async page(
    staff: StaffPrincipal,
    raw: Record<string, string>,
    result: ImportResult | null,
    error: string | null,
    errorDetails: Array<{ field: string; message: string }> = [],
  ): Promise<string> {
    const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ''));
    const query = parseWith(cadreListQuerySchema, cleaned);
    const list = await this.cadres.list(query);
    return this.pages.render('console/cadres', { title: zhCN.cadrePages.title, staff, query, list, result, error, errorDetails });
  }

  @RequirePermission('cadres:read')
  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  list(@Query() raw: Record<string, string>, @CurrentStaff() staff: StaffPrincipal): Promise<string> {
    return this.page(staff, raw, null, null);
  }

  private async recordPage(id: string, viewer: Viewer, state: { error?: string; values?: Record<string, string> } = {}): Promise<string> {
    // Findings are part of their cases: only those who may read tips see them (as the API does).
    const cadre = await this.cadres.getDetail(id, rolesGrant(viewer.staff.roles, 'reports:read') ? viewer : null);
    return this.pages.render('console/cadre', {
      title: `${cadre.name} · ${zhCN.cadrePages.record}`,
      staff: viewer.staff,
      cadre,
      sanctionKinds: Object.entries(SANCTION_KINDS).map(([code, k]) => ({ code, label: k.label, months: k.months })),
      canManage: rolesGrant(viewer.staff.roles, 'cadres:manage'),
      error: state.error ?? null,
      values: state.values ?? {},
    });
  }

  /** 干部档案: the record's facts, posts, sanctions with influence periods, findings and personal-matters checks. */
  @RequirePermission('cadres:read')
  @Get(':id')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  record(@Param('id') id: string, @CurrentViewer() viewer: Viewer): Promise<string> {
    return this.recordPage(id, viewer);
  }

  /** A sanction or organisational measure (处分、组织处理) with its influence period. */
  @RequirePermission('cadres:manage')
  @Post(':id/sanctions')
  async sanction(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const values = Object.fromEntries(
      ['kind', 'effectiveOn', 'probationMonths', 'note'].flatMap((k) =>
        typeof raw[k] === 'string' && raw[k].trim() ? [[k, raw[k].trim()]] : [],
      ),
    );
    try {
      refuseOwnRecord(viewer.staff, { cadreIds: [id] });
      const dto = parseWith(sanctionSchema, {
        ...values,
        ...(values['probationMonths'] ? { probationMonths: Number(values['probationMonths']) } : {}),
      });
      await this.records.recordSanction({ ...dto, cadreId: id, actorId: viewer.staff.userId });
      void reply.status(303).header('Location', `/console/cadres/${id}#sanctions`).send();
    } catch (error) {
      if (!(error instanceof DomainException) || error.status === HttpStatus.NOT_FOUND) throw error;
      const message = error.details?.map((d) => d.message).join('；') || error.userMessage;
      void reply
        .status(error.status)
        .type(HTML)
        .send(await this.recordPage(id, viewer, { error: message, values }));
    }
  }

  @RequirePermission('cadres:manage')
  @Post('import')
  async import(@Req() request: FastifyRequest, @CurrentStaff() staff: StaffPrincipal, @Res() reply: FastifyReply): Promise<void> {
    let result: ImportResult | null = null;
    let error: string | null = null;
    let errorDetails: Array<{ field: string; message: string }> = [];
    try {
      if (!request.isMultipart()) throw new DomainException(400, 'MULTIPART_REQUIRED', '请通过页面上的表单上传名册文件');
      let content: Buffer | null = null;
      let fileName: string | null = null;
      let mode: 'ALL_OR_NOTHING' | 'SKIP_INVALID' = 'ALL_OR_NOTHING';
      for await (const part of request.parts({ limits: { fileSize: MAX_ROSTER_BYTES } })) {
        if (part.type === 'field') {
          if (part.fieldname === 'mode' && part.value === 'SKIP_INVALID') mode = 'SKIP_INVALID';
          continue;
        }
        content = await part.toBuffer();
        fileName = part.filename || null;
      }
      if (!content || content.length === 0) throw new DomainException(400, 'FILE_REQUIRED', '请选择要导入的名册文件（.xlsx 或 .csv）');
      result = await this.roster.import(content, { fileName, mode, actorId: staff.userId, actorCadreId: staff.cadreId });
    } catch (caught) {
      const e = caught as { code?: string };
      if (caught instanceof DomainException) {
        error = caught.userMessage;
        errorDetails = caught.details ?? [];
      } else if (e.code === 'FST_REQ_FILE_TOO_LARGE') error = '名册文件超过 20 MB';
      else throw caught;
    }
    const status = error ? (errorDetails.length ? 422 : 400) : 200;
    void reply
      .status(status)
      .type(HTML)
      .send(await this.page(staff, {}, result, error, errorDetails));
  }
}
