import { describe, expect, it } from '@jest/globals';
import { MINHASH_SIZE, estimatedJaccard, minhash, overlapCoefficient } from './minhash.js';
import { minSameMinhash, scoreRepeat, type RepeatCandidate } from './repeat-finder.js';

const settings = { minOverlap: 0.3, minJaccardWithoutSubject: 0.7 };

/** What the database counts for a candidate, computed here from the tokens themselves. */
function counted(tip: string[], other: string[], sharedCadres: number, category: string | null): RepeatCandidate {
  const mine = new Set(tip);
  const theirs = new Set(other);
  const a = minhash(tip);
  const b = minhash(other);
  return {
    sharedCadres,
    category,
    sameMinhash: a.filter((h, i) => h === b[i]).length,
    candidateTokens: theirs.size,
    sharedTokens: [...theirs].filter((t) => mine.has(t)).length,
  };
}

describe('repeat scoring from counts', () => {
  it.each([
    // sharedCadres, category, sameMinhash, candidateTokens, sharedTokens, tip tokens → result
    [1, 'OFFICE_BUYING', 0, 8, 3, 4, { score: 0.75, reasons: ['被反映人相同', '问题类别相同', '内容重合 75%'] }],
    [1, 'OFFICE_BUYING', 0, 8, 1, 4, null], // 25 % shared: not the same matter
    [0, 'OFFICE_BUYING', 0, 8, 4, 4, null], // no shared subject
    [1, 'RUSH_PROMOTION', 0, 8, 4, 4, null], // another category
    [1, null, 0, 8, 4, 4, null], // an earlier tip without a category
    [0, 'RUSH_PROMOTION', 23, 0, 0, 4, { score: 0.72, reasons: ['文字几乎相同（MinHash 相似度 72%）'] }],
    [0, 'RUSH_PROMOTION', 22, 0, 0, 4, null], // 22/32 < 0.7
    [
      1,
      'OFFICE_BUYING',
      32,
      8,
      2,
      4,
      { score: 1, reasons: ['被反映人相同', '问题类别相同', '内容重合 50%', '文字几乎相同（MinHash 相似度 100%）'] },
    ],
    [1, 'OFFICE_BUYING', 0, 0, 0, 4, null], // an empty candidate overlaps nothing
  ] as const)(
    'shared %s, %s, %s equal positions, %s/%s tokens (tip %s)',
    (sharedCadres, category, sameMinhash, candidateTokens, sharedTokens, tipTokens, expected) => {
      expect(
        scoreRepeat(
          { category: 'OFFICE_BUYING', distinctTokens: tipTokens },
          { sharedCadres, category, sameMinhash, candidateTokens, sharedTokens },
          settings,
        ),
      ).toEqual(expected);
    },
  );

  it('gives exactly the figures of overlapCoefficient and estimatedJaccard over the tokens', () => {
    const words = [
      '顾问',
      '公司',
      '5000',
      '报酬',
      '专项',
      '资金',
      '初审',
      '科室',
      '提拔',
      '现金',
      '酒店',
      '推荐',
      '投票',
      '护照',
      '档案',
      '年龄',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = () => words.filter(() => random() < 0.5);
    for (let i = 0; i < 300; i += 1) {
      const tip = pick();
      const other = pick();
      const overlap = overlapCoefficient(tip, other);
      const jaccard = estimatedJaccard(minhash(tip), minhash(other));
      const sameMatter = overlap >= settings.minOverlap;
      const nearCopy = jaccard >= settings.minJaccardWithoutSubject;
      const expected = sameMatter || nearCopy ? Math.round(Math.max(sameMatter ? overlap : 0, jaccard) * 100) / 100 : null;
      const got = scoreRepeat({ category: 'X', distinctTokens: new Set(tip).size }, counted(tip, other, 1, 'X'), settings);
      expect(got?.score ?? null).toBe(expected);
    }
  });

  it('filters by the fewest equal signature positions that reach the Jaccard threshold', () => {
    expect(minSameMinhash(0.7)).toBe(23);
    expect(minSameMinhash(0.5)).toBe(16);
    expect(minSameMinhash(0)).toBe(0);
    expect(minSameMinhash(1)).toBe(MINHASH_SIZE);
    for (const t of [0.1, 0.33, 0.7, 0.71, 0.9]) {
      const same = minSameMinhash(t);
      expect(same / MINHASH_SIZE >= t).toBe(true);
      expect((same - 1) / MINHASH_SIZE >= t).toBe(false);
    }
  });
});
