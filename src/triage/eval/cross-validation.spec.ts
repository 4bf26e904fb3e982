import { describe, expect, it } from '@jest/globals';
import { crossDistrict, crossValidate } from './cross-validation.js';

const none = { best: null, scores: [], transferTarget: null };

describe('cross-validation of the learned model', () => {
  it('predicts each tip with a model that never saw it', () => {
    const tips = [
      { category: 'A', tokens: ['护照'], rules: none },
      { category: 'A', tokens: ['护照', '出国'], rules: none },
      { category: 'B', tokens: ['兼职'], rules: none },
      { category: 'B', tokens: ['兼职', '公司'], rules: none },
      // Its only token is unique: unseen in training, the model cannot know it.
      { category: 'C', tokens: ['唯一'], rules: none },
    ];
    const result = crossValidate(tips, 5, { weight: 0.4, halfWeightAt: 0 });
    expect(result.slice(0, 4).map((r) => r.modelOnly)).toEqual(['A', 'A', 'B', 'B']);
    expect(result[4]!.modelOnly).not.toBe('C');
  });

  it('predicts a district with a model trained only on the others, and lets the rules lead where they speak', () => {
    const others = [
      { category: 'A', tokens: ['护照', '出国'], rules: none },
      { category: 'A', tokens: ['护照'], rules: none },
      { category: 'B', tokens: ['兼职', '公司'], rules: none },
    ];
    const rulesSayB = { best: 'B', scores: [{ code: 'B', score: 5, matched: ['兼职'] }], transferTarget: null };
    const target = [
      { category: 'A', tokens: ['护照'], rules: none },
      { category: 'B', tokens: ['护照'], rules: rulesSayB },
    ];
    const result = crossDistrict(target, others, { weight: 0.4, halfWeightAt: 0 });
    // No rule: the model decides. A rule: the rules' share outweighs the model's 0.4.
    expect(result.map((r) => [r.modelOnly, r.blended])).toEqual([
      ['A', 'A'],
      ['A', 'B'],
    ]);
  });
});
