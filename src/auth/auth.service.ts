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
import { passwordProblem } from './password-policy.js';
import { isRole, type Role } from './roles.js';

const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const LOCK_AFTER_FAILURES = 5;
const LOCK_MINUTES = 15;
// Compared against when the username is unknown, so timing does not reveal which names exist.
const DUMMY_HASH_PROMISE = argon2.hash('qingfeng-timing-equaliser', ARGON2_OPTIONS);

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

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(StaffUser) private readonly users: Repository<StaffUser>,
    @InjectRepository(StaffSession) private readonly sessions: Repository<StaffSession>,
    private readonly crypto: CryptoService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
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
    if (input.agencyCode && !this.config.agencies.some((a) => a.code === input.agencyCode)) {
      throw new DomainException(HttpStatus.BAD_REQUEST, 'UNKNOWN_AGENCY', `未知成员单位：${input.agencyCode}`);
    }
    if (await this.users.existsBy({ username })) {
      throw new DomainException(HttpStatus.CONFLICT, 'USERNAME_TAKEN', `用户名 ${username} 已存在`);
    }
    return this.users.save(
      this.users.create({
        username,
        displayName: input.displayName,
        passwordHash: await argon2.hash(input.password, ARGON2_OPTIONS),
        roles: input.roles as Role[],
        agencyCode: input.agencyCode ?? null,
      }),
    );
  }

  /** Checks the password and opens a session; returns the bearer token (shown only now). */
  async login(usernameInput: string, password: string, meta: LoginMeta) {
    const username = usernameInput.trim().toLowerCase();
    const user = await this.users.findOneBy({ username });
    const now = this.clock.now();
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
    if (user.lockedUntil && user.lockedUntil > now) {
      return fail('locked', new DomainException(HttpStatus.LOCKED, 'ACCOUNT_LOCKED', '连续登录失败次数过多，账号已临时锁定，请稍后再试或联系管理员'));
    }
    if (!(await argon2.verify(user.passwordHash, password))) {
      const failures = user.failedLogins + 1;
      await this.users.update(user.id, {
        failedLogins: failures,
        lockedUntil: failures >= LOCK_AFTER_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null,
      });
      return fail('wrong-password', refused);
    }
    await this.users.update(user.id, { failedLogins: 0, lockedUntil: null });
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.config.settings.security.sessionHours * 3600_000);
    await this.sessions.insert({
      userId: user.id,
      tokenHash: this.crypto.hash('session-token', token),
      expiresAt,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    await this.audit.record({ actorKind: 'STAFF', actorId: user.id, actorName: user.username, action: 'auth.login', ip: meta.ip, requestId: meta.requestId ?? null });
    return { token, expiresAt, user };
  }

  async authenticate(token: string): Promise<StaffPrincipal | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const session = await this.sessions.findOne({
      where: { tokenHash: this.crypto.hash('session-token', token), revokedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) },
      relations: { user: true },
    });
    if (!session?.user?.active) return null;
    const { user } = session;
    return {
      userId: user.id,
      sessionId: session.id,
      username: user.username,
      displayName: user.displayName,
      roles: user.roles,
      agencyCode: user.agencyCode,
    };
  }

  async logout(sessionId: string): Promise<void> {
    await this.sessions.update(sessionId, { revokedAt: this.clock.now() });
  }
}
