import { Module } from '@nestjs/common';
import { ReportSubjectsRepository } from './report-subjects.repository.js';

/** The report subjects repository on its own, for modules that read who a tip is about. */
@Module({
  providers: [ReportSubjectsRepository],
  exports: [ReportSubjectsRepository],
})
export class ReportSubjectsModule {}
