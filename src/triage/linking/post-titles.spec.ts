import { describe, expect, it } from '@jest/globals';
import { TitleMatcher } from './post-titles.js';

const titles = new TitleMatcher(['书记', '局长', '镇长', '主席', '主任']);

describe('TitleMatcher.ofPost: a roster post read as the roster normaliser reads it', () => {
  it.each([
    [
      '党委副书记、镇长',
      [
        { base: '书记', deputy: true },
        { base: '镇长', deputy: false },
      ],
    ],
    ['副局长（正科级）', [{ base: '局长', deputy: true }]],
    ['副局长（分管人事、公务员管理）', [{ base: '局长', deputy: true }]],
    ['党组成员、副局长', [{ base: '局长', deputy: true }]],
    ['常务副局长', [{ base: '局长', deputy: true }]],
    ['挂职副镇长', [{ base: '镇长', deputy: true }]],
    [
      '党委书记、人大主席',
      [
        { base: '书记', deputy: false },
        { base: '主席', deputy: false },
      ],
    ],
    ['二级主任科员', []],
  ])('%s', (post, forms) => {
    expect(titles.ofPost(post)).toEqual(forms);
  });
});
