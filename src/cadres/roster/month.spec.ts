import { describe, expect, it } from '@jest/globals';
import { parseMonth } from './month.js';

describe('parseMonth', () => {
  it.each([
    ['1969.08', '1969-08'],
    ['1969-08', '1969-08'],
    ['1969/8', '1969-08'],
    ['1969年8月', '1969-08'],
    ['1969年08月', '1969-08'],
    [' 2020.10 ', '2020-10'],
    ['2020-10-15', '2020-10'],
    ['2020年10月15日', '2020-10'],
    [2020.1, '2020-10'],
    [2020.01, '2020-01'],
    [2021.12, '2021-12'],
    [new Date(Date.UTC(2019, 6, 1)), '2019-07'],
  ])('reads %p as %p', (input, expected) => {
    expect(parseMonth(input)).toBe(expected);
  });

  it.each([['1969.13'], ['1969-00'], ['69.08'], ['八月'], [''], ['2020'], ['1850.01'], [null], [undefined], [Number.NaN]])(
    'refuses %p',
    (input) => {
      expect(parseMonth(input)).toBeNull();
    },
  );
});
