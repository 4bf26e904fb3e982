import { describe, expect, it } from '@jest/globals';
import { MINHASH_SIZE, estimatedJaccard, minhash, overlapCoefficient } from './minhash.js';
import {
  leadingCategories,
  minSameMinhash,
  requiredSharedCadres,
  scoreCandidates,
  scoreRepeat,
  type RepeatCandidate,
} from './repeat-finder.js';
import { shippedTriageConfig } from '../linking/test-roster.js';
import type { SharedFact } from './facts.js';

const settings = shippedTriageConfig().repeats;

/** A candidate sharing a subject and 20% of the tip's content, with facts. */
function candidate(overrides: Partial<RepeatCandidate> = {}): RepeatCandidate {
  return { sharedCadres: 1, categories: ['OFFICE_BUYING'], sameMinhash: 0, candidateTokens: 10, sharedTokens: 2, facts: [], ...overrides };
}
const tip = { categories: ['OFFICE_BUYING'], distinctTokens: 10 };
const time: SharedFact = { kind: 'TIME', text: '2026年3月' };
const amount: SharedFact = { kind: 'AMOUNT', text: '6万元' };
const place: SharedFact = { kind: 'PLACE', text: '老地方茶楼' };

describe('repeat scoring: same subject plus evidence of the same story', () => {
  const linked = (n = 1) => ({ role: 'SUBJECT', status: 'LINKED' as const, candidates: Array.from({ length: n }, (_, i) => i) });
  const open = (n: number) => ({ role: 'SUBJECT', status: 'CANDIDATES' as const, candidates: Array.from({ length: n }, (_, i) => i) });
  const witness = { role: 'WITNESS', status: 'LINKED' as const, candidates: [0] };
  it.each([
    // the tip's subjects → how many of its cadres another tip must name too
    ['one linked subject', [linked()], 1],
    ['a linked subject and another left open', [linked(), open(2)], 1],
    ['one subject left open between two namesakes', [open(2)], 2],
    ['two subjects left open, between two and three', [open(3), open(2)], 2],
    ['no subject (a witness only)', [witness], 1],
    ['nobody', [], 1],
  ] as const)('%s', (_what, subjects, required) => {
    expect(requiredSharedCadres(subjects)).toBe(required);
  });

  it.each([
    // a tip whose subject is one of two namesakes (both candidates are its cadres) → repeat or not
    ['another about one of them, however alike', candidate({ sharedCadres: 1, sharedTokens: 8 }), false],
    ['another leaving the same two open, telling the same', candidate({ sharedCadres: 2, sharedTokens: 8 }), true],
    ['another about one of them, near-identical text', candidate({ sharedCadres: 1, sameMinhash: 30 }), true],
  ] as const)('open subject: %s', (_what, c, repeat) => {
    expect(scoreRepeat({ ...tip, minSharedCadres: 2 }, c, settings) !== null).toBe(repeat);
  });

  it.each([
    // what the candidate shares → repeat or not
    ['subject, category and 20% of content only', candidate(), false],
    ['subject, category, 20% of content and a month', candidate({ facts: [time] }), true],
    ['subject, category and 30% of content', candidate({ sharedTokens: 3 }), true],
    [
      'subject and category, 10% of content, a month, an amount and a place',
      candidate({ sharedTokens: 1, facts: [time, amount, place] }),
      true,
    ],
    ['subject, 60% of content, but another category', candidate({ sharedTokens: 6, categories: ['RUSH_PROMOTION'] }), false],
    [
      'subject, another category, 40% of content and the month, amount and place of the story',
      candidate({ sharedTokens: 4, categories: ['RUSH_PROMOTION'], facts: [time, amount, place] }),
      true,
    ],
    [
      "subject, the other's runner-up category and 40% of content",
      candidate({ sharedTokens: 4, categories: ['RUSH_PROMOTION', 'OFFICE_BUYING'] }),
      true,
    ],
    [
      'no shared subject, whatever the content and facts',
      candidate({ sharedCadres: 0, sharedTokens: 8, facts: [time, amount, place] }),
      false,
    ],
    [
      'subject and category, 40% of content, but other months and amounts',
      candidate({ sharedTokens: 4, conflicts: { time: true, amount: true } }),
      false,
    ],
    ['nothing in common but near-identical text', candidate({ sharedCadres: 0, sameMinhash: 23 }), true],
    // Retold in other words (another channel, a dialect): no content in common, but the subject,
    // the category and a detail of the story, and nothing that differs.
    ['subject, category and a month, no content in common', candidate({ sharedTokens: 0, facts: [time] }), true],
    ['subject, category and a place, no content in common', candidate({ sharedTokens: 0, facts: [place] }), true],
    [
      'subject, category and a month, no content in common, but another amount',
      candidate({ sharedTokens: 0, facts: [time], conflicts: { time: false, amount: true } }),
      false,
    ],
    [
      'subject and a month, no content in common, another category',
      candidate({ sharedTokens: 0, facts: [time], categories: ['RUSH_PROMOTION'] }),
      false,
    ],
    ['subject and category, no content and no fact in common', candidate({ sharedTokens: 0 }), false],
    // A share of a tip of one or two words is taken out of three: one word of one is no 100%.
    [
      'subject and 1 word of a one-word tip, the other placed in no category',
      candidate({ sharedTokens: 1, candidateTokens: 1, categories: [] }),
      false,
    ],
    // The other tip in no category: nothing says they are of one kind, content must say more.
    ['subject and 30% of content, the other placed in no category', candidate({ sharedTokens: 3, categories: [] }), false],
    ['subject and 40% of content, the other placed in no category', candidate({ sharedTokens: 4, categories: [] }), true],
    ['subject, 20% of content and a month, the other placed in no category', candidate({ facts: [time], categories: [] }), true],
  ] as const)('%s', (_what, c, repeat) => {
    expect(scoreRepeat(tip, c, settings) !== null).toBe(repeat);
  });

  it.each([
    // a tip of few content words (an SMS in shorthand) against a long one → repeat or not
    ['same subject and category, nothing shared, nothing differing', 2, candidate({ sharedTokens: 0, candidateTokens: 30 }), true],
    ['same subject, another category', 2, candidate({ sharedTokens: 0, candidateTokens: 30, categories: ['RUSH_PROMOTION'] }), false],
    [
      'same subject and category, but another month',
      2,
      candidate({ sharedTokens: 0, candidateTokens: 30, conflicts: { time: true, amount: false } }),
      false,
    ],
    [
      'same subject and category, but another amount',
      1,
      candidate({ sharedTokens: 0, candidateTokens: 30, conflicts: { time: false, amount: true } }),
      false,
    ],
    ['a tip with enough words that share none', 6, candidate({ sharedTokens: 0, candidateTokens: 30 }), false],
    ['a brief tip of no category', 2, candidate({ sharedTokens: 0, candidateTokens: 30, categories: [] }), false],
  ] as const)('a brief tip: %s', (_what, words, c, repeat) => {
    const brief = { categories: ['OFFICE_BUYING'], distinctTokens: words };
    expect(scoreRepeat(brief, c, settings) !== null).toBe(repeat);
    // Either way round: the earlier tip may be the short one.
    expect(scoreRepeat({ ...brief, distinctTokens: 30 }, { ...c, candidateTokens: words }, settings) !== null).toBe(repeat);
  });

  it('takes a few words alike for a copy only with a shared subject or enough words', () => {
    // Four words of five alike (帮老同学打招呼): a stock phrase about other people.
    const short = { categories: ['INTERFERENCE'], distinctTokens: 4 };
    const alike = { sharedCadres: 0, sameMinhash: 25, candidateTokens: 5, sharedTokens: 4 };
    expect(scoreRepeat(short, candidate(alike), settings)).toBeNull();
    expect(
      scoreRepeat({ ...short, distinctTokens: 12 }, candidate({ ...alike, candidateTokens: 13, sharedTokens: 11 }), settings),
    ).not.toBeNull();
    expect(scoreRepeat(short, candidate({ ...alike, sharedCadres: 1 }), settings)?.reasons).toContain('文字几乎相同（MinHash 相似度 78%）');
  });

  it('says why, in words staff read, and what the score was', () => {
    const retold = scoreRepeat(
      { categories: ['OFFICE_BUYING'], distinctTokens: 20 },
      candidate({ candidateTokens: 40, sharedTokens: 9, facts: [time, place] }),
      settings,
    );
    expect(retold).toEqual({
      score: 0.45,
      evidence: 5.75,
      reasons: [
        '被反映人相同',
        '问题类别相同',
        '同一时间“2026年3月”',
        '同一地点“老地方茶楼”',
        '同类问题，所述细节一致',
        '内容相近 45%',
        '合计 5.75 分（达到 1.5 分视为同一事项）',
      ],
    });
    const other = scoreRepeat(
      tip,
      candidate({ sharedTokens: 9, categories: ['RUSH_PROMOTION'], conflicts: { time: true, amount: false } }),
      settings,
    );
    expect(other?.reasons).toEqual([
      '被反映人相同',
      '问题类别不同',
      '所述时间不同',
      '内容相近 90%',
      '合计 1.5 分（达到 1.5 分视为同一事项）',
    ]);
    const near = scoreRepeat(tip, candidate({ sharedCadres: 0, sameMinhash: 32 }), settings);
    expect(near).toMatchObject({ score: 1, reasons: ['文字几乎相同（MinHash 相似度 100%）'] });
  });

  it('counts facts up to maxFactPoints', () => {
    const many: SharedFact[] = [time, amount, place, { kind: 'QUOTE', text: '我等了七年' }, { kind: 'COUNT', text: '4套' }];
    expect(scoreRepeat(tip, candidate({ sharedTokens: 0, facts: many }), settings)?.evidence).toBe(
      settings.points.sameCategory + settings.maxFactPoints + settings.points.agreeingStory,
    );
  });

  it('reads the leading categories: the runner-up only when it has half the best score', () => {
    expect(
      leadingCategories('A', [
        { code: 'A', score: 4 },
        { code: 'B', score: 2 },
        { code: 'C', score: 1 },
      ]),
    ).toEqual(['A', 'B']);
    expect(
      leadingCategories('A', [
        { code: 'A', score: 4 },
        { code: 'B', score: 1.5 },
      ]),
    ).toEqual(['A']);
    expect(leadingCategories(null, [{ code: 'A', score: 4 }])).toEqual([]);
  });
});

describe('repeat scoring from counts', () => {
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
      const mine = pick();
      const other = pick();
      const a = minhash(mine);
      const b = minhash(other);
      const overlap = overlapCoefficient(mine, other);
      const jaccard = estimatedJaccard(a, b);
      const theirs = new Set(other);
      const got = scoreRepeat(
        { categories: ['X'], distinctTokens: new Set(mine).size },
        {
          sharedCadres: 1,
          categories: ['X'],
          sameMinhash: a.filter((h, k) => h === b[k]).length,
          candidateTokens: theirs.size,
          sharedTokens: [...theirs].filter((t) => mine.includes(t)).length,
          facts: [],
        },
        settings,
      );
      const brief = Math.min(new Set(mine).size, theirs.size) < settings.minComparableTokens ? settings.points.briefSameStory : 0;
      const evidence = Math.round((settings.points.sameCategory + brief + settings.points.content * overlap) * 100) / 100;
      const repeat = evidence >= settings.minEvidence || jaccard >= settings.minJaccardWithoutSubject;
      expect(got !== null).toBe(repeat);
      if (got) expect(got.score).toBe(Math.round(Math.max(overlap, jaccard) * 100) / 100);
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

describe('scoreCandidates: the facts of candidate tips kept between searches', () => {
  const received = new Date('2026-03-20T02:00:00Z');
  const row = (id: string, body: string) => ({
    id,
    number: `QF-${id}`,
    receivedAt: received,
    category: 'OFFICE_BUYING',
    categoryScores: null,
    body,
    repeatOf: null,
    sharedCadres: 1,
    earlier: true,
    sameMinhash: 0,
    candidateTokens: 30,
    sharedTokens: 3,
  });
  const search = (candidate: ReturnType<typeof row>) => {
    const found = scoreCandidates(
      {
        reportId: '00000000-0000-4000-8000-000000000001',
        body: '去年春节，王局长在老地方茶楼收了宏达公司老板送的两万元现金',
        receivedAt: received,
        categories: ['OFFICE_BUYING'],
        cadreIds: ['00000000-0000-4000-8000-0000000000c1'],
        contentTokens: Array.from({ length: 30 }, (_, i) => `词${i}`),
        minhash: [],
        bands: [],
      },
      [candidate],
      settings,
    );
    return found.map(({ reportId: _id, number: _number, rootId: _root, ...rest }) => rest);
  };

  it('reads a candidate whose text changed again, not from what was kept', () => {
    const same = '春节前在老地方茶楼，宏达公司老板给王局长送了两万元';
    const other = '国庆节在江边饭店，兴业公司老板给王局长送了五千元';
    const first = search(row('c1', same));
    const changed = search(row('c1', other));
    const fresh = search(row('c2', other));
    // The two texts give different evidence, so a stale copy of the first would show.
    expect(changed).not.toEqual(first);
    expect(changed).toEqual(fresh);
    expect(search(row('c1', same))).toEqual(first);
  });
});
