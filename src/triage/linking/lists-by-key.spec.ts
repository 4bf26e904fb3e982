import { describe, expect, it } from '@jest/globals';
import { ListsByKey } from './lists-by-key.js';

type Item = { n: number };
const items = Array.from({ length: 40 }, (_, n): Item => ({ n }));

/** A plain Map of arrays, filled by push: what ListsByKey must answer as. */
function plain(pairs: ReadonlyArray<readonly [string, Item]>): Map<string, Item[]> {
  const out = new Map<string, Item[]>();
  for (const [key, value] of pairs) out.set(key, [...(out.get(key) ?? []), value]);
  return out;
}

describe('ListsByKey', () => {
  it.each([
    ['no keys', []],
    ['one key, one value', [['a', items[0]!]]],
    [
      'one key, two values',
      [
        ['a', items[0]!],
        ['a', items[1]!],
      ],
    ],
    [
      'keys interleaved, order kept',
      [
        ['a', items[2]!],
        ['b', items[1]!],
        ['a', items[0]!],
        ['b', items[3]!],
        ['a', items[4]!],
      ],
    ],
    [
      'a value under two keys',
      [
        ['a', items[0]!],
        ['b', items[0]!],
        ['b', items[1]!],
      ],
    ],
    [
      'the same value twice under a key',
      [
        ['a', items[5]!],
        ['a', items[5]!],
      ],
    ],
    ['a long list and single ones', [...items.map((item) => ['long', item] as const), ['x', items[7]!], ['y', items[8]!]]],
  ] as Array<[string, Array<readonly [string, Item]>]>)('answers as a Map of arrays, before and after seal: %s', (_, pairs) => {
    const lists = new ListsByKey<Item>();
    for (const [key, value] of pairs) lists.add(key, value);
    const expected = plain(pairs);
    for (const sealed of [false, true]) {
      if (sealed) lists.seal();
      expect(lists.size).toBe(expected.size);
      expect([...lists.keys()]).toEqual([...expected.keys()]);
      for (const [key, values] of expected) {
        expect(lists.has(key)).toBe(true);
        expect(lists.get(key)).toEqual(values);
        // The very values added, not copies.
        lists.get(key)!.forEach((value, i) => expect(value).toBe(values[i]));
      }
      expect(lists.has('absent')).toBe(false);
      expect(lists.get('absent')).toBeUndefined();
    }
  });

  it('gives a fresh list for a one-value key, so a caller cannot change what it holds', () => {
    const lists = new ListsByKey<Item>();
    lists.add('a', items[0]!);
    (lists.get('a') as Item[]).push(items[1]!);
    expect(lists.get('a')).toEqual([items[0]]);
  });
});
