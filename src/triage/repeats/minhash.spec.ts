import { describe, expect, it } from '@jest/globals';
import { chineseNumber, contentTokens } from '../text/content-tokens.js';
import { bandKeys, estimatedJaccard, minhash, overlapCoefficient } from './minhash.js';

describe('repeat features', () => {
  it('reads Chinese numbers (for the facts), and leaves numbers, counts and times out of the content', () => {
    expect(chineseNumber('五千')).toBe(5000);
    expect(chineseNumber('三万')).toBe(30000);
    expect(chineseNumber('十二')).toBe(12);
    expect(chineseNumber('好几')).toBeNull();
    expect(contentTokens(['每个月', '拿', '五千块', '69', '年', '的', '张三'], new Set(['张三']))).toEqual(['每个月']);
    expect(
      contentTokens(['今年', '9', '月份', '两个', '十来个', '三四年', '好几', '一大堆', '一把手', '送礼', '局里', '市里'], new Set()),
    ).toEqual(['一大堆', '一把手', '送礼', '市里']);
  });

  it('scores a short retelling of a long tip by overlap, and near-identical texts by MinHash', () => {
    const long = ['顾问', '公司', '5000', '报酬', '专项', '资金', '初审', '科室'];
    const short = ['顾问', '公司', '5000', '补助'];
    expect(overlapCoefficient(short, long)).toBe(0.75);
    expect(overlapCoefficient([], long)).toBe(0);
    const a = minhash(long);
    expect(estimatedJaccard(a, minhash([...long]))).toBe(1);
    expect(bandKeys(a)).toEqual(bandKeys(minhash([...long].reverse())));
    expect(estimatedJaccard(a, minhash(['天气', '很好', '出去', '走走']))).toBeLessThan(0.2);
  });
});
