import { Controller, Get, Header, HttpCode, HttpStatus, Param, Post, Query, Req, Res, UseFilters, UseInterceptors } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentStaff, Public, RequirePermission, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { CurrentViewer, VisibleReportId, type Viewer } from '../../auth/conflict/viewer.js';
import { SESSION_COOKIE } from '../../auth/auth.guard.js';
import { AuthService } from '../../auth/auth.service.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { RateLimit, RateLimitInterceptor } from '../../infra/http/rate-limit.js';
import { parseWith } from '../../infra/http/zod-validation.pipe.js';
import { staffMessageSchema } from '../../reports/dto/staff-message.dto.js';
import { ReporterQuestions } from '../../reports/reporter-questions.service.js';
import {
  assignSchema,
  categorySchema,
  closeSchema,
  decisionSchema,
  dispositionSchema,
  findingSchema,
  mergeFormSchema,
  noteSchema,
  reopenSchema,
  subjectFormSchema,
} from '../../triage/inbox/dto/actions.dto.js';
import { CadresService } from '../../cadres/cadres.service.js';
import { inboxQuerySchema } from '../../triage/inbox/dto/inbox.dto.js';
import { CaseActionsService } from '../../triage/inbox/case-actions.service.js';
import { InboxService } from '../../triage/inbox/inbox.service.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../page-texts.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';
import { landingPage } from './landing.js';
import { CasePage } from './case-page.js';
import { TODO_KINDS, TodoService } from '../../reminders/todo.service.js';
import { formRefusal } from './form-fields.js';
import { IdParam } from '../../infra/http/id-param.js';

const HTML = 'text/html; charset=utf-8';
type Form = Record<string, string | undefined>;

/** Form fields as strings; empty optional fields are left out so validation treats them as absent. */
function formBody(request: FastifyRequest): Form {
  const raw = (request.body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as Form;
}

/**
 * The staff console: server-rendered pages over the same services as the staff API.
 * Sessions are an HttpOnly, SameSite=Strict cookie, so other sites cannot post forms
 * with it. Every action redirects back to the case (post/redirect/get).
 */
@ApiExcludeController()
@Controller('console')
@UseFilters(ConsoleExceptionFilter)
@UseInterceptors(RateLimitInterceptor)
export class ConsoleController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly auth: AuthService,
    private readonly inbox: InboxService,
    private readonly actions: CaseActionsService,
    private readonly questions: ReporterQuestions,
    private readonly config: AppConfig,
    private readonly casePages: CasePage,
    private readonly cadres: CadresService,
    private readonly todo: TodoService,
  ) {}

  private readonly categoryName = (code: string | null) => this.casePages.categoryName(code);

  @Public()
  @Get('login')
  @Header('Content-Type', HTML)
  loginPage(): string {
    return this.pages.render('console/login', { title: zhCN.console.login.title, staff: null });
  }

  @Public()
  @Post('login')
  @RateLimit('login')
  async login(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const form = formBody(request);
    try {
      const { token, expiresAt, user, totpSetupRequired } = await this.auth.login(
        form['username'] ?? '',
        form['password'] ?? '',
        { ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
        form['totp'],
      );
      void reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: this.config.env.PUBLIC_BASE_URL.startsWith('https:'),
        expires: expiresAt,
      });
      void reply
        .status(303)
        .header('Location', totpSetupRequired ? '/console/two-factor' : landingPage(user.roles))
        .send();
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      void reply
        .status(error.status)
        .type(HTML)
        .send(
          this.pages.render('console/login', {
            title: zhCN.console.login.title,
            staff: null,
            error: error.userMessage,
            username: form['username'],
          }),
        );
    }
  }

  @RequirePermission('session:self')
  @Post('logout')
  async logout(@CurrentStaff() staff: StaffPrincipal, @Res() reply: FastifyReply): Promise<void> {
    await this.auth.logout(staff.sessionId);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' }).status(303).header('Location', '/console/login').send();
  }

  @RequirePermission('reports:read')
  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async inboxPage(@Query() raw: Record<string, string>, @CurrentViewer() viewer: Viewer): Promise<string> {
    const staff = viewer.staff;
    const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ''));
    const query = parseWith(inboxQuerySchema, cleaned);
    // 回避: the same query as the API's inbox, which leaves out the tips hidden from this viewer.
    const page = await this.inbox.list(query, viewer);
    const pageUrl = (n: number) => `/console?${new URLSearchParams({ ...cleaned, page: String(n) }).toString()}`;
    // The inbox is the handlers' home: what waits for them (待办) heads it, each kind with its count.
    const waiting = await this.todo.forStaff(staff);
    const todo = TODO_KINDS.flatMap((kind) => {
      const items = waiting[kind];
      return items?.length ? [{ kind, title: zhCN.todo.sections[kind], count: items.length, overdue: items.some((x) => x.overdue) }] : [];
    });
    return this.pages.render('console/inbox', {
      title: zhCN.console.inbox.title,
      staff,
      todo,
      page,
      query,
      pageUrl,
      categoryName: this.categoryName,
    });
  }

  @RequirePermission('reports:read')
  @Get('cases/:id')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async casePage(
    @IdParam() id: string,
    @Query() query: Record<string, string | string[] | undefined>,
    @CurrentViewer() viewer: Viewer,
  ): Promise<string> {
    const text = (key: string) => (typeof query[key] === 'string' ? query[key].trim() : '');
    const [done, sent] = [text('done'), text('sent')];
    const requested = done === 'verification' && /^\d{1,2}$/.test(sent);
    // A cadre search in one subject's form (GET, so the page stays a page): its matches are offered there.
    const cadreQ = text('cadreQ').slice(0, 50);
    const subjectSearch =
      cadreQ && text('subject')
        ? { subjectId: text('subject'), q: cadreQ, matches: (await this.cadres.list({ q: cadreQ, offset: 0, limit: 10 })).items }
        : null;
    // A search for the case to merge into: by number or a reported person's name, through the same 回避 as the inbox.
    const mergeQ = text('mergeQ').slice(0, 50);
    const mergeSearch = mergeQ
      ? {
          q: mergeQ,
          matches: (await this.inbox.list(parseWith(inboxQuerySchema, { q: mergeQ, pageSize: '10' }), viewer)).items.filter(
            (x) => x.id !== id,
          ),
        }
      : null;
    return this.casePages.render(id, viewer, {
      notice: requested ? zhCN.verification.sent(Number(sent)) : done ? (zhCN.console.case.done[done] ?? '已保存。') : null,
      subjectSearch,
      mergeSearch,
    });
  }

  /**
   * A refused case form: the case page again with the message next to that form and what
   * was typed kept. The case itself was found (VisibleReportId), so a 404 here is about
   * what the form names (an unknown case number or person number).
   */
  private async refusedCaseForm(reply: FastifyReply, id: string, viewer: Viewer, error: unknown, form: string, values: Form) {
    const { status, message } = formRefusal(error, {}, { notFoundIsPageLevel: false });
    void reply
      .status(status)
      .type(HTML)
      .header('Cache-Control', 'no-store')
      .send(await this.casePages.render(id, viewer, { refused: { form, message, values } }));
  }

  /** 确认 or 取消 a linked cadre: a candidate chosen, or any roster cadre by person number. */
  @RequirePermission('reports:handle')
  @Post('cases/:id/subjects/:subjectId/:op')
  @HttpCode(303)
  async subject(
    @VisibleReportId() id: string,
    @IdParam('subjectId', 'serial') subjectId: string,
    @Param('op') op: string,
    @Req() request: FastifyRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (op !== 'confirm' && op !== 'unlink') throw new DomainException(HttpStatus.NOT_FOUND, 'NOT_FOUND', '没有这个操作');
    const form = formBody(request);
    const staff = viewer.staff;
    try {
      if (op === 'confirm') {
        await this.actions.chooseSubject(id, subjectId, staff, await this.chosenCadre(form));
      } else {
        await this.actions.unlinkSubject(id, subjectId, staff);
      }
    } catch (error) {
      return this.refusedCaseForm(reply, id, viewer, error, `subject-${subjectId}`, form);
    }
    void reply.status(303).header('Location', `/console/cases/${id}?done=subject`).send();
  }

  @RequirePermission('reports:handle')
  @Post('cases/:id/:action')
  @HttpCode(303)
  async act(
    @VisibleReportId() id: string,
    @Param('action') action: string,
    @Req() request: FastifyRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = formBody(request);
    try {
      const done = await this.perform(id, action, form, viewer.staff);
      void reply.status(303).header('Location', `/console/cases/${id}?done=${done}`).send();
    } catch (error) {
      if (error instanceof DomainException && error.code === 'NO_SUCH_ACTION') throw error;
      await this.refusedCaseForm(reply, id, viewer, error, action, form);
    }
  }

  /** The cadre a subject form chose: a search match or candidate (cadreId), or a person number typed. */
  private async chosenCadre(form: Form): Promise<string> {
    // The form also carries its cadre search box; only the choice counts.
    const chosen = parseWith(subjectFormSchema, { cadreId: form['cadreId'], personNo: form['personNo'] });
    const cadreId = chosen.personNo ? (await this.cadres.findByPersonNo(chosen.personNo))?.id : chosen.cadreId;
    if (!cadreId) throw new DomainException(HttpStatus.NOT_FOUND, 'NOT_FOUND', `干部名册中没有人员编号 ${chosen.personNo ?? ''}`);
    return cadreId;
  }

  /** One case action from its form; answers the notice to show (`done`). */
  private async perform(id: string, action: string, form: Form, staff: StaffPrincipal): Promise<string> {
    let done = action;
    switch (action) {
      case 'category':
        await this.actions.setCategory(id, staff, parseWith(categorySchema, form).category);
        break;
      case 'disposition':
        if ((await this.actions.dispose(id, staff, parseWith(dispositionSchema, form))).pendingApproval) done = 'pending';
        break;
      case 'close':
        if ((await this.actions.close(id, staff, parseWith(closeSchema, form).comment)).pendingApproval) done = 'pending';
        break;
      case 'decision': {
        const dto = parseWith(decisionSchema, {
          ...form,
          approve: form['approve'] === 'true' ? true : form['approve'] === 'false' ? false : undefined,
        });
        done = (await this.actions.decide(id, staff, dto.approve, dto.comment)).approved ? 'approved' : 'rejected';
        break;
      }
      case 'reopen':
        await this.actions.reopen(id, staff, parseWith(reopenSchema, form).reason);
        break;
      case 'merge':
        // A case chosen from the search, else the number typed (the search box itself is not part of it).
        await this.actions.mergeByNumber(id, staff, parseWith(mergeFormSchema, { into: form['intoChosen'] ?? form['into'] }).into);
        break;
      case 'assign':
        await this.actions.assign(id, staff, parseWith(assignSchema, { assigneeId: form['assigneeId'] ?? null }).assigneeId);
        break;
      case 'add-subject':
        await this.actions.addSubject(id, staff, await this.chosenCadre(form));
        done = 'subject';
        break;
      case 'note':
        await this.actions.addNote(id, staff, parseWith(noteSchema, form).body);
        break;
      case 'finding': {
        const dto = parseWith(findingSchema, form);
        await this.actions.recordFinding(id, staff, dto.finding, dto.outcomeForReporter);
        break;
      }
      case 'message': {
        await this.questions.ask(id, staff.userId, parseWith(staffMessageSchema, form).body);
        break;
      }
      default:
        throw new DomainException(HttpStatus.NOT_FOUND, 'NO_SUCH_ACTION', '没有这个操作');
    }
    return done;
  }
}
