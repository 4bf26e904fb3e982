import { describe, expect, it } from '@jest/globals';
import { buildCalendar } from '../infra/calendar/working-days.js';
import { allowedDecisions, proceedAgainstBlock, workingDaysUntil } from './decision-rules.js';

// 2026-05-01..05 劳动节; Saturday 2026-05-09 a make-up working day.
const calendar = buildCalendar({
  holidays: [{ from: '2026-05-01', to: '2026-05-05', name: '劳动节' }],
  workdays: [{ date: '2026-05-09', name: '调休' }],
});

describe('workingDaysUntil', () => {
  it.each([
    ['the next working day', '2026-04-27', '2026-04-28', { days: 1 }],
    ['across a weekend', '2026-04-24', '2026-04-27', { days: 1 }],
    ['across the holiday', '2026-04-30', '2026-05-06', { days: 1 }],
    ['onto a make-up Saturday', '2026-05-08', '2026-05-09', { days: 1 }],
    ['three weeks', '2026-03-02', '2026-03-20', { days: 14 }],
  ])('%s', (_, sentOn, dueOn, expected) => {
    expect(workingDaysUntil(sentOn, dueOn, calendar)).toEqual(expected);
  });

  it.each([
    ['today', '2026-04-27', '2026-04-27', '应晚于今天'],
    ['a past date', '2026-04-27', '2026-04-20', '应晚于今天'],
    ['a Sunday', '2026-04-27', '2026-05-10', '不是工作日'],
    ['a public holiday', '2026-04-27', '2026-05-01', '不是工作日'],
    ['more than 60 working days away', '2026-01-05', '2026-06-30', '不超过 60 个工作日'],
  ])('refuses %s', (_, sentOn, dueOn, message) => {
    const result = workingDaysUntil(sentOn, dueOn, calendar);
    expect('error' in result && result.error).toContain(message);
  });
});

describe('allowedDecisions', () => {
  it.each([
    ['CASE', 'REPORT', ['PROCEED', 'VERIFY_FURTHER', 'TRANSFER', 'CLOSE']],
    ['OVERDUE_REQUEST', 'REPORT', ['PROCEED', 'VERIFY_FURTHER', 'TRANSFER', 'CLOSE']],
    ['OVERDUE_REQUEST', 'VETTING_CANDIDATE', ['PROCEED', 'VERIFY_FURTHER']],
    ['VETTING_CANDIDATE', 'VETTING_CANDIDATE', ['PROCEED', 'VERIFY_FURTHER']],
    ['FREE', null, ['PROCEED']],
  ] as const)('%s about %s', (kind, subject, expected) => {
    expect(allowedDecisions(kind, subject)).toEqual(expected);
  });
});

describe('proceedAgainstBlock', () => {
  const blocked = { verdict: 'BLOCK' as const };
  it.each([
    ['proceeding with a blocked candidate, unconfirmed', 'PROCEED', blocked, false, 'NEEDS_CONFIRMATION'],
    ['proceeding with a blocked candidate, confirmed', 'PROCEED', blocked, true, 'CONFIRMED'],
    ['proceeding with a candidate who passes', 'PROCEED', { verdict: 'PASS' as const }, false, 'ALLOWED'],
    ['proceeding with a candidate still pending', 'PROCEED', { verdict: 'PENDING' as const }, false, 'ALLOWED'],
    ['verifying a blocked candidate further', 'VERIFY_FURTHER', blocked, false, 'ALLOWED'],
    ['proceeding with a case (no candidate)', 'PROCEED', null, false, 'ALLOWED'],
  ] as const)('%s', (_, decision, candidate, confirmed, expected) => {
    expect(proceedAgainstBlock(decision, candidate, confirmed)).toBe(expected);
  });
});
