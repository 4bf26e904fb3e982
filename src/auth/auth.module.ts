import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CadresModule } from '../cadres/cadres.module.js';
import { ReportsRepositoryModule } from '../reports/reports-repository.module.js';
import { AccountService } from './account.service.js';
import { AuthRepository } from './auth.repository.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { CadreRelationsController } from './conflict/cadre-relations.controller.js';
import { CadreRelationsService } from './conflict/cadre-relations.service.js';
import { ConflictOfInterestService } from './conflict/conflict-of-interest.service.js';
import { StaffSession } from './entities/staff-session.entity.js';
import { StaffUser } from './entities/staff-user.entity.js';
import { StaffAccountsController } from './staff-accounts.controller.js';
import { TotpVerifier } from './totp.js';
import { VerificationRepository } from '../verification/verification.repository.js';

@Module({
  imports: [TypeOrmModule.forFeature([StaffUser, StaffSession]), CadresModule, ReportsRepositoryModule],
  controllers: [AuthController, StaffAccountsController, CadreRelationsController],
  // The member-agency directory's repository, for binding liaison accounts (stateless: provided
  // here, since the verification module itself depends on auth).
  providers: [
    AuthRepository,
    VerificationRepository,
    AuthService,
    AccountService,
    TotpVerifier,
    ConflictOfInterestService,
    CadreRelationsService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, AccountService, TotpVerifier, ConflictOfInterestService, CadreRelationsService],
})
export class AuthModule {}
