import { describe, expect, it } from '@jest/globals';
import { RULE_WEIGHTS } from '../linking/link-features.js';
import { readMentions } from '../linking/link-subjects.js';
import { shippedTriageConfig, testIndex } from '../linking/test-roster.js';
import { improvesPrecision, roleExamplesOf, summarize, type LinkingDistrict } from './linking-lodo.js';
import { roleConfusion, sentenceAt } from './linking-roles.js';
import { linkingScores } from './metrics.js';

const config = shippedTriageConfig();
const index = testIndex(config);
const tip = (id: string, text: string, subjects: string[], ambiguous = false) => ({
  id,
  text,
  labels: { subjects, ambiguous },
  readings: readMentions(text, index),
});

describe('role confusion', () => {
  const district: LinkingDistrict = {
    name: 'test',
    tips: [
      // Both accused, both linked as accused.
      tip('A', '区应急管理局局长孙国强把关永强提拔为科长，没有民主推荐。', ['T009', 'T023']),
      // The one called is labelled only mentioned, and the rules say so.
      tip('B', '区应急管理局局长孙国强给青石镇党委书记周涛打电话，要求提拔他的亲戚。', ['T009']),
      // The one told is labelled only mentioned; the rules call them accused.
      tip('C', '区财政局局长王伟把推荐票数告诉了时建华，时建华第二天就在局里说自己第一。', ['T018']),
      // The one called is labelled accused; the rules only mention them.
      tip('D', '区应急管理局局长孙国强给青石镇党委书记周涛打电话，要求提拔他的亲戚。', ['T009', 'T011']),
      // An accused never named: not linked.
      tip('E', '区财政局局长王伟违规提拔亲属。', ['T018', 'T019']),
      // Ambiguous tips are not counted.
      tip('F', '陈静副局长收了钱。', ['T016'], true),
    ],
  };

  it('counts each linked person by label and role, and lists what it misjudged with the sentence', () => {
    const { counts, cases } = roleConfusion(district, config.linking, RULE_WEIGHTS);
    expect(counts).toEqual({
      accusedAsAccused: 6,
      accusedAsMentioned: 1,
      mentionedAsAccused: 1,
      mentionedAsMentioned: 1,
      wrongCadre: 0,
      accusedNotLinked: 1,
    });
    expect(cases.map((c) => [c.tip, c.kind])).toEqual([
      ['C', 'mentionedAsAccused'],
      ['D', 'accusedAsMentioned'],
      ['E', 'accusedNotLinked'],
    ]);
    expect(cases[0]!.sentence).toBe('区财政局局长王伟把推荐票数告诉了时建华，时建华第二天就在局里说自己第一。');
    expect(cases[1]!.reason).toBe('被打电话、打招呼的对象');
  });

  it('takes as role examples the linked people of tips naming two or more', () => {
    const examples = roleExamplesOf(district, config.linking);
    expect(examples.filter((e) => e.accused)).toHaveLength(6);
    expect(examples.filter((e) => !e.accused)).toHaveLength(2);
    expect(examples.find((e) => !e.accused && e.features.toldTo)).toBeDefined();
  });

  it('cuts the sentence around a position', () => {
    expect(sentenceAt('甲说了。乙把票数告诉了丙，丙很高兴。丁不知道。', 8)).toBe('乙把票数告诉了丙，丙很高兴。');
  });
});

describe('the role adoption test', () => {
  const scores = (top1Rate: number, precision: number, recall: number, heldRate: number) => ({
    ...linkingScores([]),
    top1Rate,
    precision,
    recall,
    heldRate,
  });
  const result = (rows: Array<[string, number, number, number, number]>) =>
    summarize(
      { regularization: Infinity, autoLinkMinScore: 4.5, autoLinkMargin: 1.5 },
      rows.map(([name, ...f]) => ({ name, scores: scores(...f) })),
    );
  const rules = result([
    ['a', 1, 0.95, 0.97, 1],
    ['b', 0.98, 0.94, 0.95, 0.9],
  ]);

  it.each([
    [
      'precision better in mean and worst, recall down 0.008',
      [
        ['a', 1, 0.96, 0.962, 1],
        ['b', 0.98, 0.95, 0.95, 0.9],
      ],
      true,
    ],
    [
      'the worst district’s precision no better',
      [
        ['a', 1, 0.97, 0.97, 1],
        ['b', 0.98, 0.94, 0.95, 0.9],
      ],
      false,
    ],
    [
      'a district’s recall down 0.02',
      [
        ['a', 1, 0.96, 0.95, 1],
        ['b', 0.98, 0.95, 0.95, 0.9],
      ],
      false,
    ],
    [
      'a district’s held down 0.1',
      [
        ['a', 1, 0.96, 0.97, 1],
        ['b', 0.98, 0.95, 0.95, 0.8],
      ],
      false,
    ],
  ] as Array<[string, Array<[string, number, number, number, number]>, boolean]>)('%s: %p', (_case, rows, passes) => {
    expect(improvesPrecision(result(rows), rules)).toBe(passes);
  });
});
