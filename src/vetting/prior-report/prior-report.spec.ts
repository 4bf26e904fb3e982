import { describe, expect, it } from '@jest/globals';
import { priorReportPostOf, type PriorReportPost } from './prior-report.js';

/** The seed's posts (config/default.yaml). */
const SEED: PriorReportPost[] = [
  { post: '纪委副书记' },
  { post: '监委副主任' },
  { post: '组织部副部长' },
  { post: '党工委书记', unit: '街道' },
  { post: '办事处主任', unit: '街道' },
];

describe('priorReportPostOf (报备)', () => {
  it.each<[string, string, string | null, string | null]>([
    // Posts written whole, with the unit in the title or in the unit's name.
    ['纪委副书记（正科级）', '纪委副书记（正科级）', '区纪委监委', '纪委副书记'],
    ['the unit in the title', '区纪委副书记', null, '纪委副书记'],
    ['监委副主任, the same office', '区监委副主任', null, '监委副主任'],
    ['组织部副部长 in the title', '区委组织部副部长', null, '组织部副部长'],
    ['副部长 at the 组织部', '副部长', '区委组织部', '组织部副部长'],
    ['常务副部长 at the 组织部 is a 副部长', '常务副部长（正科级）', '县委组织部', '组织部副部长'],
    ['党工委书记、办事处主任 at a 街道', '党工委书记、办事处主任', '某街道', '党工委书记'],
    ['党工委副书记、办事处主任, the 街道 in the title', '城南街道党工委副书记、办事处主任', null, '办事处主任'],
    ['主任 at a 街道办事处', '党工委副书记、主任', '沙湖街道办事处', '办事处主任'],
    ['书记 at a 街道党工委', '书记', '西岭街道党工委', '党工委书记'],
    // Not these posts.
    ['副主任 at a 街道', '办事处副主任', '站前街道办事处', null],
    ['党工委副书记 at a 街道', '党工委副书记', '三家子街道办事处', null],
    ['党工委委员、武装部部长 at a 街道', '党工委委员、武装部部长', '站前街道办事处', null],
    ['党工委书记 of a 开发区 (no 街道)', '党工委书记', '区经济开发区', null],
    ['党工委书记 with no unit named', '党工委书记', null, null],
    ['宣传部副部长', '区委宣传部副部长', null, null],
    ['组织部部长', '部长', '区委组织部', null],
    ['纪工委书记 at a 街道', '党工委委员、纪工委书记', '城南街道办事处', null],
    ['纪委书记 of a 镇', '党委委员、纪委书记', '溪口镇', null],
    // 挂职 posts are held for a time: no 报备.
    ['挂职 (bracketed)', '区委组织部副部长（挂职）', null, null],
    ['挂职 (prefix)', '挂职副部长', '区委组织部', null],
    ['挂职 办事处主任 at a 街道', '挂职办事处主任', '站前街道办事处', null],
    ['a rank is not a post', '一级主任科员', '区委组织部', null],
    ['empty', '', null, null],
  ])('%s', (_, post, unit, expected) => {
    expect(priorReportPostOf(post, unit, SEED)?.post ?? null).toBe(expected);
  });

  it('needs nothing when no post is configured', () => {
    expect(priorReportPostOf('区委组织部副部长', null, [])).toBeNull();
  });
});
