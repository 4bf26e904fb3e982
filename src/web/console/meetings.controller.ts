import { Controller, Get, Header, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RequirePermission } from '../../auth/auth.decorators.js';
import { CurrentViewer, type Viewer } from '../../auth/conflict/viewer.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { parseWith } from '../../infra/http/zod-validation.pipe.js';
import { DECISION_LABELS } from '../../meetings/decision-rules.js';
import { addItemSchema, attendanceSchema, decisionSchema, opinionsSchema, scheduleSchema } from '../../meetings/dto/meetings.dto.js';
import { ATTENDANCE_LABELS } from '../../meetings/meeting-view.js';
import { ReportsService } from '../../reports/reports.service.js';
import { VettingService } from '../../vetting/vetting.service.js';
import { MeetingDecisionsService } from '../../meetings/meeting-decisions.service.js';
import { MeetingsService } from '../../meetings/meetings.service.js';
import { VerificationService } from '../../verification/verification.service.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../page-texts.js';
import { formRefusal } from './form-fields.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';
import { IdParam } from '../../infra/http/id-param.js';

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
const pick = (form: Record<string, string | string[]>, keys: string[]) =>
  Object.fromEntries(keys.filter((k) => form[k] !== undefined).map((k) => [k, form[k]]));

interface MeetingPageState {
  error?: string;
  /** Which form the error belongs to (attendance, add-item, opinions-<item>, decision-<item>). */
  errorAt?: string;
  values?: Record<string, string | string[]>;
  confirm?: { itemId: string; reasons: string[]; message: string };
  notice?: string;
}

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
    private readonly vetting: VettingService,
    private readonly reports: ReportsService,
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
      void reply
        .status(400)
        .type(HTML)
        .send(await this.listPage(viewer, errors, form));
    }
  }

  private async meetingPage(id: string, viewer: Viewer, state: MeetingPageState = {}): Promise<string> {
    const meeting = await this.meetings.view(id, viewer);
    const onAgenda = new Set(meeting.items.map((i) => i.subjectId));
    const candidates = (await this.vetting.openCandidates()).filter((c) => !onAgenda.has(c.id));
    return this.pages.render('console/meeting', {
      title: meeting.title,
      staff: viewer.staff,
      meeting,
      labels: DECISION_LABELS,
      attendanceLabels: ATTENDANCE_LABELS,
      agencies: this.verification.agencies,
      invited: meeting.invitedAgencies,
      candidates,
      error: state.error ?? null,
      errorAt: state.errorAt ?? null,
      values: state.values ?? {},
      confirm: state.confirm ?? null,
      notice: state.notice ?? null,
    });
  }

  /** A refused form: the page again, with the message at the form and what was typed. */
  private async refused(
    reply: FastifyReply,
    id: string,
    viewer: Viewer,
    error: unknown,
    errorAt: string,
    values: Record<string, string | string[]>,
  ): Promise<void> {
    // A 404 here names what the form named (a case number, an item); an unknown meeting
    // fails again when its page is drawn below, and gets the error page.
    const { status, message } = formRefusal(error, {}, { notFoundIsPageLevel: false });
    void reply
      .status(status)
      .type(HTML)
      .send(await this.meetingPage(id, viewer, { error: message, errorAt, values }));
  }

  @RequirePermission('meetings:read')
  @Get(':id')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  view(@IdParam() id: string, @CurrentViewer() viewer: Viewer): Promise<string> {
    return this.meetingPage(id, viewer);
  }

  /** 出席情况: one row per invited agency (status, who attended, a note). */
  @RequirePermission('meetings:manage')
  @Post(':id/attendance')
  async attendance(
    @IdParam() id: string,
    @Req() request: FastifyRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = formFields(request);
    try {
      const meeting = await this.meetings.view(id, viewer);
      const entries = meeting.invitedAgencies
        .filter((a) => typeof form[`status-${a.code}`] === 'string')
        .map((a) => ({
          agencyCode: a.code,
          status: form[`status-${a.code}`],
          attendee: form[`attendee-${a.code}`],
          note: form[`note-${a.code}`],
        }));
      const dto = parseWith(attendanceSchema, {
        entries: entries.map((e) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined))),
      });
      await this.meetings.recordAttendance(id, dto, viewer.staff, viewer);
      void reply.status(303).header('Location', `/console/meetings/${id}#attendance`).send();
    } catch (error) {
      await this.refused(reply, id, viewer, error, 'attendance', form);
    }
  }

  /** 成员单位意见 on one agenda item: one text per invited agency, empty ones left out. */
  @RequirePermission('meetings:manage')
  @Post(':id/items/:itemId/opinions')
  async opinions(
    @IdParam() id: string,
    @IdParam('itemId') itemId: string,
    @Req() request: FastifyRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = formFields(request);
    try {
      const opinions = Object.entries(form)
        .filter(([key, value]) => key.startsWith('opinion-') && typeof value === 'string')
        .map(([key, opinion]) => ({ agencyCode: key.slice('opinion-'.length), opinion }));
      await this.meetings.recordOpinions(id, itemId, parseWith(opinionsSchema, { opinions }), viewer.staff, viewer);
      void reply.status(303).header('Location', `/console/meetings/${id}#item-${itemId}`).send();
    } catch (error) {
      await this.refused(reply, id, viewer, error, `opinions-${itemId}`, form);
    }
  }

  /** Adds a case (by its number), a vetting candidate or a matter raised at the meeting to the agenda. */
  @RequirePermission('meetings:manage')
  @Post(':id/items')
  async addItem(
    @IdParam() id: string,
    @Req() request: FastifyRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = formFields(request);
    try {
      const number = typeof form['reportNumber'] === 'string' ? form['reportNumber'] : undefined;
      const reportId = number ? await this.reports.idByNumber(number, viewer) : undefined;
      const dto = parseWith(addItemSchema, { ...pick(form, ['title', 'note', 'candidateId']), ...(reportId ? { reportId } : {}) });
      await this.meetings.addItem(id, dto, viewer);
      void reply.status(303).header('Location', `/console/meetings/${id}#agenda`).send();
    } catch (error) {
      await this.refused(reply, id, viewer, error, 'add-item', form);
    }
  }

  @RequirePermission('meetings:manage')
  @Post(':id/items/:itemId/decision')
  async decide(
    @IdParam() id: string,
    @IdParam('itemId') itemId: string,
    @Req() request: FastifyRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = formFields(request);
    try {
      const agencyCodes = asList(form['agencyCodes']);
      const { confirmAgainstBlock, ...fields } = form;
      const dto = parseWith(decisionSchema, {
        ...fields,
        ...(agencyCodes ? { agencyCodes } : {}),
        ...(confirmAgainstBlock === 'yes' ? { confirmAgainstBlock: true } : {}),
      });
      await this.decisions.decide(id, itemId, dto, viewer.staff, viewer);
      void reply.status(303).header('Location', `/console/meetings/${id}#item-${itemId}`).send();
    } catch (error) {
      // Going ahead against a blocking check: the page asks to confirm, with the reasons.
      if (error instanceof DomainException && error.code === 'CANDIDATE_BLOCKED') {
        const reasons = error.details?.map((d) => d.message) ?? [];
        void reply
          .status(409)
          .type(HTML)
          .send(await this.meetingPage(id, viewer, { confirm: { itemId, reasons, message: error.userMessage }, values: form }));
        return;
      }
      await this.refused(reply, id, viewer, error, `decision-${itemId}`, form);
    }
  }
}
