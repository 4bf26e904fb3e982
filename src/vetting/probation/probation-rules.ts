import { endOfMonthsPeriod } from '../../cadres/rules/civil-date.js';

/**
 * Probation (试用期) for a newly promoted cadre in a non-elected post: it runs for the
 * configured months from the appointment; the reminder to assess falls on its last day.
 */
export function needsProbation(p: { promotion: boolean; elected: boolean }): boolean {
  return p.promotion && !p.elected;
}

/** The last day of probation, counted as the Civil Code counts months (2026-03-10 + 12 → 2027-03-10). */
export function probationEndsOn(appointedOn: string, months: number): string {
  return endOfMonthsPeriod(appointedOn, months);
}

/** 09:00 China time (UTC+8, no daylight saving) on a civil date, as epoch milliseconds. */
export function morningOf(date: string): number {
  return Date.parse(`${date}T09:00:00+08:00`);
}
