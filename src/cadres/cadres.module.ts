import { Module } from '@nestjs/common';
import { CadreRecordsService } from './cadre-records.service.js';
import { CadresController } from './cadres.controller.js';
import { CadresRepository } from './cadres.repository.js';
import { CadresService } from './cadres.service.js';
import { RosterController } from './roster/roster.controller.js';
import { RosterImportService } from './roster/roster-import.service.js';
import { UnitsService } from './units.service.js';

/** Cadre records: roster, units and quotas, sanctions, personal matters, findings, tip links. */
@Module({
  controllers: [CadresController, RosterController],
  providers: [CadresRepository, CadresService, CadreRecordsService, UnitsService, RosterImportService],
  exports: [CadresService, CadreRecordsService, UnitsService, RosterImportService],
})
export class CadresModule {}
