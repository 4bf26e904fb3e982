import { Controller, Get, Header, Post, Query, Req, Res, UseFilters, HttpStatus } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { CadreRelationsService, RELATION_KINDS } from '../../auth/conflict/cadre-relations.service.js';
import { refuseOwnRecord } from '../../auth/conflict/own-record.js';
import type { AuditActor } from '../../audit/audit.service.js';
import { z } from 'zod';
import { CurrentViewer, type Viewer } from '../../auth/conflict/viewer.js';
import { rolesGrant } from '../../auth/roles.js';
import { CadreRecordsService } from '../../cadres/cadre-records.service.js';
import { CadresService } from '../../cadres/cadres.service.js';
import { FileAuditService } from '../../cadres/file-audit/file-audit.service.js';
import {
  fileAuditSchema,
  findingSchema,
  investigationSchema,
  personalMattersSchema,
  sanctionSchema,
} from '../../cadres/dto/record-inputs.dto.js';
import { SANCTION_KINDS } from '../../cadres/rules/influence.js';
import { cadreListQuerySchema } from '../../cadres/dto/cadre.dto.js';
import { RosterImportService, type ImportResult } from '../../cadres/roster/roster-import.service.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { parseWith } from '../../infra/http/zod-validation.pipe.js';
import { ProbationService } from '../../vetting/probation/probation.service.js';
import { VettingService } from '../../vetting/vetting.service.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../page-texts.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';
import { formRefusal, textFields } from './form-fields.js';
import { IdParam } from '../../infra/http/id-param.js';

const HTML = 'text/html; charset=utf-8';

/** The record's forms, each also the anchor of its section on the page. */
type RecordForm = 'sanctions' | 'findings' | 'investigation' | 'file-audit' | 'personal-matters' | 'relations';
interface FormState {
  form?: RecordForm;
  error?: string;
  values?: Record<string, string>;
}

const relationKindSchema = z.strictObject({ kind: z.enum(RELATION_KINDS, '请选择关系') });

function pick(values: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.flatMap((k) => (values[k] === undefined ? [] : [[k, values[k]]])));
}

function fieldError(field: string, message: string): DomainException {
  return new DomainException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', message, [{ field, message }]);
}

function consoleActor(request: FastifyRequest, viewer: Viewer): AuditActor {
  return {
    actorKind: 'STAFF',
    actorId: viewer.staff.userId,
    actorName: viewer.staff.username,
    ip: request.ip,
    requestId: String(request.id),
  };
}
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
    private readonly relations: CadreRelationsService,
    private readonly vetting: VettingService,
    private readonly probations: ProbationService,
    private readonly files: FileAuditService,
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
    return this.pages.render('console/cadres', {
      title: zhCN.cadrePages.title,
      staff,
      query,
      list,
      result,
      error,
      errorDetails,
      canImport: rolesGrant(staff.roles, 'cadres:manage'),
    });
  }

  @RequirePermission('cadres:read')
  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  list(@Query() raw: Record<string, string>, @CurrentStaff() staff: StaffPrincipal): Promise<string> {
    return this.page(staff, raw, null, null);
  }

  private async recordPage(id: string, viewer: Viewer, state: FormState = {}): Promise<string> {
    // Findings are part of their cases: only those who may read tips see them (as the API does).
    const cadre = await this.cadres.getDetail(id, rolesGrant(viewer.staff.roles, 'reports:read') ? viewer : null);
    return this.pages.render('console/cadre', {
      title: `${cadre.name} · ${zhCN.cadrePages.record}`,
      staff: viewer.staff,
      cadre,
      relations: await this.relations.listFor(id),
      vettingHistory: await this.vetting.historyOfCadre(id),
      probations: await this.probations.ofCadre(id),
      fileDoubts: await this.files.openDoubts(id),
      relationKinds: RELATION_KINDS,
      sanctionKinds: Object.entries(SANCTION_KINDS).map(([code, k]) => ({ code, label: k.label, months: k.months })),
      canManage: rolesGrant(viewer.staff.roles, 'cadres:manage'),
      canRecordFinding: rolesGrant(viewer.staff.roles, 'reports:handle'),
      form: state.form ?? null,
      error: state.error ?? null,
      values: state.values ?? {},
    });
  }

  /** 干部档案: the record's facts, posts, sanctions with influence periods, findings and personal-matters checks. */
  @RequirePermission('cadres:read')
  @Get(':id')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  record(@IdParam() id: string, @CurrentViewer() viewer: Viewer): Promise<string> {
    return this.recordPage(id, viewer);
  }

  /**
   * One of the record's forms: the typed fields (trimmed, empty ones left out) go to `save`;
   * then back to the record at the form's anchor, or the record again with the error next to
   * that form and what was typed kept. Never the staff member's own record (回避).
   */
  private async submit(
    form: RecordForm,
    id: string,
    request: FastifyRequest,
    viewer: Viewer,
    reply: FastifyReply,
    save: (values: Record<string, string>) => Promise<unknown>,
  ): Promise<void> {
    const values = textFields(request);
    try {
      refuseOwnRecord(viewer.staff, { cadreIds: [id] });
      await save(values);
      void reply.status(303).header('Location', `/console/cadres/${id}#${form}`).send();
    } catch (error) {
      const { status, message } = formRefusal(error, zhCN.cadrePages.fieldLabels);
      void reply
        .status(status)
        .type(HTML)
        .send(await this.recordPage(id, viewer, { form, error: message, values }));
    }
  }

  /** A sanction or organisational measure (处分、组织处理) with its influence period. */
  @RequirePermission('cadres:manage')
  @Post(':id/sanctions')
  sanction(@IdParam() id: string, @Req() request: FastifyRequest, @CurrentViewer() viewer: Viewer, @Res() reply: FastifyReply) {
    return this.submit('sanctions', id, request, viewer, reply, async (v) => {
      const dto = parseWith(sanctionSchema, {
        ...pick(v, ['kind', 'effectiveOn', 'note']),
        ...(v['probationMonths'] ? { probationMonths: Number(v['probationMonths']) } : {}),
      });
      await this.records.recordSanction({ ...dto, cadreId: id, actorId: viewer.staff.userId });
    });
  }

  /** A conclusion that did not come from a tip (巡察、审计、其他机关的决定). */
  @RequirePermission('reports:handle')
  @Post(':id/findings')
  finding(@IdParam() id: string, @Req() request: FastifyRequest, @CurrentViewer() viewer: Viewer, @Res() reply: FastifyReply) {
    return this.submit('findings', id, request, viewer, reply, async (v) => {
      const dto = parseWith(findingSchema, pick(v, ['source', 'outcome', 'concludedOn', 'summary']));
      await this.records.recordFinding({ ...dto, cadreId: id, actorId: viewer.staff.userId });
    });
  }

  /** 正在接受组织调查 (or no longer): pre-appointment checks stop such a candidate. */
  @RequirePermission('cadres:manage')
  @Post(':id/investigation')
  investigation(@IdParam() id: string, @Req() request: FastifyRequest, @CurrentViewer() viewer: Viewer, @Res() reply: FastifyReply) {
    return this.submit('investigation', id, request, viewer, reply, async (v) => {
      const dto = parseWith(investigationSchema, { ...pick(v, ['since', 'note']), underInvestigation: v['underInvestigation'] === 'yes' });
      await this.records.setInvestigation({ ...dto, cadreId: id });
    });
  }

  /** 档案专审: the file audited on a date; an empty date opens a doubt again (档案必审 stops vetting). */
  @RequirePermission('cadres:manage')
  @Post(':id/file-audit')
  fileAudit(@IdParam() id: string, @Req() request: FastifyRequest, @CurrentViewer() viewer: Viewer, @Res() reply: FastifyReply) {
    return this.submit('file-audit', id, request, viewer, reply, async (v) => {
      const dto = parseWith(fileAuditSchema, { auditedOn: v['auditedOn'] ?? null, ...pick(v, ['note']) });
      await this.records.recordFileAudit({ ...dto, cadreId: id });
    });
  }

  /** A year's 个人有关事项报告 and its check (一致、漏报、瞒报). */
  @RequirePermission('cadres:manage')
  @Post(':id/personal-matters')
  personalMatters(@IdParam() id: string, @Req() request: FastifyRequest, @CurrentViewer() viewer: Viewer, @Res() reply: FastifyReply) {
    return this.submit('personal-matters', id, request, viewer, reply, async (v) => {
      const dto = parseWith(personalMattersSchema, {
        ...pick(v, ['status', 'checkedOn', 'checkReason', 'detail', 'explainedOn']),
        ...(v['year'] ? { year: /^\d{4}$/.test(v['year']) ? Number(v['year']) : v['year'] } : {}),
      });
      await this.records.recordPersonalMatters({ ...dto, cadreId: id });
    });
  }

  /** A close relation to another cadre, found by 人员编号, for 回避. */
  @RequirePermission('cadres:manage')
  @Post(':id/relations')
  relation(@IdParam() id: string, @Req() request: FastifyRequest, @CurrentViewer() viewer: Viewer, @Res() reply: FastifyReply) {
    return this.submit('relations', id, request, viewer, reply, async (v) => {
      const personNo = v['relatedPersonNo'];
      if (!personNo) throw fieldError('relatedPersonNo', '请填写亲属的人员编号');
      const related = await this.cadres.findByPersonNo(personNo);
      if (!related) throw fieldError('relatedPersonNo', `名册中没有人员编号为 ${personNo} 的干部`);
      const { kind } = parseWith(relationKindSchema, pick(v, ['kind']));
      refuseOwnRecord(viewer.staff, { cadreIds: [related.id] });
      await this.relations.record({ cadreId: id, relatedCadreId: related.id, kind }, consoleActor(request, viewer));
    });
  }

  @RequirePermission('cadres:manage')
  @Post(':id/relations/:relatedId/remove')
  removeRelation(
    @IdParam() id: string,
    @IdParam('relatedId') relatedId: string,
    @Req() request: FastifyRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ) {
    return this.submit('relations', id, request, viewer, reply, async () => {
      refuseOwnRecord(viewer.staff, { cadreIds: [relatedId] });
      await this.relations.remove(id, relatedId, consoleActor(request, viewer));
    });
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
