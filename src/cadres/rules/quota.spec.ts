import { describe, expect, it } from '@jest/globals';
import { overQuota, quotaAllows } from './quota.js';

describe('post quotas', () => {
  it.each([
    [{ approved: 3, occupied: 2 }, false, -1, true],
    [{ approved: 3, occupied: 3 }, false, 0, false],
    [{ approved: 3, occupied: 4 }, false, 1, false],
    [{ approved: 3, occupied: 3 }, true, 0, true],
    [{ approved: 0, occupied: 0 }, false, 0, false],
  ])('%p (already counted: %p) → over %i, allows %p', (q, counted, over, allows) => {
    expect(overQuota(q)).toBe(over);
    expect(quotaAllows(q, counted)).toBe(allows);
  });
});
