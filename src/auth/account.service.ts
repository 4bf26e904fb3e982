import { HttpStatus, Injectable } from '@nestjs/common';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { AuditService, type AuditActor } from '../audit/audit.service.js';
import { AppConfig } from '../infra/config/app-config.js';
import { Clock } from '../infra/clock/clock.js';
import { CryptoService } from '../infra/crypto/crypto.service.js';
import { DomainException, notFound } from '../infra/http/domain-exception.js';
import type { StaffPrincipal } from './auth.decorators.js';
import type { CreateAccountDto, ResetOutcome, ResetRequestDto, StaffAccountDto, UpdateAccountDto } from './dto/account.dto.js';
import { AuthRepository } from './auth.repository.js';
import { AuthService, hashPassword } from './auth.service.js';
import { StaffSession } from './entities/staff-session.entity.js';
import { StaffUser } from './entities/staff-user.entity.js';
import { passwordProblem } from './password-policy.js';
import { TotpVerifier } from './totp.js';
import { VerificationRepository } from '../verification/verification.repository.js';
import { isUuid } from '../infra/http/id-param.js';
import { Reads } from '../infra/database/reads.js';
import { CadresService } from '../cadres/cadres.service.js';

export type { ResetOutcome, ResetRequestDto, StaffAccountDto };

/**
 * Self-service TOTP enrolment and the administrator's account actions. There is no
 * self-service password reset: a forgotten password is reset by an administrator, which
 * also ends every session of the account.
 */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(StaffUser) private readonly users: Repository<StaffUser>,
    @InjectRepository(StaffSession) private readonly sessions: Repository<StaffSession>,
    private readonly auth: AuthService,
    private readonly totp: TotpVerifier,
    private readonly crypto: CryptoService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly repository: AuthRepository,
    private readonly agencies: VerificationRepository,
    private readonly cadres: CadresService,
    private readonly reads: Reads,
  ) {}

  /** When the account turned two-factor login on, or null. */
  async totpEnabledAt(userId: string): Promise<Date | null> {
    const user = await this.users.findOne({ where: { id: userId }, select: { id: true, totpEnabledAt: true } });
    return user?.totpEnabledAt ?? null;
  }

  /** Starts enrolment: a new secret, shown once, confirmed by a first code. */
  async startTotp(staff: StaffPrincipal): Promise<{ secret: string; otpauthUrl: string }> {
    const user = await this.users.findOneByOrFail({ id: staff.userId });
    if (user.totpEnabledAt)
      throw new DomainException(HttpStatus.CONFLICT, 'TOTP_ALREADY_ENABLED', '已启用两步验证；如更换设备，请联系管理员重置');
    const secret = this.totp.newSecret();
    await this.users.update(user.id, { totpPendingSecret: await this.crypto.encrypt(secret) });
    return { secret, otpauthUrl: this.totp.uri(secret, user.username, `清风 ${this.config.settings.district.name}`) };
  }

  /**
   * The one-time token a privileged account's first enrolment needs, issued by an
   * administrator and shown once (the account's password alone must not let its holder
   * bind their own authenticator). Valid for 72 hours; a new one replaces the old.
   */
  async issueEnrolmentToken(id: string, actor: AuditActor): Promise<{ token: string; expiresAt: string }> {
    const user = await this.target(id);
    if (!this.auth.totpRequired(user.roles)) {
      throw new DomainException(HttpStatus.CONFLICT, 'ENROLMENT_TOKEN_NOT_NEEDED', '该账号的角色不要求两步验证，无需绑定码');
    }
    if (user.totpEnabledAt)
      throw new DomainException(HttpStatus.CONFLICT, 'TOTP_ALREADY_ENABLED', '该账号已启用两步验证；如需更换设备，请先重置两步验证');
    const token = randomBytes(10)
      .toString('base64url')
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '')
      .slice(0, 12)
      .padEnd(12, '7');
    const grouped = token.match(/.{4}/g)!.join('-');
    const expiresAt = new Date(this.clock.now().getTime() + 72 * 3600_000);
    await this.dataSource.transaction(async (m) => {
      await this.repository.setEnrolmentToken(m, user.id, this.crypto.hash('enrolment-token', token), expiresAt);
      await this.audit.record(
        {
          ...actor,
          action: 'staff.enrolment-token.issue',
          targetType: 'staff',
          targetId: user.id,
          details: { expiresAt: expiresAt.toISOString() },
        },
        m,
      );
    });
    return { token: grouped, expiresAt: expiresAt.toISOString() };
  }

  async confirmTotp(staff: StaffPrincipal, code: string, actor: AuditActor, enrolmentToken?: string | null): Promise<void> {
    const user = await this.users.findOne({
      where: { id: staff.userId },
      select: { id: true, totpPendingSecret: true, totpEnabledAt: true, roles: true },
    });
    if (!user?.totpPendingSecret || user.totpEnabledAt) {
      throw new DomainException(HttpStatus.CONFLICT, 'TOTP_NOT_STARTED', '请先开始设置两步验证');
    }
    const now = this.clock.now();
    // A privileged role's first enrolment: the administrator's one-time token too.
    if (this.auth.totpRequired(user.roles)) {
      const given = (enrolmentToken ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
      const row = await this.repository.enrolmentToken(user.id);
      const valid =
        !!row?.hash &&
        !!row.expires &&
        row.expires > now &&
        given.length > 0 &&
        timingSafeEqual(row.hash, this.crypto.hash('enrolment-token', given));
      if (!valid) {
        await this.audit.record({
          ...actor,
          action: 'auth.totp.enable',
          targetType: 'staff',
          targetId: user.id,
          outcome: 'DENIED',
          status: 403,
          details: { reason: 'enrolment-token' },
        });
        throw new DomainException(
          HttpStatus.FORBIDDEN,
          'ENROLMENT_TOKEN_REQUIRED',
          '首次绑定两步验证须填写系统管理员签发的绑定码（72 小时内有效）；没有或已过期请联系管理员',
        );
      }
    }
    const step = await this.totp.check(await this.crypto.decrypt(user.totpPendingSecret), code, null, now);
    if (step === null) throw new DomainException(HttpStatus.BAD_REQUEST, 'TOTP_INVALID', '动态码错误，请核对设备时间后重试');
    await this.dataSource.transaction(async (m) => {
      await m.update(StaffUser, user.id, {
        totpSecret: user.totpPendingSecret,
        totpPendingSecret: null,
        totpEnabledAt: now,
        totpLastStep: String(step),
      });
      await this.repository.clearEnrolmentToken(m, user.id);
      await m.update(StaffSession, staff.sessionId, { totpSetupOnly: false });
      await this.audit.record({ ...actor, action: 'auth.totp.enable', targetType: 'staff', targetId: user.id }, m);
    });
  }

  /** Every account: a staff read, on the replica when it is fit (Reads). */
  list(): Promise<StaffAccountDto[]> {
    return this.reads.run((on) => this.repository.accounts(on));
  }

  /** An administrator creates an account (the password policy applies); the account is audited with who made it. */
  async create(input: CreateAccountDto, actor: AuditActor): Promise<StaffAccountDto> {
    const user = await this.auth.createUser({
      username: input.username,
      displayName: input.displayName,
      password: input.password,
      roles: input.roles,
      agencyCode: input.agencyCode ?? null,
    });
    if (input.email) await this.repository.setEmail(user.id, input.email);
    await this.audit.record({
      ...actor,
      action: 'staff.create',
      targetType: 'staff',
      targetId: user.id,
      details: { username: user.username, roles: input.roles, agencyCode: input.agencyCode ?? null },
    });
    return (await this.list()).find((a) => a.id === user.id)!;
  }

  /**
   * Name, roles, agency, email or active. An administrator cannot take away their own ADMIN
   * role or deactivate themselves (the department would lock itself out); a liaison keeps
   * exactly one agency; a deactivated account's sessions end at once.
   */
  async update(id: string, input: UpdateAccountDto, actor: AuditActor & { actorId?: string | null }): Promise<StaffAccountDto> {
    const user = await this.target(id);
    const roles = input.roles ?? user.roles;
    const agencyCode = input.agencyCode === undefined ? user.agencyCode : input.agencyCode;
    if (
      user.id === actor.actorId &&
      (input.active === false || (input.roles && !input.roles.includes('ADMIN') && user.roles.includes('ADMIN')))
    ) {
      throw new DomainException(HttpStatus.CONFLICT, 'SELF_LOCKOUT', '不能停用自己的账号或取消自己的系统管理员角色：请由另一位管理员操作');
    }
    if (roles.includes('AGENCY_LIAISON') !== !!agencyCode) {
      throw new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, 'AGENCY_REQUIRED', '成员单位联络员须且仅须绑定一个成员单位');
    }
    if (agencyCode && agencyCode !== user.agencyCode && !(await this.agencies.agencyInUse(this.dataSource, agencyCode)))
      throw new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, 'UNKNOWN_AGENCY', '未知成员单位');
    await this.dataSource.transaction(async (m) => {
      await this.repository.updateAccount(m, user.id, {
        displayName: input.displayName ?? user.displayName,
        roles,
        agencyCode,
        email: input.email === undefined ? await this.email(user.id) : input.email,
        active: input.active ?? user.active,
      });
      await this.audit.record(
        {
          ...actor,
          action: 'staff.update',
          targetType: 'staff',
          targetId: user.id,
          details: { changed: Object.keys(input), roles, agencyCode, active: input.active ?? user.active },
        },
        m,
      );
    });
    if (input.active === false || (input.roles && input.roles.join() !== user.roles.join()))
      await this.auth.revokeAll(user.id, 'account-changed');
    return (await this.list()).find((a) => a.id === user.id)!;
  }

  private async email(id: string): Promise<string | null> {
    return this.repository.email(id);
  }

  private async target(id: string): Promise<StaffUser> {
    const user = isUuid(id) ? await this.users.findOneBy({ id }) : null;
    if (!user) throw notFound('账号');
    return user;
  }

  /** Roles whose accounts one administrator alone may not reset: they guard identities and the audit trail. */
  private guarded(user: StaffUser): boolean {
    return user.roles.some((r) => r === 'IDENTITY_CUSTODIAN' || r === 'AUDITOR');
  }

  /**
   * An administrator sets a new password: the policy applies, the lock is lifted, every
   * session ends. For an identity custodian or an auditor it is a request a second
   * administrator approves (approveReset).
   */
  async resetPassword(id: string, password: string, actor: AuditActor): Promise<ResetOutcome> {
    const user = await this.target(id);
    const problem = passwordProblem(password, user.username);
    if (problem) throw new DomainException(HttpStatus.BAD_REQUEST, 'WEAK_PASSWORD', problem);
    if (this.guarded(user)) return this.requestReset(user, 'PASSWORD', await hashPassword(password), actor);
    return { pendingApproval: false, revokedSessions: await this.applyPassword(user.id, await hashPassword(password), actor) };
  }

  private async applyPassword(userId: string, passwordHash: string, actor: AuditActor, requestId?: string): Promise<number> {
    await this.users.update(userId, {
      passwordHash,
      passwordChangedAt: this.clock.now(),
      failedLogins: 0,
      lockedUntil: null,
      lastFailedLoginAt: null,
    });
    const revokedSessions = await this.auth.revokeAll(userId, 'password-reset');
    await this.audit.record({
      ...actor,
      action: 'staff.password.reset',
      targetType: 'staff',
      targetId: userId,
      details: { revokedSessions, ...(requestId ? { requestId } : {}) },
    });
    return revokedSessions;
  }

  async revokeSessions(id: string, actor: AuditActor): Promise<{ revokedSessions: number }> {
    const user = await this.target(id);
    const revokedSessions = await this.auth.revokeAll(user.id, 'admin-revoked');
    await this.audit.record({
      ...actor,
      action: 'staff.sessions.revoke',
      targetType: 'staff',
      targetId: user.id,
      details: { revokedSessions },
    });
    return { revokedSessions };
  }

  /** For a lost authenticator: the account enrols again at its next login (a second administrator approves it for a guarded role). */
  async resetTotp(id: string, actor: AuditActor): Promise<ResetOutcome> {
    const user = await this.target(id);
    if (this.guarded(user)) return this.requestReset(user, 'TOTP', null, actor);
    await this.applyTotpReset(user.id, actor);
    return { pendingApproval: false };
  }

  private async applyTotpReset(userId: string, actor: AuditActor, requestId?: string): Promise<void> {
    await this.users.update(userId, { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null });
    const revokedSessions = await this.auth.revokeAll(userId, 'totp-reset');
    await this.audit.record({
      ...actor,
      action: 'staff.totp.reset',
      targetType: 'staff',
      targetId: userId,
      details: { revokedSessions, ...(requestId ? { requestId } : {}) },
    });
  }

  private async requestReset(
    user: StaffUser,
    kind: 'PASSWORD' | 'TOTP',
    passwordHash: string | null,
    actor: AuditActor,
  ): Promise<ResetOutcome> {
    if (!actor.actorId)
      throw new DomainException(HttpStatus.FORBIDDEN, 'SECOND_ADMIN_REQUIRED', '重置身份保管人或审计员的账号须由两名管理员在系统内办理');
    const requestId = await this.dataSource.transaction(async (m) => {
      const id = await this.repository.requestReset(m, { targetId: user.id, kind, passwordHash, requestedBy: actor.actorId! });
      await this.audit.record(
        { ...actor, action: 'staff.reset.request', targetType: 'staff', targetId: user.id, details: { kind, requestId: id } },
        m,
      );
      return id;
    });
    return { pendingApproval: true, requestId };
  }

  /** Reset requests waiting for a second administrator (all, or one account's). */
  async pendingResets(targetId?: string): Promise<ResetRequestDto[]> {
    return this.reads.run((on) => this.repository.pendingResets(targetId && isUuid(targetId) ? targetId : null, on));
  }

  /** A second administrator approves (or refuses) a reset another one requested; the requester cannot. */
  async decideReset(requestId: string, approve: boolean, actor: AuditActor): Promise<{ status: 'APPROVED' | 'REFUSED' }> {
    if (!isUuid(requestId)) throw notFound('重置申请');
    const request = await this.repository.resetRequest(requestId);
    if (!request) throw notFound('重置申请');
    if (request.status !== 'PENDING') throw new DomainException(HttpStatus.CONFLICT, 'ALREADY_DECIDED', '该申请已处理');
    if (request.requestedBy === actor.actorId) {
      throw new DomainException(HttpStatus.FORBIDDEN, 'SECOND_ADMIN_REQUIRED', '不能审批自己提出的重置申请：须由另一名系统管理员审批');
    }
    const status = approve ? 'APPROVED' : 'REFUSED';
    const changed = await this.repository.decideReset(requestId, status, actor.actorId ?? null);
    if (!changed) throw new DomainException(HttpStatus.CONFLICT, 'ALREADY_DECIDED', '该申请已处理');
    await this.audit.record({
      ...actor,
      action: approve ? 'staff.reset.approve' : 'staff.reset.refuse',
      targetType: 'staff',
      targetId: request.targetId,
      details: { requestId, kind: request.kind },
    });
    if (approve && request.kind === 'PASSWORD') await this.applyPassword(request.targetId, request.passwordHash!, actor, requestId);
    if (approve && request.kind === 'TOTP') await this.applyTotpReset(request.targetId, actor, requestId);
    return { status };
  }

  /** Links the account to the cadre record of the same person (or unlinks with null). */
  async linkCadre(id: string, cadreId: string | null, actor: AuditActor): Promise<void> {
    const user = await this.target(id);
    if (cadreId) {
      await this.cadres.getById(cadreId); // 404 干部 for no such cadre
      const taken = await this.repository.otherAccountOfCadre(cadreId, user.id);
      if (taken) throw new DomainException(HttpStatus.CONFLICT, 'CADRE_ALREADY_LINKED', `该干部记录已关联账号 ${taken}`);
    }
    await this.users.update(user.id, { cadreId });
    await this.audit.record({ ...actor, action: 'staff.cadre.link', targetType: 'staff', targetId: user.id, details: { cadreId } });
  }
}
