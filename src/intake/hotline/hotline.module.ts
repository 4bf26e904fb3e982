import { Module } from '@nestjs/common';
import { NotificationsModule } from '../../notifications/notifications.module.js';
import { ReportsModule } from '../../reports/reports.module.js';
import { ChannelsModule } from '../channels/channels.module.js';
import { HotlineController } from './hotline.controller.js';
import { HotlineService } from './hotline.service.js';
import { TelephonyWebhookController } from './telephony-webhook.controller.js';
import { ReportEventsModule } from '../../reports/events/report-events.module.js';
import { ReportsRepositoryModule } from '../../reports/reports-repository.module.js';
import { HotlineRepository } from './hotline.repository.js';

/** The hotline channel: operator-recorded calls and voicemail / IVR messages. */
@Module({
  imports: [ReportEventsModule, ReportsRepositoryModule, ReportsModule, ChannelsModule, NotificationsModule],
  controllers: [HotlineController, TelephonyWebhookController],
  providers: [HotlineService, HotlineRepository],
  exports: [HotlineService, HotlineRepository], // the operator's console page records calls through them; the worker fetches recordings
})
export class HotlineModule {}
