import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { IsNull, MoreThan, type Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AppConfig } from '../infra/config/app-config.js';
import { CryptoService } from '../infra/crypto/crypto.service.js';
import { Clock } from '../infra/clock/clock.js';
import { DomainException } from '../infra/http/domain-exception.js';
import type { StaffPrincipal } from './auth.decorators.js';
import { StaffSession } from './entities/staff-session.entity.js';
import { StaffUser } from './entities/staff-user.entity.js';
import { AuthRepository } from './auth.repository.js';
import { afterFailure, loginGate } from './login-throttle.js';
import { passwordProblem } from './password-policy.js';
import { isRole, type Role } from './roles.js';
import { TotpVerifier } from './totp.js';
import { VerificationRepository } from '../verification/verification.repository.js';

export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
// Compared against when the username is unknown, so timing does not reveal which names exist.
const DUMMY_HASH_PROMISE = argon2.hash('qingfeng-timing-equaliser', ARGON2_OPTIONS);
// last_seen_at is written at most this often per session, not on every request.
const TOUCH_EVERY_MS = 60_000;

export interface LoginMeta {
  ip: string;
  userAgent: string | null;
  requestId?: string;
}

export interface NewStaffUser {
  username: string;
  displayName: string;
  password: string;
  roles: string[];
  agencyCode?: string | null;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(StaffUser) private readonly users: Repository<StaffUser>,
    @InjectRepository(StaffSession) private readonly sessions: Repository<StaffSession>,
    private readonly crypto: CryptoService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly totp: TotpVerifier,
    private readonly repository: AuthRepository,
    private readonly agencies: VerificationRepository,
  ) {}

  async createUser(input: NewStaffUser): Promise<StaffUser> {
    const username = input.username.trim().toLowerCase();
    if (!/^[a-z0-9][a-z0-9._-]{1,63}$/.test(username)) {
      throw new DomainException(HttpStatus.BAD_REQUEST, 'INVALID_USERNAME', '用户名须为 2–64 位小写字母、数字、点、下划线或连字符');
    }
    const problem = passwordProblem(input.password, username);
    if (problem) throw new DomainException(HttpStatus.BAD_REQUEST, 'WEAK_PASSWORD', problem);
    const unknown = input.roles.filter((r) => !isRole(r));
    if (input.roles.length === 0 || unknown.length > 0) {
      throw new DomainException(HttpStatus.BAD_REQUEST, 'INVALID_ROLE', `未知角色：${unknown.join(', ') || '（未指定）'}`);
    }
    if (input.roles.includes('AGENCY_LIAISON') !== !!input.agencyCode) {
      throw new DomainException(HttpStatus.BAD_REQUEST, 'AGENCY_REQUIRED', '成员单位联络员须且仅须绑定一个成员单位');
    }
    if (input.agencyCode && !(await this.agencies.agencyInUse(this.users.manager.connection, input.agencyCode))) {
      throw new DomainException(HttpStatus.BAD_REQUEST, 'UNKNOWN_AGENCY', `未知成员单位：${input.agencyCode}`);
    }
    if (await this.users.existsBy({ username })) {
      throw new DomainException(HttpStatus.CONFLICT, 'USERNAME_TAKEN', `用户名 ${username} 已存在`);
    }
    return this.users.save(
      this.users.create({
        username,
        displayName: input.displayName,
        passwordHash: await hashPassword(input.password),
        roles: input.roles as Role[],
        agencyCode: input.agencyCode ?? null,
      }),
    );
  }

  /** Whether the account's roles require TOTP (config `security.totpRequiredRoles`). */
  totpRequired(roles: readonly string[]): boolean {
    return roles.some((r) => (this.config.settings.security.totpRequiredRoles as readonly string[]).includes(r));
  }

  /**
   * Checks back-off and lockout, the password, then the TOTP code when enrolled, and opens
   * a session; returns the bearer token (shown only now). An account whose role needs
   * TOTP but has none yet gets a session that can only enrol.
   */
  async login(usernameInput: string, password: string, meta: LoginMeta, totpCode?: string) {
    const username = usernameInput.trim().toLowerCase();
    const user = await this.users.findOne({ where: { username }, select: { ...ALL_USER_COLUMNS, totpSecret: true, totpLastStep: true } });
    const now = this.clock.now();
    const rule = this.config.settings.security.login;
    const fail = async (reason: string, error: DomainException): Promise<never> => {
      await this.audit.record({
        actorKind: user ? 'STAFF' : 'ANONYMOUS',
        actorId: user?.id ?? null,
        actorName: username.slice(0, 64),
        action: 'auth.login',
        outcome: 'DENIED',
        status: error.status,
        ip: meta.ip,
        requestId: meta.requestId ?? null,
        details: { reason },
      });
      throw error;
    };
    const refused = new DomainException(HttpStatus.UNAUTHORIZED, 'LOGIN_FAILED', '用户名或密码错误');
    if (!user || !user.active) {
      await argon2.verify(await DUMMY_HASH_PROMISE, password);
      return fail(user ? 'inactive' : 'unknown-user', refused);
    }
    const gate = loginGate(user, now, rule);
    if (gate.kind === 'locked') {
      return fail(
        'locked',
        new DomainException(HttpStatus.LOCKED, 'ACCOUNT_LOCKED', '连续登录失败次数过多，账号已临时锁定，请稍后再试或联系管理员重置密码'),
      );
    }
    if (gate.kind === 'wait') {
      return fail(
        'backoff',
        new DomainException(HttpStatus.TOO_MANY_REQUESTS, 'LOGIN_BACKOFF', `登录失败次数较多，请 ${gate.seconds} 秒后再试`, undefined, {
          'Retry-After': String(gate.seconds),
        }),
      );
    }
    const countFailure = async (reason: string, error: DomainException) => {
      // Counted in one statement, so parallel guesses cannot slip past the limit.
      const failedLogins = await this.repository.countFailedLogin(user.id, now);
      const next = afterFailure({ ...user, failedLogins: failedLogins! - 1 }, now, rule);
      if (next.lockedUntil) await this.users.update(user.id, { lockedUntil: next.lockedUntil });
      return fail(reason, error);
    };
    if (!(await argon2.verify(user.passwordHash, password))) return countFailure('wrong-password', refused);
    let setupOnly = false;
    if (user.totpSecret) {
      if (!totpCode)
        return fail('totp-missing', new DomainException(HttpStatus.UNAUTHORIZED, 'TOTP_REQUIRED', '请输入身份验证器中的 6 位动态码'));
      const step = await this.totp.check(await this.crypto.decrypt(user.totpSecret), totpCode, user.totpLastStep, now);
      if (step === null)
        return countFailure('wrong-totp', new DomainException(HttpStatus.UNAUTHORIZED, 'TOTP_INVALID', '动态码错误或已使用过'));
      const used = await this.users.update({ id: user.id, totpLastStep: user.totpLastStep ?? IsNull() }, { totpLastStep: String(step) });
      if (!used.affected)
        return countFailure('totp-race', new DomainException(HttpStatus.UNAUTHORIZED, 'TOTP_INVALID', '动态码错误或已使用过'));
    } else if (this.totpRequired(user.roles)) {
      setupOnly = true;
    }
    await this.users.update(user.id, { failedLogins: 0, lockedUntil: null, lastFailedLoginAt: null });
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.config.settings.security.sessionHours * 3600_000);
    await this.sessions.insert({
      userId: user.id,
      tokenHash: this.crypto.hash('session-token', token),
      expiresAt,
      lastSeenAt: now,
      totpSetupOnly: setupOnly,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    await this.audit.record({
      actorKind: 'STAFF',
      actorId: user.id,
      actorName: user.username,
      action: 'auth.login',
      ip: meta.ip,
      requestId: meta.requestId ?? null,
      details: { totp: !!user.totpSecret, setupOnly },
    });
    return { token, expiresAt, user, totpSetupRequired: setupOnly };
  }

  /** The staff member behind a token, if the session is live: not revoked, not past its expiry, not idle too long. */
  async authenticate(token: string): Promise<StaffPrincipal | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const now = this.clock.now();
    const session = await this.sessions.findOne({
      where: { tokenHash: this.crypto.hash('session-token', token), revokedAt: IsNull(), expiresAt: MoreThan(now) },
      relations: { user: true },
    });
    if (!session?.user?.active) return null;
    const idleMs = this.config.settings.security.sessionIdleMinutes * 60_000;
    if (now.getTime() - session.lastSeenAt.getTime() > idleMs) {
      await this.sessions.update({ id: session.id, revokedAt: IsNull() }, { revokedAt: now, revokedReason: 'idle' });
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await this.sessions.update(session.id, { lastSeenAt: now });
    const { user } = session;
    return {
      userId: user.id,
      sessionId: session.id,
      username: user.username,
      displayName: user.displayName,
      roles: user.roles,
      agencyCode: user.agencyCode,
      cadreId: user.cadreId,
      totpSetupOnly: session.totpSetupOnly,
    };
  }

  async logout(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: this.clock.now(), revokedReason: 'logout' });
  }

  /** Ends every live session of a user (logout everywhere, admin revocation, password reset). */
  async revokeAll(userId: string, reason: string): Promise<number> {
    const result = await this.sessions.update({ userId, revokedAt: IsNull() }, { revokedAt: this.clock.now(), revokedReason: reason });
    return result.affected ?? 0;
  }
}

/** Every ordinary column of staff_user (the secret ones are select: false and asked for by name). */
const ALL_USER_COLUMNS = {
  id: true,
  username: true,
  displayName: true,
  passwordHash: true,
  roles: true,
  agencyCode: true,
  active: true,
  failedLogins: true,
  lockedUntil: true,
  lastFailedLoginAt: true,
  totpEnabledAt: true,
  passwordChangedAt: true,
  cadreId: true,
  createdAt: true,
  updatedAt: true,
} as const;
