import { Module } from '@nestjs/common';
import { ReportEventsModule } from '../reports/events/report-events.module.js';
import { NotificationsModule } from './notifications.module.js';
import { SendNotificationJob } from './send-notification.job.js';
import { MailSender } from './senders/mail-sender.js';
import { SmsSender } from './senders/sms-sender.js';

/** The worker side of notifications: the senders (SMTP, SMS gateway) and the job that sends one message. */
@Module({
  imports: [NotificationsModule, ReportEventsModule],
  providers: [MailSender, SmsSender, SendNotificationJob],
})
export class NotificationsWorkerModule {}
