import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { FixedClock } from '../clock/clock.js';
import { addCalendarDays, addWorkingDays, buildCalendar, civilDate, isWorkingDay, workingDaysBetween } from './working-days.js';

// A calendar shaped like a real year: a week-long holiday with weekend make-up days.
const calendar = buildCalendar({
  holidays: [
    { from: '2026-10-01', to: '2026-10-07', name: '国庆节' },
    { date: '2026-01-01', name: '元旦' },
  ],
  workdays: [
    { date: '2026-09-20', name: '国庆节调休' }, // a Sunday
    { date: '2026-10-10', name: '国庆节调休' }, // a Saturday
  ],
});

describe('working days', () => {
  it.each([
    ['2026-11-24', true, 'a Tuesday'],
    ['2026-11-28', false, 'a Saturday'],
    ['2026-11-29', false, 'a Sunday'],
    ['2026-10-05', false, 'a Monday inside the National Day holiday'],
    ['2026-10-10', true, 'a Saturday made a working day'],
    ['2026-09-20', true, 'a Sunday made a working day'],
    ['2026-01-01', false, 'New Year on a Thursday'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, calendar)).toBe(expected);
  });

  it.each([
    // start, n, expected, why
    ['2026-11-23', 5, '2026-11-30', 'Monday + 5 skips the weekend'],
    ['2026-11-27', 1, '2026-11-30', 'Friday + 1 is Monday'],
    ['2026-09-30', 1, '2026-10-08', 'the holiday week is skipped'],
    ['2026-09-30', 3, '2026-10-10', 'the make-up Saturday counts'],
    ['2026-09-18', 1, '2026-09-20', 'the make-up Sunday counts'],
    ['2026-11-28', 0, '2026-11-30', 'zero days from a Saturday is the next working day'],
    ['2026-11-24', 0, '2026-11-24', 'zero days from a working day is that day'],
    ['2026-09-25', 15, '2026-10-22', 'fifteen working days across the holiday and a make-up day'],
  ])('%s + %i working days = %s (%s)', (start, n, expected) => {
    expect(addWorkingDays(start, n, calendar)).toBe(expected);
  });

  it('counts working days between dates, inverse to adding them', () => {
    for (const start of ['2026-09-18', '2026-09-30', '2026-11-27']) {
      for (const n of [0, 1, 5, 15, 30]) {
        const end = addWorkingDays(start, n, calendar);
        if (n > 0) expect(workingDaysBetween(start, end, calendar)).toBe(n);
      }
    }
    expect(workingDaysBetween('2026-11-30', '2026-11-23', calendar)).toBe(0);
  });

  it('rejects malformed input', () => {
    expect(() => addWorkingDays('2026/11/24', 1, calendar)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-24', -1, calendar)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-24', 1.5, calendar)).toThrow(RangeError);
  });

  it('crosses month and year ends', () => {
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it.each([
    ['2026-11-24T16:30:00Z', 'Asia/Shanghai', '2026-11-25'],
    ['2026-11-24T15:59:59Z', 'Asia/Shanghai', '2026-11-24'],
    ['2026-11-24T16:30:00Z', 'UTC', '2026-11-24'],
    ['2026-11-24T23:30:00Z', 'Asia/Urumqi', '2026-11-25'],
    ['2026-03-29T00:30:00Z', 'Europe/London', '2026-03-29'],
    ['2026-12-31T16:00:00Z', 'Asia/Shanghai', '2027-01-01'],
  ])('takes the civil date of %s in %s: %s', (instant, zone, date) => {
    expect(civilDate(new Date(instant), zone)).toBe(date);
  });

  it('tells today from the clock in its zone', () => {
    const at = new Date('2026-11-24T23:30:00Z');
    expect(new FixedClock(at).today()).toBe('2026-11-25');
    expect(new FixedClock(at, 'UTC').today()).toBe('2026-11-24');
    expect(new FixedClock(at, 'UTC').dateOf(new Date('2026-01-01T00:00:00Z'))).toBe('2026-01-01');
  });

  it('counts n working days as stepping one day at a time does: any start, any n, any calendar', () => {
    const day = fc.integer({ min: 0, max: 800 }).map((i) => addCalendarDays('2025-12-01', i));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 40 }),
        fc.uniqueArray(day, { maxLength: 30 }),
        fc.uniqueArray(day, { maxLength: 10 }),
        (start, n, rest, work) => {
          const cal = buildCalendar({
            holidays: rest.map((date) => ({ date, name: '假' })),
            workdays: work.map((date) => ({ date, name: '班' })),
          });
          let expected = start;
          if (n === 0) while (!isWorkingDay(expected, cal)) expected = addCalendarDays(expected, 1);
          for (let left = n; left > 0;) {
            expected = addCalendarDays(expected, 1);
            if (isWorkingDay(expected, cal)) left -= 1;
          }
          expect(addWorkingDays(start, n, cal)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses a malformed end rather than walking towards it', () => {
    expect(() => workingDaysBetween('2026-11-23', 'soon', calendar)).toThrow(RangeError);
  });
});
