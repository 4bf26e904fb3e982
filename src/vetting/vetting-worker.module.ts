import { Module } from '@nestjs/common';
import { VerificationModule } from '../verification/verification.module.js';
import { CadreRecordChangedJob, VerificationRepliedJob } from './vetting.jobs.js';
import { ProbationEndsJob, VettingSweepJob } from './vetting-sweep.jobs.js';
import { VettingModule } from './vetting.module.js';

/** The worker side of vetting: verdicts re-evaluated after record changes and replies, the publicity and probation sweeps. */
@Module({
  imports: [VettingModule, VerificationModule],
  providers: [CadreRecordChangedJob, VerificationRepliedJob, VettingSweepJob, ProbationEndsJob],
})
export class VettingWorkerModule {}
