import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { CadresModule } from '../../cadres/cadres.module.js';
import { NotificationsModule } from '../../notifications/notifications.module.js';
import { triageSettingsProvider } from '../../triage/triage-settings.js';
import { CaseWorkflow } from './case-workflow.service.js';
import { ReportEventsModule } from '../events/report-events.module.js';
import { ReportDeadlinesModule } from '../../triage/deadlines/report-deadlines.module.js';
import { ReportsRepositoryModule } from '../reports-repository.module.js';
import { TriageRepository } from '../../triage/triage.repository.js';

/** The one case workflow: every module that changes a case's state imports this and calls CaseWorkflow. */
@Module({
  imports: [ReportEventsModule, ReportDeadlinesModule, ReportsRepositoryModule, AuthModule, CadresModule, NotificationsModule],
  // Triage's repository for the repeat a merge records (stateless: provided here).
  providers: [triageSettingsProvider, CaseWorkflow, TriageRepository],
  exports: [CaseWorkflow],
})
export class CaseWorkflowModule {}
