import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ReportDeadlinesModule } from '../triage/deadlines/report-deadlines.module.js';
import { VerificationModule } from '../verification/verification.module.js';
import { AuthRepository } from '../auth/auth.repository.js';
import { CadresRepository } from '../cadres/cadres.repository.js';
import { ProbationRepository } from '../vetting/probation/probation.repository.js';
import { ReminderMailService } from './reminder-mail.service.js';
import { RemindersRepository } from './reminders.repository.js';
import { TodoService } from './todo.service.js';
import { ReportsRepositoryModule } from '../reports/reports-repository.module.js';
import { IdentityAccessRepository } from '../identity/identity-access.repository.js';

/** 待办 and the reminders that reach people: the to-do list each staff member sees and is sent. */
@Module({
  imports: [NotificationsModule, VerificationModule, ReportDeadlinesModule, ReportsRepositoryModule],
  providers: [
    AuthRepository,
    CadresRepository,
    ProbationRepository,
    IdentityAccessRepository,
    RemindersRepository,
    TodoService,
    ReminderMailService,
  ],
  exports: [TodoService, ReminderMailService],
})
export class RemindersModule {}
