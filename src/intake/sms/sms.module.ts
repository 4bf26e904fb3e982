import { Module } from '@nestjs/common';
import { NotificationsModule } from '../../notifications/notifications.module.js';
import { ReportsModule } from '../../reports/reports.module.js';
import { ChannelsModule } from '../channels/channels.module.js';
import { IntakeModule } from '../intake.module.js';
import { GenericSmsAdapter } from './generic.adapter.js';
import { SmsIntakeService } from './sms-intake.service.js';
import { SmsWebhooksController } from './sms-webhooks.controller.js';
import { TwilioSmsAdapter } from './twilio.adapter.js';
import { ReportEventsModule } from '../../reports/events/report-events.module.js';
import { ReportsRepositoryModule } from '../../reports/reports-repository.module.js';
import { SmsRepository } from './sms.repository.js';

/** The SMS channel: gateway webhooks in, tips and replies out. */
@Module({
  imports: [ReportEventsModule, ReportsRepositoryModule, IntakeModule, ReportsModule, ChannelsModule, NotificationsModule],
  controllers: [SmsWebhooksController],
  providers: [SmsIntakeService, SmsRepository, TwilioSmsAdapter, GenericSmsAdapter],
  exports: [SmsIntakeService], // the worker's SmsWorkerModule assembles parts through it
})
export class SmsModule {}
