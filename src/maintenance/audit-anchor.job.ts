import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { JobHandler, type HandlesJob } from '../infra/queue/job-handler.js';

/** Daily: the audit chain's head signed and kept (audit_anchor), so rows cut from its end are found. */
@Injectable()
@JobHandler('audit-anchor')
export class AuditAnchorJob implements HandlesJob<'audit-anchor'> {
  private readonly logger = new Logger(AuditAnchorJob.name);

  constructor(private readonly audit: AuditService) {}

  async handle(): Promise<void> {
    const anchor = await this.audit.anchor('SCHEDULE');
    if (anchor) this.logger.log(`audit chain anchored at seq ${anchor.seq}`);
  }
}
