import { describe, expect, it } from '@jest/globals';
import { drawSample } from './random-draw.js';

const people = Array.from({ length: 123 }, (_, i) => `P${String(i).padStart(4, '0')}`);

describe('drawSample', () => {
  it('draws 10% rounded up', () => {
    expect(drawSample(people, 0.1, 'seed-a')).toHaveLength(13);
  });
  it('is reproducible from the seed, whatever the order of the population', () => {
    expect(drawSample([...people].reverse(), 0.1, 'seed-a')).toEqual(drawSample(people, 0.1, 'seed-a'));
  });
  it('differs with another seed', () => {
    expect(drawSample(people, 0.1, 'seed-b')).not.toEqual(drawSample(people, 0.1, 'seed-a'));
  });
  it('refuses a ratio outside (0, 1]', () => {
    expect(() => drawSample(people, 0, 's')).toThrow(RangeError);
    expect(() => drawSample(people, 1.5, 's')).toThrow(RangeError);
  });
});
