/**
 * Working-day arithmetic (工作日): weekends are rest days, public holidays are rest days,
 * and make-up working days (调休上班) are working days even on a weekend. Dates are
 * civil dates written YYYY-MM-DD in the district's time zone; no clock time involved.
 */
export interface CalendarDays {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

type DayEntry = { date: string; name: string } | { from: string; to: string; name: string };

export function buildCalendar(file: { holidays: DayEntry[]; workdays: DayEntry[] }): CalendarDays {
  const expand = (entries: DayEntry[]) => {
    const days = new Set<string>();
    for (const entry of entries) {
      if ('date' in entry) {
        days.add(entry.date);
        continue;
      }
      for (let d = entry.from; d <= entry.to; d = addCalendarDays(d, 1)) days.add(d);
    }
    return days;
  };
  return { holidays: expand(file.holidays), workdays: expand(file.workdays) };
}

function toUtc(date: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

export function addCalendarDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, calendar: CalendarDays): boolean {
  return workingOn(date, toUtc(date).getUTCDay(), calendar);
}

function workingOn(date: string, weekday: number, calendar: CalendarDays): boolean {
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  return weekday !== 0 && weekday !== 6;
}

/** Calls `visit` with each day after `start` (date and weekday) until it returns true; returns that day. */
function walkDays(start: string, visit: (date: string, weekday: number) => boolean): string {
  // One Date stepped a day at a time: no parse of each day's text (deadlines walk weeks of days).
  const day = toUtc(start);
  for (;;) {
    day.setUTCDate(day.getUTCDate() + 1);
    const date = day.toISOString().slice(0, 10);
    if (visit(date, day.getUTCDay())) return date;
  }
}

/**
 * The date that is `n` working days after `start` (start itself not counted, as a
 * deadline "within 15 working days of receipt" counts from the next day). n = 0 gives
 * `start` if it is a working day, else the next working day.
 */
export function addWorkingDays(start: string, n: number, calendar: CalendarDays): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  if (n === 0) return isWorkingDay(start, calendar) ? start : walkDays(start, (date, weekday) => workingOn(date, weekday, calendar));
  let left = n;
  return walkDays(start, (date, weekday) => workingOn(date, weekday, calendar) && (left -= 1) <= 0);
}

/** Working days after `from` up to and including `to` (0 when `to` ≤ `from`). */
export function workingDaysBetween(from: string, to: string, calendar: CalendarDays): number {
  toUtc(to); // a malformed end is refused, not walked towards
  let count = 0;
  walkDays(from, (date, weekday) => {
    if (date > to) return true;
    if (workingOn(date, weekday, calendar)) count += 1;
    return false;
  });
  return count;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The civil date (`YYYY-MM-DD`) of an instant in an IANA time zone. Services ask their
 * `Clock` (`today()`, `dateOf()`), which knows the district's zone.
 */
export function civilDate(instant: Date, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(instant);
}
