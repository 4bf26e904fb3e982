import { describe, expect, it } from '@jest/globals';
import { conflictingFacts, sharedFacts, tipFacts } from './facts.js';

const received = new Date('2026-11-20T08:00:00Z');
const shared = (a: string, b: string) => sharedFacts(tipFacts(a, received), tipFacts(b, received)).map((f) => `${f.kind}:${f.text}`);

describe('facts a retelling keeps', () => {
  it.each([
    // first tip, its retelling → the facts both state
    ['2026年3月在“老地方茶楼”送了现金6万元', '今年三月份在老地方茶楼给了六万块', ['TIME:2026年3月', 'AMOUNT:6万元', 'PLACE:老地方茶楼']],
    [
      '2024年起在“青川宏达机械制造有限公司”担任顾问，每月5000元',
      '在宏达机械公司当顾问每个月拿五千块',
      ['AMOUNT:5000元', 'ORGANIZATION:青川宏达机械制造有限公司'],
    ],
    ['出生时间为1971年6月，实际为1969年6月', '实际是69年的，档案上写的71年', ['YEAR:1971年', 'YEAR:1969年']],
    ['七八月份跑了好几趟', '2026年7月先后三次到区委组织部', ['TIME:2026年7月']],
    ['今年春节前送了红包', '2026年春节给局长拜年送了红包', ['TIME:2026年春节']],
    ['名下住房4套、商铺2间', '房子4套商铺2间', ['COUNT:4套', 'COUNT:2间']],
    ['他在会上说“这个位子我等了七年了”', '他讲等了七年再不提就不干了', []],
    ['他在会上说“这个位子我等了七年了”', '他说“等了七年，再不提就不干了”', ['QUOTE:等了七年，再不提就不干了']],
    ['妻子已移居澳大利亚', '老婆孩子都在澳大利亚', ['PLACE:澳大利亚']],
    ['去年3月收了钱', '2026年3月收了钱', []], // 2025 and 2026: another March
    ['收了好几万', '收了三万', []], // 好几万 is no amount
    ['在区人民医院工作时', '区人民医院的医生', []], // 人民医院 names no place apart from others
  ])('%s / %s', (a, b, expected) => {
    expect(shared(a, b)).toEqual(expected);
  });

  it('tells when two tips state other months, or other amounts', () => {
    const facts = (text: string) => tipFacts(text, received);
    expect(conflictingFacts(facts('3月收了5万元'), facts('10月收了2万元'))).toEqual({ time: true, amount: true });
    expect(conflictingFacts(facts('3月收了5万元'), facts('三月收了五万块'))).toEqual({ time: false, amount: false });
    expect(conflictingFacts(facts('3月收了钱'), facts('收了钱'))).toEqual({ time: false, amount: false });
  });
});
