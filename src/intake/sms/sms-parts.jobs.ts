import { Injectable } from '@nestjs/common';
import { JobHandler, type HandlesJob } from '../../infra/queue/job-handler.js';
import type { JobData } from '../../infra/queue/jobs.js';
import { SmsIntakeService } from './sms-intake.service.js';

/** The wait for a long message's missing parts is over: make the tip with what arrived. */
@Injectable()
@JobHandler('assemble-sms-parts')
export class AssembleSmsPartsJob implements HandlesJob<'assemble-sms-parts'> {
  constructor(private readonly sms: SmsIntakeService) {}

  async handle({ groupId }: JobData<'assemble-sms-parts'>): Promise<void> {
    await this.sms.assembleOverdue(groupId); // a group already assembled is simply gone
  }
}

/** Backstop for the delayed job (lost if Redis was away): assembles every group whose wait is over. */
@Injectable()
@JobHandler('sweep-sms-parts')
export class SweepSmsPartsJob implements HandlesJob<'sweep-sms-parts'> {
  constructor(private readonly sms: SmsIntakeService) {}

  async handle(): Promise<void> {
    await this.sms.assembleAllOverdue();
  }
}
