import { describe, expect, it } from '@jest/globals';
import { DomainException } from '../infra/http/domain-exception.js';
import { bucketLabel, bucketStart, buckets, bucketUnit, isCivilDate, parseRange, percent } from './period.js';

const TODAY = '2026-05-20';

describe('parseRange', () => {
  it.each([
    [{}, { from: '2026-01-01', to: '2026-05-20' }],
    [{ from: '2026-03-01' }, { from: '2026-03-01', to: '2026-05-20' }],
    [
      { from: ' 2025-12-31 ', to: '2026-01-31' },
      { from: '2025-12-31', to: '2026-01-31' },
    ],
    [
      { from: '2026-04-01', to: '2026-04-01' },
      { from: '2026-04-01', to: '2026-04-01' },
    ],
    [
      { from: '', to: '' },
      { from: '2026-01-01', to: '2026-05-20' },
    ],
  ])('%j → %j', (raw, expected) => {
    expect(parseRange(raw, TODAY)).toEqual(expected);
  });

  it.each([
    [{ from: '2026-05-01', to: '2026-04-01' }, '起始日期（2026-05-01）不能晚于截止日期（2026-04-01）'],
    [{ from: '2026-02-30' }, '起始日期应为有效日期'],
    [{ to: '20260101' }, '截止日期应为有效日期'],
    [{ from: '2026-1-1' }, '起始日期应为有效日期'],
    [{ from: "2026-01-01' OR 1=1" }, '起始日期应为有效日期'],
    [{ from: '2010-01-01', to: '2026-01-01' }, '不能超过十年'],
  ])('%j is refused with 400: %s', (raw, message) => {
    try {
      parseRange(raw, TODAY);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainException);
      expect((error as DomainException).status).toBe(400);
      expect((error as DomainException).userMessage).toContain(message);
    }
  });

  it('knows real dates, leap years included', () => {
    expect(isCivilDate('2028-02-29')).toBe(true);
    expect(isCivilDate('2026-02-29')).toBe(false);
    expect(isCivilDate('2026-13-01')).toBe(false);
  });
});

describe('period buckets', () => {
  it.each([
    [{ from: '2026-05-01', to: '2026-05-31' }, 'day'],
    [{ from: '2026-05-01', to: '2026-06-01' }, 'week'],
    [{ from: '2026-01-01', to: '2026-07-02' }, 'week'],
    [{ from: '2026-01-01', to: '2026-07-03' }, 'month'],
  ] as const)('%j is shown %s by %s', (range, unit) => {
    expect(bucketUnit(range)).toBe(unit);
  });

  it.each([
    ['2026-05-20', 'day', '2026-05-20'],
    ['2026-05-20', 'week', '2026-05-18'], // a Wednesday → its Monday
    ['2026-05-18', 'week', '2026-05-18'],
    ['2026-05-24', 'week', '2026-05-18'], // a Sunday belongs to the week before
    ['2026-01-01', 'week', '2025-12-29'], // across a year
    ['2026-05-20', 'month', '2026-05-01'],
  ] as const)('%s in a %s starts on %s', (date, unit, start) => {
    expect(bucketStart(date, unit)).toBe(start);
  });

  it('lists every bucket of the range, empty ones included', () => {
    expect(buckets({ from: '2026-02-27', to: '2026-03-02' }, 'day')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(buckets({ from: '2026-05-06', to: '2026-05-25' }, 'week')).toEqual(['2026-05-04', '2026-05-11', '2026-05-18', '2026-05-25']);
    expect(buckets({ from: '2025-11-15', to: '2026-02-01' }, 'month')).toEqual(['2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01']);
  });

  it('labels buckets in Chinese', () => {
    expect(bucketLabel('2026-03-05', 'day')).toBe('3月5日');
    expect(bucketLabel('2026-03-02', 'week')).toBe('3月2日起');
    expect(bucketLabel('2026-03-01', 'month')).toBe('2026年3月');
  });

  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [0, 5, 0],
    [4, 4, 100],
    [1, 0, null],
  ])('%d of %d is %s%%', (part, whole, expected) => {
    expect(percent(part, whole)).toBe(expected);
  });
});
