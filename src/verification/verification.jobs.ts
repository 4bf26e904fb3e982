import { Injectable } from '@nestjs/common';
import { JobHandler, type HandlesJob } from '../infra/queue/job-handler.js';
import type { JobData } from '../infra/queue/jobs.js';
import { VerificationDeadlines } from './verification-deadlines.js';

/** After requests are sent (or a due date moved): queue each one's reminder and escalation. */
@Injectable()
@JobHandler('verification-sent')
export class VerificationSentJob implements HandlesJob<'verification-sent'> {
  constructor(private readonly deadlines: VerificationDeadlines) {}

  async handle(data: JobData<'verification-sent'>): Promise<void> {
    await this.deadlines.schedule('requestIds' in data ? data.requestIds : [data.requestId]);
  }
}

@Injectable()
@JobHandler('verification-deadline')
export class VerificationDeadlineJob implements HandlesJob<'verification-deadline'> {
  constructor(private readonly deadlines: VerificationDeadlines) {}

  async handle({ requestId, stage, dueOn }: JobData<'verification-deadline'>): Promise<void> {
    await this.deadlines.check(requestId, stage, dueOn);
  }
}

@Injectable()
@JobHandler('verification-sweep')
export class VerificationSweepJob implements HandlesJob<'verification-sweep'> {
  constructor(private readonly deadlines: VerificationDeadlines) {}

  async handle(): Promise<void> {
    await this.deadlines.sweep();
  }
}
