import { describe, expect, it } from '@jest/globals';
import { textOf } from './text-of.js';

describe('textOf', () => {
  it.each<[string, unknown, string]>([
    ['string as it is', ' 张三 ', ' 张三 '],
    ['number', 42, '42'],
    ['bigint', 10n, '10'],
    ['boolean', false, 'false'],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['date', new Date('2026-03-01T00:00:00Z'), '2026-03-01T00:00:00.000Z'],
    ['invalid date', new Date('x'), ''],
    ['object as JSON', { text: '甲' }, '{"text":"甲"}'],
    ['array as JSON', ['1', '2'], '["1","2"]'],
    ['symbol', Symbol('s'), ''],
  ])('%s', (_name, value, expected) => {
    expect(textOf(value)).toBe(expected);
  });
});
