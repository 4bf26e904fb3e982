import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { CadresModule } from '../cadres/cadres.module.js';
import { AppConfig } from '../infra/config/app-config.js';
import { QueueService } from '../infra/queue/queue.service.js';
import { VerificationModule } from '../verification/verification.module.js';
import { AppointmentCalendarModule } from './calendar/appointment-calendar.module.js';
import { VettingDocumentsController } from './documents/vetting-documents.controller.js';
import { VettingDocumentsService } from './documents/vetting-documents.service.js';
import { ProbationService } from './probation/probation.service.js';
import { OutcomeService } from './publicity/outcome.service.js';
import { PublicityController } from './publicity/publicity.controller.js';
import { PublicityService } from './publicity/publicity.service.js';
import { PublicityTipsService } from './publicity/publicity-tips.service.js';
import { VettingController } from './vetting.controller.js';
import { CadreRecordChangedJob, VerificationRepliedJob } from './vetting.jobs.js';
import { VettingService } from './vetting.service.js';
import { ProbationEndsJob, VettingSweepJob } from './vetting-sweep.jobs.js';
import { ReportEventsModule } from '../reports/events/report-events.module.js';

/** Pre-appointment vetting: runs, verdicts, publicity, outcomes, probation, documents, the record of each step. */
@Module({
  imports: [ReportEventsModule, CadresModule, VerificationModule, AppointmentCalendarModule],
  controllers: [VettingController, PublicityController, VettingDocumentsController],
  providers: [
    VettingService,
    PublicityService,
    PublicityTipsService,
    OutcomeService,
    ProbationService,
    VettingDocumentsService,
    CadreRecordChangedJob,
    VerificationRepliedJob,
    VettingSweepJob,
    ProbationEndsJob,
  ],
  exports: [VettingService, PublicityService, OutcomeService, ProbationService, AppointmentCalendarModule],
})
export class VettingModule implements OnApplicationBootstrap {
  constructor(
    private readonly queues: QueueService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues
      .queue('vetting')
      .upsertJobScheduler('vetting-sweep', { every: this.config.settings.vetting.sweepSeconds * 1000 }, { name: 'vetting-sweep', data: {} })
      .catch(() => undefined); // Redis away at boot: the next start schedules it
  }
}
