import { Module } from '@nestjs/common';
import { ReportsRepositoryModule } from '../reports/reports-repository.module.js';
import { CadreRecordsRepository } from './cadre-records.repository.js';
import { CadreRecordsService } from './cadre-records.service.js';
import { CadresController } from './cadres.controller.js';
import { CadresRepository } from './cadres.repository.js';
import { CadresService } from './cadres.service.js';
import { FileAuditController } from './file-audit/file-audit.controller.js';
import { FileAuditRepository } from './file-audit/file-audit.repository.js';
import { FileAuditService } from './file-audit/file-audit.service.js';
import { RosterController } from './roster/roster.controller.js';
import { RosterImportRepository } from './roster/roster-import.repository.js';
import { RosterImportService } from './roster/roster-import.service.js';
import { UnitsRepository } from './units.repository.js';
import { UnitsService } from './units.service.js';

/** Cadre records: roster, units and quotas, sanctions, personal matters, findings, tip links, the personnel-file audit. */
@Module({
  imports: [ReportsRepositoryModule],
  controllers: [CadresController, RosterController, FileAuditController],
  providers: [
    CadresRepository,
    CadreRecordsRepository,
    UnitsRepository,
    RosterImportRepository,
    CadresService,
    CadreRecordsService,
    UnitsService,
    RosterImportService,
    FileAuditRepository,
    FileAuditService,
  ],
  exports: [CadresRepository, CadresService, CadreRecordsService, UnitsService, RosterImportService, FileAuditService],
})
export class CadresModule {}
