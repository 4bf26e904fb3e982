import { Injectable } from '@nestjs/common';
import { JobHandler, type HandlesJob } from '../infra/queue/job-handler.js';
import type { JobData } from '../infra/queue/jobs.js';
import { VerificationDeadlines } from './verification-deadlines.js';

/** After a request is sent (or its due date moved): queue its reminder and escalation. */
@Injectable()
@JobHandler('verification-sent')
export class VerificationSentJob implements HandlesJob<'verification-sent'> {
  constructor(private readonly deadlines: VerificationDeadlines) {}

  async handle({ requestId }: JobData<'verification-sent'>): Promise<void> {
    await this.deadlines.schedule(requestId);
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
