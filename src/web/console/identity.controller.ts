import { Controller, Get, Header, HttpStatus, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { CurrentViewer, VisibleReportId, type Viewer } from '../../auth/conflict/viewer.js';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { staffActor } from '../../audit/audit.interceptor.js';
import { RequirePermission, type AuthenticatedRequest } from '../../auth/auth.decorators.js';
import { identityDecisionSchema, identityRequestSchema } from '../../identity/dto/identity-request.dto.js';
import { IdentityAccessService } from '../../identity/identity-access.service.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { parseWith } from '../../infra/http/zod-validation.pipe.js';
import { InboxService } from '../../triage/inbox/inbox.service.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../page-texts.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';
import { IdParam } from '../../infra/http/id-param.js';

const HTML = 'text/html; charset=utf-8';
const t = zhCN.identityPages;

function field(request: FastifyRequest, name: string): string {
  const value = ((request.body ?? {}) as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}

/**
 * Identity access in the console: a handler asks to see a real-name reporter's identity with
 * a reason; the identity custodian approves or refuses (never their own request); an approved
 * requester views it until the window ends. Every step goes through IdentityAccessService,
 * which checks, records and audits it, as the API does.
 */
@ApiExcludeController()
@Controller('console')
@UseFilters(ConsoleExceptionFilter)
export class ConsoleIdentityController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly access: IdentityAccessService,
    private readonly inbox: InboxService,
  ) {}

  /** The custodian's queue: requests waiting, and the ones decided lately. */
  @RequirePermission('identity:decide')
  @Get('identity')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async queue(@CurrentViewer() viewer: Viewer, @Req() request: FastifyRequest): Promise<string> {
    const staff = viewer.staff;
    const done = (request.query as Record<string, string | undefined>)['done'];
    const [pending, approved, refused] = await Promise.all([
      this.access.list('PENDING', viewer),
      this.access.list('APPROVED', viewer),
      this.access.list('REFUSED', viewer),
    ]);
    return this.pages.render('console/identity-queue', {
      title: t.queueTitle,
      staff,
      pending,
      decided: [...approved, ...refused].slice(0, 50),
      notice: done ? (t.done[done] ?? null) : null,
    });
  }

  @RequirePermission('identity:decide')
  @Post('identity/:id/:decision')
  async decide(
    @IdParam() id: string,
    @Param('decision') decision: string,
    @Req() request: AuthenticatedRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (decision !== 'approve' && decision !== 'refuse') throw new DomainException(HttpStatus.NOT_FOUND, 'NOT_FOUND', '没有这个操作');
    const { note } = parseWith(identityDecisionSchema, field(request, 'note') ? { note: field(request, 'note') } : {});
    await this.access.decide(id, decision === 'approve', note, viewer, staffActor(request));
    void reply.status(303).header('Location', `/console/identity?done=${decision}`).send();
  }

  /** A handler's own requests and, while approved, the way to view the identity. */
  @RequirePermission('identity:request')
  @Get('identity/mine')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async mine(@CurrentViewer() viewer: Viewer, @Req() request: FastifyRequest): Promise<string> {
    const staff = viewer.staff;
    const done = (request.query as Record<string, string | undefined>)['done'];
    return this.pages.render('console/identity-mine', {
      title: t.mineTitle,
      staff,
      requests: await this.access.mine(viewer),
      now: new Date().toISOString(),
      notice: done ? (t.done[done] ?? null) : null,
    });
  }

  @RequirePermission('identity:request')
  @Get('identity/:id/view')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async view(@IdParam() id: string, @CurrentViewer() viewer: Viewer, @Req() request: AuthenticatedRequest): Promise<string> {
    const staff = viewer.staff;
    const identity = await this.access.reveal(id, viewer, staffActor(request));
    return this.pages.render('console/identity-view', { title: t.viewTitle, staff, identity });
  }

  /** The request form for one case; refused input comes back with what was typed and the error beside it. */
  @RequirePermission('identity:request')
  @Get('cases/:id/identity-request')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async form(@IdParam() id: string, @CurrentViewer() viewer: Viewer): Promise<string> {
    const staff = viewer.staff;
    const view = await this.inbox.caseView(id, viewer);
    return this.pages.render('console/identity-request', { title: t.requestTitle, staff, case: view, reason: '', error: null });
  }

  @RequirePermission('identity:request')
  @Post('cases/:id/identity-request')
  async request(
    @VisibleReportId() id: string,
    @Req() request: AuthenticatedRequest,
    @CurrentViewer() viewer: Viewer,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const staff = viewer.staff;
    const reason = field(request, 'reason');
    const parsed = identityRequestSchema.safeParse({ reason });
    let error = parsed.success ? null : parsed.error.issues[0]!.message;
    if (parsed.success) {
      try {
        await this.access.request(id, parsed.data.reason, staff, staffActor(request));
        void reply.status(303).header('Location', '/console/identity/mine?done=requested').send();
        return;
      } catch (e) {
        if (!(e instanceof DomainException) || e.status === HttpStatus.NOT_FOUND || e.status >= HttpStatus.INTERNAL_SERVER_ERROR) throw e;
        error = e.userMessage;
      }
    }
    const view = await this.inbox.caseView(id, viewer);
    void reply
      .status(400)
      .type(HTML)
      .header('Cache-Control', 'no-store')
      .send(this.pages.render('console/identity-request', { title: t.requestTitle, staff, case: view, reason, error }));
  }
}
