import { describe, expect, it } from '@jest/globals';
import { TitleMatcher, titleFit } from './post-titles.js';

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

describe('ranks and committee posts', () => {
  const more = new TitleMatcher(['书记', '局长', '委员', '组织委员', '调研员', '主任科员', '股长']);

  it.each([
    ['四级调研员', [{ base: '调研员', deputy: false }]], // the rank is all the roster says: tips call them by it
    [
      '党组成员、副局长，二级主任科员',
      [
        { base: '局长', deputy: true },
        { base: '主任科员', deputy: false },
      ],
    ],
    ['人事股股长', [{ base: '股长', deputy: false }]],
  ])('%s', (post, forms) => {
    expect(more.ofPost(post)).toEqual(forms);
  });

  it('does not take a plain committee member for the 组织委员', () => {
    expect(titleFit({ base: '组织委员', deputy: false }, more.ofPost('党委委员、副镇长'))).toBeLessThan(0.5);
    expect(titleFit({ base: '组织委员', deputy: false }, more.ofPost('党委委员、组织委员'))).toBe(1);
    expect(titleFit({ base: '委员', deputy: false }, more.ofPost('党委委员、组织委员'))).toBeGreaterThanOrEqual(0.8);
  });
});

describe('spoken forms of a title', () => {
  const engineers = new TitleMatcher(['局长', '总工程师']);

  it.each([
    ['总工', { base: '总工程师', deputy: false }],
    ['副总工', { base: '总工程师', deputy: true }],
    ['总工程师', { base: '总工程师', deputy: false }],
  ])('reads %s as a form of 总工程师 (蒋总工)', (written, form) => {
    expect(engineers.at(written, 0)).toEqual({ ...form, start: 0, end: written.length, written });
  });

  it('makes no spoken form of a title that is not an engineer', () => {
    expect(engineers.at('局', 0)).toBeNull();
  });
});
