import { Module } from '@nestjs/common';
import { AuthRepository } from '../../auth/auth.repository.js';
import { VerificationModule } from '../../verification/verification.module.js';
import { VettingModule } from '../vetting.module.js';
import { AppointmentRecordController } from './appointment-record.controller.js';
import { AppointmentRecordRepository } from './appointment-record.repository.js';
import { AppointmentRecordService } from './appointment-record.service.js';

/**
 * 全程记实 of each appointment (a vetting candidacy): its typed steps, the steps read from the
 * verification requests, the notice, the outcome and the probation, and the signed 记实表.
 * Part of the vetting module (its table is vetting's), kept in its own Nest module beside it.
 */
@Module({
  imports: [VettingModule, VerificationModule],
  controllers: [AppointmentRecordController],
  providers: [AppointmentRecordRepository, AppointmentRecordService, AuthRepository],
  exports: [AppointmentRecordService],
})
export class AppointmentRecordModule {}
