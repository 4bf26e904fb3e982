import { describe, expect, it } from '@jest/globals';
import { linkSubjects, readMentions } from './link-subjects.js';
import {
  accusedProbability,
  fitRoleModel,
  mentionedReason,
  mentionRoleFeatures,
  ROLE_FEATURE_NAMES,
  type RoleExample,
  type RoleFeature,
  type RoleModel,
} from './role-model.js';
import { SHIPPED_ROLE_MODEL } from './role-weights.js';
import { shippedTriageConfig, testIndex } from './test-roster.js';

const config = shippedTriageConfig();
const index = testIndex(config);

/** A model giving these weights (others 0). */
const model = (weights: Partial<Record<RoleFeature, number>>, intercept: number, threshold = 0.5): RoleModel => ({
  weights: Object.fromEntries(ROLE_FEATURE_NAMES.map((f) => [f, weights[f] ?? 0])) as Record<RoleFeature, number>,
  intercept,
  threshold,
});

describe('role features of a mention', () => {
  it.each([
    ['区财政局局长王伟把推荐票数告诉了时建华。', '王伟', ['agentVerb', 'clauseSubject', 'misconductNear'], ['toldTo', 'recipient']],
    ['区财政局局长王伟把推荐票数告诉了时建华。', '时建华', ['toldTo', 'recipient', 'afterOther'], ['clauseSubject', 'promoted']],
    ['孙国强给区卫生健康局副局长赵红梅送了五万元。', '赵红梅', ['moneyTo', 'agentVerb'], ['recipient']],
    ['据欧阳明反映，区应急管理局局长孙国强违规提拔关永强。', '欧阳明', ['reporting'], ['agentVerb']],
    ['孙国强给区教育和体育局邵伟股长打招呼，要提他侄子。', '邵伟', ['recipient'], ['agentVerb']],
    ['区市场监督管理局局长张卫东为吴丽说好话。', '吴丽', ['beneficiary'], ['clauseSubject']],
    ['周涛的亲戚在区司法局上班。', '周涛', ['possessive'], ['clauseSubject']],
    ['区应急管理局局长孙国强把关永强提拔为副局长。', '关永强', ['promoted'], ['clauseSubject']],
  ])('%s — %s has %p and not %p', (text, name, present, absent) => {
    const reading = readMentions(text, index).find((r) => r.mention.text === name)!;
    const others = readMentions(text, index)
      .filter((r) => r !== reading)
      .map((r) => r.mention.start);
    const features = mentionRoleFeatures(text, reading.mention, others);
    for (const f of present) expect([f, features[f as RoleFeature]]).toEqual([f, 1]);
    for (const f of absent) expect([f, features[f as RoleFeature]]).toEqual([f, undefined]);
  });
});

describe('the role decision', () => {
  const roles = (text: string, roleModel: RoleModel | null) =>
    linkSubjects(text, index, config.linking, undefined, roleModel).map((l) => [l.mentions[0], l.role, l.roleReason]);

  it.each([
    [
      'the one told the votes is only mentioned, with the reason in Chinese',
      '区财政局局长王伟把推荐票数告诉了时建华，时建华第二天就在局里说自己第一。',
      [
        ['王伟', 'SUBJECT', null],
        ['时建华', 'MENTIONED', '学习模型：在句中是被透露消息的人，列为相关人'],
      ],
    ],
    ['a tip about one person is about that person', '时建华把推荐票数告诉了别人。', [['时建华', 'SUBJECT', null]]],
    [
      'the one who takes the money is accused with the one who gives it',
      '孙国强给区卫生健康局副局长赵红梅送了五万元，赵红梅收下了。',
      [
        ['孙国强', 'SUBJECT', null],
        ['赵红梅', 'SUBJECT', null],
      ],
    ],
    [
      'the one promoted is accused with the one who promoted them',
      '区应急管理局局长孙国强把关永强提拔为副局长，没有民主推荐。',
      [
        ['孙国强', 'SUBJECT', null],
        ['关永强', 'SUBJECT', null],
      ],
    ],
  ])('shipped model: %s', (_case, text, expected) => {
    expect(roles(text, SHIPPED_ROLE_MODEL)).toEqual(expected);
  });

  it('without a model the rules decide (the one told stays accused)', () => {
    expect(roles('区财政局局长王伟把推荐票数告诉了时建华，时建华第二天就在局里说自己第一。', null)).toEqual([
      ['王伟', 'SUBJECT', null],
      ['时建华', 'SUBJECT', null],
    ]);
  });

  it('demotes no one when the model accuses no one (someone else must be accused)', () => {
    const text = '区财政局局长王伟把推荐票数告诉了时建华，时建华第二天就在局里说自己第一。';
    expect(roles(text, model({}, -5))).toEqual(roles(text, null));
  });

  it('accuses one the rules only mention when the model is sure', () => {
    // 给周涛打电话: the rules' bystander cue; a model that ignores the cue accuses both.
    const text = '区应急管理局局长孙国强给青石镇党委书记周涛打电话，要求提拔关永强。';
    expect(roles(text, null)).toContainEqual(['周涛', 'MENTIONED', '被打电话、打招呼的对象']);
    expect(roles(text, model({}, 5))).toContainEqual(['周涛', 'SUBJECT', null]);
  });
});

describe('the role model', () => {
  it('gives the probability and the strongest reason against accusing', () => {
    const m = model({ toldTo: -3, beneficiary: -1, first: 2 }, 1);
    expect(accusedProbability({ first: 1 }, m)).toBeCloseTo(1 / (1 + Math.exp(-3)), 6);
    expect(mentionedReason({ toldTo: 0.5, beneficiary: 1 }, m)).toBe('学习模型：在句中是被透露消息的人，列为相关人');
    expect(mentionedReason({ beneficiary: 1 }, m)).toBe('学习模型：在句中为受益人，列为相关人');
    expect(mentionedReason({ first: 1 }, m)).toBe('学习模型：文中没有说此人有违规行为，列为相关人');
  });

  it('learns that the one told is seldom accused, and keeps the rules’ cue at strong regularization', () => {
    const examples: RoleExample[] = [];
    for (let i = 0; i < 200; i += 1) {
      examples.push({ features: { first: 1, clauseSubject: 1 }, accused: true });
      examples.push({ features: { toldTo: 1 }, accused: i % 10 === 0 });
      examples.push({ features: { ruleCue: 1 }, accused: false });
    }
    const free = fitRoleModel(examples, 1e-6, 0.5);
    expect(free.weights.toldTo).toBeLessThan(-1);
    expect(accusedProbability({ toldTo: 1 }, free)).toBeCloseTo(0.1, 1);
    expect(accusedProbability({ first: 1, clauseSubject: 1 }, free)).toBeGreaterThan(0.9);
    const held = fitRoleModel(examples, 100, 0.5);
    expect(held.weights.ruleCue).toBeCloseTo(-4, 1);
    expect(held.weights.toldTo).toBeCloseTo(0, 1);
  });
});
