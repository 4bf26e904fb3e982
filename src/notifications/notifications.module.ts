import { Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';
import { SendNotificationJob } from './send-notification.job.js';
import { MailSender } from './senders/mail-sender.js';
import { SmsSender } from './senders/sms-sender.js';
import { ReportEventsModule } from '../reports/events/report-events.module.js';

/** Outbound email and SMS: composed from typed templates, queued, sent by the worker. */
@Module({
  imports: [ReportEventsModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, MailSender, SmsSender, SendNotificationJob],
  exports: [NotificationsService],
})
export class NotificationsModule {}
