import { Module } from '@nestjs/common';
import { AssembleSmsPartsJob, SweepSmsPartsJob } from './sms-parts.jobs.js';
import { SmsModule } from './sms.module.js';

/** The worker side of the SMS channel: assembling multi-part messages whose wait is over. */
@Module({
  imports: [SmsModule],
  providers: [AssembleSmsPartsJob, SweepSmsPartsJob],
})
export class SmsWorkerModule {}
