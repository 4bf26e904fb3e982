import { Injectable } from '@nestjs/common';
import { JobHandler, type HandlesJob } from '../infra/queue/job-handler.js';
import { PartitionMaintenance } from './partitions.service.js';

/** Scheduled (partitions.sweepHours): monthly partitions created ahead, old dispatched outbox months dropped. */
@Injectable()
@JobHandler('partition-maintenance')
export class PartitionMaintenanceJob implements HandlesJob<'partition-maintenance'> {
  constructor(private readonly partitions: PartitionMaintenance) {}

  async handle(): Promise<void> {
    await this.partitions.run();
  }
}
