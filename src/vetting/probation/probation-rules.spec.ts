import { describe, expect, it } from '@jest/globals';
import { morningOf, needsProbation, probationEndsOn } from './probation-rules.js';

describe('probation (试用期)', () => {
  it.each([
    ['2026-03-10', 12, '2027-03-10'],
    ['2028-02-29', 12, '2029-02-28'], // a leap day: the month's last day
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-12-15', 12, '2027-12-15'],
  ])('appointed %s, %i months: ends %s', (start, months, end) => {
    expect(probationEndsOn(start, months)).toBe(end);
  });

  it.each([
    [true, false, true, 'promoted to an appointed post'],
    [true, true, false, 'elected post (选任制)'],
    [false, false, false, 'a transfer at the same level'],
  ])('promotion %s, elected %s: probation %s (%s)', (promotion, elected, expected) => {
    expect(needsProbation({ promotion, elected })).toBe(expected);
  });

  it('the reminder falls at 09:00 China time on the last day', () => {
    expect(new Date(morningOf('2027-03-10')).toISOString()).toBe('2027-03-10T01:00:00.000Z');
  });
});
