import { describe, expect, it } from '@jest/globals';
import { buildCalendar } from '../infra/calendar/working-days.js';
import { median, reminderDay, requestState } from './request-state.js';

const calendar = buildCalendar({ holidays: [{ date: '2026-05-01', name: '劳动节' }], workdays: [] });

describe('requestState', () => {
  it.each([
    [{ status: 'OPEN', dueOn: '2026-05-10', readAt: null }, '2026-05-10', 'SENT'],
    [{ status: 'OPEN', dueOn: '2026-05-10', readAt: new Date() }, '2026-05-10', 'READ'],
    [{ status: 'OPEN', dueOn: '2026-05-10', readAt: new Date() }, '2026-05-11', 'OVERDUE'],
    [{ status: 'ANSWERED', dueOn: '2026-05-10', readAt: null }, '2026-06-01', 'ANSWERED'],
    [{ status: 'CANCELLED', dueOn: '2026-05-10', readAt: null }, '2026-06-01', 'CANCELLED'],
  ] as const)('%o on %s is %s', (r, today, state) => {
    expect(requestState(r, today)).toBe(state);
  });
});

describe('reminderDay', () => {
  it.each([
    ['2026-04-20', '2026-05-06', 2, '2026-05-04'], // Wed 6 May → Mon 4 May
    ['2026-04-20', '2026-05-05', 2, '2026-04-30'], // Tue 5 May → Mon 4, then over the weekend and the 1 May holiday to Thu 30 Apr
    ['2026-04-20', '2026-04-24', 2, '2026-04-22'],
    ['2026-04-23', '2026-04-24', 5, '2026-04-23'], // never before the day it was sent
  ])('sent %s due %s, %d working days before → %s', (sent, due, n, expected) => {
    expect(reminderDay(sent, due, n, calendar)).toBe(expected);
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[3], 3],
    [[5, 1, 3], 3],
    [[1, 2, 3, 10], 2.5],
  ])('%o → %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
