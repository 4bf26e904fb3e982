import { Injectable } from '@nestjs/common';
import { JobHandler, type HandlesJob } from '../infra/queue/job-handler.js';
import { ReminderMailService } from './reminder-mail.service.js';

/** Hourly: the day's to-do digests that are due and not yet queued (each person once a day). */
@Injectable()
@JobHandler('reminder-digest')
export class ReminderDigestJob implements HandlesJob<'reminder-digest'> {
  constructor(private readonly mail: ReminderMailService) {}

  async handle(): Promise<void> {
    await this.mail.sendDigests();
  }
}
