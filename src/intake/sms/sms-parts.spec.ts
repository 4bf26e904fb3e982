import { describe, expect, it } from '@jest/globals';
import { assembleParts } from './sms-parts.js';

describe('concatenated SMS', () => {
  it('puts parts in order whatever order they came in', () => {
    expect(
      assembleParts(
        [
          { part: 3, body: '丙' },
          { part: 1, body: '甲' },
          { part: 2, body: '乙' },
        ],
        3,
      ),
    ).toEqual({ text: '甲乙丙', missing: [] });
  });
  it('marks the place of a part that never came', () => {
    expect(
      assembleParts(
        [
          { part: 1, body: '甲' },
          { part: 3, body: '丙' },
        ],
        3,
      ),
    ).toEqual({ text: '甲〔第2/3段未收到〕丙', missing: [2] });
  });
});
