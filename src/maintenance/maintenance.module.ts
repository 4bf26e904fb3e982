import { Module } from '@nestjs/common';
import { AuditAnchorJob } from './audit-anchor.job.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { OutboxRepository } from '../infra/queue/outbox.repository.js';
import { PartitionMaintenanceJob } from './partition-maintenance.job.js';
import { PartitionMaintenance } from './partitions.service.js';
import { FoldReportTalliesJob } from './fold-report-tallies.job.js';
import { PurgeExpiredIdempotencyJob } from './purge-expired-idempotency.job.js';
import { RetentionPurgeJob } from './retention-purge.job.js';
import { RetentionService } from './retention.service.js';
import { ReportEventsModule } from '../reports/events/report-events.module.js';
import { ReportsRepositoryModule } from '../reports/reports-repository.module.js';
import { HotlineRepository } from '../intake/hotline/hotline.repository.js';
import { SmsRepository } from '../intake/sms/sms.repository.js';
import { NotificationsRepository } from '../notifications/notifications.repository.js';
import { RetentionRepository } from './retention.repository.js';
import { VerificationRepository } from '../verification/verification.repository.js';
import { StatisticsRepository } from '../statistics/statistics.repository.js';
import { UnitsRepository } from '../cadres/units.repository.js';

/** Housekeeping jobs; how often each runs is in src/schedules.ts (registered by the worker). */
@Module({
  imports: [ReportEventsModule, ReportsRepositoryModule],
  // The owners' repositories of what a purge removes (stateless: provided here, not imported with their modules).
  providers: [
    PurgeExpiredIdempotencyJob,
    RetentionService,
    RetentionRepository,
    HotlineRepository,
    SmsRepository,
    NotificationsRepository,
    VerificationRepository,
    StatisticsRepository,
    UnitsRepository,
    RetentionPurgeJob,
    FoldReportTalliesJob,
    AuditAnchorJob,
    AuditRepository,
    OutboxRepository,
    PartitionMaintenance,
    PartitionMaintenanceJob,
  ],
  exports: [RetentionService],
})
export class MaintenanceModule {}
