import { Controller, Get, Header, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { CurrentViewer, type Viewer } from '../../auth/conflict/viewer.js';
import { CadresService } from '../../cadres/cadres.service.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { parseWith } from '../../infra/http/zod-validation.pipe.js';
import { VerificationService } from '../../verification/verification.service.js';
import { assessmentSchema, outcomeSchema, publishNoticeSchema, withdrawNoticeSchema } from '../../vetting/dto/publicity.dto.js';
import { ProbationService } from '../../vetting/probation/probation.service.js';
import { OutcomeService } from '../../vetting/publicity/outcome.service.js';
import { PublicityService } from '../../vetting/publicity/publicity.service.js';
import { VettingService } from '../../vetting/vetting.service.js';
import { priorReportReplySchema, priorReportSentSchema } from '../../vetting/dto/prior-report.dto.js';
import { PriorReportService } from '../../vetting/prior-report/prior-report.service.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../page-texts.js';
import { fieldErrorsOf, formRefusal } from './form-fields.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';
import { parseSlate } from './slate-form.js';
import { IdParam } from '../../infra/http/id-param.js';

const HTML = 'text/html; charset=utf-8';
type Form = Record<string, string | string[]>;

/** A form's fields: repeated fields (checkbox groups) as arrays, text trimmed, empty ones left out. */
function formFields(request: FastifyRequest): Form {
  const out: Form = {};
  for (const [key, value] of Object.entries((request.body ?? {}) as Record<string, unknown>)) {
    if (Array.isArray(value)) out[key] = value.map(String);
    else if (typeof value === 'string' && value.trim() !== '') out[key] = value.trim();
  }
  return out;
}
const one = (form: Form, key: string): string | undefined => {
  const value = form[key];
  return Array.isArray(value) ? value[0] : value;
};
const list = (form: Form, key: string): string[] => [form[key] ?? []].flat();
/** The named fields that were filled in (an empty one is left out, so the schema names it as missing). */
const fieldsOf = (form: Form, keys: string[]): Record<string, string> =>
  Object.fromEntries(keys.flatMap((k) => (one(form, k) ? [[k, one(form, k)!]] : [])));

interface RunPageState {
  /** Which form the error belongs to: publish, decision-<candidate id>, withdraw-<notice id>, sent-<candidate id> or reply-<candidate id>. */
  errorAt?: string;
  error?: string;
  /** Errors of single fields (shown beside each), by field name; `error` is then the form's own, if any. */
  fieldErrors?: Record<string, string>;
  values?: Form;
}

/** A refused 报备 form: each field's error beside it, anything else above the form. */
function fieldRefusal(error: unknown): { status: number; error: string; fieldErrors: Record<string, string> } {
  const { status, message } = formRefusal(error);
  const fieldErrors = fieldErrorsOf(error);
  return { status, error: Object.keys(fieldErrors).length ? '' : message, fieldErrors };
}

/**
 * 任前审查 on the console: start a run for a slate picked from the roster with the agencies
 * to consult, read each candidate's verdict and reasons, publish the 任前公示, record the
 * appointment decision, and assess probations (试用期) when they end.
 */
@ApiExcludeController()
@Controller('console/vetting')
@UseFilters(ConsoleExceptionFilter)
export class ConsoleVettingController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly vetting: VettingService,
    private readonly cadres: CadresService,
    private readonly verification: VerificationService,
    private readonly publicity: PublicityService,
    private readonly outcomes: OutcomeService,
    private readonly probation: ProbationService,
    private readonly priorReports: PriorReportService,
  ) {}

  private async listPage(staff: StaffPrincipal, values: Record<string, string | string[]>, errors: string[], q = ''): Promise<string> {
    const matches = q ? (await this.cadres.list({ q, offset: 0, limit: 20 })).items : [];
    const agencies = this.verification.agencies;
    // Consulted by default: every agency (the district's member agencies); the form may narrow it.
    const chosen = values['agencyCodes'] !== undefined ? [values['agencyCodes']].flat() : agencies.map((a) => a.code);
    return this.pages.render('console/vetting', {
      title: zhCN.vettingPages.title,
      staff,
      runs: await this.vetting.listRuns(),
      values,
      errors,
      q,
      matches,
      agencies,
      chosen,
    });
  }

  @RequirePermission('vetting:read')
  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  list(@Query() query: Record<string, string | string[]>, @CurrentStaff() staff: StaffPrincipal): Promise<string> {
    // The picker: a search (q) and "add" links carry the slate and choices typed so far.
    const text = (key: string) => (typeof query[key] === 'string' ? query[key].trim() : '');
    const add = text('add');
    const slate = [text('slate'), add ? `${add} ` : ''].filter(Boolean).join('\n');
    // The form marks that it showed the agencies, so that none ticked stays none ticked.
    const shown = query['agenciesShown'] !== undefined || query['agencyCodes'] !== undefined;
    const values = { title: text('title'), slate, ...(shown ? { agencyCodes: [query['agencyCodes'] ?? []].flat() } : {}) };
    return this.listPage(staff, values, [], text('q').slice(0, 50));
  }

  @RequirePermission('vetting:manage')
  @Post()
  async start(@Req() request: FastifyRequest, @CurrentStaff() staff: StaffPrincipal, @Res() reply: FastifyReply): Promise<void> {
    const form = formFields(request);
    const agencyCodes = list(form, 'agencyCodes');
    const values = { title: one(form, 'title') ?? '', slate: one(form, 'slate') ?? '', agencyCodes };
    const { lines, errors } = parseSlate(values.slate);
    if (values.title.length < 2) errors.unshift('请填写批次名称');
    if (agencyCodes.length === 0) errors.push('请至少选择一个征求意见的成员单位');
    const slate = [];
    for (const line of lines) {
      const cadre = await this.cadres.findByPersonNo(line.personNo);
      if (!cadre) errors.push(`人员编号 ${line.personNo} 不在干部名册中`);
      else slate.push({ cadreId: cadre.id, proposedPost: line.proposedPost });
    }
    if (errors.length === 0) {
      try {
        const { runId } = await this.vetting.startRun({ title: values.title, slate, agencyCodes, actorId: staff.userId });
        void reply.status(303).header('Location', `/console/vetting/runs/${runId}`).send();
        return;
      } catch (error) {
        if (!(error instanceof DomainException)) throw error;
        errors.push(error.userMessage);
      }
    }
    void reply
      .status(400)
      .type(HTML)
      .send(await this.listPage(staff, values, errors));
  }

  private async runPage(id: string, viewer: Viewer, state: RunPageState = {}): Promise<string> {
    const run = await this.vetting.getRun(id, viewer);
    const notices = Object.fromEntries(
      await Promise.all(run.candidates.map(async (c) => [c.id, await this.publicity.noticeOfCandidate(c.id)] as const)),
    );
    const today = this.publicity.today();
    const runNotices = (await this.publicity.noticesOfRun(run.id)).map((n) => ({
      ...n,
      state: n.withdrawnAt ? 'WITHDRAWN' : n.open ? 'OPEN' : n.startsOn > today ? 'UPCOMING' : 'ENDED',
      // 撤销 is possible until the period ends.
      withdrawable: !n.withdrawnAt && today <= n.endsOn,
    }));
    const priorReports = Object.fromEntries(await this.priorReports.views(run.candidates.map((c) => c.id)));
    return this.pages.render('console/vetting-run', {
      title: run.title,
      staff: viewer.staff,
      run,
      notices,
      priorReports,
      today,
      runNotices,
      agencies: this.verification.agencies.filter((a) => run.agencyCodes.includes(a.code)),
      publishable: run.candidates.filter((c) => c.verdict === 'PASS' && !c.decision && !notices[c.id]),
      errorAt: state.errorAt ?? null,
      error: state.error ?? null,
      fieldErrors: state.fieldErrors ?? {},
      values: state.values ?? {},
    });
  }

  private async refused(reply: FastifyReply, runId: string, viewer: Viewer, error: unknown, errorAt: string, values: Form): Promise<void> {
    const { status, message } = formRefusal(error);
    void reply
      .status(status)
      .type(HTML)
      .send(await this.runPage(runId, viewer, { errorAt, error: message, values }));
  }

  @RequirePermission('vetting:read')
  @Get('runs/:id')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  run(@IdParam() id: string, @CurrentViewer() viewer: Viewer): Promise<string> {
    return this.runPage(id, viewer);
  }

  /** 任前公示 of the chosen candidates who passed. */
  @RequirePermission('vetting:manage')
  @Post('runs/:id/notices')
  async publish(
    @IdParam() id: string,
    @Req() request: FastifyRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = formFields(request);
    try {
      const candidateIds = list(form, 'candidateIds');
      const dto = parseWith(publishNoticeSchema, {
        startsOn: one(form, 'startsOn'),
        endsOn: one(form, 'endsOn'),
        ...(one(form, 'contact') ? { contact: one(form, 'contact') } : {}),
        ...(candidateIds.length ? { candidateIds } : {}),
      });
      await this.publicity.publish({ ...dto, runId: id, actorId: viewer.staff.userId });
      void reply.status(303).header('Location', `/console/vetting/runs/${id}#publicity`).send();
    } catch (error) {
      await this.refused(reply, id, viewer, error, 'publish', form);
    }
  }

  /** 撤销 a notice before its period ends, with the reason; back to its run's publicity. */
  @RequirePermission('vetting:manage')
  @Post('notices/:id/withdraw')
  async withdraw(
    @IdParam() id: string,
    @Req() request: FastifyRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = formFields(request);
    const notice = await this.publicity.notice(id);
    try {
      const dto = parseWith(withdrawNoticeSchema, one(form, 'reason') ? { reason: one(form, 'reason') } : {});
      await this.publicity.withdraw(notice.id, { reason: dto.reason, actorId: viewer.staff.userId });
      void reply.status(303).header('Location', `/console/vetting/runs/${notice.runId}#publicity`).send();
    } catch (error) {
      await this.refused(reply, notice.runId, viewer, error, `withdraw-${notice.id}`, form);
    }
  }

  /** 任用决定 for one candidate; a run's page is where it is taken. */
  @RequirePermission('vetting:manage')
  @Post('candidates/:id/outcome')
  async outcome(
    @IdParam() id: string,
    @Req() request: FastifyRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = formFields(request);
    const candidate = await this.vetting.candidate(id, viewer);
    const runId = await this.vetting.runOf(id);
    try {
      const dto = parseWith(
        outcomeSchema,
        Object.fromEntries(['decision', 'note', 'appointedOn', 'suspendedUntil'].flatMap((k) => (one(form, k) ? [[k, one(form, k)]] : []))),
      );
      await this.outcomes.record(candidate.id, { ...dto, actorId: viewer.staff.userId }, viewer);
      void reply.status(303).header('Location', `/console/vetting/runs/${runId}#c-${candidate.id}`).send();
    } catch (error) {
      await this.refused(reply, runId, viewer, error, `decision-${candidate.id}`, form);
    }
  }

  /** 已报备: the report on a candidate sent to the higher organization department; back to the candidate. */
  @RequirePermission('vetting:manage')
  @Post('candidates/:id/prior-report')
  async priorReportSent(
    @IdParam() id: string,
    @Req() request: FastifyRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.recordPriorReport(id, request, viewer, reply, 'sent', async (candidateId, form) => {
      const dto = parseWith(priorReportSentSchema, fieldsOf(form, ['sentOn', 'reference', 'sentTo']));
      await this.priorReports.recordSent(candidateId, dto, viewer.staff.userId, viewer);
    });
  }

  /** 上级回复: the higher department's reply to a 报备; back to the candidate. */
  @RequirePermission('vetting:manage')
  @Post('candidates/:id/prior-report/reply')
  async priorReportReply(
    @IdParam() id: string,
    @Req() request: FastifyRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.recordPriorReport(id, request, viewer, reply, 'reply', async (candidateId, form) => {
      const dto = parseWith(priorReportReplySchema, fieldsOf(form, ['repliedOn', 'reference', 'result', 'note']));
      await this.priorReports.recordReply(candidateId, dto, viewer.staff.userId, viewer);
    });
  }

  private async recordPriorReport(
    id: string,
    request: FastifyRequest,
    viewer: Viewer,
    reply: FastifyReply,
    which: 'sent' | 'reply',
    record: (candidateId: string, form: Form) => Promise<void>,
  ): Promise<void> {
    const form = formFields(request);
    const candidate = await this.vetting.candidate(id, viewer);
    const runId = await this.vetting.runOf(id);
    try {
      await record(candidate.id, form);
      void reply.status(303).header('Location', `/console/vetting/runs/${runId}#c-${candidate.id}`).send();
    } catch (error) {
      const { status, error: message, fieldErrors } = fieldRefusal(error);
      void reply
        .status(status)
        .type(HTML)
        .send(await this.runPage(runId, viewer, { errorAt: `${which}-${candidate.id}`, error: message, fieldErrors, values: form }));
    }
  }

  private async probationsPage(staff: StaffPrincipal, state: { errorAt?: string; error?: string; values?: Form } = {}): Promise<string> {
    const [open, due, assessed] = [await this.probation.list(false), await this.probation.list(true), await this.probation.assessed()];
    return this.pages.render('console/probations', {
      title: zhCN.vettingPages.probationTitle,
      staff,
      // The open ones, then those assessed (the row a saved assessment lands on).
      probations: [...open, ...assessed],
      due: new Set(due.map((p) => p.id)),
      errorAt: state.errorAt ?? null,
      error: state.error ?? null,
      values: state.values ?? {},
    });
  }

  @RequirePermission('vetting:read')
  @Get('probations')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  probations(@CurrentStaff() staff: StaffPrincipal): Promise<string> {
    return this.probationsPage(staff);
  }

  @RequirePermission('vetting:manage')
  @Post('probations/:id/assessment')
  async assess(
    @IdParam() id: string,
    @Req() request: FastifyRequest,
    @CurrentStaff() staff: StaffPrincipal,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = formFields(request);
    try {
      const dto = parseWith(
        assessmentSchema,
        Object.fromEntries(['result', 'assessedOn', 'note'].flatMap((k) => (one(form, k) ? [[k, one(form, k)]] : []))),
      );
      await this.probation.assess(id, { ...dto, actorId: staff.userId });
      void reply.status(303).header('Location', `/console/vetting/probations#p-${id}`).send();
    } catch (error) {
      const { status, message } = formRefusal(error);
      void reply
        .status(status)
        .type(HTML)
        .send(await this.probationsPage(staff, { errorAt: id, error: message, values: form }));
    }
  }
}
