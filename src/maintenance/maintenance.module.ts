import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../infra/config/app-config.js';
import { AuditAnchorJob } from './audit-anchor.job.js';
import { QueueService } from '../infra/queue/queue.service.js';
import { FOLD_REPORT_TALLIES_EVERY_MS, FoldReportTalliesJob } from './fold-report-tallies.job.js';
import { PurgeExpiredIdempotencyJob } from './purge-expired-idempotency.job.js';
import { RetentionPurgeJob } from './retention-purge.job.js';
import { RetentionService } from './retention.service.js';
import { ReportEventsModule } from '../reports/events/report-events.module.js';

/** Housekeeping on a schedule (BullMQ job schedulers: one per name across all workers). */
@Module({
  imports: [ReportEventsModule],
  providers: [PurgeExpiredIdempotencyJob, RetentionService, RetentionPurgeJob, FoldReportTalliesJob, AuditAnchorJob],
  exports: [RetentionService],
})
export class MaintenanceModule implements OnApplicationBootstrap {
  constructor(
    private readonly queues: QueueService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const queue = this.queues.queue('maintenance');
    // Redis away at boot: the next worker start schedules them.
    await queue
      .upsertJobScheduler('purge-expired-idempotency', { every: 3600_000 }, { name: 'purge-expired-idempotency', data: {} })
      .catch(() => undefined);
    await queue
      .upsertJobScheduler('fold-report-tallies', { every: FOLD_REPORT_TALLIES_EVERY_MS }, { name: 'fold-report-tallies', data: {} })
      .catch(() => undefined);
    // The reminders module's daily digest: the hourly job sends each person's once, from the configured hour.
    await queue.upsertJobScheduler('audit-anchor', { every: 24 * 3600_000 }, { name: 'audit-anchor', data: {} }).catch(() => undefined);
    await queue.upsertJobScheduler('reminder-digest', { every: 3600_000 }, { name: 'reminder-digest', data: {} }).catch(() => undefined);
    await queue
      .upsertJobScheduler(
        'retention-purge',
        { every: this.config.settings.retention.sweepHours * 3600_000 },
        { name: 'retention-purge', data: {} },
      )
      .catch(() => undefined);
  }
}
