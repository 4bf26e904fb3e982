import { describe, expect, it } from '@jest/globals';
import { featureVector, LINK_FEATURES, points, priceParts, RULE_WEIGHTS, scoreOf, type ScorePart } from './link-features.js';
import { linkSubjects, readMentions, resolveLinks } from './link-subjects.js';
import { shippedTriageConfig, testIndex } from './test-roster.js';

const config = shippedTriageConfig();
const index = testIndex(config);

describe('link features', () => {
  it.each([
    [3, '+3 分'],
    [-2, '−2 分'],
    [1.64, '+1.6 分'],
    [0, '+0 分'],
  ])('writes %p points as %p', (value, written) => {
    expect(points(value)).toBe(written);
  });

  it.each([
    [
      'full name, unit and post',
      [
        ['nameFull', 1],
        ['unitBeside', 1],
        ['titleFit', 1],
      ],
      9,
    ],
    [
      'surname and post, unit elsewhere',
      [
        ['nameSurnameTitle', 1],
        ['unitNamed', 1],
        ['titleFit', 0.9],
      ],
      5.3,
    ],
    [
      'masked name, wrong unit beside it',
      [
        ['nameMasked', 1],
        ['unitBesideOther', 1],
      ],
      -0.5,
    ],
    [
      'post only, gender and head',
      [
        ['namePost', 1],
        ['head', 1],
        ['genderFit', 1],
        ['unitBeside', 1],
      ],
      5.5,
    ],
    [
      'mention features earn nothing by the rules',
      [
        ['nameFull', 1],
        ['bystander', 1],
        ['crowd', 2],
      ],
      4,
    ],
  ] as const)('prices %s as the rules did', (_case, parts, expected) => {
    const scored: ScorePart[] = parts.map(([feature, amount]) => ({ feature, amount, why: LINK_FEATURES[feature].label }));
    expect(scoreOf(scored, RULE_WEIGHTS)).toBe(expected);
  });

  it('gives each reason its points, notes without, and hides mention features that earn nothing', () => {
    const parts: ScorePart[] = [
      { feature: 'nameSurnameTitle', amount: 1, why: '姓氏与职务称呼：王局长' },
      { feature: null, amount: 0, why: '紧挨着的单位是其过去的单位：金沙街道，不扣分' },
      { feature: 'titleFit', amount: 0.9, why: '职务相符：局长 ≈ 党组书记、局长' },
      { feature: 'crowd', amount: 1, why: '候选人共 2 名' },
    ];
    expect(priceParts(parts, RULE_WEIGHTS)).toEqual({
      score: 3.8,
      reasons: [
        '姓氏与职务称呼：王局长，+2 分',
        '紧挨着的单位是其过去的单位：金沙街道，不扣分',
        '职务相符：局长 ≈ 党组书记、局长，+1.8 分',
      ],
    });
    const weights = { ...RULE_WEIGHTS, crowd: -0.5, titleFit: 1.5 };
    expect(priceParts(parts, weights).reasons.slice(2)).toEqual(['职务相符：局长 ≈ 党组书记、局长，+1.4 分', '候选人共 2 名，−0.5 分']);
    expect(featureVector(parts)).toEqual({ nameSurnameTitle: 1, titleFit: 0.9, crowd: 1 });
  });

  it('reads a tip once and prices it again with other weights, in the same words', () => {
    const text = '区自然资源局副局长李文斌收受下属钱款承诺提拔。';
    const readings = readMentions(text, index);
    expect(resolveLinks(text, readings, config.linking, RULE_WEIGHTS)).toEqual(linkSubjects(text, index, config.linking));
    const rules = resolveLinks(text, readings, config.linking, RULE_WEIGHTS)[0]!.candidates[0]!;
    const heavier = resolveLinks(text, readings, config.linking, { ...RULE_WEIGHTS, unitBeside: 4 })[0]!.candidates[0]!;
    expect(heavier.score).toBe(rules.score + 1);
    expect(rules.reasons.find((r) => r.startsWith('单位相符'))).toMatch(/，\+3 分$/);
    expect(heavier.reasons.find((r) => r.startsWith('单位相符'))).toMatch(/，\+4 分$/);
    expect(readings[0]!.candidates.map((c) => featureVector(c.parts))).toContainEqual(
      expect.objectContaining({ nameFull: 1, unitBeside: 1, uniqueName: 1 }),
    );
  });

  it('holds homonyms for a person whatever the unit weighs when no unit is said', () => {
    const text = '王建国到处跑官要官。';
    const readings = readMentions(text, index);
    for (const unitBeside of [1, 3, 6]) {
      const [person] = resolveLinks(text, readings, config.linking, { ...RULE_WEIGHTS, unitBeside });
      expect(person!.status).toBe('CANDIDATES');
      expect(person!.candidates[0]!.reasons.at(-1)).toContain('需人工确认');
    }
  });
});
