/**
 * The tokens that say what a tip is about, for comparing tips: no function words, no
 * single characters, none of the words that only identify people (names, units, titles,
 * 局里 and 镇上: the subject match is made separately), and no numbers, counts or times.
 * How many and when are compared as facts, with what they count (repeats/facts.ts): the
 * 9 of 9月 is not the 9 of 9个人, nor 两个人 两个小时, and a month both tips name would
 * count twice.
 */
const STOPWORDS = new Set(
  (
    '的 了 是 在 和 与 及 或 也 都 就 还 又 把 被 给 让 对 向 从 到 为 以 于 其 他 她 它 我 你 们 这 那 这个 那个 一个 没有 不是 ' +
    '有 说 讲 听说 认为 反映 来电人 来电 请 组织 组织部门 部门 调查 核实 查处 处理 核查 问题 情况 同志 标题 我们 他们 大家 自己 现在 原来 已经 ' +
    '因为 所以 但是 而且 如果 可以 应该 一直 多次 进行 相关 有关 存在 要求 希望 一下 这种 这样 什么 怎么 知道 之前 以后 后来 当时 时候'
  ).split(' '),
);

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** 五千 → 5000, 三万 → 30000, 十二 → 12; other text unchanged. */
export function chineseNumber(text: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(text)) return null;
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of text) {
    if (c in DIGITS) digit = DIGITS[c]!;
    else if (c === '万') {
      total += (section + digit) * 10000;
      section = 0;
      digit = 0;
    } else {
      section += (digit || 1) * UNITS[c]!;
      digit = 0;
    }
  }
  return total + section + digit;
}

/** A number, alone or with a measure word or a unit of time: 5000, 五千块, 两个, 十来个, 三四年, 26日. */
const NUMBER_WORD =
  /^(?:[\d.零〇一二两三四五六七八九十百千万几]+|好几|十来)(?:块钱|块|元|万元|万块|万|千|百|个|名|位|人|次|趟|套|间|条|岁|年|月|天|日|号|周)?$/u;
/** Times said relative to now: compared as facts, not as content. */
const TIME_WORDS = new Set([
  '今年',
  '去年',
  '前年',
  '明年',
  '月份',
  '年底',
  '年初',
  '年末',
  '月底',
  '月初',
  '月中',
  '上旬',
  '中旬',
  '下旬',
]);

/**
 * The tip's own unit said as "here" (局里, 镇上, 院里): it identifies the unit as its name
 * does, and every tip about a 镇 cadre has it. Higher levels (县上, 市里: who called, who
 * decided) remain content.
 */
const OWN_UNIT = new Set(['局里', '镇上', '镇里', '乡上', '乡里', '院里', '所里', '站里', '校里', '科里', '单位上', '单位里', '机关里']);

/** Words a tip's content leaves out: a Set, or anything that answers `has` as one. */
export type WordSet = Pick<ReadonlySet<string>, 'has'>;

export function contentTokens(tokens: readonly string[], identifying: WordSet): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    if (STOPWORDS.has(token) || identifying.has(token) || OWN_UNIT.has(token) || TIME_WORDS.has(token) || NUMBER_WORD.test(token)) continue;
    if (token.length < 2) continue;
    out.push(token);
  }
  return out;
}
