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

/** Joint meetings of the member agencies (联席会议): agenda from open items, attendance, opinions, decisions with their follow-ups, minutes. */
@Module({
  imports: [ReportEventsModule, VerificationModule, CaseWorkflowModule, VettingModule],
  controllers: [MeetingsController],
  providers: [OpenItemsLoader, MeetingsService, MeetingDecisionsService, MinutesDocumentService],
  exports: [MeetingsService, MeetingDecisionsService, MinutesDocumentService],
})
export class MeetingsModule {}
