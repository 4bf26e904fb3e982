import { Module } from '@nestjs/common';
import { CadresRepository } from '../../cadres/cadres.repository.js';
import { AppointmentCalendarRepository } from './appointment-calendar.repository.js';
import { AppointmentCalendar } from './appointment-calendar.service.js';

/**
 * The vetting module's read-only answer to "is this cadre on the appointment calendar?",
 * for triage (priority, deadlines) and the case page. It needs only the global database
 * and clock, so importing it creates no cycle: vetting itself tells triage about a new
 * run or notice through the `appointment-raise` job, never through an import.
 */
@Module({
  providers: [AppointmentCalendarRepository, CadresRepository, AppointmentCalendar],
  exports: [AppointmentCalendar],
})
export class AppointmentCalendarModule {}
