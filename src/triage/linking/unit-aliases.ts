import type { TriageConfig } from '../triage-config.js';

/**
 * How a unit is named in a tip: full, short (without 区/区委), abbreviated, an old name, a
 * street office by the town it was (TOWN), a bare place name, or the pinyin initials of a
 * short name or abbreviation (jtj for 交通局).
 */
export type AliasKind = 'FULL' | 'SHORT' | 'ABBR' | 'OLD' | 'TOWN' | 'PLACE' | 'INITIALS';

export interface UnitAlias {
  alias: string;
  unit: string;
  kind: AliasKind;
  /** Old post titles valid with an old unit name (电视台 台长 → 主任). */
  titles?: Record<string, string> | undefined;
}

const ADMIN_PREFIXES = ['区委', '县委', '市委', '旗委', '区', '县', '旗'];
const PLACE_SUFFIXES = ['街道办事处', '街道', '镇', '乡', '社区'];

/**
 * A town made a street office (撤镇设街道, 撤乡设街道) is still called by its old name and its
 * posts by the old titles: 镇长 is the 办事处主任 now, 副镇长 a 办事处副主任 (书记 stays, of the 党工委).
 */
const TOWN_POSTS_IN_STREET: Record<string, string> = {
  镇长: '主任',
  副镇长: '副主任',
  常务副镇长: '副主任',
  乡长: '主任',
  副乡长: '副主任',
};

/** A town or street office's government or Party committee: 青石镇人民政府 and 青石镇党委 are 青石镇. */
const PLACE_BODIES = /(镇|乡|街道)(人民政府|政府|党委|党工委|委员会|办事处)$/;

/**
 * The district's own name when the roster writes it before its units (北塘区自然资源局,
 * 北塘区委组织部): the name before 区/县/市/旗 that most units start with, if at least a
 * fifth of them (and three) do. Tips say 区自然资源局 or 自然资源局.
 */
export function districtPrefix(units: Iterable<string>): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const named of units) {
    total += 1;
    const unit = withoutParty(named);
    const prefix = /^\p{Script=Han}{2,3}?[区县市旗]/u.exec(unit)?.[0];
    if (prefix && unit.length - prefix.length >= 2) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 3 && best[1] * 5 >= total ? best[0] : null;
}

/**
 * Every unit has an office of its own: 县委办公室 without 县委 is any unit's 办公室 (要提办公室方主任
 * is that unit's office), not the county's.
 */
const INTERNAL_OFFICES = new Set(['办公室', '办公厅']);

/** 中共北塘区委组织部 is 北塘区委组织部: the Party's own name before a Party body is not said. */
const withoutParty = (unit: string) => (unit.startsWith('中共') && unit.length > 4 ? unit.slice(2) : unit);

/** A zone's administrative committee (管理委员会) by the zone: 产业园管理委员会 is 产业园, 产业园管委会. */
const ZONE_COMMITTEE = /^(\p{Script=Han}{2,})管理委员会$/u;

/** The kind of body a unit name ends with, kept in its abbreviation. */
const BODY_ENDINGS = ['委员会', '局', '委', '办', '中心'];

/**
 * The abbreviation Chinese forms from a unit name by the first character of each
 * two-character word: 文化旅游和体育局 → 文旅体局, 卫生健康委员会 → 卫健委, 发展和改革局 →
 * 发改局, 交通运输局 → 交运局. Only for names of two or more such words (教育局 stays).
 */
export function formedAbbreviation(name: string): string | null {
  const ending = BODY_ENDINGS.find((e) => name.endsWith(e));
  if (!ending) return null;
  const words = name.slice(0, name.length - ending.length).replace(/[和与及]/g, '');
  if (words.length < 4 || words.length % 2 !== 0 || !/^\p{Script=Han}+$/u.test(words)) return null;
  const initials = [...words].filter((_, i) => i % 2 === 0).join('');
  return initials + (ending === '委员会' ? '委' : ending);
}

/** 区委宣传部 → 宣传部; 区市场监督管理局 → 市场监督管理局. */
export function stripAdminPrefix(unit: string): string {
  for (const prefix of ADMIN_PREFIXES) {
    if (unit.startsWith(prefix) && unit.length - prefix.length >= 2) return unit.slice(prefix.length);
  }
  return unit;
}

/**
 * Every name a tip may use for a roster unit: the unit's own name and the aliases the
 * roster gives, the name without its administrative prefix, the district's usual
 * abbreviations, the names it had before the 2018–2019 reform, and for a town or
 * street office its bare place name.
 */
export function aliasesOfUnit(
  unit: string,
  extra: readonly string[],
  config: Pick<TriageConfig, 'unitAbbreviations' | 'unitRenamings'>,
  district: string | null = null,
): UnitAlias[] {
  const out = new Map<string, UnitAlias>();
  const add = (alias: string, kind: AliasKind, titles?: Record<string, string>) => {
    if (alias.length < 2 || out.has(alias) || (kind !== 'FULL' && INTERNAL_OFFICES.has(alias))) return;
    out.set(alias, { alias, unit, kind, ...(titles ? { titles } : {}) });
  };
  add(unit, 'FULL');
  for (const alias of extra) add(alias, 'FULL');
  const named = withoutParty(unit);
  add(named, 'SHORT');
  // 北塘区自然资源局 → 区自然资源局 → 自然资源局.
  const local = district && named.startsWith(district) && named.length - district.length >= 2 ? named.slice(district.length - 1) : named;
  add(local, 'SHORT');
  let short = stripAdminPrefix(local);
  add(short, 'SHORT');
  // 区人民政府办公室 → 区政府办公室 → 政府办: 人民政府 is said 政府.
  if (short.startsWith('人民政府') && short.length > 4) {
    add(`${local.slice(0, local.length - short.length)}${short.slice(2)}`, 'SHORT');
    add(short.slice(2), 'SHORT');
    short = short.slice(2);
  }
  const body = PLACE_BODIES.exec(short);
  if (body) {
    short = short.slice(0, short.length - body[2]!.length);
    add(short, 'SHORT');
  }
  for (const [name, abbreviations] of Object.entries(config.unitAbbreviations)) {
    if (short === name || short.endsWith(name)) {
      const head = short.slice(0, short.length - name.length);
      for (const abbreviation of abbreviations) add(head + abbreviation, 'ABBR');
    }
  }
  // 区委办公室 → 区委办, 区政府办公室 → 区政府办, 政府办: an office by 办.
  for (const name of [local, short]) if (name.endsWith('办公室') && name.length >= 5) add(`${name.slice(0, -3)}办`, 'ABBR');
  const formed = formedAbbreviation(short);
  if (formed) add(formed, 'ABBR');
  // 城市管理执法局 → 城管局, 市场监督管理局 → 市监局: a name of three words or more is also
  // called by its first two.
  if (formed && formed.length >= 4 + (formed.endsWith('中心') ? 1 : 0)) {
    const ending = BODY_ENDINGS.find((e) => short.endsWith(e))!;
    add(formed.slice(0, 2) + (ending === '委员会' ? '委' : ending), 'ABBR');
  }
  // 客家文化产业园管理委员会 → 客家文化产业园, 客家文化产业园管委会, and the kind of zone (产业园).
  const zone = ZONE_COMMITTEE.exec(short)?.[1];
  if (zone) {
    add(zone, 'SHORT');
    add(`${zone}管委会`, 'ABBR');
    if (zone.length > 3 && /[园区]$/u.test(zone)) {
      add(zone.slice(-3), 'ABBR');
      add(`${zone.slice(-3)}管委会`, 'ABBR');
    }
  }
  // 商务和工业信息化局 → 商务局, 人力资源和社会保障局 → 人力资源局: a bureau merged from two
  // fields (the second of two words or more) is still called by the first (not 发展和改革局 → 发展局).
  const merged = /^(\p{Script=Han}{2,4})和(\p{Script=Han}{4,})(局|委员会|委|办)$/u.exec(short);
  if (merged) add(`${merged[1]}${merged[3] === '委员会' ? '委' : merged[3]}`, 'ABBR');
  // 机关事务服务中心 → 机关事务中心, 政务服务中心 → 政务中心: 服务 is left out before 中心.
  if (/^\p{Script=Han}{2,}服务中心$/u.test(short)) add(`${short.slice(0, -4)}中心`, 'ABBR');
  // 茶业发展中心 → 茶业中心: 发展 is left out before 中心 as 服务 is.
  const developing = /^(\p{Script=Han}{2,})发展(?:服务)?中心$/u.exec(short)?.[1];
  if (developing) add(`${developing}中心`, 'ABBR');
  // 融媒体中心 → 融媒体, 公共资源交易中心 → 公共资源交易.
  if (short.endsWith('中心') && short.length >= 5) add(short.slice(0, -2), 'SHORT');
  // 城市建设投资集团有限公司 → 城市建设投资公司, 城投公司, 城投集团, 城投; 港务发展有限公司 → 港务公司:
  // a company is called without 有限公司, by the field before 发展 or 经营, and an investment
  // company by its first character and 投 (国有资产投资经营 → 国投, 交通建设投资 → 交投).
  // The county's name the company's own name starts with (茶源县城市建设投资集团有限公司) is not said.
  const company =
    /^(?:\p{Script=Han}{2,3}?[县区市旗](?=\p{Script=Han}{4}))?(\p{Script=Han}{2,}?)(?:(?:集团)?(?:股份)?(?:有限(?:责任)?)?公司|集团)$/u.exec(
      short,
    )?.[1];
  if (company) {
    add(`${company}公司`, 'SHORT');
    add(`${company}集团`, 'SHORT');
    const field = /^(\p{Script=Han}{2,}?)(?:发展|经营|控股|实业|运营|管理)+$/u.exec(company)?.[1] ?? company;
    // 城投公司 is already called so: 城投, 城投集团.
    const invested = /^(\p{Script=Han})(?:\p{Script=Han}{1,5}?投资|投$)/u.exec(field)?.[1];
    const called = invested ? `${invested}投` : field;
    for (const kind of ['公司', '集团']) add(`${called}${kind}`, 'ABBR');
    if (invested) add(called, 'ABBR');
  }
  // 第三中学 → 三中, 第一小学 → 一小, 实验小学 → 实小, 第一高级中学 → 一高.
  const school = /^(?:第)?([一二三四五六七八九十]{1,3}|实验)(中学|小学|高级中学)$/u.exec(short);
  if (school) add(`${school[1]!.slice(0, school[1] === '实验' ? 1 : undefined)}${school[2]![0]}`, 'ABBR');
  for (const renaming of config.unitRenamings) {
    const current = renaming.new.find((name) => short === name || short.endsWith(name));
    if (!current) continue;
    const head = short.slice(0, short.length - current.length);
    for (const old of renaming.old) add(head + old, 'OLD', renaming.titles);
  }
  for (const suffix of PLACE_SUFFIXES) {
    if (short.endsWith(suffix) && short.length - suffix.length >= 2) {
      const place = short.slice(0, short.length - suffix.length);
      if (suffix.startsWith('街道')) {
        add(`${place}街道`, 'SHORT');
        add(`${place}街道办`, 'SHORT');
        // 撤镇设街道: 溪南镇庄副镇长 is 溪南街道's 办事处副主任, the town's posts said as they were.
        add(`${place}镇`, 'TOWN', TOWN_POSTS_IN_STREET);
        add(`${place}乡`, 'TOWN', TOWN_POSTS_IN_STREET);
      }
      add(place, 'PLACE', suffix.startsWith('街道') ? TOWN_POSTS_IN_STREET : undefined);
      // 沙沟回族乡 → 沙沟乡, 沙沟: an ethnic township is called without its people's name.
      const ethnic =
        /^(\p{Script=Han}{2,})(?:回族|蒙古族|满族|藏族|彝族|苗族|壮族|瑶族|畲族|土家族|侗族|白族|哈尼族|傈僳族|土族|撒拉族|东乡族|保安族|民族)$/u.exec(
          place,
        );
      if (ethnic && (suffix === '乡' || suffix === '镇')) {
        add(`${ethnic[1]}${suffix}`, 'SHORT');
        add(ethnic[1]!, 'PLACE');
      }
      break;
    }
  }
  return [...out.values()];
}
