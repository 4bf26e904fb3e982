import { Module } from '@nestjs/common';
import { ReminderDigestJob } from './reminder-digest.job.js';
import { RemindersModule } from './reminders.module.js';

/** The worker side of reminders: the daily digest sent to each staff member. */
@Module({
  imports: [RemindersModule],
  providers: [ReminderDigestJob],
})
export class RemindersWorkerModule {}
