import { chineseNumber } from '../text/content-tokens.js';

/**
 * The concrete facts of a tip that a retelling keeps whatever its wording: when (a month,
 * a festival, a year), how much (an amount of money), where or with whom (a named place,
 * company or project, a country), and how many (4套, 9人). Two tips that share a subject
 * and several of these tell the same story; a different matter about the same cadre
 * rarely shares them.
 */
export interface TimeFact {
  year: number | null;
  /** One or more months (七八月份 → 7, 8). */
  months: number[];
  festival: string | null;
  text: string;
}

export interface TipFacts {
  times: TimeFact[];
  /** Amounts of money in yuan, with the words that gave them. */
  amounts: Array<{ value: number; text: string }>;
  /** Named places, companies, projects, countries, and words quoted: the distinctive part and the words. */
  names: Array<{ core: string; text: string; quote: boolean; organization: boolean }>;
  /** Counts with their measure word, figures normalised: 四套 → 4套. */
  counts: Array<{ key: string; text: string; low: number; high: number; measure: string }>;
  /** The relatives the tip names (the son, the wife's brother), by kinship: 娃儿 and 孩子 are a child. */
  relatives: Array<{ kin: string; text: string }>;
  /** What was given (送了两条烟, 一盒明前茶), by kind of thing: 明前茶 and 茶叶 are tea. */
  gifts: Array<{ kind: string; text: string }>;
}

export type SharedFact = {
  kind: 'TIME' | 'YEAR' | 'AMOUNT' | 'PLACE' | 'ORGANIZATION' | 'QUOTE' | 'COUNT' | 'RELATIVE' | 'GIFT';
  text: string;
};

const CN = '零〇一二两三四五六七八九十百千万';
const NUM = `(?:\\d+(?:\\.\\d+)?|[${CN}]+)`;

function number(text: string): number | null {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  // 两万五, 三千五: a last figure after 万 or 千 counts in the next unit down (25000, 3500).
  const short = /^(.*)([万千])([一二三四五六七八九])$/u.exec(text);
  if (short) {
    const head = chineseNumber(`${short[1]}${short[2]}`);
    const tail = chineseNumber(short[3]!);
    if (head !== null && tail !== null) return head + tail * (short[2] === '万' ? 1000 : 100);
  }
  return chineseNumber(text);
}

const RELATIVE_YEARS: Record<string, number> = { 今年: 0, 去年: -1, 前年: -2, 明年: 1 };
/** Festivals by every name tips give them: 过年 is 春节. */
const FESTIVALS: Record<string, string> = {
  春节: '春节',
  过年: '春节',
  大年: '春节',
  国庆: '国庆',
  中秋: '中秋',
  端午: '端午',
  元旦: '元旦',
  清明: '清明',
  五一: '五一',
  元宵: '元宵',
};
/**
 * The months a festival falls in, so a retelling that gives the month instead matches
 * (春节 and 2月, 国庆 and 10月). Lunar festivals move: both months they can fall in.
 */
const FESTIVAL_MONTHS: Record<string, number[]> = {
  元旦: [1],
  春节: [1, 2],
  元宵: [2, 3],
  清明: [4],
  五一: [4, 5],
  端午: [5, 6],
  中秋: [9, 10],
  国庆: [9, 10],
};
/** Parts of a year said in words: 年底 is November or December, 年初 January or February. */
const YEAR_PARTS: Record<string, number[]> = { 年初: [1, 2], 年底: [11, 12], 年末: [11, 12], 年尾: [11, 12] };
/** Seasons, school holidays and halves of the year: 今年夏天 is June to August. */
const SEASONS: Record<string, number[]> = {
  春天: [3, 4, 5],
  春季: [3, 4, 5],
  开春: [2, 3],
  夏天: [6, 7, 8],
  夏季: [6, 7, 8],
  入夏: [5, 6],
  秋天: [9, 10, 11],
  秋季: [9, 10, 11],
  入秋: [8, 9],
  冬天: [12, 1, 2],
  冬季: [12, 1, 2],
  入冬: [11, 12],
  暑假: [7, 8],
  寒假: [1, 2],
  上半年: [1, 2, 3, 4, 5, 6],
  下半年: [7, 8, 9, 10, 11, 12],
};
const SEASON = new RegExp(`(?:(\\d{4}|\\d{2})年|(今年|去年|前年|明年))?的?(${Object.keys(SEASONS).join('|')})`, 'gu');
const YEAR_PART = new RegExp(
  `(?:(\\d{4}|\\d{2})年|(今年|去年|前年|明年))?的?(${Object.keys(YEAR_PARTS).join('|')})|(今年|去年|前年|明年)(初|底|末)`,
  'gu',
);
const MONTHS = new RegExp(
  `(?:(\\d{4}|\\d{2})年|(今年|去年|前年|明年))?的?((?:\\d{1,2}|十[一二]|[一二三四五六七八九十])(?:[、到至-]?(?:\\d{1,2}|十[一二]|[一二三四五六七八九十]))?)月(?:份)?`,
  'gu',
);
const FESTIVAL = new RegExp(`(?:(\\d{4})年|(今年|去年|前年|明年))?的?(${Object.keys(FESTIVALS).join('|')})(?:节)?`, 'gu');
const YEAR = new RegExp(
  `(\\d{4}|\\d{2})年(?![\\d一二三四五六七八九十]{0,2}月|的?(${[...Object.keys(FESTIVALS), ...Object.keys(SEASONS)].join('|')}))`,
  'gu',
);

function fullYear(written: string): number {
  const n = Number(written);
  if (written.length === 4) return n;
  return n >= 30 ? 1900 + n : 2000 + n;
}

function monthsOf(written: string): number[] {
  const one = (s: string) => (/^\d+$/.test(s) ? Number(s) : chineseNumber(s));
  const parts = written.split(/[、到至-]/).filter(Boolean);
  let months: Array<number | null>;
  if (parts.length === 2) months = parts.map(one);
  else if (!/^\d+$/.test(written) && written.length === 2 && !written.startsWith('十'))
    months = [...written].map(one); // 七八月
  else months = [one(written)];
  const valid = months.filter((m): m is number => m !== null && m >= 1 && m <= 12);
  if (valid.length === 2 && valid[1]! > valid[0]! && valid[1]! - valid[0]! <= 3) {
    return Array.from({ length: valid[1]! - valid[0]! + 1 }, (_, i) => valid[0]! + i);
  }
  return valid;
}

function times(text: string, receivedYear: number): TimeFact[] {
  const out: TimeFact[] = [];
  const yearOf = (written: string | undefined, relative: string | undefined) =>
    written ? fullYear(written) : relative ? receivedYear + RELATIVE_YEARS[relative]! : null;
  for (const m of text.matchAll(MONTHS)) {
    const months = monthsOf(m[3]!);
    if (months.length) out.push({ year: yearOf(m[1], m[2]), months, festival: null, text: m[0] });
  }
  for (const m of text.matchAll(FESTIVAL)) {
    // 一五一十 holds 五一 but names no day: a festival said in figures amid other figures is none.
    if (/[一二三四五六七八九十]/u.test(text[(m.index ?? 0) - 1] ?? '') && !m[1] && !m[2]) continue;
    out.push({ year: yearOf(m[1], m[2]), months: [], festival: FESTIVALS[m[3]!]!, text: m[0] });
  }
  for (const m of text.matchAll(YEAR_PART)) {
    const part = m[3] ?? `年${m[5]!}`;
    out.push({ year: yearOf(m[1], m[2] ?? m[4]), months: YEAR_PARTS[part]!, festival: null, text: m[0] });
  }
  for (const m of text.matchAll(SEASON)) {
    out.push({ year: yearOf(m[1], m[2]), months: SEASONS[m[3]!]!, festival: null, text: m[0] });
  }
  for (const m of text.matchAll(YEAR)) out.push({ year: fullYear(m[1]!), months: [], festival: null, text: m[0] });
  return out;
}

const AMOUNT = new RegExp(
  `(${NUM})(万|千|百)?多?(?:元|块钱|块)|(\\d+(?:\\.\\d+)?)万|(?<![几好数])([${CN}]{1,3})万([一二三四五六七八九](?![${CN}]))?(?!多?[人里年])|(?:转账|红包|现金|送了?|给了?)(\\d{2,})(?![\\d.万千百元块])|(?:每人|一人|每个人|人均)(?:发了?|给了?|送了?|塞了?)?(${NUM})(?![\\d.万千百元块个名位人])`,
  'gu',
);
const SCALE: Record<string, number> = { 万: 10000, 千: 1000, 百: 100 };

function amounts(text: string): TipFacts['amounts'] {
  const out: TipFacts['amounts'] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const start = m.index ?? 0;
    if (/[几好数]$/.test(text.slice(Math.max(0, start - 1), start))) continue; // 好几万: not an amount
    let value: number | null = null;
    if (m[1]) value = number(m[1]) === null ? null : number(m[1])! * (SCALE[m[2] ?? ''] ?? 1);
    else if (m[3]) value = Number(m[3]) * 10000;
    else if (m[4]) value = number(`${m[4]}万${m[5] ?? ''}`);
    else if (m[6]) value = Number(m[6]);
    // 每人200, 一人两百: money handed to each (not 每人两包烟, a count).
    else if (m[7]) value = (number(m[7]) ?? 0) >= 10 ? number(m[7]) : null;
    if (value && value > 0) out.push({ value, text: m[0] });
  }
  return out;
}

/** Names of these kinds are a company, a co-operative or a project rather than a place. */
const ORGANIZATION_WORDS = /(公司|合作社|经营部|事务所|工程|项目|厂)$/u;
const PLACE_WORDS =
  '公司|医院|卫生院|诊所|酒店|酒楼|茶楼|茶馆|宾馆|饭店|餐厅|农家乐|会所|山庄|农庄|合作社|小区|商城|超市|工厂|厂|幼儿园|经营部|事务所|药店|门市|KTV|工程|项目|基地|楼盘|花园|广场';
const PLACE_WORD_AT_END = new RegExp(`(${PLACE_WORDS})$`, 'u');
const NAMED = new RegExp(`[“"「『]([^”"」』]{2,20})[”"」』]|([\\p{Script=Han}]{2,10}?)(?:${PLACE_WORDS})`, 'gu');
/** Words in names that say what kind of thing it is, not which: left out when comparing. */
const GENERIC =
  /有限责任|有限|股份|集团|责任|科技|实业|商贸|贸易|建设|建筑|工程|发展|投资|置业|开发|管理|服务|咨询|劳务|项目|专业|经营|制造|机械|片区|道路|改造|提升|新建|中心|一家|那家|这家|某|个/gu;
const COUNTRIES =
  /美国|日本|泰国|韩国|英国|法国|德国|加拿大|澳大利亚|新西兰|新加坡|马来西亚|越南|柬埔寨|缅甸|菲律宾|香港|澳门|台湾|欧洲|澳洲|迪拜/gu;
/** Words before a place that are no part of its name: 在宏达公司, 科长在宏达公司, 去了一家酒店. */
const BEFORE_NAME = /^.*[在到去给向从是的了把被和跟与为对让找开办当搞帮由家个叫说时况里上下]/u;
/** Words that start many names and tell none apart: 区人民医院, 县第一中学. */
const NAME_PREFIX = /^(区|县|市|镇|乡|省)?(人民|第[一二三四五六七八九十])?/u;
/** Speech quoted, not a name: it has punctuation or a pronoun, or says something (要, 请, 了). */
const SPEECH = /[，,。！？!?、：:]|我|你|咱|他|她|大家|请|要|了|是/u;

function names(text: string): TipFacts['names'] {
  const out: TipFacts['names'] = [];
  for (const m of text.matchAll(NAMED)) {
    const quoted = m[1] !== undefined;
    const name = quoted ? m[1]! : m[0].replace(BEFORE_NAME, '');
    const quote = quoted && SPEECH.test(name) && !PLACE_WORD_AT_END.test(name);
    const core = quote
      ? name.replace(/[^\p{Script=Han}A-Za-z\d]/gu, '')
      : name.replace(PLACE_WORD_AT_END, '').replace(GENERIC, '').replace(NAME_PREFIX, '');
    if ([...core].filter((c) => /\p{Script=Han}|[A-Za-z]/u.test(c)).length >= 2) {
      out.push({ core, text: name, quote, organization: ORGANIZATION_WORDS.test(name) });
    }
  }
  for (const m of text.matchAll(COUNTRIES)) out.push({ core: m[0], text: m[0], quote: false, organization: false });
  return out;
}

const MEASURES = '套|间|台|辆|名|个人|人|位|个|次|趟|家|岁|条|瓶|块地|亩';
const COUNT = new RegExp(`(\\d+|[${CN}]{1,3})(${MEASURES})`, 'gu');
/** A count said roughly (十来个, 二十几个, 十多人): the figures it can be. */
const ROUGH_COUNT = new RegExp(`([二三四五六七八九]?十)(来|几|多)(${MEASURES})`, 'gu');
/** Measure words for people say the same count: 三名, 三个人, 三位 and 三人 are 3人. */
const PEOPLE = new Set(['名', '个人', '人', '位']);
const measureOf = (word: string) => (PEOPLE.has(word) ? '人' : word);

function counts(text: string): TipFacts['counts'] {
  const out: TipFacts['counts'] = [];
  for (const m of text.matchAll(COUNT)) {
    const n = number(m[1]!);
    // 一个, 两个 and 几个 say little; amounts of money are counted as amounts.
    if (n === null || n < 2 || /^(两|二)$/.test(m[1]!) || /[万千百]$/.test(m[1]!)) continue;
    const measure = measureOf(m[2]!);
    out.push({ key: `${n}${measure}`, text: m[0], low: n, high: n, measure });
  }
  for (const m of text.matchAll(ROUGH_COUNT)) {
    const base = chineseNumber(m[1]!)!;
    const [low, high] = m[2] === '来' ? [base, base + 3] : [base + 1, base + 9];
    out.push({ key: m[0], text: m[0], low, high, measure: measureOf(m[3]!) });
  }
  return out;
}

/**
 * The same count: the same figure (or one a rough count allows: 十来个 and 11人) of the same
 * measure, 个 being said of people too (6个 and 6人).
 */
function sameCount(a: TipFacts['counts'][number], b: TipFacts['counts'][number]): boolean {
  const measures = a.measure === b.measure || [a.measure, b.measure].every((m) => m === '个' || m === '人');
  return measures && a.low <= b.high && b.low <= a.high && (a.key === b.key || a.low === a.high || b.low === b.high);
}

/** Words that end a post title: a name is written right before or after one (书记韩国庆, 庞国庆局长). */
const TITLE_END = '(?:长|书记|主任|主席|委员|经理)';
const NAME_BY_TITLE = new RegExp(`${TITLE_END}(\\p{Script=Han}{3})|(\\p{Script=Han}{3})(?=副?${TITLE_END})`, 'gu');
const FESTIVAL_INSIDE = new RegExp(`^\\p{Script=Han}(?:${Object.keys(FESTIVALS).join('|')})`, 'u');
const COUNTRY_FIRST = new RegExp(`^(?:${COUNTRIES.source})`, 'u');
/** Characters that end a time or start a clause, never a surname: 今年国庆局长…, 在美国. */
const NOT_SURNAME = /^[年月日天节前后的了在是和与及到去给从]/u;

/**
 * The text with people's names that hold a festival or a country blanked out, wherever
 * they stand: 韩国庆 and 庞国庆 are people, not 国庆 or 韩国. A name is known by a post
 * title next to it once in the tip (党委书记韩国庆 … 韩国庆就通知): three characters whose
 * last two are a festival (a surname and a given name), or whose first two are a country
 * (韩国栋). A festival right after a title is a time (书记国庆期间).
 */
function withoutNamesLikeFacts(text: string): string {
  const people = new Set<string>();
  for (const m of text.matchAll(NAME_BY_TITLE)) {
    const name = m[1] ?? m[2]!;
    if (NOT_SURNAME.test(name)) continue;
    if (FESTIVAL_INSIDE.test(name) || COUNTRY_FIRST.test(name)) people.add(name);
  }
  let out = text;
  for (const name of people) out = out.split(name).join('＊＊＊');
  return out;
}

/**
 * Relatives by kinship, every way tips name them. A word for any child (孩子, 娃儿) is
 * the son or the daughter the other tip names; 亲戚 and 本家 name no kinship and are left out.
 */
const KIN: Record<string, string> = {
  儿子: '儿子',
  其子: '儿子',
  大儿子: '儿子',
  小儿子: '儿子',
  女儿: '女儿',
  闺女: '女儿',
  其女: '女儿',
  孩子: '子女',
  小孩: '子女',
  子女: '子女',
  娃儿: '子女',
  老婆: '配偶',
  妻子: '配偶',
  爱人: '配偶',
  婆娘: '配偶',
  婆姨: '配偶',
  配偶: '配偶',
  夫人: '配偶',
  其妻: '配偶',
  老公: '配偶',
  丈夫: '配偶',
  外甥: '外甥',
  外甥女: '外甥女',
  侄子: '侄子',
  侄儿: '侄子',
  侄女: '侄女',
  老表: '表亲',
  表弟: '表亲',
  表哥: '表亲',
  表妹: '表亲',
  表姐: '表亲',
  女婿: '女婿',
  儿媳: '儿媳',
  儿媳妇: '儿媳',
  小舅子: '妻弟',
  妻弟: '妻弟',
  内弟: '妻弟',
  连襟: '连襟',
  姐夫: '姐夫',
  妹夫: '妹夫',
  弟弟: '弟弟',
  哥哥: '哥哥',
  姐姐: '姐姐',
  妹妹: '妹妹',
  弟媳: '弟媳',
  嫂子: '嫂子',
  孙子: '孙子',
  孙女: '孙女',
  外孙: '外孙',
  外孙女: '外孙女',
  父亲: '父亲',
  母亲: '母亲',
  亲家: '亲家',
};
/** Longest first, so 外甥女 is not read as 外甥, nor 儿媳妇 as 儿媳 and 媳妇. */
const KIN_WORD = new RegExp(
  Object.keys(KIN)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'gu',
);
const CHILD = new Set(['儿子', '女儿']);

function relatives(text: string): TipFacts['relatives'] {
  const out: TipFacts['relatives'] = [];
  for (const m of text.matchAll(KIN_WORD)) out.push({ kin: KIN[m[0]]!, text: m[0] });
  return out;
}

/** The same relative: the same kinship, or a child and a son or daughter. */
const sameKin = (a: string, b: string) => a === b || (a === '子女' && CHILD.has(b)) || (b === '子女' && CHILD.has(a));

/**
 * Things given, after a verb of giving in the same clause (送了两箱茅台, 留下一桶清油): goods a
 * retelling names again in other words. Money is an amount, not a gift.
 */
const GIFT = new RegExp(
  `(?:送|塞|给|[拿提带][了着起]|留下|收了|收受)[^，。；！？、,.;!?\\s]{0,6}?(烟酒|茶叶|\\p{Script=Han}?茶(?![楼馆社室])|香烟|条烟|烟|茅台|五粮液|(?<![喝敬])(?:(?![喝敬])\\p{Script=Han})?酒|月饼|(?:购物|超市|加油|消费|礼品|充值)卡|清油|食用油|米面油|白面|面粉|大米|羊肉|牛肉|土特产|特产|虫草|手表|金(?:镯子|项链|条|戒指))`,
  'gu',
);
const GIFT_KINDS: Array<[RegExp, string]> = [
  [/茶/u, '茶'],
  [/烟/u, '烟'],
  [/酒|茅台|五粮液/u, '酒'],
  [/月饼/u, '月饼'],
  [/卡$/u, '购物卡'],
  [/油|米|面/u, '米面油'],
  [/肉/u, '肉'],
  [/特产/u, '土特产'],
  [/虫草/u, '虫草'],
  [/手表/u, '手表'],
  [/^金/u, '金饰'],
];

function gifts(text: string): TipFacts['gifts'] {
  const out: TipFacts['gifts'] = [];
  for (const m of text.matchAll(GIFT)) {
    for (const [pattern, kind] of GIFT_KINDS) if (pattern.test(m[1]!)) out.push({ kind, text: m[1]! });
  }
  return out;
}

export function tipFacts(text: string, receivedAt: Date): TipFacts {
  const normalized = withoutNamesLikeFacts(text.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  return {
    times: times(normalized, receivedAt.getUTCFullYear()),
    amounts: amounts(normalized),
    names: names(normalized),
    counts: counts(normalized),
    relatives: relatives(normalized),
    gifts: gifts(normalized),
  };
}

function commonRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i += 1) {
    for (let j = 0; j < b.length; j += 1) {
      let k = 0;
      while (a[i + k] !== undefined && a[i + k] === b[j + k]) k += 1;
      best = Math.max(best, k);
    }
  }
  return best;
}

/** Two names are the same place when one's distinctive part holds the other's, or they share three characters running. */
function sameName(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) || commonRun(a, b) >= 3;
}

/** The months a time names: its own, or those its festival falls in. */
const monthsNamed = (t: TimeFact): number[] => (t.months.length ? t.months : t.festival ? (FESTIVAL_MONTHS[t.festival] ?? []) : []);

/**
 * Same month or festival (or a festival and a month it falls in) of a year both allow; a
 * year alone only with a year alone or the same year's month.
 */
function sameTime(a: TimeFact, b: TimeFact): 'TIME' | 'YEAR' | null {
  if (a.year !== null && b.year !== null && a.year !== b.year) return null;
  if (a.festival && b.festival) return a.festival === b.festival ? 'TIME' : null;
  const [ma, mb] = [monthsNamed(a), monthsNamed(b)];
  if (ma.length && mb.length) return ma.some((m) => mb.includes(m)) ? 'TIME' : null;
  // 1969年 and 69年, or 1969年 and 1969年6月: the same year, said by both.
  return a.year !== null && a.year === b.year && (!a.months.length || !b.months.length) && !a.festival && !b.festival ? 'YEAR' : null;
}

const yuan = (value: number) => (value >= 10000 && value % 1000 === 0 ? `${value / 10000}万元` : `${value}元`);
const timeWords = (t: TimeFact) =>
  t.festival
    ? `${t.year ? `${t.year}年` : ''}${t.festival}`
    : `${t.year ? `${t.year}年` : ''}${t.months.length ? `${t.months.join('、')}月` : ''}`;

/**
 * What two matching times have in common, as precisely as either says it: the year either
 * gives, and the festival both name or else the months both allow (去年年底 and 2025年12月
 * → 2025年12月; 春节 and 2月 → 2月).
 */
function sharedTime(x: TimeFact, y: TimeFact): TimeFact {
  const year = x.year ?? y.year;
  if (x.festival && y.festival) return { ...x, year };
  const [mx, my] = [monthsNamed(x), monthsNamed(y)];
  return { year, months: mx.filter((m) => my.includes(m)), festival: null, text: x.text };
}

/** The facts both tips state, each once, as staff read them. */
export function sharedFacts(a: TipFacts, b: TipFacts): SharedFact[] {
  const out: SharedFact[] = [];
  const seen = new Set<string>();
  const add = (kind: SharedFact['kind'], text: string) => {
    if (seen.has(text)) return;
    seen.add(text);
    out.push({ kind, text });
  };
  for (const kind of ['TIME', 'YEAR'] as const) {
    for (const x of a.times) {
      const y = b.times.find((t) => sameTime(x, t) === kind);
      if (!y) continue;
      if (kind === 'YEAR') add(kind, `${x.year}年`);
      else add(kind, timeWords(sharedTime(x, y)));
    }
  }
  for (const x of a.amounts) if (b.amounts.some((y) => y.value === x.value)) add('AMOUNT', yuan(x.value));
  for (const x of a.names) {
    const y = b.names.find((n) => sameName(x.core, n.core));
    if (!y) continue;
    const text = x.text.length >= y.text.length ? x.text : y.text;
    add(x.quote && y.quote ? 'QUOTE' : x.organization || y.organization ? 'ORGANIZATION' : 'PLACE', text);
  }
  for (const x of a.counts) {
    const y = b.counts.find((c) => sameCount(x, c));
    if (y) add('COUNT', x.low === x.high ? x.key : y.key);
  }
  for (const x of a.relatives) {
    const y = b.relatives.find((r) => sameKin(x.kin, r.kin));
    if (y) add('RELATIVE', x.kin === '子女' ? y.kin : x.kin);
  }
  for (const x of a.gifts) if (b.gifts.some((y) => y.kind === x.kind)) add('GIFT', x.kind);
  return out;
}

/**
 * Facts that set two tips apart: both name a month (or a festival) and none is the same (a
 * bribe in March, another at 国庆), or both name amounts and none is the same.
 */
export function conflictingFacts(a: TipFacts, b: TipFacts): { time: boolean; amount: boolean } {
  const months = (f: TipFacts) => f.times.filter((t) => monthsNamed(t).length > 0);
  const time = months(a).length > 0 && months(b).length > 0 && !months(a).some((x) => months(b).some((y) => sameTime(x, y) === 'TIME'));
  const amount = a.amounts.length > 0 && b.amounts.length > 0 && !a.amounts.some((x) => b.amounts.some((y) => y.value === x.value));
  return { time, amount };
}
