import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { CadresModule } from '../cadres/cadres.module.js';
import { HotlineModule } from '../intake/hotline/hotline.module.js';
import { IntakeModule } from '../intake/intake.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { StatisticsModule } from '../statistics/statistics.module.js';
import { TriageModule } from '../triage/triage.module.js';
import { VerificationModule } from '../verification/verification.module.js';
import { VettingModule } from '../vetting/vetting.module.js';
import { ConsoleTwoFactorController } from './console/two-factor.controller.js';
import { ConsoleExceptionFilter } from './console/console-exception.filter.js';
import { ConsoleController } from './console/console.controller.js';
import { ConsoleVettingController } from './console/vetting.controller.js';
import { ConsoleAppointmentRecordController } from './console/appointment-record.controller.js';
import { AppointmentRecordModule } from '../vetting/record/appointment-record.module.js';
import { ConsoleCadresController } from './console/cadres.controller.js';
import { ConsoleCadreFileController } from './console/cadre-file.controller.js';
import { ConsoleAgenciesController } from './console/agencies.controller.js';
import { ConsolePersonalMattersController } from './console/personal-matters.controller.js';
import { ConsoleMeetingsController } from './console/meetings.controller.js';
import { ConsoleHotlineController } from './console/hotline.controller.js';
import { ConsoleVerificationController } from './console/verification.controller.js';
import { CasePage } from './console/case-page.js';
import { TodoController } from './console/todo.controller.js';
import { ConsoleAuditController } from './console/audit.controller.js';
import { ConsoleAdminController } from './console/admin.controller.js';
import { ConsoleIdentityController } from './console/identity.controller.js';
import { IdentityModule } from '../identity/identity.module.js';
import { RemindersModule } from '../reminders/reminders.module.js';
import { VerificationPanel } from './console/verification-panel.js';
import { DashboardController } from './console/dashboard.controller.js';
import { HtmlExceptionFilter } from './html-exception.filter.js';
import { PageRenderer } from './page-renderer.js';
import { NoticesPagesController } from './notices-pages.controller.js';
import { PublicPagesController } from './public-pages.controller.js';
import { AgencyPortalController } from './portal/agency-portal.controller.js';

import { ConsoleUnitsController } from './console/units.controller.js';

/** Server-rendered pages. Depends downward on the domain modules' services. */
@Module({
  imports: [
    IntakeModule,
    MeetingsModule,
    CadresModule,
    AuthModule,
    ReportsModule,
    TriageModule,
    VettingModule,
    AppointmentRecordModule,
    StatisticsModule,
    VerificationModule,
    HotlineModule,
    RemindersModule,
    IdentityModule,
  ],
  controllers: [
    PublicPagesController,
    ConsoleController,
    NoticesPagesController,
    DashboardController,
    ConsoleVerificationController,
    ConsoleHotlineController,
    AgencyPortalController,
    ConsoleVettingController,
    ConsoleCadreFileController,
    ConsoleAppointmentRecordController,
    ConsoleCadresController,
    ConsoleAgenciesController,
    ConsolePersonalMattersController,
    ConsoleMeetingsController,
    ConsoleTwoFactorController,
    TodoController,
    ConsoleIdentityController,
    ConsoleAuditController,
    ConsoleAdminController,
    ConsoleUnitsController,
  ],
  providers: [PageRenderer, HtmlExceptionFilter, ConsoleExceptionFilter, VerificationPanel, CasePage],
  exports: [PageRenderer],
})
export class WebModule {}
