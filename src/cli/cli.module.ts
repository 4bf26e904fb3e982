import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CadresModule } from '../cadres/cadres.module.js';
import { InfraModule } from '../infra/infra.module.js';
import { IntakeModule } from '../intake/intake.module.js';
import { VerificationModule } from '../verification/verification.module.js';
import { AppointmentRecordModule } from '../vetting/record/appointment-record.module.js';

/**
 * What the command-line tools need: the domain services, no HTTP, no queue consumers.
 * VerificationModule keeps the member-agency directory (seeded from config on start), which
 * liaison accounts are checked against. AppointmentRecordModule (with vetting) lets the demo seed
 * complete one appointment with its 全程记实.
 */
@Module({ imports: [InfraModule, AuditModule, AuthModule, IntakeModule, CadresModule, VerificationModule, AppointmentRecordModule] })
export class CliModule {}
