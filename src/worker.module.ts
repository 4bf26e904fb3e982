import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from './infra/config/app-config.js';
import { InfraModule } from './infra/infra.module.js';
import { JobRunner } from './infra/queue/job-runner.js';
import { MaintenanceModule } from './maintenance/maintenance.module.js';
import { AuditModule } from './audit/audit.module.js';
import { NotificationsWorkerModule } from './notifications/notifications-worker.module.js';
import { SmsWorkerModule } from './intake/sms/sms-worker.module.js';
import { HotlineWorkerModule } from './intake/hotline/hotline-worker.module.js';
import { TriageWorkerModule } from './triage/triage-worker.module.js';
import { VerificationWorkerModule } from './verification/verification-worker.module.js';
import { VettingWorkerModule } from './vetting/vetting-worker.module.js';
import { RemindersWorkerModule } from './reminders/reminders-worker.module.js';
import { ScheduleRegistrar } from './schedule-registrar.js';
import { triageSettingsProvider } from './triage/triage-settings.js';

/**
 * The worker process: the domain modules' job handlers, no HTTP; consumes every queue and
 * registers every schedule of src/schedules.ts (docs/DEVELOPING.md, "API and worker").
 */
@Module({
  imports: [
    InfraModule,
    AuditModule,
    DiscoveryModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: { level: config.env.LOG_LEVEL, customProps: () => ({ service: 'qingfeng-worker' }) },
      }),
    }),
    TriageWorkerModule,
    VettingWorkerModule,
    VerificationWorkerModule,
    MaintenanceModule,
    NotificationsWorkerModule,
    SmsWorkerModule,
    HotlineWorkerModule,
    RemindersWorkerModule,
  ],
  providers: [JobRunner, ScheduleRegistrar, triageSettingsProvider],
  exports: [JobRunner],
})
export class WorkerModule {}
