import { Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';
import { ReportEventsModule } from '../reports/events/report-events.module.js';
import { ReportsRepositoryModule } from '../reports/reports-repository.module.js';
import { HotlineRepository } from '../intake/hotline/hotline.repository.js';
import { SmsRepository } from '../intake/sms/sms.repository.js';
import { NotificationsRepository } from './notifications.repository.js';

/** Outbound email and SMS: composed from typed templates and queued here; NotificationsWorkerModule sends them. */
@Module({
  imports: [ReportEventsModule, ReportsRepositoryModule],
  controllers: [NotificationsController],
  // The intake module's repositories for the reporter's contact (stateless: provided here, not imported with the channels).
  providers: [NotificationsService, NotificationsRepository, SmsRepository, HotlineRepository],
  exports: [NotificationsService, NotificationsRepository],
})
export class NotificationsModule {}
