import { Module } from '@nestjs/common';
import { ReportsRepository } from './reports.repository.js';

/** The reports repository on its own, for modules that read a case without the rest of the reports module. */
@Module({
  providers: [ReportsRepository],
  exports: [ReportsRepository],
})
export class ReportsRepositoryModule {}
