import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AgenciesController } from './agencies/agencies.controller.js';
import { AgencyDirectory } from './agencies/agency-directory.service.js';
import { AgencyRequestsService } from './agency-requests.service.js';
import { VerificationStaffController, VerificationController } from './verification.controller.js';
import { VerificationTrackingService } from './verification-tracking.service.js';
import { VerificationService } from './verification.service.js';
import { ReportEventsModule } from '../reports/events/report-events.module.js';

/** Member agencies, requests to them (opinions, verifications) and their versioned replies. */
@Module({
  imports: [ReportEventsModule, NotificationsModule],
  controllers: [VerificationController, VerificationStaffController, AgenciesController],
  providers: [AgencyDirectory, VerificationService, AgencyRequestsService, VerificationTrackingService],
  exports: [AgencyDirectory, VerificationService, AgencyRequestsService, VerificationTrackingService],
})
export class VerificationModule {}
