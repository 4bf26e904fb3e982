import { Injectable, Logger } from '@nestjs/common';
import { JobHandler, type HandlesJob } from '../infra/queue/job-handler.js';
import { RetentionService } from './retention.service.js';

/** Scheduled sweep: purges every concluded case past its retention period and says what went. */
@Injectable()
@JobHandler('retention-purge')
export class RetentionPurgeJob implements HandlesJob<'retention-purge'> {
  private readonly logger = new Logger(RetentionPurgeJob.name);

  constructor(private readonly retention: RetentionService) {}

  async handle(): Promise<void> {
    const purged = await this.retention.purgeDue();
    const identities = purged.filter((p) => p.identityRemoved).length;
    const files = purged.reduce((n, p) => n + p.attachmentsRemoved, 0);
    this.logger.log(`retention sweep: ${purged.length} case(s) purged, ${identities} identit(ies), ${files} attachment(s)`);
  }
}
