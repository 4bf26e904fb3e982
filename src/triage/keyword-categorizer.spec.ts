import { describe, expect, it } from '@jest/globals';
import { taxonomySchema, type CategoryDefinition } from '../infra/config/settings.schema.js';
import { categorizeByKeywords, expandConcepts, RuleCategorizer } from './keyword-categorizer.js';

const categories: CategoryDefinition[] = [
  { code: 'OFFICE_BUYING', name: '买官卖官', severity: 5, keywords: { 买官: 4, 送钱: 2 } },
  { code: 'CANVASSING_BRIBERY', name: '拉票贿选', severity: 5, keywords: { 拉票: 3, 送钱: 2 } },
  {
    code: 'OUT_OF_SCOPE',
    name: '不属于受理范围',
    severity: 1,
    keywords: { 受贿: 2, 拖欠工资: 3 },
    transfer: [
      { target: 'DISCIPLINE', keywords: ['受贿'] },
      { target: 'PETITIONS', keywords: ['拖欠工资'] },
    ],
  },
];

describe('keyword categorizer', () => {
  it('scores every category with the words that count', () => {
    const result = categorizeByKeywords('有人给局长送钱买官，还组织拉票', categories);
    expect(result.best).toBe('OFFICE_BUYING');
    expect(result.scores).toEqual([
      { code: 'OFFICE_BUYING', score: 5, matched: ['买官', '送钱（2类共有）'] },
      { code: 'CANVASSING_BRIBERY', score: 4, matched: ['拉票', '送钱（2类共有）'] },
    ]);
    expect(result.transferTarget).toBeNull();
  });

  it('suggests where an out-of-scope tip goes', () => {
    expect(categorizeByKeywords('单位拖欠工资三个月', categories)).toMatchObject({ best: 'OUT_OF_SCOPE', transferTarget: 'PETITIONS' });
    expect(categorizeByKeywords('某科长受贿', categories)).toMatchObject({ best: 'OUT_OF_SCOPE', transferTarget: 'DISCIPLINE' });
  });

  it('leaves a text without any rule uncategorized', () => {
    expect(categorizeByKeywords('今天天气很好', categories)).toEqual({ best: null, scores: [], transferTarget: null });
  });
});

describe('how specific a piece of evidence is', () => {
  const cat = (code: string, keywords: Record<string, number>, transfer?: CategoryDefinition['transfer']): CategoryDefinition => ({
    code,
    name: code,
    severity: 1,
    keywords,
    ...(transfer ? { transfer } : {}),
  });

  it.each([
    // [what, categories, text, expected scores]
    [
      'a word three categories have counts a third in each; one only a category has counts whole',
      [cat('A', { 红包: 3, 提拔: 3 }), cat('B', { 红包: 3 }), cat('C', { 红包: 3 })],
      '送了红包才提拔',
      [
        { code: 'A', score: 4, matched: ['提拔', '红包（3类共有）'] },
        { code: 'B', score: 1, matched: ['红包（3类共有）'] },
        { code: 'C', score: 1, matched: ['红包（3类共有）'] },
      ],
    ],
    [
      'an all-of rule written in another order is the same rule',
      [cat('A', { '推荐+红包': 4 }), cat('B', { '红包+推荐': 4 })],
      '推荐前发红包',
      [
        { code: 'A', score: 2, matched: ['推荐+红包（2类共有）'] },
        { code: 'B', score: 2, matched: ['红包+推荐（2类共有）'] },
      ],
    ],
    [
      'a word found only inside a longer rule word of another category does not count',
      [cat('A', { 兼职: 4 }), cat('B', { 兼职刷单: 5 })],
      '网上兼职刷单日赚三百',
      [{ code: 'B', score: 5, matched: ['兼职刷单'] }],
    ],
    [
      'the same word standing on its own elsewhere in the text still counts',
      [cat('A', { 兼职: 4 }), cat('B', { 兼职刷单: 5 })],
      '招兼职刷单，副局长也在公司兼职',
      [
        { code: 'B', score: 5, matched: ['兼职刷单'] },
        { code: 'A', score: 4, matched: ['兼职'] },
      ],
    ],
    [
      'rules of one category reading the same stretch of text count once, the strongest',
      [cat('A', { 任职年限: 2, 年限不够: 3, '/任职年限[^，。]{0,4}不够/': 4 })],
      '他任职年限根本不够',
      [{ code: 'A', score: 4, matched: ['/任职年限[^，。]{0,4}不够/'] }],
    ],
    [
      'a weaker rule that reads more of the text than the stronger one still counts',
      [cat('A', { 拉票: 5, '/推荐[^。]{0,10}拉票/': 3 })],
      '推荐会前四处拉票',
      [{ code: 'A', score: 8, matched: ['拉票', '/推荐[^。]{0,10}拉票/'] }],
    ],
  ] as Array<[string, CategoryDefinition[], string, unknown]>)('%s', (_, defs, text, expected) => {
    expect(new RuleCategorizer(defs).categorize(text).scores).toEqual(expected);
  });

  it.each([
    ['an SMS typo that keeps one character: counted at 0.8', '选举前拉漂', [{ code: 'A', score: 2.4, matched: ['拉票（同音）'] }]],
    ['an everyday word of the same sound is that word, not a typo (懂事 is not 董事)', '这孩子很懂事', []],
    ['a sound-alike sharing no character is not a typo (简直 is not 兼职)', '简直不像话', []],
    ['a weak two-character word is not looked for by sound (打电 is not 打点)', '打电话', []],
    ['a window holding a grammatical character is ordinary speech (要管 is not 要官)', '这事组织部要管', []],
    ['a character that ends a longer everyday word is that word (组织部写信 is no 补写)', '他给组织部写了好几封信', []],
    ['the same word typed wrong is found (跑关 for 跑官)', '天天跑关', [{ code: 'A', score: 3.2, matched: ['跑官（同音）'] }]],
    ['a longer word is found by sound', '副局长有七个超值数了', [{ code: 'A', score: 4, matched: ['超职数（同音）'] }]],
  ])('sound-alikes: %s', (_, text, expected) => {
    const defs = [cat('A', { 拉票: 3, 董事: 3, 超职数: 5, 兼职: 4, 打点: 2, 要官: 4, 跑官: 4, 补写: 3 })];
    expect(new RuleCategorizer(defs).categorize(text).scores).toEqual(expected);
  });

  it('transfers to the body whose words the text has most of, the first listed on a tie', () => {
    const rules = new RuleCategorizer([
      cat('OUT_OF_SCOPE', { 官司: 3, 工资: 3, 拖欠: 3 }, [
        { target: 'COURT', keywords: ['官司', '起诉'] },
        { target: 'PETITIONS', keywords: ['工资', '拖欠'] },
      ]),
    ]);
    expect(rules.categorize('公司拖欠工资，我想打官司').transferTarget).toBe('PETITIONS');
    expect(rules.categorize('拖欠的事要打官司').transferTarget).toBe('COURT');
    expect(rules.transferTarget('OUT_OF_SCOPE', '与此无关')).toBeNull();
    const split = new RuleCategorizer([
      cat('OUT_OF_SCOPE', { 官司: 3 }, [
        { target: 'COURT', keywords: ['官司'] },
        { target: 'PETITIONS', keywords: ['工资'] },
        { target: 'PETITIONS', keywords: ['拖欠'] },
      ]),
    ]);
    expect(split.transferTarget('OUT_OF_SCOPE', '拖欠工资要打官司')).toBe('PETITIONS');
    expect(rules.transferTarget('NONE', '官司')).toBeNull();
  });
});

describe('concepts and fallback rules', () => {
  const taxonomy = (doc: unknown) => new RuleCategorizer(taxonomySchema.parse(doc).categories);

  it('reads a {concept} in a pattern as its list of ways to say it, and explains the score by the readable key', () => {
    const rules = taxonomy({
      concepts: { 提拔: '提拔|扶正|当上|{动一动}', 动一动: '动一动|挪一挪', 问题: '处分|问责|出过事' },
      categories: [{ code: 'A', name: 'A', severity: 1, keywords: { '/{问题}[^。]{0,20}(还|又)[^，。]{0,4}{提拔}/': 5 } }],
    });
    expect(rules.categorize('去年被问责，今年又扶正了').scores).toEqual([
      { code: 'A', score: 5, matched: ['/{问题}[^。]{0,20}(还|又)[^，。]{0,4}{提拔}/'] },
    ]);
    expect(rules.categorize('出过事的人还能挪一挪').best).toBe('A');
    expect(rules.categorize('去年被问责，今年退休了').best).toBeNull();
    expect(expandConcepts('{a}x{0,3}', { a: 'b|c' })).toBe('(?:b|c)x{0,3}');
  });

  it('refuses a taxonomy whose pattern names an unknown concept', () => {
    const result = taxonomySchema.safeParse({ categories: [{ code: 'A', name: 'A', severity: 1, keywords: { '/{没有}/': 1 } }] });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('unknown concept {没有}');
  });

  it.each([
    ['a rule matches: the fallback words are not read', '某局长受贿，群众投诉', [{ code: 'OUT', score: 3, matched: ['受贿'] }]],
    [
      'nothing but generic words: the fallback decides, and says so',
      '某局用人有问题，群众投诉',
      [
        { code: 'OUT', score: 2, matched: ['投诉（兜底）'] },
        { code: 'OTHER', score: 1, matched: ['用人（兜底）'] },
      ],
    ],
    ['nothing at all: no category', '今天天气很好', []],
  ])('%s', (_, text, expected) => {
    const rules = taxonomy({
      categories: [
        { code: 'OTHER', name: '其他', severity: 1, keywords: { 泄露: 4 }, fallback: { 用人: 1 } },
        { code: 'OUT', name: '不属于受理范围', severity: 1, keywords: { 受贿: 3 }, fallback: { 投诉: 2 } },
      ],
    });
    expect(rules.categorize(text).scores).toEqual(expected);
  });
});
