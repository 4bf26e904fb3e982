import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CadresModule } from '../cadres/cadres.module.js';
import { InfraModule } from '../infra/infra.module.js';
import { IntakeModule } from '../intake/intake.module.js';

/** What the command-line tools need: the domain services, no HTTP, no queue consumers. */
@Module({ imports: [InfraModule, AuditModule, AuthModule, IntakeModule, CadresModule] })
export class CliModule {}
