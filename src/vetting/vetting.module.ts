import { Module } from '@nestjs/common';
import { CadresModule } from '../cadres/cadres.module.js';
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
import { VettingService } from './vetting.service.js';
import { ReportEventsModule } from '../reports/events/report-events.module.js';
import { ReportsRepositoryModule } from '../reports/reports-repository.module.js';
import { VettingRepository } from './vetting.repository.js';
import { ProbationRepository } from './probation/probation.repository.js';
import { PublicityRepository } from './publicity/publicity.repository.js';
import { PriorReportController } from './prior-report/prior-report.controller.js';
import { PriorReportFacts } from './prior-report/prior-report-facts.service.js';
import { PriorReportRepository } from './prior-report/prior-report.repository.js';
import { PriorReportService } from './prior-report/prior-report.service.js';

/**
 * Pre-appointment vetting: runs, verdicts, 报备, publicity, outcomes, probation, documents, the record
 * of each step. Its job handlers are in VettingWorkerModule (the worker's side).
 */
@Module({
  imports: [ReportEventsModule, ReportsRepositoryModule, CadresModule, VerificationModule, AppointmentCalendarModule],
  controllers: [VettingController, PublicityController, VettingDocumentsController, PriorReportController],
  providers: [
    VettingRepository,
    ProbationRepository,
    PublicityRepository,
    PriorReportRepository,
    PriorReportFacts,
    PriorReportService,
    VettingService,
    PublicityService,
    PublicityTipsService,
    OutcomeService,
    ProbationService,
    VettingDocumentsService,
  ],
  exports: [
    VettingRepository,
    VettingService,
    PriorReportService,
    PublicityService,
    PublicityTipsService,
    OutcomeService,
    ProbationService,
    AppointmentCalendarModule,
  ],
})
export class VettingModule {}
