import { DiscoveryService } from '@nestjs/core';
import type { JobData, JobName } from './jobs.js';

/** Marks a provider as the one handler of a job name. */
export const JobHandler = DiscoveryService.createDecorator<JobName>();

export interface HandlesJob<N extends JobName> {
  handle(data: JobData<N>): Promise<void>;
}
