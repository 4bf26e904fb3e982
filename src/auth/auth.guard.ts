import { HttpStatus, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { describeRequest, staffActor } from '../audit/audit.interceptor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppConfig } from '../infra/config/app-config.js';
import { DomainException } from '../infra/http/domain-exception.js';
import { inputRefused, requestTextProblems } from '../infra/http/input-boundary.js';
import { PERMISSION_KEY, PUBLIC_KEY, type AuthenticatedRequest } from './auth.decorators.js';
import { ConflictOfInterestService } from './conflict/conflict-of-interest.service.js';
import type { ViewerRequest } from './conflict/viewer.js';
import { AuthService } from './auth.service.js';
import { crossSiteCookieRequest } from './csrf.js';
import { rolesGrant, type Permission } from './roles.js';

export const SESSION_COOKIE = 'qf_session';

export function bearerToken(request: AuthenticatedRequest): string | null {
  return sessionCredential(request)?.token ?? null;
}

/** The session token and where it came from: the Authorization header or the console's cookie. */
export function sessionCredential(request: AuthenticatedRequest): { token: string; via: 'header' | 'cookie' } | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return { token: header.slice(7).trim(), via: 'header' };
  const cookies = (request as { cookies?: Record<string, string | undefined> }).cookies;
  const cookie = cookies?.[SESSION_COOKIE];
  return cookie ? { token: cookie, via: 'cookie' } : null;
}

/**
 * Global guard: every route needs a logged-in staff member holding the route's
 * permission, unless it is marked @Public(). A staff route that names no permission is
 * refused outright, so forgetting one fails closed.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly conflicts: ConflictOfInterestService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // The input boundary (control characters, lone surrogates, invalid UTF-8) is enforced
    // here, before any handler: for staff after authentication, so the refusal is audited.
    const badText = requestTextProblems(request);
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      if (badText.length > 0) throw inputRefused(badText);
      return true;
    }
    const credential = sessionCredential(request);
    const staff = credential ? await this.auth.authenticate(credential.token) : null;
    if (!staff) throw new DomainException(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', '请先登录');
    if (credential?.via === 'cookie' && crossSiteCookieRequest(request, this.config.env.PUBLIC_BASE_URL)) {
      throw new DomainException(HttpStatus.FORBIDDEN, 'CSRF_REJECTED', '请求来源校验失败：请在本系统页面内操作');
    }
    request.staff = staff;
    if (badText.length > 0) {
      await this.audit.record({ ...staffActor(request), ...describeRequest(request), outcome: 'FAILED', status: 400 });
      throw inputRefused(badText);
    }
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    // An account that must enrol in TOTP may only manage its own session until it has.
    if (staff.totpSetupOnly && permission !== 'session:self') {
      throw new DomainException(
        HttpStatus.FORBIDDEN,
        'TOTP_SETUP_REQUIRED',
        '您的角色要求启用两步验证：请先在工作台“两步验证”页面完成设置（接口：POST /api/v1/auth/totp/setup）',
      );
    }
    if (!permission) this.logger.error(`route ${request.method} ${request.url} names no permission; refused`);
    if (!permission || !rolesGrant(staff.roles, permission)) {
      // A refusal is recorded: probing for what one may not see is itself worth knowing.
      await this.audit.record({
        ...staffActor(request),
        ...describeRequest(request),
        outcome: 'DENIED',
        status: 403,
        details: { permission: permission ?? null },
      });
      throw new DomainException(HttpStatus.FORBIDDEN, 'FORBIDDEN', '无权访问');
    }
    // 回避: the tips this staff member must not see, for every query of this request.
    (request as ViewerRequest).viewer = await this.conflicts.viewerFor(staff, staffActor(request), request.routeOptions?.url ?? '');
    return true;
  }
}
