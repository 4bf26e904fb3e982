import { Module } from '@nestjs/common';
import { CadresController } from './cadres.controller.js';
import { CadresService } from './cadres.service.js';
import { RosterController } from './roster/roster.controller.js';
import { RosterImportService } from './roster/roster-import.service.js';
import { UnitsService } from './units.service.js';

/** Cadre records: roster, units and quotas, sanctions, personal matters, findings, tip links. */
@Module({
  controllers: [CadresController, RosterController],
  providers: [CadresService, UnitsService, RosterImportService],
  exports: [CadresService, UnitsService, RosterImportService],
})
export class CadresModule {}
