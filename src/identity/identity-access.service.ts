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

const REPORTER_NOTICE =
  '依照有关规定，经身份保管人批准，您的身份信息已向本件经办人员披露，仅用于核查工作。我们将严格保密，严禁泄露或打击报复。';

interface RequestRow {
  id: string;
  report_id: string;
  report_number: string;
  requester_id: string;
  requester_name: string;
  reason: string;
  status: string;
  decided_by: string | null;
  decider_name: string | null;
  decided_at: Date | null;
  decision_note: string | null;
  expires_at: Date | null;
  created_at: Date;
}

const SELECT_REQUEST = `
  SELECT q.*, u.display_name AS requester_name, d.display_name AS decider_name
    FROM identity_access_request q
    JOIN staff_user u ON u.id = q.requester_id
    LEFT JOIN staff_user d ON d.id = q.decided_by`;

function toDto(row: RequestRow): IdentityRequestDto {
  return {
    id: row.id,
    reportId: row.report_id,
    reportNumber: row.report_number,
    requester: { id: row.requester_id, displayName: row.requester_name },
    reason: row.reason,
    status: row.status,
    decidedBy: row.decided_by ? { id: row.decided_by, displayName: row.decider_name ?? '' } : null,
    decidedAt: row.decided_at?.toISOString() ?? null,
    decisionNote: row.decision_note,
    expiresAt: row.expires_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
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
      const rows: Array<{ id: string }> = await m.query(
        `INSERT INTO identity_access_request (report_id, requester_id, reason) VALUES ($1, $2, $3)
         ON CONFLICT (requester_id, report_id) WHERE status = 'PENDING' DO NOTHING RETURNING id`,
        [reportId, staff.userId, reason],
      );
      if (!rows[0]) throw new DomainException(HttpStatus.CONFLICT, 'REQUEST_PENDING', '您对该举报已有一份待审批的申请');
      await this.audit.record(
        { ...actor, action: 'identity.request', targetType: 'reports', targetId: reportId, details: { requestId: rows[0].id } },
        m,
      );
      return rows[0].id;
    });
    return this.get(id);
  }

  /** The requests the custodian may see (回避: not those about a tip hidden from them). */
  async list(status: string, viewer: Viewer): Promise<IdentityRequestDto[]> {
    const params: unknown[] = [status];
    const rows: Array<Omit<RequestRow, 'report_number'>> = await this.dataSource.query(
      `${SELECT_REQUEST} WHERE q.status = $1 AND ${viewer.excluding('q.report_id', params)} ORDER BY q.created_at LIMIT 500`,
      params,
    );
    return this.toDtos(rows);
  }

  async mine(viewer: Viewer): Promise<IdentityRequestDto[]> {
    const params: unknown[] = [viewer.staff.userId];
    const rows: Array<Omit<RequestRow, 'report_number'>> = await this.dataSource.query(
      `${SELECT_REQUEST} WHERE q.requester_id = $1 AND ${viewer.excluding('q.report_id', params)} ORDER BY q.created_at DESC LIMIT 500`,
      params,
    );
    return this.toDtos(rows);
  }

  private async get(id: string): Promise<IdentityRequestDto> {
    const rows: Array<Omit<RequestRow, 'report_number'>> = await this.dataSource.query(`${SELECT_REQUEST} WHERE q.id = $1`, [id]);
    const [dto] = await this.toDtos(rows);
    if (!dto) throw notFound('身份查看申请');
    return dto;
  }

  /** The requests with the numbers of their tips (a request's tip always exists: the foreign key cascades). */
  private async toDtos(rows: Array<Omit<RequestRow, 'report_number'>>): Promise<IdentityRequestDto[]> {
    const tips = await this.reports.numbersByIds(this.dataSource, [...new Set(rows.map((r) => r.report_id))]);
    return rows.flatMap((row) => {
      const tip = tips.get(row.report_id);
      return tip ? [toDto({ ...row, report_number: tip.number })] : [];
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
      const [current]: Array<{ requester_id: string; status: string; report_id: string; requester_conflict: string | null }> =
        await m.query(
          `SELECT q.requester_id, q.status, q.report_id, report_conflict(q.report_id, u.cadre_id, $2) AS requester_conflict
           FROM identity_access_request q JOIN staff_user u ON u.id = q.requester_id WHERE q.id = $1 FOR UPDATE OF q`,
          [id, this.config.settings.security.conflictOfInterest.sameUnit],
        );
      if (!current) throw notFound('身份查看申请');
      await viewer.visible(current.report_id, '身份查看申请');
      if (current.requester_id === custodian.userId) {
        throw new DomainException(HttpStatus.FORBIDDEN, 'SELF_APPROVAL', '不能审批本人提出的身份查看申请，请由其他身份保管人审批');
      }
      if (current.status !== 'PENDING') throw new DomainException(HttpStatus.CONFLICT, 'ALREADY_DECIDED', '该申请已经审批过');
      if (approve && current.requester_conflict)
        return { reportId: current.report_id, requesterId: current.requester_id, reason: current.requester_conflict };
      await m.query(
        `UPDATE identity_access_request SET status = $2, decided_by = $3, decided_at = $4, decision_note = $5, expires_at = $6 WHERE id = $1`,
        [id, approve ? 'APPROVED' : 'REFUSED', custodian.userId, now, note ?? null, expiresAt],
      );
      await this.audit.record(
        {
          ...actor,
          action: approve ? 'identity.approve' : 'identity.refuse',
          targetType: 'reports',
          targetId: current.report_id,
          details: { requestId: id, requesterId: current.requester_id },
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
      const [request]: Array<{ report_id: string; requester_id: string; status: string; expires_at: Date | null }> = await m.query(
        `SELECT q.report_id, q.requester_id, q.status, q.expires_at FROM identity_access_request q WHERE q.id = $1`,
        [id],
      );
      const tip = request ? await this.reports.identityOf(m, request.report_id) : null;
      const row = request && tip ? { ...request, number: tip.number, sealed: tip.sealed } : null;
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
