import { Module } from '@nestjs/common';
import { AuditAnchorJob } from './audit-anchor.job.js';
import { FoldReportTalliesJob } from './fold-report-tallies.job.js';
import { PurgeExpiredIdempotencyJob } from './purge-expired-idempotency.job.js';
import { RetentionPurgeJob } from './retention-purge.job.js';
import { RetentionService } from './retention.service.js';
import { ReportEventsModule } from '../reports/events/report-events.module.js';

/** Housekeeping jobs; how often each runs is in src/schedules.ts (registered by the worker). */
@Module({
  imports: [ReportEventsModule],
  providers: [PurgeExpiredIdempotencyJob, RetentionService, RetentionPurgeJob, FoldReportTalliesJob, AuditAnchorJob],
  exports: [RetentionService],
})
export class MaintenanceModule {}
