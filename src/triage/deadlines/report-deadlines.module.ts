import { Module } from '@nestjs/common';
import { ReportDeadlinesRepository } from './report-deadlines.repository.js';

/** A case's deadlines on their own, for the modules that meet or move them (the case workflow). */
@Module({
  providers: [ReportDeadlinesRepository],
  exports: [ReportDeadlinesRepository],
})
export class ReportDeadlinesModule {}
