import { Module } from '@nestjs/common';
import { RemindersModule } from '../reminders/reminders.module.js';
import { CadresModule } from '../cadres/cadres.module.js';
import { AppointmentCalendarModule } from '../vetting/calendar/appointment-calendar.module.js';
import { AppointmentRaiseJob } from './assess/appointment-raise.job.js';
import { CategoryModelRepository } from './category-model.repository.js';
import { CategoryModelService } from './category-model.service.js';
import { DeadlineCheckJob, DeadlineSweepJob } from './deadlines/deadline.jobs.js';
import { RetrainCategoryModelJob } from './retrain-category-model.job.js';
import { RosterCache } from './roster-cache.service.js';
import { TriageReportJob } from './triage-report.job.js';
import { TriageRepository } from './triage.repository.js';
import { triageSettingsProvider } from './triage-settings.js';
import { ReportEventsModule } from '../reports/events/report-events.module.js';
import { ReportsRepositoryModule } from '../reports/reports-repository.module.js';
import { ReportDeadlinesModule } from './deadlines/report-deadlines.module.js';

/**
 * The worker side of triage: the pipeline job, deadline reminders, model retraining, tips
 * raised when their cadre becomes a candidate. The appointment calendar is vetting's small
 * query module (no import of VettingModule, which reaches triage only through a job).
 */
@Module({
  imports: [ReportEventsModule, ReportDeadlinesModule, ReportsRepositoryModule, CadresModule, RemindersModule, AppointmentCalendarModule],
  providers: [
    triageSettingsProvider,
    RosterCache,
    CategoryModelRepository,
    CategoryModelService,
    TriageRepository,
    TriageReportJob,
    DeadlineCheckJob,
    DeadlineSweepJob,
    RetrainCategoryModelJob,
    AppointmentRaiseJob,
  ],
})
export class TriageWorkerModule {}
