import { describe, expect, it } from '@jest/globals';
import type { CategoryDefinition } from '../infra/config/settings.schema.js';
import { categorizeByKeywords } from './keyword-categorizer.js';

const categories: CategoryDefinition[] = [
  { code: 'OFFICE_BUYING', name: '买官卖官', severity: 5, keywords: { 买官: 3, 送钱: 2 } },
  { code: 'CANVASSING_BRIBERY', name: '拉票贿选', severity: 5, keywords: { 拉票: 3, 送钱: 1 } },
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
      { code: 'OFFICE_BUYING', score: 5, matched: ['买官', '送钱'] },
      { code: 'CANVASSING_BRIBERY', score: 4, matched: ['拉票', '送钱'] },
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
