import { addCalendarDays, addWorkingDays, type CalendarDays } from '../../infra/calendar/working-days.js';

export type DeadlineKind = 'ACCEPTANCE_NOTICE' | 'DISPOSITION' | 'CONCLUSION';

export interface Deadline {
  kind: DeadlineKind;
  /** Last day (civil date) on which the step is still on time. */
  dueOn: string;
  /** The working day a reminder goes out. */
  remindOn: string;
}

export interface DeadlineRules {
  acceptanceNoticeWorkingDays: number;
  dispositionWorkingDays: number;
  concludeCalendarDays: number;
  remindWorkingDaysBefore: number;
}

/** `n` working days before `date` (or `date` itself for n = 0), never before `floor`. */
export function workingDaysBefore(date: string, n: number, calendar: CalendarDays, floor: string): string {
  let day = date;
  let left = n;
  while (left > 0 && day > floor) {
    day = addCalendarDays(day, -1);
    if (addWorkingDays(day, 0, calendar) === day) left -= 1;
  }
  return day < floor ? floor : day;
}

/**
 * The deadlines a tip received on `receivedOn` (civil date, China time) runs against:
 * acceptance notice and disposition in working days, conclusion in calendar days
 * (moved to the next working day when it falls on a rest day).
 */
export function deadlinesFor(receivedOn: string, rules: DeadlineRules, calendar: CalendarDays): Deadline[] {
  const make = (kind: DeadlineKind, dueOn: string): Deadline => ({
    kind,
    dueOn,
    remindOn: workingDaysBefore(dueOn, rules.remindWorkingDaysBefore, calendar, receivedOn),
  });
  return [
    make('ACCEPTANCE_NOTICE', addWorkingDays(receivedOn, rules.acceptanceNoticeWorkingDays, calendar)),
    make('DISPOSITION', addWorkingDays(receivedOn, rules.dispositionWorkingDays, calendar)),
    make('CONCLUSION', addWorkingDays(addCalendarDays(receivedOn, rules.concludeCalendarDays), 0, calendar)),
  ];
}
