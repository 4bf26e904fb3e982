import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../infra/config/app-config.js';
import { QueueService } from '../infra/queue/queue.service.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { VerificationDeadlines } from './verification-deadlines.js';
import { VerificationDeadlineJob, VerificationSentJob, VerificationSweepJob } from './verification.jobs.js';
import { VerificationModule } from './verification.module.js';
import { ReportEventsModule } from '../reports/events/report-events.module.js';

/** The worker side: reminders, escalations and their sweep. */
@Module({
  imports: [ReportEventsModule, VerificationModule, NotificationsModule],
  providers: [VerificationDeadlines, VerificationSentJob, VerificationDeadlineJob, VerificationSweepJob],
})
export class VerificationWorkerModule implements OnApplicationBootstrap {
  constructor(
    private readonly queues: QueueService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.settings.verification.sweepMinutes * 60_000;
    // Redis away at boot: the next worker start schedules it.
    await this.queues
      .queue('vetting')
      .upsertJobScheduler('verification-sweep', { every }, { name: 'verification-sweep', data: {} })
      .catch(() => undefined);
  }
}
