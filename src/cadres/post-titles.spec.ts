import { describe, expect, it } from '@jest/globals';
import { isRankOrGrade, postTitles, quotaKey, quotaKeys, quotaTitles } from './post-titles.js';

describe('postTitles', () => {
  it.each([
    ['局长', ['局长']],
    ['党组书记、局长', ['党组书记', '局长']],
    ['党组成员、副局长', ['党组成员', '副局长']],
    ['党委书记，人大主席', ['党委书记', '人大主席']],
    ['副局长（正科级）', ['副局长']],
    ['副局长(正科级)', ['副局长']],
    ['副主任【主持工作】', ['副主任']],
    ['常务副局长', ['副局长']],
    ['局长 党组书记', ['局长', '党组书记']],
    ['科长/二级主任科员', ['科长']],
    ['二级主任科员', []],
    ['四级调研员', []],
    ['副科级', []],
    ['正科', []],
    ['办事员', []],
    ['', []],
    ['局长、局长', ['局长']],
  ])('%s → %j', (raw, titles) => {
    expect(postTitles(raw).map((p) => p.title)).toEqual(titles);
  });

  it('marks temporary and concurrent posts', () => {
    expect(postTitles('挂职副镇长')).toEqual([{ title: '副镇长', temporary: true, concurrent: false }]);
    expect(postTitles('借调工作人员')).toEqual([{ title: '工作人员', temporary: true, concurrent: false }]);
    expect(postTitles('副县长、公安局局长（兼）')).toEqual([
      { title: '副县长', temporary: false, concurrent: false },
      { title: '公安局局长', temporary: false, concurrent: true },
    ]);
    expect(postTitles('兼任党组副书记')).toEqual([{ title: '党组副书记', temporary: false, concurrent: true }]);
  });
});

describe('quotaTitles', () => {
  it.each([
    ['党组成员、副局长', ['党组成员', '副局长']],
    ['副局长（正科级）', ['副局长']],
    ['挂职副镇长', []],
    ['副镇长（挂职）', []],
    ['副镇长（挂职）、党委委员', ['党委委员']],
    [null, []],
  ])('%s → %j', (raw, titles) => {
    expect(quotaTitles(raw)).toEqual(titles);
  });
});

describe('isRankOrGrade', () => {
  it.each([
    ['正科', true],
    ['副处级', true],
    ['四级主任科员', true],
    ['一级调研员', true],
    ['副局长', false],
    ['局长', false],
    ['党组书记', false],
  ])('%s → %s', (level, rank) => {
    expect(isRankOrGrade(level)).toBe(rank);
  });
});

describe('quotaKey', () => {
  it.each([
    ['副科', '副科'],
    [' 四级主任科员 ', '四级主任科员'],
    ['副局长', '副局长'],
    ['副局长（正科级）', '副局长'],
    ['常务副局长', '副局长'],
    ['副科级', '副科'],
    // a grade's leadership posts as a 三定 ruling writes them
    ['副科级领导职数（党委委员、副镇长等）', '副科'],
    ['正科级领导职数', '正科'],
    ['副处级职数', '副处'],
    ['领导职数', '领导职数'],
  ])('%s → %s', (level, key) => {
    expect(quotaKey(level)).toBe(key);
  });
});

describe('quotaKeys: the quota levels a roster entry occupies', () => {
  it.each([
    ['党组书记、局长', '正科', ['党组书记', '局长', '正科']],
    ['党组成员、副局长', '副科', ['党组成员', '副局长', '副科']],
    ['副局长（正科级）', '正科', ['副局长', '正科']],
    ['党组成员、副局长', '二级主任科员', ['党组成员', '副局长', '副科', '二级主任科员']],
    ['人大主席团副主席', '三级主任科员', ['人大主席团副主席', '副科', '三级主任科员']],
    ['党委委员、武装部部长', '副科', ['党委委员', '武装部部长', '副科']],
    ['镇长', '一级主任科员', ['镇长', '正科', '一级主任科员']],
    ['挂职副局长', '副科', []],
    ['副镇长（挂职）', '副科', []],
    ['科长', '四级主任科员', ['科长', '四级主任科员']],
    ['办公室主任', '管理八级', ['办公室主任', '管理八级']],
    [null, '副科级', ['副科']],
    ['', null, []],
  ])('%s / %s → %j', (post, level, keys) => {
    expect(quotaKeys(post, level)).toEqual(keys);
  });
});
