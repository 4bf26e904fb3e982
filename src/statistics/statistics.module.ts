import { Module } from '@nestjs/common';
import { CadresModule } from '../cadres/cadres.module.js';
import { VerificationModule } from '../verification/verification.module.js';
import { StatisticsExportService } from './statistics-export.service.js';
import { StatisticsController } from './statistics.controller.js';
import { StatisticsService } from './statistics.service.js';
import { TallyZone } from './tally-zone.repository.js';
import { ReportEventsModule } from '../reports/events/report-events.module.js';
import { StatisticsRepository } from './statistics.repository.js';
import { VettingRepository } from '../vetting/vetting.repository.js';

/** Read-only reporting: the dashboard's and the periodic report's figures and their exports. */
@Module({
  imports: [ReportEventsModule, CadresModule, VerificationModule],
  controllers: [StatisticsController],
  providers: [StatisticsRepository, VettingRepository, StatisticsService, StatisticsExportService, TallyZone],
  exports: [StatisticsService, StatisticsExportService],
})
export class StatisticsModule {}
