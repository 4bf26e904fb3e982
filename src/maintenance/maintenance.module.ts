import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { QueueService } from '../infra/queue/queue.service.js';
import { PurgeExpiredIdempotencyJob } from './purge-expired-idempotency.job.js';

/** Housekeeping on a schedule (BullMQ job schedulers: one per name across all workers). */
@Module({ providers: [PurgeExpiredIdempotencyJob] })
export class MaintenanceModule implements OnApplicationBootstrap {
  constructor(private readonly queues: QueueService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues
      .queue('maintenance')
      .upsertJobScheduler('purge-expired-idempotency', { every: 3600_000 }, { name: 'purge-expired-idempotency', data: {} })
      .catch(() => undefined); // Redis away at boot: the next worker start schedules it
  }
}
