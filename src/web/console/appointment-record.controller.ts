import { Controller, Get, Header, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { staffActor } from '../../audit/audit.interceptor.js';
import { RequirePermission, type AuthenticatedRequest } from '../../auth/auth.decorators.js';
import { CurrentViewer, type Viewer } from '../../auth/conflict/viewer.js';
import { rolesGrant } from '../../auth/roles.js';
import { IdParam } from '../../infra/http/id-param.js';
import { parseWith } from '../../infra/http/zod-validation.pipe.js';
import type { TypedStep } from '../../vetting/record/appointment-record-rules.js';
import { STEP_SCHEMAS } from '../../vetting/record/appointment-record.dto.js';
import { AppointmentRecordService } from '../../vetting/record/appointment-record.service.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../page-texts.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';
import { fieldErrorsOf, formRefusal, textFields } from './form-fields.js';
import { stepBody } from './record-form.js';

const HTML = 'text/html; charset=utf-8';

interface PageState {
  /** The form the errors belong to. */
  errorAt?: TypedStep;
  /** Errors by field; `_` for the form as a whole. */
  errors?: Record<string, string>;
  values?: Record<string, string>;
}

/**
 * 全程记实 on the console: one appointment's steps as a timeline, the forms for 动议, 民主推荐,
 * 考察 and 讨论决定 (a correction records a new version), and the signed 记实表 to download.
 */
@ApiExcludeController()
@Controller('console/vetting/candidates')
@UseFilters(ConsoleExceptionFilter)
export class ConsoleAppointmentRecordController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly records: AppointmentRecordService,
  ) {}

  private async page(id: string, viewer: Viewer, state: PageState = {}): Promise<string> {
    const record = await this.records.view(id, viewer);
    return this.pages.render('console/appointment-record', {
      title: zhCN.recordPages.pageTitle(record.name),
      staff: viewer.staff,
      record,
      canRecord: rolesGrant(viewer.staff.roles, 'vetting:manage'),
      errorAt: state.errorAt ?? null,
      errors: state.errors ?? {},
      values: state.values ?? {},
    });
  }

  @RequirePermission('vetting:read')
  @Get(':id/record')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  show(@IdParam() id: string, @CurrentViewer() viewer: Viewer): Promise<string> {
    return this.page(id, viewer);
  }

  private async save(kind: TypedStep, id: string, request: AuthenticatedRequest, viewer: Viewer, reply: FastifyReply): Promise<void> {
    const form = textFields(request);
    try {
      const body = parseWith(STEP_SCHEMAS[kind], stepBody(kind, form));
      await this.records.record(id, kind, body, staffActor(request), viewer);
      void reply.status(303).header('Location', `/console/vetting/candidates/${id}/record#step-${kind}`).send();
    } catch (error) {
      const { status, message } = formRefusal(error);
      const errors = fieldErrorsOf(error);
      errors['_'] = Object.keys(errors).length ? zhCN.recordPages.fix : message;
      void reply
        .status(status)
        .type(HTML)
        .send(await this.page(id, viewer, { errorAt: kind, errors, values: form }));
    }
  }

  @RequirePermission('vetting:manage')
  @Post(':id/record/motion')
  motion(@IdParam() id: string, @Req() request: AuthenticatedRequest, @CurrentViewer() viewer: Viewer, @Res() reply: FastifyReply) {
    return this.save('MOTION', id, request, viewer, reply);
  }

  @RequirePermission('vetting:manage')
  @Post(':id/record/recommendation')
  recommendation(@IdParam() id: string, @Req() request: AuthenticatedRequest, @CurrentViewer() viewer: Viewer, @Res() reply: FastifyReply) {
    return this.save('RECOMMENDATION', id, request, viewer, reply);
  }

  @RequirePermission('vetting:manage')
  @Post(':id/record/inspection')
  inspection(@IdParam() id: string, @Req() request: AuthenticatedRequest, @CurrentViewer() viewer: Viewer, @Res() reply: FastifyReply) {
    return this.save('INSPECTION', id, request, viewer, reply);
  }

  @RequirePermission('vetting:manage')
  @Post(':id/record/decision')
  decision(@IdParam() id: string, @Req() request: AuthenticatedRequest, @CurrentViewer() viewer: Viewer, @Res() reply: FastifyReply) {
    return this.save('DECISION', id, request, viewer, reply);
  }
}
