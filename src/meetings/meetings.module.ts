import { Module } from '@nestjs/common';
import { CaseWorkflowModule } from '../reports/workflow/case-workflow.module.js';
import { VerificationModule } from '../verification/verification.module.js';
import { VettingModule } from '../vetting/vetting.module.js';
import { MeetingDecisionsService } from './meeting-decisions.service.js';
import { MeetingsController } from './meetings.controller.js';
import { MeetingsService } from './meetings.service.js';
import { MinutesDocumentService } from './minutes-document.service.js';
import { OpenItemsLoader } from './open-items.loader.js';
import { ReportEventsModule } from '../reports/events/report-events.module.js';
import { ReportsRepositoryModule } from '../reports/reports-repository.module.js';
import { ReportSubjectsModule } from '../triage/subjects/report-subjects.module.js';
import { CadresRepository } from '../cadres/cadres.repository.js';
import { MeetingsRepository } from './meetings.repository.js';

/** Joint meetings of the member agencies (联席会议): agenda from open items, attendance, opinions, decisions with their follow-ups, minutes. */
@Module({
  imports: [ReportEventsModule, ReportsRepositoryModule, ReportSubjectsModule, VerificationModule, CaseWorkflowModule, VettingModule],
  controllers: [MeetingsController],
  // The cadres repository names and orders the candidates on an agenda (it needs only the database).
  providers: [MeetingsRepository, CadresRepository, OpenItemsLoader, MeetingsService, MeetingDecisionsService, MinutesDocumentService],
  exports: [MeetingsService, MeetingDecisionsService, MinutesDocumentService],
})
export class MeetingsModule {}
