import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuditActor } from '../audit/audit.service.js';
import type { Viewer } from '../auth/conflict/viewer.js';
import { AuditService } from '../audit/audit.service.js';
import type { StaffPrincipal } from '../auth/auth.decorators.js';
import { AppConfig } from '../infra/config/app-config.js';
import { Clock } from '../infra/clock/clock.js';
import { CryptoService } from '../infra/crypto/crypto.service.js';
import { DomainException, notFound } from '../infra/http/domain-exception.js';
import { ReportWriter } from '../reports/report-writer.service.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import type { IdentityRequestDto, RevealedIdentityDto } from './dto/identity-request.dto.js';
import { isUuid } from '../infra/http/id-param.js';
import { AuthRepository } from '../auth/auth.repository.js';
import { IdentityAccessRepository, type IdentityRequest } from './identity-access.repository.js';

const REPORTER_NOTICE =
  '依照有关规定，经身份保管人批准，您的身份信息已向本件经办人员披露，仅用于核查工作。我们将严格保密，严禁泄露或打击报复。';

function toDto(request: IdentityRequest, reportNumber: string, names: Map<string, string>): IdentityRequestDto {
  return {
    id: request.id,
    reportId: request.reportId,
    reportNumber,
    requester: { id: request.requesterId, displayName: names.get(request.requesterId) ?? '' },
    reason: request.reason,
    status: request.status,
    decidedBy: request.decidedBy ? { id: request.decidedBy, displayName: names.get(request.decidedBy) ?? '' } : null,
    decidedAt: request.decidedAt?.toISOString() ?? null,
    decisionNote: request.decisionNote,
    expiresAt: request.expiresAt?.toISOString() ?? null,
    createdAt: request.createdAt.toISOString(),
  };
}

/**
 * The only way to a reporter's identity (回避 and 保密): a request with a reason, a
 * decision by an identity custodian who is not the requester, then a time-limited view
 * for the requester alone. Every step and every view is in the audit trail, written in
 * the same transaction, so an unrecorded view cannot happen.
 */
@Injectable()
export class IdentityAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly crypto: CryptoService,
    private readonly audit: AuditService,
    private readonly writer: ReportWriter,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly reports: ReportsRepository,
    private readonly requests: IdentityAccessRepository,
    private readonly staff: AuthRepository,
  ) {}

  async request(reportId: string, reason: string, staff: StaffPrincipal, actor: AuditActor): Promise<IdentityRequestDto> {
    if (!isUuid(reportId)) throw notFound('举报');
    const id = await this.dataSource.transaction(async (m) => {
      const report = await this.reports.identityOf(m, reportId);
      if (!report) throw notFound('举报');
      if (!report.sealed) {
        throw new DomainException(
          HttpStatus.CONFLICT,
          'NO_IDENTITY',
          report.realName ? '该举报人的身份信息已按保存期限清除' : '这是匿名举报，没有举报人身份信息',
        );
      }
      const requestId = await this.requests.insert(m, { reportId, requesterId: staff.userId, reason });
      if (!requestId) throw new DomainException(HttpStatus.CONFLICT, 'REQUEST_PENDING', '您对该举报已有一份待审批的申请');
      await this.audit.record(
        { ...actor, action: 'identity.request', targetType: 'reports', targetId: reportId, details: { requestId } },
        m,
      );
      return requestId;
    });
    return this.get(id);
  }

  /** The requests the custodian may see (回避: not those about a tip hidden from them). */
  async list(status: string, viewer: Viewer): Promise<IdentityRequestDto[]> {
    return this.toDtos(await this.requests.byStatus(this.dataSource, status, viewer.hidden));
  }

  async mine(viewer: Viewer): Promise<IdentityRequestDto[]> {
    return this.toDtos(await this.requests.ofRequester(this.dataSource, viewer.staff.userId, viewer.hidden));
  }

  private async get(id: string): Promise<IdentityRequestDto> {
    const request = await this.requests.byId(this.dataSource, id);
    const [dto] = await this.toDtos(request ? [request] : []);
    if (!dto) throw notFound('身份查看申请');
    return dto;
  }

  /** The requests with the numbers of their tips and the names of the staff (a request's tip always exists: the foreign key cascades). */
  private async toDtos(requests: IdentityRequest[]): Promise<IdentityRequestDto[]> {
    const [tips, names] = await Promise.all([
      this.reports
        .caseSummaries(this.dataSource, [...new Set(requests.map((r) => r.reportId))])
        .then((cases) => new Map(cases.map((c) => [c.id, c]))),
      this.staff.displayNames(this.dataSource, [
        ...new Set(requests.flatMap((r) => (r.decidedBy ? [r.requesterId, r.decidedBy] : [r.requesterId]))),
      ]),
    ]);
    return requests.flatMap((request) => {
      const tip = tips.get(request.reportId);
      return tip ? [toDto(request, tip.number, names)] : [];
    });
  }

  async decide(id: string, approve: boolean, note: string | undefined, viewer: Viewer, actor: AuditActor): Promise<IdentityRequestDto> {
    if (!isUuid(id)) throw notFound('身份查看申请');
    const custodian = viewer.staff;
    const now = this.clock.now();
    const expiresAt = approve ? new Date(now.getTime() + this.config.settings.security.identityAccess.accessHours * 3600_000) : null;
    const excluded = await this.dataSource.transaction(async (m) => {
      // 回避, for both: the custodian may not decide on a tip hidden from them, and the
      // requester must still be allowed to see the tip when the request is approved.
      const current = await this.requests.lock(m, id);
      if (!current) throw notFound('身份查看申请');
      await viewer.visible(current.reportId, '身份查看申请');
      if (current.requesterId === custodian.userId) {
        throw new DomainException(HttpStatus.FORBIDDEN, 'SELF_APPROVAL', '不能审批本人提出的身份查看申请，请由其他身份保管人审批');
      }
      if (current.status !== 'PENDING') throw new DomainException(HttpStatus.CONFLICT, 'ALREADY_DECIDED', '该申请已经审批过');
      if (approve) {
        const conflict = await this.staff.conflictOf(
          m,
          current.requesterId,
          current.reportId,
          this.config.settings.security.conflictOfInterest.sameUnit,
        );
        if (conflict) return { reportId: current.reportId, requesterId: current.requesterId, reason: conflict };
      }
      await this.requests.decide(m, id, {
        status: approve ? 'APPROVED' : 'REFUSED',
        decidedBy: custodian.userId,
        decidedAt: now,
        note: note ?? null,
        expiresAt,
      });
      await this.audit.record(
        {
          ...actor,
          action: approve ? 'identity.approve' : 'identity.refuse',
          targetType: 'reports',
          targetId: current.reportId,
          details: { requestId: id, requesterId: current.requesterId },
        },
        m,
      );
      return null;
    });
    if (excluded) {
      await this.audit.record({
        ...actor,
        action: 'coi.excluded',
        targetType: 'reports',
        targetId: excluded.reportId,
        outcome: 'DENIED',
        status: 409,
        details: { reason: excluded.reason, requestId: id, requesterId: excluded.requesterId, route: 'identity.approve' },
      });
      throw new DomainException(
        HttpStatus.CONFLICT,
        'REQUESTER_EXCLUDED',
        '申请人与该举报存在回避关系（本人、亲属等为被反映人），不能批准：请拒绝该申请',
      );
    }
    const decided = await this.get(id);
    if (approve && this.config.settings.security.identityAccess.notifyReporter) {
      await this.writer.addMessage({
        reportId: decided.reportId,
        author: { kind: 'STAFF', staffId: custodian.userId },
        body: REPORTER_NOTICE,
        files: [],
      });
    }
    return decided;
  }

  /** The identity itself, for the approved requester within the window; the view is recorded first. */
  async reveal(id: string, viewer: Viewer, actor: AuditActor): Promise<RevealedIdentityDto> {
    const staff = viewer.staff;
    if (!isUuid(id)) throw notFound('身份查看申请');
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      const request = await this.requests.byId(m, id);
      const tip = request ? await this.reports.identityOf(m, request.reportId) : null;
      const row =
        request && tip
          ? {
              report_id: request.reportId,
              requester_id: request.requesterId,
              status: request.status,
              expires_at: request.expiresAt,
              number: tip.number,
              sealed: tip.sealed,
            }
          : null;
      // Someone else's request looks like no request at all.
      if (!row || row.requester_id !== staff.userId) throw notFound('身份查看申请');
      // 回避, again at the moment of viewing: a requester excluded since the approval sees nothing.
      await viewer.visible(row.report_id, '身份查看申请');
      if (row.status !== 'APPROVED') throw new DomainException(HttpStatus.FORBIDDEN, 'NOT_APPROVED', '该申请尚未获身份保管人批准');
      if (!row.expires_at || row.expires_at <= now)
        throw new DomainException(HttpStatus.FORBIDDEN, 'ACCESS_EXPIRED', '查看期限已过，如仍需查看请重新申请');
      if (!row.sealed) throw new DomainException(HttpStatus.GONE, 'IDENTITY_PURGED', '该举报人的身份信息已按保存期限清除');
      await this.audit.record(
        { ...actor, action: 'identity.view', targetType: 'reports', targetId: row.report_id, details: { requestId: id } },
        m,
      );
      const identity = await this.crypto.decryptJson<{ name: string; phone: string; idNumber?: string }>(row.sealed);
      return {
        reportId: row.report_id,
        reportNumber: row.number,
        name: identity.name,
        phone: identity.phone,
        idNumber: identity.idNumber ?? null,
        visibleUntil: row.expires_at.toISOString(),
      };
    });
  }
}
