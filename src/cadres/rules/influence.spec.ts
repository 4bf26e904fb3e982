import { describe, expect, it } from '@jest/globals';
import { endOfMonthsPeriod } from './civil-date.js';
import { influenceLastDay, influenceUntil, sanctionKindOf, sanctionsInEffect, type SanctionFact } from './influence.js';

describe('endOfMonthsPeriod (Civil Code counting)', () => {
  it.each([
    ['2026-03-10', 12, '2027-03-10'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-12-15', 18, '2028-06-15'],
  ])('%s + %i months ends %s', (start, months, end) => {
    expect(endOfMonthsPeriod(start, months)).toBe(end);
  });
});

describe('influence periods', () => {
  const on = (kind: SanctionFact['kind'], effectiveOn: string, probationMonths?: number): SanctionFact => ({
    id: kind,
    kind,
    effectiveOn,
    probationMonths: probationMonths ?? null,
  });

  it.each<[SanctionFact['kind'], number | undefined, string]>([
    ['ADMONISHMENT', undefined, '2026-07-10'],
    ['PARTY_WARNING', undefined, '2027-01-10'],
    ['PARTY_SERIOUS_WARNING', undefined, '2027-07-10'],
    ['PARTY_POST_REMOVAL', undefined, '2028-01-10'],
    ['PARTY_PROBATION', 12, '2029-01-10'],
    ['PARTY_PROBATION', 24, '2030-01-10'],
    ['GOV_WARNING', undefined, '2026-07-10'],
    ['GOV_DEMERIT', undefined, '2027-01-10'],
    ['GOV_MAJOR_DEMERIT', undefined, '2027-07-10'],
    ['GOV_DEMOTION', undefined, '2028-01-10'],
    ['GOV_DISMISSAL', undefined, '2028-01-10'],
    ['REMOVAL_FROM_POST', undefined, '2028-01-10'],
  ])('%s (probation %p) effective 2026-01-10 bars promotion until %s', (kind, probation, lastDay) => {
    expect(influenceLastDay(on(kind, '2026-01-10', probation))).toBe(lastDay);
  });

  it('accountability bars a leadership post for 12 months and a higher level for 24', () => {
    const s = on('ORDERED_RESIGNATION', '2026-01-10');
    expect(influenceLastDay(s, false)).toBe('2027-01-10');
    expect(influenceLastDay(s, true)).toBe('2028-01-10');
  });

  // 记过 effective 2025-11-24 ends 2026-11-24.
  it.each([
    ['the day before the evaluation date', '2025-11-23', false],
    ['on the evaluation date', '2025-11-24', true],
    ['the day after the evaluation date', '2025-11-25', true],
  ])('a period ending %s is %s in effect', (_, effectiveOn, inEffect) => {
    expect(sanctionsInEffect([on('GOV_DEMERIT', effectiveOn)], '2026-11-24')).toHaveLength(inEffect ? 1 : 0);
  });

  it('overlapping periods: the longest end date wins', () => {
    const until = influenceUntil(
      [on('GOV_WARNING', '2026-05-01'), on('PARTY_SERIOUS_WARNING', '2026-02-01'), on('ADMONISHMENT', '2026-06-01')],
      '2026-08-01',
    );
    expect(until).toBe('2027-08-01');
  });

  it('reads the wording of decisions', () => {
    expect(sanctionKindOf('记过')).toBe('GOV_DEMERIT');
    expect(sanctionKindOf('严重警告')).toBe('PARTY_SERIOUS_WARNING');
    expect(sanctionKindOf('党内警告')).toBe('PARTY_WARNING');
    expect(sanctionKindOf(' 诫勉 ')).toBe('ADMONISHMENT');
    expect(sanctionKindOf('表扬')).toBeNull();
  });
});
