import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CadresModule } from './cadres/cadres.module.js';
import { HealthModule } from './health/health.module.js';
import { InfraModule } from './infra/infra.module.js';
import { GlobalExceptionFilter } from './infra/http/exception.filter.js';
import { IdParamsInterceptor } from './infra/http/id-param.js';
import { ReadRoutingInterceptor } from './infra/database/read-routing.js';
import { LoggingModule } from './infra/logging.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { IntakeModule } from './intake/intake.module.js';
import { MeetingsModule } from './meetings/meetings.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { SmsModule } from './intake/sms/sms.module.js';
import { HotlineModule } from './intake/hotline/hotline.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { VerificationModule } from './verification/verification.module.js';
import { VettingModule } from './vetting/vetting.module.js';
import { TriageModule } from './triage/triage.module.js';
import { AppointmentRecordModule } from './vetting/record/appointment-record.module.js';
import { WebModule } from './web/web.module.js';

/** The api process: HTTP for the public, staff and agencies. */
@Module({
  imports: [
    InfraModule,
    LoggingModule,
    AuditModule,
    AuthModule,
    ReportsModule,
    TriageModule,
    IdentityModule,
    IntakeModule,
    CadresModule,
    VerificationModule,
    VettingModule,
    AppointmentRecordModule,
    MeetingsModule,
    HealthModule,
    NotificationsModule,
    SmsModule,
    HotlineModule,
    WebModule,
  ],
  providers: [
    { provide: APP_FILTER, useClass: GlobalExceptionFilter },
    // After the audit interceptor (AuditModule is imported above): a refused id is still recorded.
    { provide: APP_INTERCEPTOR, useClass: IdParamsInterceptor },
    // A staff GET's reads may go to the read replica (Reads); any other request's never do.
    { provide: APP_INTERCEPTOR, useClass: ReadRoutingInterceptor },
  ],
})
export class AppModule {}
