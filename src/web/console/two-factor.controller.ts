import { Controller, Get, Header, HttpCode, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { staffActor } from '../../audit/audit.interceptor.js';
import { AuthService } from '../../auth/auth.service.js';
import { AccountService } from '../../auth/account.service.js';
import { CurrentStaff, RequirePermission, type AuthenticatedRequest, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../page-texts.js';
import { landingPage } from './landing.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';
import { textOf } from '../../infra/text/text-of.js';

const HTML = 'text/html; charset=utf-8';

/** The secret in groups of four, as authenticator apps show it for typing in by hand. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Two-factor enrolment (两步验证) in the console: a role that requires TOTP logs in to a
 * session that can only enrol; this page gives the secret (as a QR code and as text),
 * takes the first code, and then lets the session go on to the staff member's pages.
 */
@ApiExcludeController()
@Controller('console/two-factor')
@UseFilters(ConsoleExceptionFilter)
export class ConsoleTwoFactorController {
  constructor(
    private readonly accounts: AccountService,
    private readonly pages: PageRenderer,
    private readonly auth: AuthService,
  ) {}

  @RequirePermission('session:self')
  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async page(@CurrentStaff() staff: StaffPrincipal): Promise<string> {
    const enabledAt = await this.accounts.totpEnabledAt(staff.userId);
    return this.pages.render('console/two-factor', {
      title: zhCN.twoFactor.title,
      staff,
      enabledAt,
      setupOnly: staff.totpSetupOnly,
      needsToken: this.auth.totpRequired(staff.roles),
    });
  }

  /** Step 1: a new secret, shown once. Starting again replaces a secret not yet confirmed. */
  @RequirePermission('session:self')
  @Post('setup')
  @HttpCode(200)
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async setup(@CurrentStaff() staff: StaffPrincipal): Promise<string> {
    const { secret, otpauthUrl } = await this.accounts.startTotp(staff);
    const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return this.pages.render('console/two-factor', {
      title: zhCN.twoFactor.title,
      staff,
      enabledAt: null,
      setupOnly: staff.totpSetupOnly,
      secret: groupedSecret(secret),
      qrSvg,
      needsToken: this.auth.totpRequired(staff.roles),
    });
  }

  /** Step 2: the first code turns two-factor login on; the session then goes on as usual. */
  @RequirePermission('session:self')
  @Post('confirm')
  async confirm(@CurrentStaff() staff: StaffPrincipal, @Req() request: AuthenticatedRequest, @Res() reply: FastifyReply): Promise<void> {
    const body = ((request as FastifyRequest).body ?? {}) as Record<string, unknown>;
    const code = textOf(body['code']).replace(/\s/g, '');
    const enrolmentToken = typeof body['enrolmentToken'] === 'string' ? body['enrolmentToken'] : null;
    try {
      await this.accounts.confirmTotp(staff, code, staffActor(request), enrolmentToken);
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      void reply
        .status(error.status)
        .type(HTML)
        .header('Cache-Control', 'no-store')
        .send(
          this.pages.render('console/two-factor', {
            title: zhCN.twoFactor.title,
            staff,
            enabledAt: null,
            setupOnly: staff.totpSetupOnly,
            confirmOnly: true,
            error: error.userMessage,
            enrolmentToken: enrolmentToken ?? '',
            needsToken: this.auth.totpRequired(staff.roles),
          }),
        );
      return;
    }
    void reply.status(303).header('Location', landingPage(staff.roles)).send();
  }
}
