import { Module } from '@nestjs/common';
import { ReportsModule } from '../../reports/reports.module.js';
import { ChannelIntake } from './channel-intake.service.js';

/** The creation path shared by the SMS and hotline channels. */
@Module({
  imports: [ReportsModule],
  providers: [ChannelIntake],
  exports: [ChannelIntake],
})
export class ChannelsModule {}
