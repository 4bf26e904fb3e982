import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module.js';
import { IntakeService } from './intake.service.js';
import { PublicReportsController } from './public-reports.controller.js';

@Module({
  imports: [ReportsModule],
  controllers: [PublicReportsController],
  providers: [IntakeService],
  exports: [IntakeService],
})
export class IntakeModule {}
