import { Body, Controller, Get, Header, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Returns, ReturnsNothing } from '../infra/http/api-contract.js';
import { RateLimit, RateLimitInterceptor } from '../infra/http/rate-limit.js';
import { ZodValidationPipe } from '../infra/http/zod-validation.pipe.js';
import { staffActor } from '../audit/audit.interceptor.js';
import { AuditService } from '../audit/audit.service.js';
import { AccountService } from './account.service.js';
import { CurrentStaff, Public, RequirePermission, type AuthenticatedRequest, type StaffPrincipal } from './auth.decorators.js';
import { totpConfirmSchema, type TotpConfirmDto } from './dto/account.dto.js';
import { AuthService } from './auth.service.js';
import {
  loginResponseSchema,
  loginSchema,
  meSchema,
  revokedSessionsSchema,
  totpSetupSchema,
  type LoginDto,
  type LoginResponse,
} from './dto/login.dto.js';

@ApiTags('auth')
@Controller('api/v1/auth')
@UseInterceptors(RateLimitInterceptor)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountService,
    private readonly audit: AuditService,
  ) {}

  @Public()
  @RateLimit('login')
  @Post('login')
  @HttpCode(200)
  @Returns(loginResponseSchema, '已登录')
  async login(@Body(new ZodValidationPipe(loginSchema)) body: LoginDto, @Req() request: FastifyRequest): Promise<LoginResponse> {
    // Read here, not with @Headers(): that would list User-Agent as a required parameter in the OpenAPI document.
    const userAgent = request.headers['user-agent'];
    const { token, expiresAt, user, totpSetupRequired } = await this.auth.login(
      body.username,
      body.password,
      { ip: request.ip, userAgent: userAgent ?? null, requestId: String(request.id) },
      body.totp,
    );
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      user: { username: user.username, displayName: user.displayName, roles: user.roles },
      totpSetupRequired,
    };
  }

  @ApiBearerAuth()
  @RequirePermission('session:self')
  @Post('logout')
  @HttpCode(204)
  @ReturnsNothing('已退出')
  async logout(@CurrentStaff() staff: StaffPrincipal): Promise<void> {
    await this.auth.logout(staff.sessionId);
  }

  /** Ends every session of the caller, on every device. */
  @ApiBearerAuth()
  @RequirePermission('session:self')
  @Post('logout-all')
  @HttpCode(200)
  @Returns(revokedSessionsSchema, '所有设备上的会话已结束')
  async logoutAll(@CurrentStaff() staff: StaffPrincipal, @Req() request: AuthenticatedRequest): Promise<{ revokedSessions: number }> {
    const revokedSessions = await this.auth.revokeAll(staff.userId, 'logout-all');
    await this.audit.record({
      ...staffActor(request),
      action: 'auth.logout-all',
      targetType: 'staff',
      targetId: staff.userId,
      details: { revokedSessions },
    });
    return { revokedSessions };
  }

  @ApiBearerAuth()
  @RequirePermission('session:self')
  @Get('me')
  @Returns(meSchema, '当前登录的账号')
  me(@CurrentStaff() staff: StaffPrincipal) {
    return {
      username: staff.username,
      displayName: staff.displayName,
      roles: staff.roles,
      agencyCode: staff.agencyCode,
      totpSetupRequired: staff.totpSetupOnly,
    };
  }

  /** Two-factor enrolment, step 1: a secret (and otpauth:// link for a QR code), shown once. */
  @ApiBearerAuth()
  @RequirePermission('session:self')
  @Post('totp/setup')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @Returns(totpSetupSchema, '两步验证密钥（只显示一次）')
  totpSetup(@CurrentStaff() staff: StaffPrincipal) {
    return this.accounts.startTotp(staff);
  }

  /** Step 2: the first code from the authenticator turns two-factor login on. */
  @ApiBearerAuth()
  @RequirePermission('session:self')
  @Post('totp/confirm')
  @HttpCode(204)
  @ReturnsNothing('两步验证已启用')
  async totpConfirm(
    @CurrentStaff() staff: StaffPrincipal,
    @Body(new ZodValidationPipe(totpConfirmSchema)) body: TotpConfirmDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<void> {
    await this.accounts.confirmTotp(staff, body.code, staffActor(request), body.enrolmentToken);
  }
}
