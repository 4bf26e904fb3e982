import { Module } from '@nestjs/common';
import { ReportEventsRepository } from './report-events.repository.js';

/**
 * The case timeline on its own: every module that records something on a case imports this
 * (and nothing else of the reports module), so no module cycle arises from writing an event.
 */
@Module({
  providers: [ReportEventsRepository],
  exports: [ReportEventsRepository],
})
export class ReportEventsModule {}
