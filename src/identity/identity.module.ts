import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module.js';
import { ReportsRepositoryModule } from '../reports/reports-repository.module.js';
import { IdentityAccessController } from './identity-access.controller.js';
import { IdentityAccessService } from './identity-access.service.js';

/** Requests to see a reporter's identity, custodian decisions, audited views. */
@Module({
  imports: [ReportsModule, ReportsRepositoryModule],
  controllers: [IdentityAccessController],
  providers: [IdentityAccessService],
  exports: [IdentityAccessService],
})
export class IdentityModule {}
