import { Module } from '@nestjs/common';
import { ReportEventsModule } from '../../reports/events/report-events.module.js';
import { ReportsRepositoryModule } from '../../reports/reports-repository.module.js';
import { FetchVoicemailRecordingJob } from './fetch-voicemail-recording.job.js';
import { HotlineModule } from './hotline.module.js';

/** The worker side of the hotline: fetching voicemail recordings from the telephony provider. */
@Module({
  imports: [HotlineModule, ReportEventsModule, ReportsRepositoryModule],
  providers: [FetchVoicemailRecordingJob],
})
export class HotlineWorkerModule {}
