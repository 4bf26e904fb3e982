import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AgenciesController } from './agencies/agencies.controller.js';
import { AgencyDirectory } from './agencies/agency-directory.service.js';
import { AgencyRequestsService } from './agency-requests.service.js';
import { VerificationStaffController, VerificationController } from './verification.controller.js';
import { VerificationTrackingService } from './verification-tracking.service.js';
import { VerificationService } from './verification.service.js';
import { ReportEventsModule } from '../reports/events/report-events.module.js';
import { ReportsRepositoryModule } from '../reports/reports-repository.module.js';
import { ReportSubjectsModule } from '../triage/subjects/report-subjects.module.js';
import { CadresRepository } from '../cadres/cadres.repository.js';
import { VerificationRepository } from './verification.repository.js';

/** Member agencies, requests to them (opinions, verifications) and their versioned replies. */
@Module({
  imports: [ReportEventsModule, ReportsRepositoryModule, ReportSubjectsModule, NotificationsModule],
  controllers: [VerificationController, VerificationStaffController, AgenciesController],
  // The cadres repository names the cadre a request is about (it needs only the database).
  providers: [
    VerificationRepository,
    CadresRepository,
    AgencyDirectory,
    VerificationService,
    AgencyRequestsService,
    VerificationTrackingService,
  ],
  exports: [VerificationRepository, AgencyDirectory, VerificationService, AgencyRequestsService, VerificationTrackingService],
})
export class VerificationModule {}
