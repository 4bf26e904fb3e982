import { addCalendarDays, addWorkingDays, isWorkingDay, type CalendarDays } from '../../infra/calendar/working-days.js';

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

/** The last working day on or before `date`. */
export function workingDayOnOrBefore(date: string, calendar: CalendarDays): string {
  let day = date;
  while (!isWorkingDay(day, calendar)) day = addCalendarDays(day, -1);
  return day;
}

/**
 * The day a tip about a candidate is to be disposed of (处置) by: the last working day of
 * the notice's period (任前公示), so the outcome after it need not wait; while only the run
 * is pending (任前审查), within the working days the run gives the member agencies for
 * their opinions (征求意见), after which the candidate may go before the meeting. Never
 * before `since`, the day the tip became urgent (received, or raised).
 */
export function appointmentDueBy(
  touch: { notice: { endsOn: string } | null },
  since: string,
  runWorkingDays: number,
  calendar: CalendarDays,
): string {
  if (!touch.notice) return addWorkingDays(since, runWorkingDays, calendar);
  const last = workingDayOnOrBefore(touch.notice.endsOn, calendar);
  return last < since ? since : last;
}

/**
 * A deadline brought forward to `dueBy`, its reminder recomputed (never before `floor`),
 * or null when it is due by then already.
 */
export function bringForward(
  deadline: { dueOn: string; remindOn: string },
  dueBy: string,
  remindWorkingDaysBefore: number,
  calendar: CalendarDays,
  floor: string,
): { dueOn: string; remindOn: string } | null {
  if (deadline.dueOn <= dueBy) return null;
  return { dueOn: dueBy, remindOn: workingDaysBefore(dueBy, remindWorkingDaysBefore, calendar, floor) };
}

/**
 * A tip's deadlines with its disposition (处置) brought before the earliest candidacy it
 * touches (see appointmentDueBy); the others unchanged. `since`: the day it became urgent.
 */
export function disposeBeforeAppointments(
  deadlines: readonly Deadline[],
  appointments: ReadonlyArray<{ notice: { endsOn: string } | null }>,
  since: string,
  rules: { runWorkingDays: number; remindWorkingDaysBefore: number },
  calendar: CalendarDays,
): Deadline[] {
  if (appointments.length === 0) return [...deadlines];
  const dueBy = appointments.map((a) => appointmentDueBy(a, since, rules.runWorkingDays, calendar)).sort()[0]!;
  return deadlines.map((d) => {
    if (d.kind !== 'DISPOSITION') return d;
    const moved = bringForward(d, dueBy, rules.remindWorkingDaysBefore, calendar, since);
    return moved ? { ...d, ...moved } : d;
  });
}
