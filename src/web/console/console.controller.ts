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
import { categorySchema, dispositionSchema, findingSchema, noteSchema } from '../../triage/inbox/dto/actions.dto.js';
import { inboxQuerySchema } from '../../triage/inbox/dto/inbox.dto.js';
import { CaseActionsService } from '../../triage/inbox/case-actions.service.js';
import { InboxService } from '../../triage/inbox/inbox.service.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../texts.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';
import { VerificationPanel } from './verification-panel.js';

const HTML = 'text/html; charset=utf-8';
type Form = Record<string, string | undefined>;

/** Form fields as strings; empty optional fields are left out so validation treats them as absent. */
function formBody(request: FastifyRequest): Form {
  const raw = (request.body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as Form;
}

/** Where a role starts after login: liaisons at their agency's portal, operators at the call form. */
export function landingPage(roles: readonly string[]): string {
  if (roles.some((r) => r === 'TRIAGE_OFFICER' || r === 'SUPERVISOR')) return '/console';
  if (roles.includes('AGENCY_LIAISON')) return '/agency';
  if (roles.includes('INTAKE_OPERATOR')) return '/console/hotline';
  return '/console';
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
    private readonly verificationPanel: VerificationPanel,
  ) {}

  private categoryName = (code: string | null) => this.config.categories.find((c) => c.code === code)?.name ?? (code ?? '未分类');

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
      const { token, expiresAt, user, totpSetupRequired } = await this.auth.login(form['username'] ?? '', form['password'] ?? '', { ip: request.ip, userAgent: request.headers['user-agent'] ?? null }, form['totp']);
      void reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: this.config.env.PUBLIC_BASE_URL.startsWith('https:'),
        expires: expiresAt,
      });
      void reply.status(303).header('Location', totpSetupRequired ? '/console/two-factor' : landingPage(user.roles)).send();
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      void reply
        .status(error.status)
        .type(HTML)
        .send(this.pages.render('console/login', { title: zhCN.console.login.title, staff: null, error: error.userMessage, username: form['username'] }));
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
    return this.pages.render('console/inbox', { title: zhCN.console.inbox.title, staff, page, query, pageUrl, categoryName: this.categoryName });
  }

  @RequirePermission('reports:read')
  @Get('cases/:id')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async casePage(@Param('id') id: string, @Query('done') done: string | undefined, @Query('sent') sent: string | undefined, @CurrentViewer() viewer: Viewer): Promise<string> {
    const staff = viewer.staff;
    const view = await this.inbox.caseView(id, viewer);
    const requested = done === 'verification' && /^\d{1,2}$/.test(sent ?? '');
    return this.pages.render('console/case', {
      title: view.number,
      staff,
      case: view,
      notice: requested ? zhCN.verification.sent(Number(sent)) : done ? '已保存。' : null,
      categories: this.config.categories,
      categoryName: this.categoryName,
      verification: await this.verificationPanel.forCase(view, viewer),
    });
  }

  @RequirePermission('reports:handle')
  @Post('cases/:id/:action')
  @HttpCode(303)
  async act(@VisibleReportId() id: string, @Param('action') action: string, @Req() request: FastifyRequest, @CurrentStaff() staff: StaffPrincipal, @Res() reply: FastifyReply): Promise<void> {
    const form = formBody(request);
    switch (action) {
      case 'category':
        await this.actions.setCategory(id, staff, parseWith(categorySchema, form).category);
        break;
      case 'disposition':
        await this.actions.dispose(id, staff, parseWith(dispositionSchema, form));
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
        throw new DomainException(HttpStatus.NOT_FOUND, 'NOT_FOUND', '没有这个操作');
    }
    void reply.status(303).header('Location', `/console/cases/${id}?done=${action}`).send();
  }
}
