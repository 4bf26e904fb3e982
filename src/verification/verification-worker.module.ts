import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { VerificationDeadlines } from './verification-deadlines.js';
import { VerificationDeadlineJob, VerificationSentJob, VerificationSweepJob } from './verification.jobs.js';
import { VerificationModule } from './verification.module.js';
import { ReportEventsModule } from '../reports/events/report-events.module.js';

/** The worker side: reminders, escalations and their sweep (scheduled in src/schedules.ts). */
@Module({
  imports: [ReportEventsModule, VerificationModule, NotificationsModule],
  providers: [VerificationDeadlines, VerificationSentJob, VerificationDeadlineJob, VerificationSweepJob],
})
export class VerificationWorkerModule {}
