import { describe, expect, it } from '@jest/globals';
import type { CategoryDefinition } from '../../infra/config/settings.schema.js';
import { RuleCategorizer } from '../keyword-categorizer.js';
import { combineScores, modelWeightFor } from './combine.js';
import { commonSpeech, commonSpeechInPlace } from './dialect.js';
import { readStarterExamples } from '../category-model.service.js';
import { Segmenter } from '../text/segmenter.js';
import { MODEL_FORMAT, modelFeatures, predictNaiveBayes, TEMPER_EXPONENT, trainNaiveBayes, type NaiveBayesModel } from './naive-bayes.js';

const categories: CategoryDefinition[] = [
  { code: 'CANVASSING_BRIBERY', name: '拉票贿选', severity: 5, keywords: { 拉票: 3, '送烟+推荐': 2 } },
  { code: 'OFFICE_BUYING', name: '买官卖官', severity: 5, keywords: { 买官: 3, '/送[^，。]{0,4}万/': 2 } },
  {
    code: 'OUT_OF_SCOPE',
    name: '不属于受理范围',
    severity: 1,
    keywords: { 离婚: 3 },
    transfer: [{ target: 'COURT', keywords: ['离婚'] }],
  },
];
const rules = new RuleCategorizer(categories);

describe('rule categorizer', () => {
  it('explains a score by the rules that matched: words, all-of rules and patterns', () => {
    const result = rules.categorize('推荐会前他挨家送烟，还给领导送了五万');
    expect(result.scores).toEqual([
      { code: 'CANVASSING_BRIBERY', score: 2, matched: ['送烟+推荐'] },
      { code: 'OFFICE_BUYING', score: 2, matched: ['/送[^，。]{0,4}万/'] },
    ]);
  });

  it.each([
    [
      'the context is said: the held-back category counts its share, says why, and yields first place',
      '他收了红包，提拔为副局长',
      'CANVASSING_BRIBERY',
      1.2,
    ],
    ['no context: the category keeps its whole score', '他收了红包，给人办了证', 'OUT_OF_SCOPE', 3],
    ['a sound-alike of the context is no context', '他收了红包，提把为副局长', 'OUT_OF_SCOPE', 3],
  ])('holds a category back by what the tip is about (heldBack): %s', (_, text, best, outOfScope) => {
    const held = new RuleCategorizer([
      { code: 'CANVASSING_BRIBERY', name: '拉票贿选', severity: 5, keywords: { '/提拔为/': 2 } },
      {
        code: 'OUT_OF_SCOPE',
        name: '不属于受理范围',
        severity: 1,
        keywords: { 收了红包: 3 },
        heldBack: { when: ['/提拔为[^，。]{0,3}局长/', '提拔+局长'], share: 0.4, why: '文中说的是干部的提拔任用' },
      },
    ]);
    const result = held.categorize(text);
    expect(result.best).toBe(best);
    const scope = result.scores.find((s) => s.code === 'OUT_OF_SCOPE')!;
    expect(scope.score).toBe(outOfScope);
    expect(scope.matched.includes('文中说的是干部的提拔任用（×0.4）')).toBe(outOfScope < 3);
  });

  it('counts an SMS homophone typo at a discount and says so', () => {
    expect(rules.categorize('鲜副镇长选举前挨家挨户拉漂')).toMatchObject({
      best: 'CANVASSING_BRIBERY',
      scores: [{ code: 'CANVASSING_BRIBERY', score: 2.4, matched: ['拉票（同音）'] }],
    });
  });

  it('reads southern spoken forms as the common-speech words the rules are written with', () => {
    const spoken = new RuleCategorizer([
      { code: 'IRREGULAR_APPOINTMENT', name: '违反程序', severity: 3, keywords: { '/没[^，。]{0,2}开[^，。]{0,3}会就定/': 3 } },
      { code: 'INTERFERENCE', name: '干预', severity: 4, keywords: { '/电话给[^。]{0,8}要他提/': 3, 冇打招呼: 2 } },
    ]);
    expect(spoken.categorize('梁局冇开党组会就定了股长').best).toBe('IRREGULAR_APPOINTMENT');
    expect(spoken.categorize('胡主任打电话俾陈局，要佢提小易').best).toBe('INTERFERENCE');
    // a rule written in dialect still reads its own words, and the common-speech form too
    expect(spoken.categorize('他冇打招呼').best).toBe('INTERFERENCE');
    expect(spoken.categorize('他没打招呼').best).toBe('INTERFERENCE');
    // the explanation names the rule as it is configured
    expect(spoken.categorize('他没打招呼').scores[0]!.matched).toEqual(['冇打招呼']);
    expect(spoken.categorize('梁局开了党组会才定股长').best).toBeNull();
    // 西南 forms too: 莫得, 还莫
    expect(spoken.categorize('梁局还莫开党组会就定了').best).toBe('IRREGULAR_APPOINTMENT');
    expect(spoken.categorize('梁局莫得开党组会就定了').best).toBe('IRREGULAR_APPOINTMENT');
    // 莫 before a step of procedure is 没 too
    expect(spoken.categorize('梁局莫开党组会就定了').best).toBe('IRREGULAR_APPOINTMENT');
  });

  it.each([
    // 西南官话: 莫 before a step of procedure or inquiry is 没; 莫 elsewhere stays
    ['班子会莫开，推荐也莫搞', '班子会没开，推荐也没搞'],
    ['事情莫查完就提了', '事情没查完就提了'],
    ['莫名其妙', '莫名其妙'],
    ['你莫管', '你莫管'],
    // 喊 for 叫, 一天到黑 for 一天到晚, 哈 for 都 before a verb
    ['喊大家推荐他', '叫大家推荐他'],
    ['一天到黑往县城跑', '一天到晚往县城跑'],
    ['局里哈晓得了', '局里都知道了'],
    ['哈哈一笑', '哈哈一笑'],
    // 吴语: 伊 / 伊拉, 阿拉, 侬, 寻, 钞票, 亲眷, 屋里厢, 事体; names that hold the characters stay
    ['伊拉局长寻伊谈过', '他们局长找他谈过'],
    ['阿拉晓得侬拿了钞票', '我们知道你拿了钱'],
    ['是伊屋里厢的亲眷，这种事体', '是他家里的亲戚，这种事情'],
    ['在伊香园吃饭，寻找证据，阿拉伯', '在伊香园吃饭，寻找证据，阿拉伯'],
    // 粤 / 客家: 搵, 点解, 旧年, 依家, 屋企 / 屋下, 成日, 睇, 边个, 嘢, 个仔, 阿叔, 揸车, 跟住, 带返
    ['旧年收人红包 仲提拔 点解', '去年收人红包 还提拔 为什么'],
    ['佢成日去领导屋下坐，依家仲搵人', '他成天去领导家里坐，现在还找人'],
    ['问边个投咗反对票', '问谁投了反对票'],
    ['饮咗酒揸车，送车畀局长个仔', '饮了酒开车，送车给局长儿子'],
    ['跟住我做嘢，档案带返屋企，股份写阿叔个名，自己去睇', '跟着我做事，档案带回家里，股份写叔叔个名，自己去看'],
    // 唔该 is "please", not 不该
    ['唔该查下', '麻烦查下'],
    // 仲 / 系 / 话 only where they are 还 / 是 / 说: 仲裁, 王仲华, 关系, 联系, 系统, 电话, 说话, 这边个人 stay
    ['佢话系佢嘅，仲话要查', '他说是他的，还说要查'],
    ['劳动仲裁找王仲华，靠关系联系系统', '劳动仲裁找王仲华，靠关系联系系统'],
    ['打电话说话，这边个人，餐饮', '打电话说话，这边个人，餐饮'],
  ])('reads %s in common speech as %s', (spoken, common) => {
    expect(commonSpeech(spoken)).toBe(common);
  });

  it.each([
    ['赖局长冇应承，话要按程序', '赖局长没应承，话要按程序'],
    ['佢哋还莫去，晓得咗', '他们还没去，知道了'],
    // 咋 → 怎么 and 钞票 → 钱 would move every character after them: kept as written
    ['咋办？拿了钞票', '咋办？拿了钞票'],
    ['阿拉晓得侬拿了钞票', '我们知道你拿了钞票'],
    // 木 for 没 (Huai speech) before what was not done, not in 树木 or 木材
    ['刘书记木答应，局里木人敢讲', '刘书记没答应，局里没人敢说'],
    ['树木有人砍，木材厂木工多', '树木有人砍，木材厂木工多'],
    // 么 for 没 (西北) before what was not done, not as a particle
    ['周书记么答应，跟这个么关系', '周书记没答应，跟这个没关系'],
    ['这么办要么不办，什么有', '这么办要么不办，什么有'],
  ])('reads %s in common speech in place as %s', (spoken, common) => {
    expect(commonSpeechInPlace(spoken)).toBe(common);
    expect(commonSpeechInPlace(spoken)).toHaveLength(spoken.length);
  });

  it('suggests a transfer target for an out-of-scope tip', () => {
    expect(rules.categorize('我的离婚官司拖了一年')).toMatchObject({ best: 'OUT_OF_SCOPE', transferTarget: 'COURT' });
  });
});

describe('learned model', () => {
  const model = trainNaiveBayes([
    { category: 'A', tokens: ['护照', '出国'] },
    { category: 'A', tokens: ['护照', '移居'] },
    { category: 'B', tokens: ['兼职', '公司'] },
    { category: 'B', tokens: ['顾问', '公司'] },
  ]);

  it('learns which tokens go with which confirmed category', () => {
    const p = predictNaiveBayes(model, ['护照', '出国', '公司']);
    expect(p['A']).toBeGreaterThan(p['B']!);
    // A repeated word is one piece of evidence, not two: a tie stays a tie.
    expect(predictNaiveBayes(model, ['护照', '公司', '护照'])).toEqual({ A: expect.closeTo(0.5, 12), B: expect.closeTo(0.5, 12) });
    expect(p['A']! + p['B']!).toBeCloseTo(1);
    expect(predictNaiveBayes(trainNaiveBayes([]), ['x'])).toEqual({});
  });

  // Latin tokens (no character pairs). A: 2 documents, passport in both, company in one → 3;
  // B: 1 document, abroad → 1; vocabulary 3.
  const tiny = trainNaiveBayes([
    { category: 'A', tokens: ['passport', 'company'] },
    { category: 'A', tokens: ['passport'] },
    { category: 'B', tokens: ['abroad'] },
  ]);
  const tokens = ['passport', 'abroad', 'unknown', 'passport'];

  it('gives the complement posterior exactly, each feature once, tempered by the evidence', () => {
    expect(tiny).toMatchObject({ format: MODEL_FORMAT, classes: { A: { documents: 2, tokens: 3 }, B: { documents: 1, tokens: 1 } } });
    expect(MODEL_FORMAT).toBe(3);
    // passport and abroad, once each (unknown ignored): 2 known features, temperature 2^0.4.
    // A's likelihoods come from B's counts (1 feature; passport 0, abroad 1): (0+1)/5, (1+1)/5;
    // B's from A's (3 features; passport 2, abroad 0): (2+1)/7, (0+1)/7; each divides the prior.
    // P(A) ∝ (2/3 ÷ (1/5 · 2/5))^(1/t); P(B) ∝ (1/3 ÷ (3/7 · 1/7))^(1/t).
    const t = 2 ** 0.4;
    const a = (2 / 3 / ((1 / 5) * (2 / 5))) ** (1 / t);
    const b = (1 / 3 / ((3 / 7) * (1 / 7))) ** (1 / t);
    const first = predictNaiveBayes(tiny, tokens);
    expect(first['A']).toBeCloseTo(a / (a + b), 12);
    expect(first['B']).toBeCloseTo(b / (a + b), 12);
    expect(predictNaiveBayes(tiny, tokens)).toEqual(first);
    // Nothing known: the priors, untempered.
    expect(predictNaiveBayes(tiny, ['constructor'])).toEqual({ A: expect.closeTo(2 / 3, 12), B: expect.closeTo(1 / 3, 12) });
  });

  it('predicts a model stored in format 2 as before: its own counts, each feature once, tempered', () => {
    // P(A) ∝ (2/3 · 3/7 · 1/7)^(1/t); P(B) ∝ (1/3 · 1/5 · 2/5)^(1/t).
    const t = 2 ** 0.4;
    const a = ((2 / 3) * (3 / 7) * (1 / 7)) ** (1 / t);
    const b = ((1 / 3) * (1 / 5) * (2 / 5)) ** (1 / t);
    const p = predictNaiveBayes({ ...tiny, format: 2 }, tokens);
    expect(p['A']).toBeCloseTo(a / (a + b), 12);
    expect(p['B']).toBeCloseTo(b / (a + b), 12);
  });

  it('predicts a model stored in the oldest format as before: every occurrence, untempered', () => {
    const { format: _format, ...older } = tiny;
    // passport twice, abroad once: P(A) ∝ 2/3 · (3/7)² · (1/7); P(B) ∝ 1/3 · (1/5)² · (2/5).
    const a = (2 / 3) * (3 / 7) ** 2 * (1 / 7);
    const b = (1 / 3) * (1 / 5) ** 2 * (2 / 5);
    const p = predictNaiveBayes(older, tokens);
    expect(p['A']).toBeCloseTo(a / (a + b), 12);
    expect(p['B']).toBeCloseTo(b / (a + b), 12);
  });

  it.each([
    [['x'], 1, 1],
    [['x', 'x', 'x'], 1, 1],
    [['x', 'y', 'x'], 1, 2],
  ])('counts a feature once per tip, however often the tip repeats it: %j', (repeated, x, total) => {
    const once = trainNaiveBayes([{ category: 'A', tokens: repeated }]);
    expect(once.counts['x']).toEqual({ A: x });
    expect(once.classes['A']!.tokens).toBe(total);
  });

  it('is less sure of a tip the more (overlapping) features it rests on than their product says', () => {
    const p = predictNaiveBayes(tiny, ['passport', 'company']);
    // Untempered: A ∝ 2/3 ÷ (1/5 · 1/5) (B holds neither), B ∝ 1/3 ÷ (3/7 · 2/7).
    const a = 2 / 3 / ((1 / 5) * (1 / 5));
    const b = 1 / 3 / ((3 / 7) * (2 / 7));
    expect(p['A']).toBeGreaterThan(0.5);
    expect(p['A']).toBeLessThan(a / (a + b));
  });

  it.each([
    [
      ['跑官', '要官'],
      ['跑官', '要官', '·跑官', '·官要', '·要官'],
    ],
    [
      ['送', '2万'],
      ['送', '2万'],
    ],
    [
      ['提拔', '。', '他'],
      ['提拔', '。', '他', '·提拔'],
    ],
    [
      ['ab', 'c'],
      ['ab', 'c'],
    ],
  ])('counts the words and their adjacent character pairs: %j', (tokens, features) => {
    expect(modelFeatures(tokens)).toEqual(features);
  });

  it('recognises a phrase cut differently by the pairs it shares', () => {
    const pairs = trainNaiveBayes([
      { category: 'A', tokens: ['拉票', '贿选'] },
      { category: 'B', tokens: ['护照', '出国'] },
    ]);
    const p = predictNaiveBayes(pairs, ['拉', '票']);
    expect(p['A']).toBeGreaterThan(p['B']!);
  });

  it('blends with the rules by weight, decides alone when no rule fires, and records its version', () => {
    const ruled = { best: 'B', scores: [{ code: 'B', score: 3, matched: ['兼职'] }], transferTarget: null };
    const combined = combineScores(ruled, { version: 7, probabilities: { A: 0.9, B: 0.1 } }, 0.4);
    expect(combined).toMatchObject({ best: 'B', modelVersion: 7 });
    expect(combined.scores.find((s) => s.code === 'B')).toMatchObject({ rules: 1, model: 0.1, final: 0.64 });
    const none = { best: null, scores: [], transferTarget: null };
    expect(combineScores(none, { version: 7, probabilities: { A: 0.9, B: 0.1 } }, 0.4).best).toBe('A');
    expect(combineScores(none, null, 0.4)).toEqual({ best: null, scores: [], modelVersion: null });
  });
});

describe('modelWeightFor', () => {
  it.each([
    [0, 0],
    [30, 0.4 * (30 / 230)],
    [200, 0.2],
    [5000, 0.4 * (5000 / 5200)],
  ])('a model learnt from %i confirmations takes %f of the score', (examples, expected) => {
    expect(modelWeightFor(examples, { weight: 0.4, halfWeightAt: 200 })).toBeCloseTo(expected, 6);
  });

  it('a young model no longer overrules the rules on a split decision', () => {
    const rules = {
      best: 'A',
      transferTarget: null,
      scores: [
        { code: 'A', score: 3, matched: ['a'] },
        { code: 'B', score: 2, matched: ['b'] },
      ],
    };
    const model = { version: 1, probabilities: { A: 0.02, B: 0.98 } };
    expect(combineScores(rules, model, 0.4).best).toBe('B');
    expect(combineScores(rules, model, modelWeightFor(30, { weight: 0.4, halfWeightAt: 200 })).best).toBe('A');
    expect(combineScores(rules, model, modelWeightFor(2000, { weight: 0.4, halfWeightAt: 200 })).best).toBe('B');
  });
});

/**
 * Format 3's prediction written out plainly: new Set(modelFeatures(tokens)), each category's
 * likelihoods summed from the other categories' counts per feature.
 */
function plainPrediction(model: NaiveBayesModel, tokens: readonly string[]): Record<string, number> {
  const categories = Object.keys(model.classes);
  const others = (c: string, value: (o: string) => number) => categories.filter((o) => o !== c).reduce((sum, o) => sum + value(o), 0);
  const logs = categories.map((c) => Math.log(model.classes[c]!.documents / model.documents));
  let known = 0;
  for (const feature of new Set(modelFeatures(tokens))) {
    if (!Object.hasOwn(model.counts, feature)) continue;
    known += 1;
    const perClass = model.counts[feature]!;
    categories.forEach(
      (c, k) =>
        (logs[k]! -= Math.log(
          (others(c, (o) => perClass[o] ?? 0) + 1) / (others(c, (o) => model.classes[o]!.tokens) + model.vocabulary + 1),
        )),
    );
  }
  const temperature = Math.max(1, known ** TEMPER_EXPONENT);
  const max = Math.max(...logs);
  const exp = logs.map((l) => Math.exp((l - max) / temperature));
  const sum = exp.reduce((a, b) => a + b, 0);
  return Object.fromEntries(categories.map((c, i) => [c, exp[i]! / sum]));
}

describe('predictNaiveBayes on real tips', () => {
  it('gives exactly the plain computation (same sums, same order) for every tip, twice (cached rows)', () => {
    const segmenter = new Segmenter();
    const examples = readStarterExamples('config').map((e) => ({ category: e.category, tokens: segmenter.tokens(e.text) }));
    expect(examples.length).toBeGreaterThan(100);
    // Trained on every other example, predicted on all: known and unknown words and pairs.
    const model = trainNaiveBayes(examples.filter((_, i) => i % 2 === 0));
    const odd = [['·张三', '张三', '', 'ab张', '三李', '2026年', '李四·王', '·张三'], ['', ''], [], ['constructor', '__proto__']];
    for (const tokens of [...examples.map((e) => e.tokens), ...odd]) {
      const expected = plainPrediction(model, tokens);
      expect(predictNaiveBayes(model, tokens)).toEqual(expected);
      expect(predictNaiveBayes(model, tokens)).toEqual(expected);
    }
  });
});
