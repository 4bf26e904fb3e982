import { Controller, Get, Header, HttpStatus, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { staffActor } from '../../audit/audit.interceptor.js';
import { AccountService } from '../../auth/account.service.js';
import { CurrentStaff, RequirePermission, type AuthenticatedRequest, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { createAccountSchema, updateAccountSchema } from '../../auth/dto/account.dto.js';
import { ROLES } from '../../auth/roles.js';
import { CadresService } from '../../cadres/cadres.service.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { AgencyDirectory } from '../../verification/agencies/agency-directory.service.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../page-texts.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';
import { IdParam } from '../../infra/http/id-param.js';

const HTML = 'text/html; charset=utf-8';
const t = zhCN.adminPages;
type Form = Record<string, string | string[]>;

/** The form as posted: repeated fields (roles) as arrays, empty fields left out. */
function form(request: FastifyRequest): Form {
  const out: Form = {};
  for (const [k, v] of Object.entries((request.body ?? {}) as Record<string, unknown>)) {
    if (Array.isArray(v)) out[k] = v.map(String);
    else if (typeof v === 'string' && v.trim() !== '') out[k] = v;
  }
  return out;
}

const asList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Field errors of a refused form, keyed by field, for the page to show beside each field. */
function fieldErrors(error: z.ZodError): Record<string, string> {
  return Object.fromEntries(error.issues.map((i) => [String(i.path[0] ?? 'form'), i.message]));
}

/**
 * The administrator's pages: staff accounts (create; roles, agency, email, active; password,
 * sessions, two-factor reset; the link to the person's own cadre record, which 回避 uses).
 * Every change goes through AccountService, audited, as the API.
 */
@ApiExcludeController()
@Controller('console/admin')
@UseFilters(ConsoleExceptionFilter)
export class ConsoleAdminController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly accounts: AccountService,
    private readonly cadres: CadresService,
    private readonly config: AppConfig,
    private readonly agencies: AgencyDirectory,
  ) {}

  /** Roles, and the agencies a liaison may belong to (the directory admins keep, active ones). */
  private async common() {
    const agencies = (await this.agencies.list()).filter((a) => a.active).map((a) => ({ code: a.code, name: a.name }));
    return { roles: ROLES, agencies };
  }

  @RequirePermission('staff:manage')
  @Get('staff')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async list(@CurrentStaff() staff: StaffPrincipal, @Query('done') done?: string): Promise<string> {
    return this.pages.render('console/admin-staff', {
      title: t.staffTitle,
      staff,
      accounts: await this.accounts.list(),
      values: {},
      errors: {},
      notice: done ? (t.done[done] ?? null) : null,
      ...(await this.common()),
    });
  }

  @RequirePermission('staff:manage')
  @Post('staff')
  async create(@Req() request: AuthenticatedRequest, @CurrentStaff() staff: StaffPrincipal, @Res() reply: FastifyReply): Promise<void> {
    const values = form(request);
    const parsed = createAccountSchema.safeParse({ ...values, roles: asList(values['roles']) });
    let errors = parsed.success ? {} : fieldErrors(parsed.error);
    if (parsed.success) {
      try {
        const created = await this.accounts.create(parsed.data, staffActor(request));
        void reply.status(303).header('Location', `/console/admin/staff/${created.id}?done=created`).send();
        return;
      } catch (error) {
        if (!(error instanceof DomainException) || error.status >= HttpStatus.INTERNAL_SERVER_ERROR) throw error;
        errors = {
          [error.code === 'USERNAME_TAKEN' || error.code === 'INVALID_USERNAME'
            ? 'username'
            : error.code === 'WEAK_PASSWORD'
              ? 'password'
              : 'form']: error.userMessage,
        };
      }
    }
    const { password: _password, ...kept } = values; // a refused password is not sent back
    void reply
      .status(400)
      .type(HTML)
      .header('Cache-Control', 'no-store')
      .send(
        this.pages.render('console/admin-staff', {
          title: t.staffTitle,
          staff,
          accounts: await this.accounts.list(),
          values: kept,
          errors,
          notice: null,
          ...(await this.common()),
        }),
      );
  }

  @RequirePermission('staff:manage')
  @Get('staff/:id')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async account(@IdParam() id: string, @CurrentStaff() staff: StaffPrincipal, @Query('done') done?: string): Promise<string> {
    return this.accountPage(id, staff, { notice: done ? (t.done[done] ?? null) : null, errors: {} });
  }

  private async accountPage(
    id: string,
    staff: StaffPrincipal,
    extra: { notice: string | null; errors: Record<string, string> },
  ): Promise<string> {
    const account = (await this.accounts.list()).find((a) => a.id === id);
    if (!account) throw new DomainException(HttpStatus.NOT_FOUND, 'NOT_FOUND', '账号不存在');
    const cadre = account.cadreId ? await this.cadres.getById(account.cadreId).catch(() => null) : null;
    const needsToken =
      !account.totpEnabled && account.roles.some((r) => (this.config.settings.security.totpRequiredRoles as readonly string[]).includes(r));
    const resets = await this.accounts.pendingResets(account.id);
    return this.pages.render('console/admin-account', {
      title: account.displayName,
      staff,
      account,
      cadre,
      needsToken,
      resets,
      self: account.id === staff.userId,
      ...extra,
      ...(await this.common()),
    });
  }

  /** Changes from the account page: details, password, sessions, two-factor, cadre link. */
  @RequirePermission('staff:manage')
  @Post('staff/:id/:action')
  async act(
    @IdParam() id: string,
    @Param('action') requested: string,
    @Req() request: AuthenticatedRequest,
    @CurrentStaff() staff: StaffPrincipal,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = form(request);
    const actor = staffActor(request);
    let action = requested;
    try {
      switch (requested) {
        case 'details': {
          const parsed = updateAccountSchema.safeParse({
            displayName: values['displayName'],
            roles: asList(values['roles']),
            agencyCode: values['agencyCode'] ?? null,
            email: values['email'] ?? null,
            active: values['active'] === 'true',
          });
          if (!parsed.success) {
            void reply
              .status(400)
              .type(HTML)
              .send(await this.accountPage(id, staff, { notice: null, errors: fieldErrors(parsed.error) }));
            return;
          }
          await this.accounts.update(id, parsed.data, actor);
          break;
        }
        case 'password':
          if ((await this.accounts.resetPassword(id, String(values['password'] ?? ''), actor)).pendingApproval) action = 'reset-requested';
          break;
        case 'sessions':
          await this.accounts.revokeSessions(id, actor);
          break;
        case 'totp':
          if ((await this.accounts.resetTotp(id, actor)).pendingApproval) action = 'reset-requested';
          break;
        case 'approve-reset':
        case 'refuse-reset':
          await this.accounts.decideReset(String(values['requestId'] ?? ''), action === 'approve-reset', actor);
          break;
        case 'enrolment-token': {
          // Shown once, on this page (never in a URL); the administrator hands it over in person.
          const issued = await this.accounts.issueEnrolmentToken(id, actor);
          void reply
            .status(200)
            .type(HTML)
            .header('Cache-Control', 'no-store')
            .send(
              await this.accountPage(id, staff, {
                notice: t.tokenIssued(issued.token, issued.expiresAt.slice(0, 16).replace('T', ' ')),
                errors: {},
              }),
            );
          return;
        }
        case 'cadre': {
          const personNo = values['personNo'];
          const cadre = typeof personNo === 'string' ? await this.cadres.findByPersonNo(personNo.trim()) : null;
          if (typeof personNo === 'string' && !cadre)
            throw new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, 'UNKNOWN_CADRE', `干部名册中没有人员编号 ${personNo}`);
          await this.accounts.linkCadre(id, cadre?.id ?? null, actor);
          break;
        }
        default:
          throw new DomainException(HttpStatus.NOT_FOUND, 'NOT_FOUND', '没有这个操作');
      }
    } catch (error) {
      if (!(error instanceof DomainException) || error.status >= HttpStatus.INTERNAL_SERVER_ERROR || error.status === HttpStatus.NOT_FOUND)
        throw error;
      void reply
        .status(error.status)
        .type(HTML)
        .send(await this.accountPage(id, staff, { notice: null, errors: { [requested]: error.userMessage } }));
      return;
    }
    void reply.status(303).header('Location', `/console/admin/staff/${id}?done=${action}`).send();
  }
}
