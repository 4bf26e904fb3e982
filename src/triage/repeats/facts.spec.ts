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
    ['妻子已移居澳大利亚', '老婆孩子都在澳大利亚', ['PLACE:澳大利亚', 'RELATIVE:配偶']],
    ['去年3月收了钱', '2026年3月收了钱', []], // 2025 and 2026: another March
    ['收了好几万', '收了三万', []], // 好几万 is no amount
    ['在区人民医院工作时', '区人民医院的医生', []], // 人民医院 names no place apart from others
    // The same amount said another way: 两万五 is 25000, not 20005.
    ['收了人家两万五', '转账25000元', ['AMOUNT:2.5万元']],
    ['一次给了三千五块', '给了3500元', ['AMOUNT:3500元']],
    ['拿了五万块', '收受5万元', ['AMOUNT:5万元']],
    ['收了两万五', '收了两万', []],
    ['推荐前发红包，每人200', '推荐前发红包 一人两百', ['AMOUNT:200元']], // money handed to each
    ['吃好每人塞两包烟', '每人两包烟', []], // a count of goods, not money
    // A festival and a month it falls in; a part of the year and its months.
    ['过年前后送了两条烟', '2月上旬送烟两条', ['TIME:2月', 'GIFT:烟']],
    ['国庆节那几天去了外地', '10月初一起出去玩', ['TIME:10月']],
    ['中秋送了月饼和酒', '三月份送了酒', []],
    ['去年年底突击进了几个人', '2025年12月调入', ['TIME:2025年12月']],
    ['今年初就定好了人选', '1月份开会定的人', ['TIME:2026年1月']],
    ['年底前补办的手续', '今年6月补办的', []],
    ['这年头当官不容易', '12月提拔', []], // 这年头 is no time
    // People counted with any measure word.
    ['直接进了五个人', '调入五名工作人员', ['COUNT:5人']],
    ['先后安排了四位亲戚', '4人都是亲戚', ['COUNT:4人']],
    ['直接进了五个人', '调入六名工作人员', []],
    // A rough count allows the figures it can be; 个 counts people too.
    ['一下提了十来个中层', '共提拔中层干部11人', ['COUNT:11人']],
    ['一下提了十来个中层', '共提拔中层干部18人', []],
    ['提了二十几个人', '提拔了25名干部', ['COUNT:25人']],
    ['站所负责人换了6个', '换了6名站所负责人', ['COUNT:6个']],
    ['一下提了十来个中层', '一下提了十来个中层', ['COUNT:十来个']],
    // Seasons are months too: 夏天 is June to August.
    ['今年夏天找人说情', '2026年7月打电话说情', ['TIME:2026年7月']],
    ['去年冬天找他办的事', '今年夏天找他办的事', []],
    ['秋天开会定的人选', '3月开会定的人选', []],
    ['2025年下半年开始在外面兼职', '去年10月起在公司兼职', ['TIME:2025年10月']],
    ['暑假前后调的人', '7月份调了人', ['TIME:7月']],
    // The relative the story is about, however named: 娃儿 is the son or the daughter.
    ['给外甥安排了副所长', '帮他姐姐的外甥弄了个位子', ['RELATIVE:外甥']],
    ['把儿子调进了局里', '他家娃儿进了局机关', ['RELATIVE:儿子']],
    ['老婆在外面开公司', '他婆姨开了个店', ['RELATIVE:配偶']],
    ['外甥女进了财政所', '外甥进了财政所', []],
    ['侄子当了站长', '外甥当了站长', []],
    // A person's name is no festival or country (书记韩国庆, 庞国庆局长), wherever the tip repeats it.
    ['党委书记韩国庆调走前提了人，韩国庆还说没事', '韩国庆书记走之前提了一批人', []],
    ['局长庞国庆的女儿在韩国读书', '庞国庆局长家女儿去了韩国', ['PLACE:韩国', 'RELATIVE:女儿']],
    ['国庆节前送了两瓶酒', '国庆期间送酒', ['TIME:国庆', 'GIFT:酒']],
    ['副局长国庆期间去了外地', '国庆节出去玩了', ['TIME:国庆']],
    ['今年国庆局长带人去了外地', '国庆节出去玩了', ['TIME:2026年国庆']],
    ['局长英国栋的儿子去了英国', '英国栋局长家儿子在英国', ['PLACE:英国', 'RELATIVE:儿子']],
    // The goods given, in any words: 明前茶 and 茶叶 are tea; drinking is no gift, nor a green card.
    ['每人送了一盒龙井茶', '给科室里的人送茶叶', ['GIFT:茶']],
    ['年前提着两箱茅台去了他家', '拿了好酒上门', ['GIFT:酒']],
    ['给人大代表送了两条烟', '塞了一条中华烟', ['GIFT:烟']],
    ['请大家吃饭喝酒', '送了两瓶酒', []],
    ['他儿子拿了绿卡', '送了超市购物卡', []],
    ['在茶楼送了红包', '送了茶叶', []],
    // 一五一十 is an idiom, not 五一.
    ['把票数一五一十告诉了他', '五一前后把票数告诉了他', []],
  ])('%s / %s', (a, b, expected) => {
    expect(shared(a, b)).toEqual(expected);
  });

  it('tells when two tips state other months, or other amounts', () => {
    const facts = (text: string) => tipFacts(text, received);
    expect(conflictingFacts(facts('3月收了5万元'), facts('10月收了2万元'))).toEqual({ time: true, amount: true });
    expect(conflictingFacts(facts('3月收了5万元'), facts('三月收了五万块'))).toEqual({ time: false, amount: false });
    expect(conflictingFacts(facts('3月收了钱'), facts('收了钱'))).toEqual({ time: false, amount: false });
    expect(conflictingFacts(facts('国庆收了钱'), facts('过年收了钱'))).toEqual({ time: true, amount: false });
    expect(conflictingFacts(facts('端午前后收了钱'), facts('6月收了钱'))).toEqual({ time: false, amount: false });
    expect(conflictingFacts(facts('中秋收了钱'), facts('4月收了钱'))).toEqual({ time: true, amount: false });
  });
});
