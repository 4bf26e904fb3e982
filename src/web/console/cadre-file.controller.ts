import { Controller, Get, Header, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuditActor } from '../../audit/audit.service.js';
import { RequirePermission } from '../../auth/auth.decorators.js';
import { refuseOwnRecord } from '../../auth/conflict/own-record.js';
import { CurrentViewer, type Viewer } from '../../auth/conflict/viewer.js';
import { rolesGrant } from '../../auth/roles.js';
import { CadresService } from '../../cadres/cadres.service.js';
import { completeAuditSchema, fileEntrySchema, resolveDoubtSchema } from '../../cadres/file-audit/file-audit.dto.js';
import { FileAuditService } from '../../cadres/file-audit/file-audit.service.js';
import { statedText } from '../../cadres/file-audit/file-worksheet.js';
import { IdParam } from '../../infra/http/id-param.js';
import { parseWith } from '../../infra/http/zod-validation.pipe.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../page-texts.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';
import { fieldErrorsOf, formRefusal, textFields } from './form-fields.js';

const HTML = 'text/html; charset=utf-8';

/** The page's forms, each also the anchor of its section. */
type FileForm = 'entry' | 'doubt' | 'complete';
interface FormState {
  form?: FileForm;
  /** The doubt a resolve form was for. */
  doubtId?: string;
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
}

/** The typed form of a record, as the API's body: empty fields left out, check boxes as booleans. */
export function entryFromForm(v: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of [
    'fact',
    'source',
    'documentDate',
    'statedDate',
    'fromDate',
    'toDate',
    'institution',
    'unit',
    'post',
    'status',
    'note',
  ]) {
    if (v[key] !== undefined) out[key] = v[key];
  }
  if (v['educationLevel']) out['educationLevel'] = v['educationLevel'];
  out['filledBySelf'] = v['filledBySelf'] === 'self';
  if (v['fact'] === 'EDUCATION') {
    out['diploma'] = v['diploma'] === 'yes';
    out['fullTime'] = v['fullTime'] === 'yes';
  }
  return out;
}

function actorOf(request: FastifyRequest, viewer: Viewer): AuditActor {
  return {
    actorKind: 'STAFF',
    actorId: viewer.staff.userId,
    actorName: viewer.staff.username,
    ip: request.ip,
    requestId: String(request.id),
  };
}

/**
 * 干部人事档案专项审核 on the console: the file's records by fact, a form to add one (errors
 * next to the field, what was typed kept), the determinations with their reasons, the
 * doubts with a resolve form, 完成审核 (refused while a doubt is open) and the worksheet.
 */
@ApiExcludeController()
@Controller('console/cadres')
@UseFilters(ConsoleExceptionFilter)
export class ConsoleCadreFileController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly files: FileAuditService,
    private readonly cadres: CadresService,
  ) {}

  private async page(id: string, viewer: Viewer, state: FormState = {}): Promise<string> {
    const file = await this.files.view(id);
    const cadre = await this.cadres.getById(id);
    return this.pages.render('console/cadre-file', {
      title: zhCN.filePages.title(file.name),
      staff: viewer.staff,
      cadre,
      file,
      stated: Object.fromEntries(file.entries.map((e) => [e.id, statedText(e)])),
      canManage: rolesGrant(viewer.staff.roles, 'cadres:manage'),
      form: state.form ?? null,
      doubtId: state.doubtId ?? null,
      error: state.error ?? null,
      fieldErrors: state.fieldErrors ?? {},
      values: state.values ?? {},
    });
  }

  @RequirePermission('cadres:read')
  @Get(':id/file')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  view(@IdParam() id: string, @CurrentViewer() viewer: Viewer): Promise<string> {
    return this.page(id, viewer);
  }

  /** Runs a form's change; back to the page at the form's anchor, or the page again with the errors beside the fields. */
  private async submit(
    form: FileForm,
    id: string,
    request: FastifyRequest,
    viewer: Viewer,
    reply: FastifyReply,
    save: (values: Record<string, string>) => Promise<unknown>,
    doubtId?: string,
  ): Promise<void> {
    const values = textFields(request);
    try {
      refuseOwnRecord(viewer.staff, { cadreIds: [id] });
      await save(values);
      void reply
        .status(303)
        .header('Location', `/console/cadres/${id}/file#${form === 'entry' ? 'entries' : form === 'doubt' ? 'doubts' : 'complete'}`)
        .send();
    } catch (error) {
      const { status, message } = formRefusal(error, zhCN.filePages.fields);
      const fieldErrors = fieldErrorsOf(error);
      void reply
        .status(status)
        .type(HTML)
        .send(await this.page(id, viewer, { form, doubtId, error: message, fieldErrors, values }));
    }
  }

  @RequirePermission('cadres:manage')
  @Post(':id/file/entries')
  addEntry(@IdParam() id: string, @Req() request: FastifyRequest, @CurrentViewer() viewer: Viewer, @Res() reply: FastifyReply) {
    return this.submit('entry', id, request, viewer, reply, async (v) => {
      await this.files.addEntry(id, parseWith(fileEntrySchema, entryFromForm(v)), actorOf(request, viewer));
    });
  }

  @RequirePermission('cadres:manage')
  @Post(':id/file/entries/:entryId/remove')
  removeEntry(
    @IdParam() id: string,
    @IdParam('entryId') entryId: string,
    @Req() request: FastifyRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ) {
    return this.submit('entry', id, request, viewer, reply, () => this.files.removeEntry(id, entryId, actorOf(request, viewer)));
  }

  @RequirePermission('cadres:manage')
  @Post(':id/file/doubts/:doubtId/resolve')
  resolve(
    @IdParam() id: string,
    @IdParam('doubtId') doubtId: string,
    @Req() request: FastifyRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ) {
    return this.submit(
      'doubt',
      id,
      request,
      viewer,
      reply,
      async (v) => {
        const { resolution } = parseWith(resolveDoubtSchema, { resolution: v['resolution'] ?? '' });
        await this.files.resolveDoubt(id, doubtId, resolution, actorOf(request, viewer));
      },
      doubtId,
    );
  }

  @RequirePermission('cadres:manage')
  @Post(':id/file/complete')
  complete(@IdParam() id: string, @Req() request: FastifyRequest, @CurrentViewer() viewer: Viewer, @Res() reply: FastifyReply) {
    return this.submit('complete', id, request, viewer, reply, async (v) => {
      const dto = parseWith(completeAuditSchema, { auditedOn: v['auditedOn'] ?? '', ...(v['note'] ? { note: v['note'] } : {}) });
      await this.files.complete(id, dto, actorOf(request, viewer));
    });
  }
}
