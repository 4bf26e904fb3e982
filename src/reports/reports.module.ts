import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Attachment } from './entities/attachment.entity.js';
import { ReportMessage } from './entities/report-message.entity.js';
import { Report } from './entities/report.entity.js';
import { ReportEventsModule } from './events/report-events.module.js';
import { ReportDeadlinesModule } from '../triage/deadlines/report-deadlines.module.js';
import { ReportsRepositoryModule } from './reports-repository.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ReportWriter } from './report-writer.service.js';
import { ReporterQuestions } from './reporter-questions.service.js';
import { ReportsService } from './reports.service.js';
import { StaffReportsController } from './staff-reports.controller.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Report, ReportMessage, Attachment]),
    ReportEventsModule,
    ReportsRepositoryModule,
    ReportDeadlinesModule,
    NotificationsModule,
  ],
  controllers: [StaffReportsController],
  providers: [ReportsService, ReportWriter, ReporterQuestions],
  exports: [ReportsService, ReportWriter, ReporterQuestions],
})
export class ReportsModule {}
