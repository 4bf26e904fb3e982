import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobHandler, type HandlesJob } from '../infra/queue/job-handler.js';
import { ReportsRepository } from '../reports/reports.repository.js';

/** Idempotency records are only for retries: drop them once their window has passed. */
@Injectable()
@JobHandler('purge-expired-idempotency')
export class PurgeExpiredIdempotencyJob implements HandlesJob<'purge-expired-idempotency'> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsRepository,
  ) {}

  async handle(): Promise<void> {
    await this.reports.purgeExpiredIdempotency(this.dataSource);
  }
}
