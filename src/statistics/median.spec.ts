import { describe, expect, it } from '@jest/globals';
import { medianOfHistogram } from './median.js';

/** The same median as percentile_cont(0.5) over the values written out one by one. */
const expanded = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const p = (sorted.length - 1) / 2;
  return sorted[Math.floor(p)]! + (p - Math.floor(p)) * (sorted[Math.ceil(p)]! - sorted[Math.floor(p)]!);
};

describe('medianOfHistogram', () => {
  it.each([
    { name: 'nothing', histogram: [], median: null },
    { name: 'one value', histogram: [{ value: 12, count: 1 }], median: 12 },
    {
      name: 'odd count',
      histogram: [
        { value: 3, count: 2 },
        { value: 10, count: 1 },
      ],
      median: 3,
    },
    {
      name: 'even count, between two values',
      histogram: [
        { value: 3, count: 1 },
        { value: 10, count: 1 },
      ],
      median: 6.5,
    },
    { name: 'even count, inside one value', histogram: [{ value: 5, count: 4 }], median: 5 },
    {
      name: 'unsorted, zero counts ignored',
      histogram: [
        { value: 40, count: 1 },
        { value: 1, count: 0 },
        { value: 2, count: 1 },
        { value: 9, count: 2 },
      ],
      median: 9,
    },
  ])('$name', ({ histogram, median }) => {
    expect(medianOfHistogram(histogram)).toBe(median);
  });

  it('agrees with the median of the values written out', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round += 1) {
      const histogram = Array.from({ length: 1 + Math.floor(random() * 6) }, () => ({
        value: Math.floor(random() * 90),
        count: Math.floor(random() * 4),
      }));
      const values = histogram.flatMap((h) => Array.from({ length: h.count }, () => h.value));
      expect(medianOfHistogram(histogram)).toBe(expanded(values));
    }
  });
});
