import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module.js';
import { ReportsRepositoryModule } from '../reports/reports-repository.module.js';
import { IdentityAccessController } from './identity-access.controller.js';
import { IdentityAccessService } from './identity-access.service.js';
import { IdentityAccessRepository } from './identity-access.repository.js';
import { AuthRepository } from '../auth/auth.repository.js';

/** Requests to see a reporter's identity, custodian decisions, audited views. */
@Module({
  imports: [ReportsModule, ReportsRepositoryModule],
  controllers: [IdentityAccessController],
  // The requests' repository, and auth's for the names of staff and 回避 of a requester (stateless).
  providers: [IdentityAccessService, IdentityAccessRepository, AuthRepository],
  exports: [IdentityAccessService],
})
export class IdentityModule {}
