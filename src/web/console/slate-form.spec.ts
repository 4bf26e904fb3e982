import { describe, expect, it } from '@jest/globals';
import { parseSlate } from './slate-form.js';

describe('slate typed on the vetting page', () => {
  it('reads one candidate a line with any common separator', () => {
    expect(parseSlate('A001 区财政局副局长\nA002，区教育局局长\n\nA003\t某镇党委书记\nA004、区卫生健康局副局长')).toEqual({
      lines: [
        { personNo: 'A001', proposedPost: '区财政局副局长' },
        { personNo: 'A002', proposedPost: '区教育局局长' },
        { personNo: 'A003', proposedPost: '某镇党委书记' },
        { personNo: 'A004', proposedPost: '区卫生健康局副局长' },
      ],
      errors: [],
    });
  });

  it('names each bad line', () => {
    expect(parseSlate('A001\nA002 局\nA003 区教育局局长\nA003 区财政局局长').errors).toEqual([
      '第 1 行：应为“人员编号 拟任职务”',
      '第 2 行：请填写拟任职务',
      '第 4 行：人员编号 A003 重复',
    ]);
    expect(parseSlate('  \n').errors).toEqual(['请至少填写一名拟任人选']);
  });
});
