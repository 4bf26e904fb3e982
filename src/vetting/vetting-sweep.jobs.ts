import { Injectable } from '@nestjs/common';
import { JobHandler, type HandlesJob } from '../infra/queue/job-handler.js';
import type { JobData } from '../infra/queue/jobs.js';
import { ProbationService } from './probation/probation.service.js';
import { PublicityTipsService } from './publicity/publicity-tips.service.js';

/** Every few seconds (vetting.sweepSeconds): tips received during publicity linked; probation ends reminded if their delayed job was lost. */
@Injectable()
@JobHandler('vetting-sweep')
export class VettingSweepJob implements HandlesJob<'vetting-sweep'> {
  constructor(
    private readonly tips: PublicityTipsService,
    private readonly probation: ProbationService,
  ) {}

  async handle(): Promise<void> {
    await this.tips.sweep();
    await this.probation.remindDue();
  }
}

/** The delayed reminder on a probation's last day. */
@Injectable()
@JobHandler('probation-ends')
export class ProbationEndsJob implements HandlesJob<'probation-ends'> {
  constructor(private readonly probation: ProbationService) {}

  async handle({ probationId }: JobData<'probation-ends'>): Promise<void> {
    await this.probation.remind(probationId);
  }
}
