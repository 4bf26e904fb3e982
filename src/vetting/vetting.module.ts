import { Module } from '@nestjs/common';
import { CadresModule } from '../cadres/cadres.module.js';
import { VerificationModule } from '../verification/verification.module.js';
import { VettingController } from './vetting.controller.js';
import { CadreRecordChangedJob, VerificationRepliedJob } from './vetting.jobs.js';
import { VettingService } from './vetting.service.js';

/** Pre-appointment vetting: runs, verdicts, the record of each step. */
@Module({
  imports: [CadresModule, VerificationModule],
  controllers: [VettingController],
  providers: [VettingService, CadreRecordChangedJob, VerificationRepliedJob],
  exports: [VettingService],
})
export class VettingModule {}
