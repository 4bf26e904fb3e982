import { Module } from '@nestjs/common';
import { CadresModule } from '../cadres/cadres.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { CaseWorkflowModule } from '../reports/workflow/case-workflow.module.js';
import { VerificationModule } from '../verification/verification.module.js';
import { AppointmentCalendarModule } from '../vetting/calendar/appointment-calendar.module.js';
import { triageSettingsProvider } from './triage-settings.js';
import { AuthRepository } from '../auth/auth.repository.js';
import { CategoryModelRepository } from './category-model.repository.js';
import { CategoryAccuracyService } from './inbox/category-accuracy.service.js';
import { CaseActionsService } from './inbox/case-actions.service.js';
import { TriageCaseRepository } from './inbox/triage-case.repository.js';
import { ReportsRepositoryModule } from '../reports/reports-repository.module.js';
import { InboxRepository } from './inbox/inbox.repository.js';
import { InboxService } from './inbox/inbox.service.js';
import { TriageInboxController } from './inbox/triage-inbox.controller.js';
import { ReportEventsModule } from '../reports/events/report-events.module.js';

/** The api side of triage: inbox, case view, staff actions. Messages to the reporter stay on /reports/:id/messages. */
@Module({
  imports: [
    ReportEventsModule,
    ReportsRepositoryModule,
    ReportsModule,
    CadresModule,
    CaseWorkflowModule,
    VerificationModule,
    AppointmentCalendarModule,
  ],
  controllers: [TriageInboxController],
  // The triage settings (confidence threshold) the case view reads; the worker's TriageWorkerModule has its own.
  providers: [
    triageSettingsProvider,
    AuthRepository,
    CategoryModelRepository,
    TriageCaseRepository,
    InboxRepository,
    InboxService,
    CaseActionsService,
    CategoryAccuracyService,
  ],
  exports: [InboxService, CaseActionsService, CategoryAccuracyService],
})
export class TriageModule {}
