import { Controller, Get, Header, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RequirePermission } from '../../auth/auth.decorators.js';
import { CurrentViewer, type Viewer } from '../../auth/conflict/viewer.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { parseWith } from '../../infra/http/zod-validation.pipe.js';
import { DECISION_LABELS } from '../../meetings/decision-rules.js';
import { decisionSchema, scheduleSchema } from '../../meetings/dto/meetings.dto.js';
import { MeetingDecisionsService } from '../../meetings/meeting-decisions.service.js';
import { MeetingsService } from '../../meetings/meetings.service.js';
import { VerificationService } from '../../verification/verification.service.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../texts.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';

const HTML = 'text/html; charset=utf-8';

/** A form's fields: repeated fields (checkbox groups) as arrays, empty ones left out. */
function formFields(request: FastifyRequest): Record<string, string | string[]> {
  const raw = (request.body ?? {}) as Record<string, unknown>;
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (Array.isArray(value)) out[key] = value.map(String);
    else if (typeof value === 'string' && value.trim() !== '') out[key] = value.trim();
  }
  return out;
}
const asList = (v: string | string[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

/** 联席会议 on the console: schedule, read the proposed agenda, record each item's decision, download the minutes. */
@ApiExcludeController()
@Controller('console/meetings')
@UseFilters(ConsoleExceptionFilter)
export class ConsoleMeetingsController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly meetings: MeetingsService,
    private readonly decisions: MeetingDecisionsService,
    private readonly verification: VerificationService,
  ) {}

  private async listPage(viewer: Viewer, errors: string[], values: Record<string, string | string[]>): Promise<string> {
    return this.pages.render('console/meetings', {
      title: zhCN.meetingPages.title,
      staff: viewer.staff,
      meetings: await this.meetings.list(viewer),
      agencies: this.verification.agencies,
      errors,
      values,
    });
  }

  @RequirePermission('meetings:read')
  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  list(@CurrentViewer() viewer: Viewer): Promise<string> {
    return this.listPage(viewer, [], {});
  }

  @RequirePermission('meetings:manage')
  @Post()
  async schedule(@Req() request: FastifyRequest, @CurrentViewer() viewer: Viewer, @Res() reply: FastifyReply): Promise<void> {
    const form = formFields(request);
    try {
      const dto = parseWith(scheduleSchema, { ...form, invitedAgencies: asList(form['invitedAgencies']) ?? [] });
      const meeting = await this.meetings.schedule(dto, viewer.staff, viewer);
      void reply.status(303).header('Location', `/console/meetings/${meeting.id}`).send();
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      const errors = error.details?.map((d) => d.message) ?? [error.userMessage];
      void reply.status(400).type(HTML).send(await this.listPage(viewer, errors, form));
    }
  }

  private async meetingPage(id: string, viewer: Viewer, error: string | null, notice: string | null): Promise<string> {
    const meeting = await this.meetings.view(id, viewer);
    return this.pages.render('console/meeting', { title: meeting.title, staff: viewer.staff, meeting, error, notice, labels: DECISION_LABELS, agencies: this.verification.agencies });
  }

  @RequirePermission('meetings:read')
  @Get(':id')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  view(@Param('id') id: string, @CurrentViewer() viewer: Viewer): Promise<string> {
    return this.meetingPage(id, viewer, null, null);
  }

  @RequirePermission('meetings:manage')
  @Post(':id/items/:itemId/decision')
  async decide(
    @Param('id') id: string,
    @Param('itemId') itemId: string,
    @Req() request: FastifyRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = formFields(request);
    try {
      const agencyCodes = asList(form['agencyCodes']);
      const dto = parseWith(decisionSchema, { ...form, ...(agencyCodes ? { agencyCodes } : {}) });
      await this.decisions.decide(id, itemId, dto, viewer.staff, viewer);
      void reply.status(303).header('Location', `/console/meetings/${id}#item-${itemId}`).send();
    } catch (error) {
      if (!(error instanceof DomainException) || error.status === 404) throw error;
      const message = error.details?.map((d) => d.message).join('；') || error.userMessage;
      void reply.status(error.status).type(HTML).send(await this.meetingPage(id, viewer, message, null));
    }
  }
}
