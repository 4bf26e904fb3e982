import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module.js';
import { ReportsRepositoryModule } from '../reports/reports-repository.module.js';
import { IntakeService } from './intake.service.js';
import { PublicReportsController } from './public-reports.controller.js';

@Module({
  imports: [ReportsModule, ReportsRepositoryModule],
  controllers: [PublicReportsController],
  providers: [IntakeService],
  exports: [IntakeService],
})
export class IntakeModule {}
